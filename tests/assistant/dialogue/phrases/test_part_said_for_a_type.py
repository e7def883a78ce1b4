"""A part of the body said after a product type's "for" ("soap for my face", "bronzer for my
face", "a mask for my eyes") places the type where the categories saying that part hold the
titles naming it (`named_homes.NamedHomes.part_said_for`), where the category read or guessed
so far says no such part: search guessed the Bath & Body soaps and the self-tanners. A category
that says the part already, a part no title there names the type for, two parts, a part said
before the type too and a part said in a clause that is not what the type is for are left as
they were; "for dry skin" names no part (the skin is every department's)."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.category.named_homes import NamedHomes
from tests.assistant.fakes import titled_vocabulary
from tests.catalog_paths import (
    BARS,
    BODY_SCRUBS,
    BODY_WASHES,
    BRONZERS_AND_HIGHLIGHTERS,
    CURLERS,
    EYE_MASKS,
    EYES_MASKS,
    FACE_CLEANSERS,
    LIPSTICK,
    MASCARA,
    POWDER,
    SCRUBS,
    SELF_TANNERS_AND_BRONZERS,
    SOAPS,
    TREATMENTS_AND_MASKS_MASKS,
)

FALSE_LASHES = (
    "Beauty > Tools & Accessories > Makeup Brushes & Tools > Eyelash Tools > Fake Eyelashes"
)
PATHS = [
    SOAPS, BODY_WASHES, FACE_CLEANSERS, BARS, SELF_TANNERS_AND_BRONZERS,
    BRONZERS_AND_HIGHLIGHTERS, POWDER, TREATMENTS_AND_MASKS_MASKS, EYES_MASKS, EYE_MASKS,
    MASCARA, CURLERS, FALSE_LASHES, LIPSTICK, BODY_SCRUBS, SCRUBS,
]  # fmt: skip
TITLES = {
    "soap": {SOAPS: 149, BODY_WASHES: 5, FACE_CLEANSERS: 5, BARS: 4},
    "bronzer": {SELF_TANNERS_AND_BRONZERS: 28, BRONZERS_AND_HIGHLIGHTERS: 11, POWDER: 2},
    "mask": {TREATMENTS_AND_MASKS_MASKS: 84, EYES_MASKS: 8, EYE_MASKS: 5},
    "mascara": {MASCARA: 210, CURLERS: 2, FALSE_LASHES: 2},
    "scrub": {SCRUBS: 45, BODY_SCRUBS: 19},
    "wash": {BODY_WASHES: 86, FACE_CLEANSERS: 28},
}
SIZES = [191, 138, 452, 11, 116, 39, 111, 137, 9, 5, 238, 26, 109, 175, 158, 66]
VOCAB = titled_vocabulary(PATHS, SIZES, TITLES)
HOMES = NamedHomes(query_parser(VOCAB), VOCAB)


@pytest.mark.parametrize(
    ("need", "stated", "home"),
    [
        ("soap for my face", SOAPS, FACE_CLEANSERS),  # search guessed the body soaps
        ("a gentle soap for my face, nothing harsh", None, FACE_CLEANSERS),
        (
            "bronzer for my face, not the tanning bed lotion kind",
            SELF_TANNERS_AND_BRONZERS,
            BRONZERS_AND_HIGHLIGHTERS,
        ),
        ("a bronzer for the face", None, BRONZERS_AND_HIGHLIGHTERS),
        ("a mask for my eyes", TREATMENTS_AND_MASKS_MASKS, EYES_MASKS),
        ("cooling masks for tired eyes", None, EYES_MASKS),
        ("a scrub for my body", SCRUBS, BODY_SCRUBS),
        # CONVO81: the part turned down is no part it is for ("for the face" of "not for")
        ("a scrub, but not for the face, for my legs", SCRUBS, BODY_SCRUBS),
        ("a scrub not for my face but for my body", SCRUBS, BODY_SCRUBS),
    ],
)
def test_a_part_said_for_a_type_places_it_where_the_parts_titles_name_it(
    need: str, stated: str | None, home: str
) -> None:
    assert HOMES.part_said_for(need, stated) == home


@pytest.mark.parametrize(
    ("need", "stated"),
    [
        ("soap for my face", BARS),  # the category says the face already
        ("a mask for my face", TREATMENTS_AND_MASKS_MASKS),
        ("mascara for my lashes", MASCARA),  # two titles of each lash tool say mascara
        ("a scrub for my lips", None),  # no title of the lips' categories says scrub
        ("a scrub for my face and body", None),  # two parts: no one home
        ("eye mask for my face", TREATMENTS_AND_MASKS_MASKS),  # a part said before the type too
        ("a powder to set my concealer under the eyes", POWDER),  # "to", not "for"
        ("body wash for dry skin", BODY_WASHES),  # the skin names no part
        ("something for my face", None),  # no type said before "for"
    ],
)
def test_a_part_said_for_a_type_leaves_other_needs_as_they_were(
    need: str, stated: str | None
) -> None:
    assert HOMES.part_said_for(need, stated) is None


def test_a_form_said_last_is_how_the_type_before_it_comes() -> None:
    """CONVO67 probe: "a sunscreen stick for my face" was the Concealers (their cover sticks
    are the face's titles saying "stick"); the sunscreen is read first."""
    concealers = "Beauty > Makeup > Face > Concealers & Neutralizers"
    face_sunscreens = "Beauty > Skin Care > Face > Sunscreens & Self Tanners > Sunscreens"
    protection = "Beauty > Skin Care > Sun > Skin Protection"
    titles = {
        "stick": {concealers: 3, protection: 1},
        "sunscreen": {face_sunscreens: 12, protection: 40},
        "concealer": {concealers: 60},
    }
    vocab = titled_vocabulary([concealers, face_sunscreens, protection], [92, 20, 72], titles)
    homes = NamedHomes(query_parser(vocab), vocab)
    assert homes.part_said_for("a sunscreen stick for my face", protection) == face_sunscreens
    assert homes.part_said_for("a concealer stick for my face", None) == concealers
