"""Gifts and people: whom a need is for ("for my mum", "for men"), the occasion, a small
gift, a name the person likes.
"""

from __future__ import annotations

import re

from assistant.dialogue.needs.wording import MORE_PEOPLE, PEOPLE, PERSON_MODIFIER, WHOSE

HOW_MANY = r"(?:\d+|two|three|four|five|six|seven|eight|both|all)"
"""How many people a gift is for, said before them ("my 6 bridesmaids", "for my two nieces")."""

RECIPIENT = (
    rf"\b(?:for (my |a |an |the |our )?|(my )|(?:get|buy|gift) (?:a |an |our ))"
    rf"(?:{HOW_MANY} )?(?:{PERSON_MODIFIER} )?"
    rf"({WHOSE}?(?:(?:{MORE_PEOPLE})s?|(?:{PEOPLE})s?|him|her|myself|me))\b"
)
"""Whom a need is for ("for my mum", "my sister's birthday", "for my twin sister", "my
boyfriend's mom", "for my mother-in-law", "for my 6 bridesmaids", "for the hosts", "what do
you get a teenage boy"; group 3)."""

PERSON_SUBJECT = (
    r"^(?:(?:so|ok|okay|hi|hey|hello|um|well|and|also)\W+)*(?:(?:the|a|an|our) )?"
    rf"((?:(?:{PEOPLE})'s )?(?:{MORE_PEOPLE}|{PEOPLE}))(?:'s)?\s+"
    r"(?:has|have|is|are|needs?|wants?|loves?|likes?|keeps?|turns?|just|asked|wears?|uses?|"
    r"hates?|got|gets?|birthday|bday|turning|leaving|retiring|graduating|moving|expecting|"
    r"\d+(?:st|nd|rd|th))\b"
)
"""A person the message opens with as its subject, without "my" ("grandma has really dry
hands, a hand cream for her?", "mum's birthday is sunday", "grandma's turning 90", "grandpa's
80th", "the missus wants a hair dryer for her birthday", "a coworker leaving next week"; group
1): whom the need is for, where "for her" alone would say only "her"."""


AT_WORK = (
    r"\b(?:at|in|from) (?:the |my |our )?(?:work|office|accounts|workplace|job)\b"
    r"|\b(?:office|work|workplace) (?:secret santa|party|gift|present)"
)
"""A gift for someone the shopper works with, said by where ("secret santa at work", "someone in
the office", "a guy from accounts"): a coworker, where no one else is named."""

GIFT_OF_A_PERSON = (
    rf"\b((?:{MORE_PEOPLE}|{PEOPLE})s?) (?:gifts?|presents?)\b(?! (?:sets?|box|card))"
)
"""A gift named by whom it is for ("teacher gift", "bridesmaid gifts"; group 1)."""

NOT_THE_RECIPIENT = (
    rf"\b(?:like|than|as) (?:my |our )?(?:{PERSON_MODIFIER} )?(?:{MORE_PEOPLE}|{PEOPLE})"
    rf"|\bmy (?:{MORE_PEOPLE}|{PEOPLE}) (?:[a-z]+ )?(?:said|says|told|swears?|recommended|"
    r"suggested|got married)\b"
)
"""A person named as a likeness or a source, not as whom a need is for ("like my grandma used to
have", "look like my nan", "my friend said", "my sister got married")."""


FOR_SOMEONE_ELSE = (
    r"^(?:(?:and|but|so|ok|okay|what about|how about|now|same|the same|same thing|"
    r"the same thing|same again|it'?s|its|it is|this is|that'?s|they'?re|they are),? )*"
    r"(?:(?:but |and )?(?:for|to) )(?:my |a |an )?"
    rf"(?:\w+ )?(?:{PEOPLE}|him|her)"
    r"(?:,?\s*(?:(?:he|she|they)(?:'s|’s| is| are)|aged?|who'?s)\s+\d{1,2}"
    r"(?:\s*(?:years?|yrs?|yo)(?:[- ]old)?)?)?"
    r"(?:,?\s*(?:actually|instead|then|though|now|please|pls|plz))*\W*$"
)
"""The need on screen again, for another person ("what about for my dad", "and for my sister?",
"same for my mum", "it's for my husband", "for my daughter, she's 6", "for my mom actually"): a
refinement with no words of its own (who it is for is noted)."""


FOR_A_SEX = (
    r"^(?:(?:and|but|so|ok|okay|actually|it'?s|its|it is|they'?re|this is|these are|"
    r"what about|how about|(?:the )?same|any|ones?|something|anything|"
    r"(?:do you|you) have (?:it|them|any|one|some)|"
    r"(?:have you )?got (?:it|them|any|one)|is there (?:one|any)|are there any),? )*"
    r"(?:but |and )?(?:for|to) (?:a |an |the )?(?:(?P<men>men|man|guys?|gentlemen|males?)|"
    r"(?:women|woman|ladies|lady|females?))(?:'?s)?(?:,? (?:please|pls|plz|too|instead))?\W*$"
)
"""The need on screen for men or for women ("for men", "it's for a man", "what about for men?",
"any for men?", "do you have it for women?", "something for women instead"): a refinement with
no words of its own, for whom it is noted (as "for my husband" is: `FOR_SOMEONE_ELSE`)."""


OCCASION = (
    r"\b(mother'?s'? day|mom'?s day|father'?s'? day|secret santa|date night|new year'?s?(?: eve)?|"
    r"baby shower|bridal shower|birthday|bday|b-day|christmas|xmas|anniversary|wedding|"
    r"graduation|prom|halloween|valentine'?s?(?: day)?|easter|thanksgiving|hanukkah|diwali|"
    r"honeymoon|vacation|holidays?|summer|winter|"
    r"(?:(?<=for )|(?<=this )|(?<=next ))(?:spring|autumn|fall(?! (?:out|off|apart|asleep)\b))|"
    r"festivals?|night out|(?:(?<=my )|(?<=a )|(?<=first ))date|beach|"
    r"travel(?:l?ing)?(?![- ]siz|[- ]kit|[- ]case|[- ]bag|[- ]bottle|[- ]set)|trip|"
    r"retir(?:ing|ement|es)|grad(?:uat(?:es|ing))?|get[- ]well(?: soon)?|eid|"
    r"end of (?:the )?(?:school )?(?:year|term)|(?:just )?had (?:a|her|his|their) baby|"
    r"after (?:the|a|her|their) baby|new baby|"
    r"stocking[- ]?(?:stuff|fill)(?:ers?|ing)|turn(?:s|ing|ed)? \d+|"
    r"(?:(?<=his )|(?<=her )|(?<='s ))\d+(?:st|nd|rd|th)(?! anniversary)|"
    r"house[- ]?warming|new (?:home|house)|leaving (?:do|party|drinks|present|gift|card)|farewell|"
    r"thank[- ]?you(?= (?:gifts?|presents?|cards?|notes?|treats?|baskets?)\b)|"
    r"(?<=as a )thank[- ]?you|(?<=say )thanks?(?: you)?|"
    r"(?<=our )(?:one|two|three|five|ten|first|\d+)(?:st|nd|rd|th)?[- ](?:years?|months?)|"
    r"gift|present)\b"
)
"""When or what for ("for mother's day", "a secret santa gift", "for the beach", "my boss is
retiring", "a get well gift", "a thank you present", "it's our one year", "she turns 80",
"her 40th", "stocking stuffers", "a festival weekend", "after the baby", "for fall", "this
spring", "a night out", "before my date"; not "fall out", not "expecting in the spring"): the
first named in
this order, so "a gift for her birthday" is a birthday, "gift" only when nothing else; named as
`occasion_name` says."""

OCCASION_NAMES = (
    (r"^retir", "retirement"),
    (r"^grad", "graduation"),
    (r"^get[- ]well", "get_well"),
    (r"^thank", "thank_you"),
    (r"^(?:leaving|farewell)", "farewell"),
    (r"^end of", "end_of_year"),
    (r"baby$", "new_baby"),
    (r"^stocking", "christmas"),
    (r"^turn|^\d", "birthday"),
    (r"^new year.* eve$", "new_years_eve"),
    (r"^new year", "new_year"),
    (r"^(?:house[- ]?warming|new (?:home|house))", "housewarming"),
    (r"^festival", "festival"),
    (r"^night out", "night_out"),
    (r"^date$", "date_night"),
    (r"(?:year|month)s?$", "anniversary"),
)
"""The name of an occasion said in other words (`OCCASION`): "retiring" is a retirement, "grad"
a graduation, "our one year" an anniversary, "turning 60" a birthday, a stocking stuffer
Christmas, "new year's eve" itself (not a new home), "festivals" a festival, "my date" a date
night; any other is named as said."""

NOT_THIS_TIME = r"\b(?:last|this past)\s+$"
"""Said before an occasion, it is a time gone by, not what the need is for ("damaged from
bleaching it last summer"): no occasion (`stated_needs.extract_attributes`). Not "every summer":
the labelled sets read a recurring season both ways."""


def occasion_name(said: str) -> str:
    """The occasion ``said`` (a match of `OCCASION`) names (`OCCASION_NAMES`), else ``said``."""
    return next((name for form, name in OCCASION_NAMES if re.search(form, said)), said)


SMALL_GIFT = r"\b(?:an? )?stocking[- ]?(?:stuff(?:er|ers|ing)|fill(?:er|ers|ing))\b"
"""A small gift by its Christmas name ("stocking stuffers under 10", "stocking filler ideas"):
read as "a gift" (its words found stockings and conditioners, "filler" lip fillers; a gift's
type is the shopper's to choose)."""

FOR_GIVING = r"(?:cards?|bags?|wrap|wrapping|certificates?|vouchers?|tags?|receipts?)"
"""What a gift is given with or in ("gift card", "gift bags", "gift wrap"): not a gift itself."""

THING_FOR_GIVING = rf"\b(?:gifts?|presents?)[ -]{FOR_GIVING}\b"

GIFT_SAID = (
    rf"\b(?:gifts?|presents?)\b(?![ -](?:sets?|box(?:es)?|baskets?|{FOR_GIVING})\b)|"
    rf"\bsecret santa\b|{SMALL_GIFT}"
)
"""A need said to be a gift, by any name ("a leaving present", "secret santa, $10 limit",
"stocking filler ideas"); not a thing of gifts ("a gift card", "gift bags")."""


LIKES_A_NAME = (
    r"\b(?:she|he|they)(?:'s|'re| is| are)?\s+(?:really\s+|just\s+|totally\s+|so\s+)?"
    r"(?:loves?|likes?|adores?|into|obsessed with|(?:a\s+)?(?:big\s+|huge\s+)?fans? of|"
    r"swears? by|only uses?)\s+(?P<name>[a-z][a-z'.&-]*[a-z])(?=\s*(?:[,.!?;]|$|and\b|but\b|so\b))"
)
"""A name the person a gift is for likes, said alone ("she loves chanel", "he's obsessed with
fenty"): a maker, or something they are into, that the need may ask for."""

THEY_LIKE = (
    r"\b(?:loves?|likes?|adores?|enjoys?|lives for|obsessed with|(?:a )?(?:big |huge )?fan of|"
    r"(?:is|'s|are|'re)\s+(?:really |very |so |super |totally )?into)\s+(?P<what>[^,.;!?]+)"
)
"""What the person a gift is for likes ("she loves bath stuff", "likes sports", "he's really
into golf"): group ``what``, up to the end of its clause."""
