"""Sunscreen needs said by their SPF or with a trait search finds nothing for: "spf" says a
sunscreen as "sunblock" does (`retrieval.category_names.CATEGORY_SYNONYMS`: "spf 50 for my
face" is the face's sunscreens, not sports ones), and where the whole need finds no branch
under its category, what it is does (`NeedCategory.deeper`: "a matte sunscreen" stayed at
Skin Care). A scripted guesser stands in for search."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.category.need_category import NeedCategory
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.filters import Filters
from tests.assistant.dialogue.readers import ScriptedGuesser, search_request
from tests.catalog_paths import SKIN_CARE, SKIN_PROTECTION, SUNSCREENS

FACE_SUNS = SUNSCREENS.rsplit(" > ", 1)[0]  # what the words name; search goes deeper
PATHS = [
    SUNSCREENS,
    SKIN_PROTECTION,
    f"{SKIN_CARE} > Face > Creams & Moisturizers",
    f"{SKIN_CARE} > Body > Lotions",
]
PATHS += [f"{SKIN_CARE} > Face > Treatments & Masks", "Beauty > Makeup > Lips > Lip Stains"]
PATHS += [f"{SKIN_CARE} > Sun > After Sun"]
VOCAB = CatalogVocabulary(categories=PATHS, words=frozenset())
PARSE = query_parser(VOCAB)


@pytest.mark.parametrize(
    ("need", "category"),
    [
        ("spf 50 for my face", FACE_SUNS),
        ("spf for my face", FACE_SUNS),
        ("sunscreen for my face", FACE_SUNS),
        ("spf", SKIN_CARE),  # the face's or the body's: search decides below Skin Care
        ("a sunblock", SKIN_CARE),
    ],
)
def test_spf_says_a_sunscreen(need: str, category: str) -> None:
    assert PARSE(need).category == category


def test_what_it_is_goes_deeper_where_the_whole_need_finds_no_branch() -> None:
    search = ScriptedGuesser(
        {("sunscreen", SKIN_CARE): SKIN_PROTECTION, ("lotion", SKIN_CARE): PATHS[3]}
    )
    guess = NeedCategory(search, parse=PARSE, vocabulary=VOCAB)
    assert (
        guess.deeper(search_request("a matte sunscreen"), SKIN_CARE, Filters()) == SKIN_PROTECTION
    )
    # a need that names no type keeps its category, and so does one whose type words name no
    # type ("treatment") or a part of the body ("lip"), or say what it is for ("after")
    assert guess.deeper(search_request("something matte"), SKIN_CARE, Filters()) == SKIN_CARE
    vague = ScriptedGuesser(
        {
            ("treatment", SKIN_CARE): SKIN_PROTECTION,
            ("lip", SKIN_CARE): PATHS[3],
            ("after", SKIN_CARE): PATHS[3],
        }
    )
    guess_vague = NeedCategory(vague, parse=PARSE, vocabulary=VOCAB)
    for need in ("a spot treatment", "a lip tint", "a soak for sore muscles after running"):
        assert guess_vague.deeper(search_request(need), SKIN_CARE, Filters()) == SKIN_CARE, need
    # the whole need's own branch, where search finds one, stands
    found = ScriptedGuesser(
        {("a matte sunscreen", SKIN_CARE): SUNSCREENS, ("sunscreen", SKIN_CARE): SKIN_PROTECTION}
    )
    guess = NeedCategory(found, parse=PARSE, vocabulary=VOCAB)
    assert guess.deeper(search_request("a matte sunscreen"), SKIN_CARE, Filters()) == SUNSCREENS
