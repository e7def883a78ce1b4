"""What a shopper wants the product to be: its scent, finish, colour, formula, size, SPF, how it
is made (vegan, cruelty-free, organic) and its price band. `stated_traits` reads them into the
request's attributes. The words were checked against the Beauty catalog's titles (each scent,
finish and formula word below is in at least three titles, but for a few everyday ones a
shopper says and titles do not: woody, fruity, dewy, glowy).
"""

from __future__ import annotations

from assistant.dialogue.phrases.person_traits import PEOPLE_OF_A_TONE

SCENTS = (
    "lavender", "vanilla", "rose", "coconut", "citrus", "lemon", "lime", "orange", "grapefruit",
    "peppermint", "spearmint", "mint", "jasmine", "sandalwood", "almond", "cherry",
    "strawberry", "eucalyptus", "musk", "floral", "tea tree", "green tea", "honey", "cucumber",
    "pomegranate", "mango", "peach", "apple", "berry", "chamomile", "chocolate", "coffee",
    "amber", "ocean", "orchid", "violet", "caramel", "sage", "cinnamon", "gardenia", "lily",
    "pine", "pear", "watermelon", "melon", "patchouli", "bergamot", "rosemary", "lilac",
    "woody", "woodsy", "fruity", "musky", "citrusy", "gourmand", "aquatic", "oceanic", "oud",
    "earthy", "herbal", "tobacco", "leather", "cedar", "cedarwood", "vetiver", "tonka",
    "neroli", "fig", "tuberose", "ylang ylang", "frankincense", "myrrh", "incense", "pumpkin",
    "gingerbread", "pistachio", "banana", "pineapple", "raspberry", "blackberry", "blueberry",
    "lychee", "guava", "papaya", "passion fruit", "clove", "cardamom", "saffron", "juniper",
    "magnolia", "peony", "freesia", "lotus", "honeysuckle", "hibiscus", "orange blossom",
    "marshmallow", "cotton candy", "butterscotch", "praline", "smoky",
)  # fmt: skip
"""Scents by name, longest first where one holds another ("green tea" before "tea"); the
families of perfumery a shopper names ("gourmand", "aquatic") and the notes of perfumes
("vetiver", "tonka", "leather") too; each also as the adjective made of it ("minty",
"lemony": `stated_traits`)."""

TRAIT_FAMILIES = {
    "floral": "flower flowers flowery rose roses lily lilies jasmine peony peonies gardenia "
    "lilac violet tuberose orchid magnolia freesia lotus honeysuckle",
    "fruity": "fruit fruits citrus citrusy peach peaches berry berries apple apples pear pears "
    "mango lemon lemony grapefruit raspberry strawberry pineapple",
    "woody": "wood woods woodsy sandalwood cedar cedarwood oud vetiver patchouli",
    "sweet": "vanilla gourmand caramel sugary",
    "dewy": "glow glowy glowing luminous radiant radiance",
    "matte": "mattifying velvet velvety shine-free",
    "bright": "neon vivid vibrant",
    "red": "burgundy crimson scarlet maroon oxblood",
    "nude": "beige neutral neutrals",
}  # fmt: skip
"""The words a shopper says of a trait for each family of traits by its name (a scent family's
notes, a finish's look, a colour's shades): the one table of them. A reply to our question names
an option by them when the option's whole name is that family (`answers.options_named`: "she
loves roses and lilies" to 'floral, fruity or woody?' is floral, "something neon" to 'nude, red
or bright?' bright)."""

SCENT_NAMES = {"woodsy": "woody"}
"""The usual name of a scent said as an adjective of its own ("woodsy": woody), read beside
the word as said."""

SCENT_OF = r"(?:fresh|clean|sweet|spicy|light|lightly|powdery|warm|soft)"
"""Everyday words that name a scent only beside a word for one ("a fresh scent", "smells
clean", "fresh and citrusy": `SCENTS`): alone they say something else ("fresh" is a brand, "a
light moisturiser")."""

SMELL = r"(?:scents?|scented|smells?|smelling|fragrances?|aromas?|notes?)"

SMELLS_LIKE = (
    r"\b(?:smells?|smelling|scented|scent|fragrance) (?:like|of) (?:the |a |an |fresh |freshly )?"
    r"([a-z]+(?: (?!and\b|or\b|but\b|for\b|with\b|under\b|please\b)[a-z]+)?)"
)
"""What something should smell of, said as such ("smells like the beach": beach; "a lotion
scented of fresh linen": linen)."""

NOT_A_SCENT = frozenset(
    {"it", "them", "that", "this", "something", "anything", "nothing", "perfume", "chemicals",
     "alcohol", "old", "grandma", "a", "the"}
)  # fmt: skip
"""Words after "smells like" that name no scent wished for."""

NOT_A_SCENTS_NAME = frozenset(
    {"un", "non", "no", "strong", "strongly", "heavily", "heavy", "nice", "nicely", "good",
     "great", "new", "favorite", "favourite", "signature", "same", "different", "subtle",
     "subtly", "mild", "mildly", "faint", "faintly", "pleasant", "lovely", "amazing", "certain",
     "specific", "particular", "its", "her", "his", "their", "naturally", "natural",
     "artificially", "artificial", "overly", "lighter", "stronger", "beautifully",
     "delicately", "highly", "whatever", "what", "which", "perfume", "perfumed", "fragrance",
     "body", "shower", "men", "women", "unisex", "masculine", "feminine", "popular", "best",
     "bad", "weird", "chemical", "overpowering", "noticeable", "real", "own", "other", "mens",
     "womens", "classic", "seasonal", "holiday", "winter", "summer", "fall", "spring"}
)  # fmt: skip
"""Words before "scent" or "scented" that name no scent ("a strong scent", "my signature
scent", "a summer scent"): any other word there is the scent, as said ("a cake scented body
wash": cake)."""

UNSCENTED = (
    r"\b(?:unscented|un-scented|fragrance[- ]free|scent[- ]free|perfume[- ]free|odou?rless|"
    r"no (?:scent|fragrance|perfume|smell)|without (?:a )?(?:scent|fragrance|perfume|smell)|"
    r"(?:doesn'?t|does not|don'?t|shouldn'?t) (?:smell|have a (?:scent|smell))|"
    r"(?:hates?|no|not|nothing|avoids?|can'?t (?:stand|do)) (?:anything |any |too )?"
    r"(?:scented|perfumed|fragranced|smelly))\b"
)
"""A product without a scent ("fragrance free", "no smell please")."""

NOT_A_SCENT_AFTER = (
    r"(?:oil|oils|water|butter|milk|extract|seed|seeds|juice|acid|leaf|bark|clay|gold|pink|red|"
    r"brown|blonde?|black|green|blue|purple|nude|beige|yellow|orange)"
)
"""A scent word before these names an ingredient, a product or a colour ("coconut oil", "rose
water", "rose gold", "chocolate brown"), not what it smells of."""

FLAVOUR = r"\s*(?:flavou?r(?:ed|s)?|scent(?:ed|s)?|smell(?:ing)?|fragrance|-scented)\b"
"""Said after a fruit or flower word, it is a scent even beside a colour word ("a mint flavour
lip balm")."""

COLOUR_WORDS = (
    "rose gold", "red", "pink", "nude", "coral", "black", "brown", "blue", "purple", "gold",
    "silver", "plum", "white", "green", "burgundy", "orange", "beige", "grey", "gray", "yellow",
    "teal", "mauve", "navy", "bronze", "copper", "taupe", "khaki", "turquoise", "violet",
    "lilac", "lavender", "berry", "wine", "cherry", "peach", "rose", "mint", "blonde", "blond",
    "brunette", "auburn", "platinum", "magenta", "fuchsia", "maroon", "crimson", "scarlet",
    "redhead", "ginger hair",
)  # fmt: skip
"""Colours and shades by name (`colour_names.COLOURS` with hair colours and the fruit and flower
words that are colours on a nail or a lip), also in the plural ("for blondes")."""

NOT_A_COLOUR_AFTER = (
    r"\s*(?:tea|heads?|spots?|circles|owned|friday|skin|complexion|undertones?|teeth|reefs?|"
    rf"{PEOPLE_OF_A_TONE})\b"
)
"""Said after a colour word, it names no colour wanted ("black tea", "blackheads", "dark
circles", "brown skin", "black women", "neutral undertones", "whiter teeth", "coral reefs")."""

COLOUR_NAMES = {"blond": "blonde", "redhead": "red", "ginger hair": "red"}
"""The usual name of a colour said otherwise ("for redheads": red); a British spelling stays as
said ("grey"), folded where values are compared (`retrieval.lexicon.in_american_spelling`)."""

COLOUR_CONTEXT = (
    r"\b(?:polish|nails?|lipsticks?|lip ?sticks?|lip ?gloss|lip ?liner|lip ?tint|lip ?stain|"
    r"lip ?colou?r|eye ?shadows?|"
    r"shadows?|eye ?liners?|liners?|mascaras?|blush(?:es)?|shades?|colou?rs?|colou?red|dyes?|"
    r"tints?|palettes?|lacquer|manicure|pedicure|highlights?|toned?)\b"
)
"""Words beside which a fruit or flower word is a colour ("lavender nail polish", "a cherry
lipstick") rather than a scent."""

FINISHES = {
    "matte": "matte", "matt": "matte", "mattifying": "matte", "semi-matte": "semi-matte",
    "demi-matte": "semi-matte", "soft matte": "soft matte", "dewy": "dewy", "glowy": "glowy",
    "satin": "satin", "shimmer": "shimmer", "shimmery": "shimmer", "glossy": "glossy",
    "high-gloss": "glossy", "high gloss": "glossy", "shiny": "shiny", "metallic": "metallic",
    "glitter": "glitter", "glittery": "glitter", "sparkly": "sparkle", "sparkle": "sparkle",
    "sheer": "sheer", "luminous": "luminous", "radiant": "radiant", "velvet": "velvet",
    "velvety": "velvet", "frosted": "frost", "frosty": "frost", "pearly": "pearl",
    "pearlescent": "pearl", "holographic": "holographic", "chrome": "chrome",
    "iridescent": "iridescent", "natural finish": "natural", "natural look": "natural",
    "no-makeup look": "natural", "natural-looking": "natural", "natural looking": "natural",
    "creamy": "creamy", "cream finish": "creamy", "full coverage": "full coverage",
    "full-coverage": "full coverage", "medium coverage": "medium coverage",
    "light coverage": "light coverage", "sheer coverage": "sheer", "buildable": "buildable",
}  # fmt: skip
"""Finishes as said and their usual name ("matt": matte, "glittery": glitter)."""

FORMULAS = {
    "cream": "cream", "creme": "cream", "gel": "gel", "gel-cream": "gel-cream",
    "spray": "spray", "stick": "stick", "powder": "powder", "pressed powder": "pressed powder",
    "loose powder": "loose powder", "oil": "oil", "serum": "serum", "lotion": "lotion",
    "balm": "balm", "mousse": "mousse", "foam": "foam", "foaming": "foam", "liquid": "liquid",
    "mist": "mist", "wax": "wax", "pomade": "pomade", "butter": "butter", "roll-on": "roll-on",
    "roll on": "roll-on", "wipes": "wipes", "sheet": "sheet", "clay": "clay",
    "cushion": "cushion", "whipped": "whipped", "pencil": "pencil", "crayon": "crayon",
    "tint": "tint", "tinted": "tinted", "drops": "drops", "capsules": "capsules",
    "solid": "solid", "bar": "bar", "paste": "paste", "milk": "milk",
}  # fmt: skip
"""Forms of a product. Said before another product word ("a gel cleanser", "cream blush",
"spray sunscreen") or with a word for the form ("in gel form", "the spray version"), not as the
product itself ("a serum for dry skin" names the need)."""
FORMS = frozenset(w for w in FORMULAS if " " not in w) | {"pen"}
"""The words for a form a product comes in, said after its type ("a conditioner spray", "an
eyeliner pen"): every one-word form of `FORMULAS` and a pen."""

FORMS_AFTER_A_TYPE = frozenset(
    {"stick", "spray", "mist", "pen", "pencil", "crayon", "powder", "gel", "balm", "wipes",
     "foam", "mousse", "roll-on", "bar", "drops", "capsules", "cushion", "liquid", "tint",
     "wax", "pomade", "paste", "solid"}
)  # fmt: skip
"""Forms that say how a product comes when said right after its type's word and last in the
phrase ("a deodorant stick that...", "sunscreen spray", "an eyeliner pen"): `FORMS` less the
words that are a type of their own after a part of the body ("eye cream", "face oil", "body
lotion")."""

DESCRIBED_FORMULAS = {
    "waterproof": "waterproof", "water-proof": "waterproof", "water resistant": "water-resistant",
    "water-resistant": "water-resistant", "sweatproof": "sweatproof",
    "sweat-proof": "sweatproof", "smudge-proof": "smudge-proof", "smudgeproof": "smudge-proof",
    "long-lasting": "long-lasting", "long lasting": "long-lasting",
    "long-wearing": "long-wearing", "long wearing": "long-wearing", "long-wear": "long-wearing",
    "long wear": "long-wearing", "smudge proof": "smudge-proof", "sweat proof": "sweatproof",
    "water proof": "waterproof", "transfer proof": "transfer-proof",
    "lightweight": "lightweight", "light-weight": "lightweight", "non-greasy": "non-greasy",
    "non greasy": "non-greasy", "water-based": "water-based", "water based": "water-based",
    "oil-based": "oil-based", "oil based": "oil-based", "fast-absorbing": "fast-absorbing",
    "quick-drying": "quick-drying", "quick dry": "quick-drying", "quick drying": "quick-drying",
    "transfer-proof": "transfer-proof", "non-comedogenic": "non-comedogenic",
    "noncomedogenic": "non-comedogenic", "non comedogenic": "non-comedogenic",
    "hypoallergenic": "hypoallergenic", "oil-free": "oil-free", "oil free": "oil-free",
    "non-sticky": "non-sticky", "non sticky": "non-sticky", "not sticky": "non-sticky",
    "isn't sticky": "non-sticky", "isnt sticky": "non-sticky",
    "no white cast": "no white cast", "without a white cast": "no white cast",
    "without white cast": "no white cast", "leave a white cast": "no white cast",
}  # fmt: skip
"""How a formula behaves, said as a wish wherever it stands ("waterproof mascara")."""

_WONT = r"(?:won'?t|doesn'?t|does not|will not|don'?t|do not|never|that can'?t)"
BEHAVIOURS = (
    (
        r"\b(?:strong|stronger|firm|firmer|max(?:imum)?|extreme|extra|mega|super|all[- ]day)"
        r"[- ]hold(?:ing)?\b|\bholds? (?:all day|all night|for hours|really well)\b",
        "strong hold",
    ),
    (r"\bmedium[- ]hold\b", "medium hold"),
    (r"\b(?:flexible|light|soft|touchable|brushable)[- ]hold\b", "flexible hold, light hold"),
    (
        r"\bdr(?:y|ies|ying) (?:really |super |very |so |pretty )?(?:fast|quick(?:ly)?|"
        r"in (?:seconds|a minute|minutes|no time))\b|\b(?:fast|rapid)[- ]dry(?:ing)?\b",
        "quick-drying",
    ),
    (
        r"\b(?:lasts?|stays?(?: on| put)?|holds? up|wears?) (?:all (?:day|night)|the whole "
        r"(?:day|night)|(?:through|thru) (?:the |a |my |her )?\w+|for hours|(?:\d+|eight|"
        r"ten|twelve|twenty[- ]four) (?:hours|hrs))\b|\b(?:kiss|budge)[- ]?proof\b|"
        r"\b(?:actually |really )?stays? (?:on|put)\b(?! (?:top|sale|the shelf))|"
        r"\b(?:that|which) (?:actually |really |will |would |can )?(?:lasts|last(?= long))\b"
        r"(?! (?:me|months|years|weeks|"
        r"a (?:month|year|week)|for (?:months|years|weeks)))|"
        r"\blasts? (?:long(?:er)?|forever|ages)\b|"
        rf"\b{_WONT} (?:budge|fade|wear off|come off)\b",
        "long-wearing, long-lasting",
    ),
    (
        rf"\b{_WONT} (?:run|streak down|smear|come off|wash off|budge)\b[^.,;!?]{{0,25}}"
        r"\b(?:cry|crying|cries|tears|swim|swimming|pool|water|rain|sweat|sweating)\b|"
        r"\b(?:tear|cry|swim|rain)[- ]?proof\b",
        "waterproof",
    ),
    (rf"\b{_WONT} (?:smudge|smear)\b", "smudge-proof"),
    (rf"\b{_WONT} transfer\b", "transfer-proof"),
)
"""What a formula is said to do rather than named ("a hairspray with a firm hold": strong
hold; "a top coat that dries fast": quick-drying; "a lipstick that lasts through dinner":
long-wearing; "a mascara that won't run when I cry": waterproof), by its usual name."""

NOT_DOING = (
    r"\b(?:that|which|it|they|one|ones)(?:'s|'re)?\s+(?:isn'?t|is not|aren'?t|are not|"
    r"won'?t be|(?:doesn'?t|does not|don'?t|do not|won'?t) (?:feel|look|get))\s+"
    r"(?:too |so |super |very |overly |really |all |that )?(?P<is>[a-z]+)\b"
    r"|\b(?:that|which|it|they|one|ones)\s+(?:actually |really |hopefully |also )?"
    rf"{_WONT}\s+(?:ever |really |easily |even |just |instantly |immediately )?(?P<does>[a-z]+)\b"
)
"""What a product is wished not to do or be, said of it ("a polish that doesn't chip", "a
liner which won't transfer", "a dryer that isn't too heavy", "a cream that doesn't feel
greasy"): the word of what it does or is (`traits_as_said.features_said`)."""

NOT_A_BEHAVIOUR = frozenset(
    {"be", "have", "has", "like", "want", "need", "love", "know", "care", "mind", "cost",
     "costs", "break", "work", "do", "go", "turn", "get", "leave", "come", "make", "cause",
     "give", "trigger", "contain", "include", "use", "smell", "look", "feel", "seem", "take",
     "let", "matter", "say", "mean", "help", "sell", "ship", "fit", "show", "expensive",
     "pricey", "costly", "cheap", "much", "many", "big", "small", "for", "available", "sure",
     "the", "a", "an", "my", "your", "it", "that", "this", "in", "on", "tested", "scented",
     "perfumed", "fragranced", "scent", "as", "too", "so", "really", "very", "just"}
)  # fmt: skip
"""Words after "doesn't" or "isn't" that say no behaviour of the product ("doesn't break the
bank", "isn't too expensive", "doesn't smell": a scent), or say it by what follows ("doesn't go
orange": a colour ruled out)."""

SUN_FILTER = r"(?:sun ?screens?|sun ?blocks?|sun ?creams?|spf|uv filters?|filters?)"
FILTERED = (
    (
        rf"\b(?:mineral|physical|zinc[- ]based|zinc oxide|non[- ]nano zinc)[- ](?:{SUN_FILTER}|"
        r"make ?up|foundations?|powders?|veils?|blush(?:es)?|bronzers?|eye ?shadows?)\b"
        r"|\bsun ?(?:screens?|blocks?|creams?) (?:mineral|physical)\b",
        "mineral",
    ),
    (rf"\bchemical[- ](?:{SUN_FILTER}|exfoliants?|exfoliation|exfoliators?|peels?)\b", "chemical"),
)
"""Formulas by what works in them ("a mineral sunscreen", "physical spf": mineral; "a chemical
exfoliant"), also said after the product ("sunscreen mineral", as Portuguese reads); never
"mineral oil" or "mineral water" (ingredients)."""

FREE_OF = (
    r"\b(sulfate|sulphate|paraben|silicone|alcohol|fragrance|perfume|gluten|talc|phthalate|"
    r"aluminum|aluminium|soap|dye|sls|ammonia|formaldehyde|petroleum|nut|latex|lanolin|sugar)"
    r"s?[- ]free\b(?!\s+(?:of|from)\b)"
)
"""A formula said to be free of something ("sulfate-free", "paraben free", "alcohol-free"): a
formula wish ("sulfate-free") beside the ingredient `avoid` rules out ("oil-free" is one of
`DESCRIBED_FORMULAS`)."""

FORM_WORDS = r"(?:form|formula|formulation|texture|version|kind|type|one|ones|format)"
"""Words after a formula that say it is the form wanted ("in gel form", "a spray one")."""

NOT_A_FORM_AFTER = frozenset(
    {"brush", "brushes", "puff", "puffs", "sponge", "sponges", "applicator", "case", "cases",
     "container", "jar", "jars", "dispenser", "bottle", "bottles", "pump", "for", "with", "to",
     "that", "which", "and", "or", "but", "in", "on", "under", "around", "at", "from", "by",
     "free", "w", "is", "please", "pls", "thanks", "of", "too", "as", "so", "if", "like", "i", "my",
     "me", "it", "something", "anything", "any", "not", "no", "the", "a", "an", "this", "that's",
     "without",
     "less", "more", "about", "up", "max", "budget", "cheap", "than", "then", "over", "below",
     "above", "within", "between", "control", "anti"}
)  # fmt: skip
"""Words after a formula word that leave it the product itself ("a serum for dry skin", "a
powder brush"): it is a form only before another product word."""

TRAVEL_SIZE = (
    r"\b(?:travel[- ]?siz(?:e|ed)|travel[- ]friendly|(?:for|in) (?:my )?(?:carry[- ]?on|"
    r"hand luggage)|tsa(?:[- ]approved| friendly)?|for (?:travel|travelling|traveling|a trip|"
    r"my trip|the plane|flying|a flight))\b"
)
SIZES = (
    (TRAVEL_SIZE, "travel size"),
    (r"\b(?:purse|pocket|handbag|bag)[- ]?siz(?:e|ed)\b", "travel size"),
    (r"\bminis?\b(?! ?(?:skirt|fridge|dress))", "mini"),
    (r"\b(?:samples?|trial[- ]size|sample[- ]size|tester)\b", "sample"),
    (r"\bfull[- ]?siz(?:e|ed)\b", "full size"),
    (
        r"\b(?:jumbo|family[- ]size|value[- ]size|bulk|economy[- ]size|(?:a )?(?:big|bigger|"
        r"large|larger|huge|giant) (?:bottle|tub|jar|size|pack|tube|one)s?|the bigger the better|"
        r"(?:the )?(?:biggest|largest) (?:size|bottle|one))\b",
        "large",
    ),
    (
        r"\b(?:small|smaller|little|tiny) (?:bottle|tube|jar|size|one)s?\b|"
        r"\b(?:not|isn'?t|nothing|never) (?:too |that |so |super |very )?(?:big|massive|huge|"
        r"bulky|giant)\b|\bfits? (?:in|into) (?:my |a |your |her |his |the )?(?:purse|clutch|"
        r"pocket|handbag|bag|makeup bag|wallet|gym bag)\b",
        "small",
    ),
)
"""Sizes by phrase and their name ("tsa friendly": travel size; "a big bottle": large)."""

AMOUNT = (
    r"(?<![$£€\d.])\b(\d+(?:\.\d+)?)\s*(fl\.? ?oz|oz|ounces?|ml|millilit(?:er|re)s?|l|"
    r"lit(?:er|re)s?|g|grams?|inch(?:es)?|in(?= (?:barrel|plates?|wide))|cm|mm)\b"
    r"(?! (?:off|discount))"
)
"""An amount said as a size ("8 oz", "100ml", "a 1.5 inch barrel"), never a price ("$8")."""
UNIT_NAMES = {
    "fl oz": "oz", "fl. oz": "oz", "fl.oz": "oz", "floz": "oz", "ounce": "oz", "ounces": "oz",
    "milliliter": "ml", "milliliters": "ml", "millilitre": "ml", "millilitres": "ml",
    "gram": "g", "grams": "g", "liter": "l", "liters": "l", "litre": "l", "litres": "l",
    "inches": "inch", "in": "inch",
}  # fmt: skip
"""The short name of a unit said in full ("8 ounces": 8 oz), given beside the amount as said."""
PACK = (
    r"\b(?:(\d+|two|three|four|five|six|twin|double)[- ]?packs?|packs? of (\d+|two|three|four|"
    r"five|six)|(\d+|two|three) for (?=\$|under|less|the price|\d))\b"
)
"""How many come together ("a two pack", "pack of 3", "two for under ten"): the size's count."""
COUNTS = {
    "two": "2",
    "twin": "2",
    "double": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
}
"""Counts said in words (`PACK`)."""

SPF = (
    r"\b(?:spf|sun protection factor|factor)\s*(?:of\s*|level\s*)?(?:at least\s*|min(?:imum)?\s*)?"
    r"(\d{1,3})\+?|\b(\d{1,3})\+?\s*spf\b"
)
"""An SPF with its number ("spf 30", "SPF50+", "30 spf")."""

SPF_WANTED = (
    r"\b(?:with|has|have|having|includes?|contains?|some|got|plus|and|\+) (?:an? )?spf\b"
    r"|\bbroad[- ]spectrum\b"
    r"|\b(?:sun|uv|uva|uvb) ?protect(?:ion|ive|ing)\b|\bprotects? (?:\w+ ){0,2}(?:from|against) "
    r"(?:the )?(?:sun|uv|uva|uvb)\b"
)
"""SPF wanted without a number ("a moisturiser with spf", "broad spectrum", "with sun
protection", "something that protects my face from the sun")."""

SPF_HIGH = (
    r"\b(?:high|higher|strong|stronger|max(?:imum)?|very high|the highest)\s*spf\b"
    r"|\bspf\s*(?:high|max)\b"
)
"""A high SPF wanted without a number ("a sunscreen with high spf")."""

ETHICS = (
    (r"\bvegan\b", "vegan"),
    (
        r"\b(?:cruelty[- ]?free|not tested on animals|no animal testing|without animal testing|"
        r"leaping bunny|never tested on animals)\b",
        "cruelty-free",
    ),
    (r"\borganic\b", "organic"),
    (
        r"\b(?:all[- ]natural|(?:100% )?natural (?:ingredients|products?|skin ?care|brands?|"
        r"stuff|beauty|formula|deodorants?|shampoos?|conditioners?|soaps?|lotions?|"
        r"moisturi[sz]ers?|cleansers?|face ?wash|body ?wash|toothpaste|sun ?screens?|perfumes?|"
        r"hair ?care|make ?up|cosmetics|creams?|serums?|remed(?:y|ies)|alternatives?|options?|"
        r"ones?|versions?)|(?:something|anything|go|more|only|all) natural"
        r"(?![- ](?:looking|look|finish|glow|hair|colou?r|shade)))\b",
        "natural",
    ),
    (r"\bclean (?:beauty|ingredients|brands?|products?|skin ?care|makeup)\b", "clean"),
    (
        r"\b(?:eco[- ]?friendly|sustainable|sustainably|zero[- ]waste|plastic[- ]free|"
        r"recyclable|refillable|biodegradable|environmentally friendly)\b",
        "eco-friendly",
    ),
    (r"\bfair[- ]?trade\b", "fair trade"),
    (r"\bhalal\b", "halal"),
    (
        r"\breef[- ]?(?:safe|friendly)\b|\b(?:safe|kind|good|gentle|better|friendly) (?:for|to|on) "
        r"(?:the )?(?:coral )?reefs?\b|\b(?:won'?t|doesn'?t|does not|will not) (?:hurt|harm|damage|"
        r"kill) (?:the )?(?:coral|reefs?)\b",
        "reef-safe",
    ),
    (r"\bnon[- ]?toxic\b", "non-toxic"),
    (r"\bblack[- ]owned\b", "black-owned"),
)
"""How a product is made, as a shopper asks for it, and its usual name."""

INGREDIENTS = (
    "hyaluronic acid", "hyaluronic", "vitamin c", "vitamin e", "vitamin a", "retinol",
    "retinoid", "niacinamide", "salicylic acid", "salicylic", "glycolic acid", "glycolic",
    "lactic acid", "kojic acid", "benzoyl peroxide", "aha", "bha", "tea tree oil", "tea tree",
    "argan oil", "argan", "shea butter", "shea", "cocoa butter", "aloe vera", "aloe",
    "collagen", "keratin", "biotin", "caffeine", "peptides", "peptide", "ceramides", "ceramide",
    "squalane", "rosehip oil", "rosehip", "witch hazel", "charcoal", "clay", "dead sea",
    "coconut oil", "jojoba oil", "jojoba", "olive oil", "castor oil", "almond oil",
    "avocado oil", "rose water", "rosewater", "honey", "oatmeal", "sulfur", "zinc", "coq10",
    "snail", "manuka", "green tea", "cucumber", "chamomile", "turmeric", "hemp", "caviar",
    "glycerin", "lanolin", "marula", "royal jelly", "arbutin", "licorice", "argireline",
    "cbd", "centella", "cica", "bakuchiol", "azelaic acid",
)  # fmt: skip
"""Ingredients a shopper asks for by name ("a serum with hyaluronic acid", "argan oil for my
hair"), longest first where one holds another; the catalog's titles name all but the last few
(cbd, centella, cica, bakuchiol, azelaic acid), which shoppers ask for anyway."""

ASKED = (
    (
        r"\b(?:how (?:big|large|much (?:product|is in it|do you get))|what(?:'s| is)? (?:the )?"
        r"size|how many (?:ml|oz|ounces|millilit(?:er|re)s|grams)|is it travel[- ]sized?)\b",
        "size",
    ),
    (
        r"\b(?:what (?:does|do) (?:it|they|this|that|the \w+(?: one)?) smell like|how (?:does|do) "
        r"(?:it|they) smell|what(?:'s| is) (?:the|its) (?:scent|smell|fragrance)|what scents?|"
        r"does (?:it|this|that) (?:have a scent|smell)|is (?:it|this|that) scented)\b",
        "scent",
    ),
    (
        r"\b(?:what colou?rs?|which colou?rs?|what shades?|which shades?|"
        r"what(?:'s| is) (?:the|its) (?:colou?r|shade)|(?:does|do) (?:it|they) come in "
        r"(?:other|different|more) (?:colou?rs|shades))\b",
        "color",
    ),
    (
        r"\b(?:what spf|how much spf|(?:does|do) (?:it|they|this|the \w+(?: one)?) have "
        r"(?:an? )?spf|is there (?:any )?spf|what(?:'s| is) the spf)\b",
        "spf",
    ),
    (r"\b(?:what finish|what(?:'s| is) the finish|is (?:it|this) matte or)\b", "finish"),
    (r"\b(?:what(?:'s| is) (?:the|its) (?:texture|consistency)|what texture)\b", "formula"),
    (
        r"\b(?:what(?:'s| is) in (?:it|this|that)|what are the ingredients|what ingredients|"
        r"ingredients? list)\b",
        "ingredient",
    ),
)
"""A question about the picks that asks for an attribute's value ("how big is it?": size,
"what does it smell like?": scent), not a wish."""

ASKED_VALUE = "?"
"""The value of an attribute a question asks for."""

NEGATION = (
    r"\b(?:no|not|non|less|without|hate|hates|dislike|dislikes|can'?t stand|allergic to|"
    r"(?:do|does|wo)n'?t (?:like|want|love|have|get|go|turn|look)|avoid|avoiding|free of|"
    r"nothing|anything but|"
    r"except|too|never)\s+(?:\w+\s+){0,2}$"
)
"""Said just before a trait word, it rules the trait out ("not floral", "nothing too sweet",
"hate vanilla", "a fake tan that doesnt go orange"): no trait wanted (what is ruled out is
`avoid`'s)."""
