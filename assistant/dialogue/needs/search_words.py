"""The need's words as the search and the replies use them: its content words (`content_words`:
no stop word, `STOP`), the need as we echo it (`display`), and the skin or hair type a stated
one adds to the search (`stated_type`)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.dialogue.needs.wording import WORD
from retrieval.tokenize import STOP_WORDS

STOP = STOP_WORDS | {"she", "he", "her", "his", "what's", "whats", "do", "does", "did"}
"""Words that say nothing about the product: the search stop words, the pronouns a shopper
uses for the person a gift is for (search keeps those: "perfume for her" names a kind), and
the words of a question ("what's a good gift ..." kept 'what's' in the need, "do you have one
without fragrance?" beside serums searched 'face serum do')."""


def stated_type(need: str, needs: Mapping[str, str], category: str | None) -> str:
    """What a stated skin or hair type (``needs``: ``skin`` / ``hair``, "dry") adds to the
    search for ``need``: "dry skin" where the need names no skin and is no hair product (by its
    ``category``: a shampoo for someone with dry skin is no dry-skin shampoo), "dry hair"
    likewise where it names no hair nor scalp; else ""."""
    types = " ".join(v for k, v in needs.items() if k in ("skin", "hair"))
    path, lowered = category or "", need.lower()
    if (
        "skin" in needs
        and "skin" not in lowered
        and not re.search(HAIR_ONLY, path)
        and not re.search(NOT_FOR_SKIN, lowered)
    ):
        return f"{types} skin"
    hair_named = "hair" in lowered or "scalp" in lowered  # "my scalp is itchy and flaky"
    if (
        "hair" in needs
        and not hair_named
        and not re.search(SKIN_ONLY, path)
        and not re.search(NOT_FOR_HAIR, lowered)
    ):
        return f"{types} hair"
    return ""


NO_TYPE = (
    r"\bStyling Accessories\b|\bBags\b|\bMirrors\b|\bScissors\b|\bCutting\b|\bColoring Tools\b"
)
"""Categories of things neither a skin nor a hair type says anything about (bobby pins, a
cosmetic bag, a tint cap: "bobby pins" after a shampoo for dry hair searched 'bobby pins dry
hair')."""
HAIR_ONLY = rf"\bHair\b|\bNails?\b|\bFragrance\b|\bEyes\b|\bLips\b|{NO_TYPE}"
"""Categories where a skin type says nothing about the product."""
SKIN_ONLY = rf"\bSkin\b|\bNails?\b|\bFragrance\b|\bMakeup\b|\bWigs\b|{NO_TYPE}"
"""Categories where a hair type says nothing about the product (a wig is no one's own hair)."""
NOT_FOR_SKIN = (
    r"\b(?:hair(?! remov)|scalp|shampoos?|conditioners?|nails?|polish|perfumes?|colognes?|"
    r"fragrances?)\b"
)
"""Words of a need whose category is not known yet that a skin type says nothing about ("a
hair dryer" after "is it good for sensitive skin?" searched 'hair dryer sensitive skin')."""
NOT_FOR_HAIR = (
    r"\b(?:skin|face|facial|body|lips?|lipsticks?|nails?|polish|perfumes?|colognes?|fragrances?|"
    r"makeup|foundation|mascara)\b"
)
"""Words of a need whose category is not known yet that a hair type says nothing about."""


def content_words(text: str) -> list[str]:
    """The words of ``text`` that say something about a product: no stop word, no letter
    alone but a vitamin's ("vitamin e oil": 'vitamin e oil', not 'vitamin oil')."""
    said = WORD.findall(text.lower())
    return [
        w
        for i, w in enumerate(said)
        if w not in STOP and (len(w) > 1 or (i > 0 and said[i - 1] == "vitamin"))
    ]


def display(query: str) -> str:
    """The shopper's need as we echo it: content words only, no amounts (we only state catalog
    prices)."""
    shown = re.sub(r"(?:\$|£|€)\s*\d[\d,.]*|\b\d[\d,.]*\s*(?:dollars?|usd|bucks)\b", "", query)
    return " ".join(content_words(shown))[:80] or "your request"
