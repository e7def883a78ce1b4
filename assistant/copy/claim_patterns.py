"""What claims look like in text: the patterns and word lists the grounding checker reads copy
and product records with (prices, sizes, percentages, offers, attributes, superlatives,
instruction echoes, product-type nouns)."""

from __future__ import annotations

import re

from assistant.copy.stemming import stem

POPULAR_RANK = 1_000
"""A sales rank at or under which "best-selling" / "popular" is supported."""
TOP_RATED = 4.5
"""A rating at or over which "top-rated" is supported."""

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"

UNITS = {
    "fl oz": "oz",
    "fl. oz": "oz",
    "fl.oz": "oz",
    "floz": "oz",
    "fluid ounce": "oz",
    "fluid ounces": "oz",
    "ounce": "oz",
    "ounces": "oz",
    "oz": "oz",
    "ml": "ml",
    "milliliter": "ml",
    "milliliters": "ml",
    "millilitre": "ml",
    "millilitres": "ml",
    "l": "l",
    "liter": "l",
    "liters": "l",
    "litre": "l",
    "litres": "l",
    "g": "g",
    "gram": "g",
    "grams": "g",
    "gr": "g",
    "kg": "kg",
    "mg": "mg",
    "lb": "lb",
    "lbs": "lb",
    "pound": "lb",
    "pounds": "lb",
    "count": "count",
    "ct": "count",
    "piece": "count",
    "pieces": "count",
    "pcs": "count",
    "pc": "count",
    "pack": "count",
    "packs": "count",
    "pk": "count",
    "inch": "in",
    "inches": "in",
    "cm": "cm",
    "mm": "mm",
    "capsule": "capsule",
    "capsules": "capsule",
    "tablet": "tablet",
    "tablets": "tablet",
    "wipe": "wipe",
    "wipes": "wipe",
    "sheet": "sheet",
    "sheets": "sheet",
    "pair": "pair",
    "pairs": "pair",
    "set": "set",
    "sets": "set",
    "shade": "shade",
    "shades": "shade",
    "color": "shade",
    "colors": "shade",
    "colour": "shade",
    "colours": "shade",
    "bottle": "bottle",
    "bottles": "bottle",
}
_UNIT_RE = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
SIZE = re.compile(rf"(?<![\w.])({NUM})\s?-?\s?({_UNIT_RE})(?![\w])", re.I)
SIZE_OF = re.compile(rf"\b(pack|set|box|kit) of ({NUM})\b", re.I)
PRICE = re.compile(
    rf"(?:(?:US)?[$£€]\s?({NUM}))|(?:(?<![\w.])({NUM})\s?(?:dollars|usd|bucks)\b)", re.I
)
_MEASURES = ("oz", "ml", "l", "g", "kg", "mg", "lb", "cm", "mm")
MEASURE_AFTER = re.compile(
    r"\s?-?\s?(?:"
    + "|".join(
        sorted(
            (re.escape(u) for u, kind in UNITS.items() if kind in _MEASURES and "pound" not in u),
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w])",
    re.I,
)
"""A unit of measure right after an amount: "$33.8 oz" is a garbled size, not a price."""
PERCENT = re.compile(rf"(?<![\w.])({NUM})\s?(?:%|percent\b)", re.I)
NUMBER = re.compile(rf"(?<![\d.,])({NUM})(?!\d)")
PERCENT_OFF = re.compile(rf"(?<![\w.])({NUM})\s?(?:%|percent)\s?off\b", re.I)
OFFER = re.compile(
    r"\b(?:save|sale|on sale|discount(?:ed|s)?|deals?|bogo|buy one,? get one|half[- ]price|"
    r"clearance|limited[- ]time|today only|this week only|while (?:supplies|stocks?) lasts?|"
    r"last chance|ends (?:today|tonight|soon|sunday|monday|midnight)|coupon|promo(?:tion)? code|"
    r"free (?:shipping|delivery|gift|sample|samples|trial|returns)|special offer|"
    r"(?:extra|additional) \d+|flash sale|markdown|price drop|lowest price)\b",
    re.I,
)
FREE = re.compile(r"(?<![\w-])free\b(?!-)", re.I)
WORD_FREE = re.compile(r"\b[a-z]+[ -]free\b", re.I)
"""A "<word> free" the record itself may write ("Fog Free Mirror"): then not an offer."""
X_FREE = re.compile(
    r"\b[a-z]+-free\b|\b(?:paraben|sulfate|sulphate|fragrance|cruelty|oil|alcohol|gluten|"
    r"silicone|talc|phthalate|scent|dye|chemical)s? free\b",
    re.I,
)
ATTRIBUTE = re.compile(
    r"\b(?:all[- ]natural|natural|organic|vegan|hypoallergenic|non[- ]comedogenic|"
    r"dermatologists?(?:[- ](?:tested|recommended|approved))?|clinically|waterproof|"
    r"water[- ]resistant|chemicals?|toxins?|toxic|fda|patented|sensitive skin|all skin types|"
    r"long[- ]lasting|\d+[- ]hours?|anti[- ]aging|anti[- ]ageing|wrinkles?|acne|sulfates?|"
    r"parabens?|gluten|botanical|plant[- ]based|ingredients?|formula(?:ted)?|vitamins?|"
    r"collagen|retinol|hyaluronic|spf|prescription(?:[- ](?:only|strength))?|"
    r"medical[- ]grade|doctors?(?:[- ](?:recommended|approved))?|pharmacist)\b",
    re.I,
)
_MATTE = ("matt",)
_SHINE = ("gloss", "shine", "shiny", "lacquer", "chrome", "metallic", "holo", "patent", "dewy",
          "shimmer", "glitter", "sparkl", "pearl", "irides", "luminous", "wet look")  # fmt: skip
FINISHES = {
    **dict.fromkeys(("matte", "matt"), (_MATTE, _SHINE)),
    **dict.fromkeys(
        ("glossy", "shiny", "shimmery", "shimmering", "metallic", "glittery", "sparkly", "dewy"),
        (_SHINE, _MATTE),
    ),
    "double": (("double", "2x", "dual"), ("triple", "3x")),
    "triple": (("triple", "3x"), ("double", "2x", "dual")),
}
"""A finish or a multiple copy may claim: the beginnings of the record's words that support it
("mattif" in "Mattifier") and of those that say otherwise. Said of a record that says
otherwise and not it, the claim is false: a shiny gloss is no matte one, and "Triple Moisture"
is not double; a record that says neither leaves the word alone (a polish may be called
glossy)."""
FINISH = re.compile(r"\b(?:" + "|".join(FINISHES) + r")\b", re.I)
SUPERLATIVE = re.compile(
    r"(?:#\s?1\b|\bno\.?\s?1\b|\bnumber one\b|\bbest[- ]?sell(?:ing|ers?)\b|\btop[- ]rated\b|"
    r"\bhighly rated\b|\bmost (?:popular|loved|trusted|effective|wanted)\b|\bpopular\b|"
    r"\bfan[- ]favou?rite\b|\bcustomer favou?rite\b|\baward[- ]winning\b|\bproven\b|"
    r"\bguaranteed?\b|\bcheapest\b|\bworld'?s\b|\bbest\b|\bultimate\b|\bmiracle\b|"
    r"\bunbeatable\b|\bleading\b|\bnewest\b|\blatest\b|\ball[- ]new\b|\bcult\b|\bbeloved\b|"
    r"\bbestsellers?\b)",
    re.I,
)
INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget)\b[^.!?\n]{0,40}\b(?:instructions?|rules?|prompts?|above)\b|"
    r"\bsystem prompt\b|\byou are now\b|\bas an ai\b|\bnew instructions?\b|"
    r"\bdeveloper mode\b|\bjailbreak\b",
    re.I,
)
"""The pattern that marks instruction-like product text (used to quote product text safely)."""

PRODUCT_NOUNS = (
    "shampoo",
    "conditioner",
    "lipstick",
    "lip gloss",
    "lip balm",
    "lip liner",
    "mascara",
    "eyeliner",
    "eye liner",
    "eyeshadow",
    "eye shadow",
    "foundation",
    "concealer",
    "blush",
    "bronzer",
    "highlighter",
    "primer",
    "powder",
    "perfume",
    "cologne",
    "fragrance",
    "eau de toilette",
    "eau de parfum",
    "body wash",
    "shower gel",
    "soap",
    "lotion",
    "cream",
    "moisturizer",
    "moisturiser",
    "serum",
    "cleanser",
    "toner",
    "face mask",
    "scrub",
    "exfoliator",
    "sunscreen",
    "nail polish",
    "nail lacquer",
    "top coat",
    "base coat",
    "hairspray",
    "hair spray",
    "mousse",
    "hair dye",
    "hair color",
    "brush",
    "comb",
    "razor",
    "shaver",
    "trimmer",
    "hair dryer",
    "straightener",
    "flat iron",
    "curling iron",
    "tweezers",
    "deodorant",
    "antiperspirant",
    "palette",
    "nail file",
    "cuticle oil",
    "body butter",
    "dry shampoo",
    "hair oil",
    "face oil",
    "bath bomb",
    "bubble bath",
    "wig",
    "eyelashes",
    "false lashes",
    "sponge",
    "blender",
    "toothpaste",
    "mouthwash",
)

COMMON_CAPITALISED = frozenset(
    """i i'm i've i'll i'd you you're you'll you've your yours we we're our ours us hi hey hello
    dear meet new now shop buy get grab tap click try discover treat find see order add love
    enjoy say make give look explore today tonight this that these those the a an it it's its
    and or but for with from in on at to of by yes wow oh ok okay so just here there what why how
    when who where ready time don't didn't can can't won't let let's keep stay come go your all
    because since thanks thank welcome psst good great hello there's here's one more only style
    refresh upgrade reach spoil pamper glow shine feel smell step bring fall spring summer winter
    autumn weekend morning evening night day is are be was were will with without not no yes
    subject body sms push banner email beauty skin hair nails lips eyes face hands feet
    look""".split()  # noqa: SIM905
)


def to_number(text: str) -> float:
    """A number as copy or a record writes it ("1,250.5")."""
    return float(text.replace(",", ""))


WORD = re.compile(r"[A-Za-z][A-Za-z'’&]*")


def singular_phrase(phrase: str) -> str:
    """Each word of ``phrase`` stemmed ("lip glosses" -> "lip gloss")."""
    return " ".join(stem(w) for w in phrase.split())
