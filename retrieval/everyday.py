"""Everyday words that some stores also use as brand names ("simple", "fresh", "adore", "gud").

A shopper who writes "she adores lavender", "coral polish for summer" or "gud mascara" names
no brand, though Adore, Summers Labs and Gud are brands of the Beauty catalog. The query parser
takes a brand spelled like an everyday word (or a form of one: "adores", "summers") only when
the shopper wrote it as a name (see `retrieval.query`), and never corrects an everyday word's
spelling into a brand's. The list is ordinary English (with chat spellings), not one store's
brands: words a shopper uses about products, people, time and taste.
"""

from __future__ import annotations

_TEXT = """
a about above after again against all almost alone along already also always am among
amazing and another any anybody anyone anything anyway anywhere are around as ask at away
awesome back bad basic basically be beautiful because become been before behind being
believe below best better between big bit both bottom brand brands bring browse browsing
but buy by call
came can cannot care careful certain change cheap choice choose clean clear close come
comes common complete cool could couple cover crazy cute daily day days dear deep definitely
different do does done down during each easy either else end enough entire especially even
ever every everybody everyday everyone everything everywhere exactly except extra fair far
fast favorite favourite few fine first fit for free fresh friendly from full fun funny get
gets getting give given go goes going gone good got great guess half happy hard have having
help her here hers herself hey hi high him himself his hold home honest hope hot how however
huge i idea if important in inside instead into is it its itself just keep kind kinda know
large last late later least less let like likely little long look looking looks lot lots
love lovely low lucky made main make makes many matter may maybe me mean might mine
minute mix more most much must my myself near need needs never new next nice no nobody
none normal not nothing now of off often ok okay old on once one only open or order
other others our out over own pair part perfect pick place plain please plus pretty prob
probably pure quick quite rather real really regular right safe same say second see seem
seems self set several short should show side simple since single small so some somebody
someone something sometimes somewhere soon sort special stay still stuff such super sure
take than thank thanks that the their them then there these they thing things think this
those though through time tiny to today together too top total totally true try trying
under until up us use used useful usual usually very want was way we well went were what
whatever when where which while who whole why will wish with within without work works
would wow yeah yes yet you young your yours yourself
gud luv lol omg pls plz thx ty tho cuz coz gonna wanna gotta ya yep nope ur u r k
kk hun babe bestie bff bf gf bday xmas vday
adore adorable admire enjoy enjoying wonder wonderful dream dreamy magic magical secret
secrets kiss kisses hug crush desire passion charm charming bliss harmony glory grace
peace pleasure joy treat treats fantasy fantasia fancy elegant classic classy chic luxe
luxury luxurious premium premier prestige elite pro professional basic basics essential
essentials natural naturally organic pure purity genuine original origin origins sexy
gorgeous glam glamour glamorous pretty beauty beautiful stunning radiant shiny sparkle
sparkly glitter glow glowy shimmer shine sheen bright brilliant clear clean cleanse fresh
fresher simple simply smooth smoothing silky soft softer gentle mild calm calming soothing
cool cooling warm warming hot icy ice cold fast quick instant easy tough strong strength
ultimate ultra super mega max mini micro multi anti non pre post semi extra total
absolute perfect perfection flawless ideal wonder miracle secret method purpose focus image
spectrum balance body face skin hair nail nails lip lips eye eyes lash lashes brow brows
hand hands foot feet head neck cheek cheeks scalp curl curls curly wave waves wavy straight
frizz volume shape tone toner touch trim buff buffer file scissors dotting tools tool brush
comb mirror atomizer crackle crack keratin retinol silicon silicone shea cocoa coconut
argan jojoba almond honey milk oat rose roses lavender vanilla citrus lemon lime orange
mint peppermint cucumber aloe tea coffee caffeine cherry berry berries peach apple mango
coral nude ivory pearl gold golden silver bronze copper ruby rose blush red pink blue green
black white grey gray brown purple violet plum wine berry cream creamy matte gloss glossy
neutral natural dark light deep rich sheer bold spring summer autumn fall winter holiday
holidays season christmas birthday wedding anniversary valentine party date night morning
evening weekend vacation travel beach sun sunny star stars starry moon sky ocean sea water
rain island garden flower flowers floral bloom blossom lotus leaf tree forest earth nature
fire stone crystal diamond jewel velvet silk satin cotton mink feather cloud angel heaven
princess queen king lady ladies girl girls boy boys man men woman women gentleman baby kids
kid teen mom mum mother dad father sister brother wife husband daughter son aunt uncle
grandma grandmother grandpa friend friends boss coworker colleague teacher partner family
gift gifts present presents everyone somebody celebrity hollywood virgin century delta omega
quantum equal genes keys coach cricket creative dashing cameo lure trilogy heritage
revision performance smoothies healthcare skincare disposables hydrate sleek spice spicy
sweet sugar candy honey sunshine rainbow happy lucky free
tip tips designer botanical botanicals benefits fusion food personal timeless success
meaningful laboratory lab rule rules royal cake colorful colourful mineral minerals leather
lather native united revival sunburn delicious duo trio eyebrow eyebrows pound pounds
margarita himalayan silken chamois parachute ion ionic basis enzymatic flowery tourmaline
ceramic titanium bamboo charcoal clay mud salt sand pearl gel gels powder liquid oil oils
serum balm butter wax scrub mask spray foam mousse paste soap wash bar stick pen pencil
palette kit set bundle pack sample travel mini jumbo
macadamia walnut peanut hazelnut cashew pecan pistachio nut nuts
walker walkers sitter nanny babysitter trainer driver cleaner baker barber hairdresser
stylist nurse doctor vet tutor mentor manager neighbour neighbor landlord landlady postman
mailman caretaker carer dentist chef pilot farmer plumber bride groom bridesmaid bridesmaids
host hostess receptionist secretary assistant intern student classmate roommate flatmate
noon midday midnight afternoon tonight tomorrow yesterday hour hours week weeks month months
year years monday tuesday wednesday thursday friday saturday sunday lunch lunchtime bedtime
workout gym school office
decent reliable affordable inexpensive pricey durable sturdy lightweight portable powerful
quiet solid proper quality effective reasonable reasonably recommended popular trendy cheapo
chose chosen took taken gave bought brought wore worn felt saw seen told thought sold
"""

EVERYDAY: frozenset[str] = frozenset(_TEXT.split())
"""Everyday words (lower case)."""

_ENDINGS = ("ies", "es", "s", "ed", "d", "ing", "er", "ers", "ly")


def everyday(word: str) -> bool:
    """Whether ``word`` (lower case) is an everyday word or a regular form of one
    ("adores", "summers", "smoothing")."""
    if word in EVERYDAY:
        return True
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)]
            if base in EVERYDAY or (ending == "ies" and base + "y" in EVERYDAY):
                return True
            if ending in ("ed", "es", "er", "ers", "ing") and base + "e" in EVERYDAY:
                return True
    return False
