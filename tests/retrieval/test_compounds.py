"""Words glued into one read as their parts (`retrieval/compounds.py`, through
`retrieval.lexicon.to_catalog_words`)."""

from __future__ import annotations

from retrieval.compounds import split_compound
from retrieval.everyday import EVERYDAY
from retrieval.lexicon import to_catalog_words
from tests.tables import reads_as, stays_as_said

KEYS = {"haar": "de", "öl": "de", "gesicht": "de", "puder": "de", "nagellack": "de", "nagel": "de"}
KEYS |= {"entferner": "de", "fot": "sv", "kräm": "sv"}


def _languages_of(word: str) -> frozenset[str]:
    return frozenset({KEYS[word]} if word in KEYS else ())


JOINS = {"de": ("s", "n", "en"), "sv": ("s",)}


def _split(word: str) -> tuple[str, str] | None:
    """`split_compound` of ``word`` over the keys and joining letters above."""
    return split_compound(word, _languages_of, JOINS)


test_a_compound_splits_into_two_keys_of_one_language = reads_as(
    _split,
    [
        ("haaröl", ("haar", "öl")),
        ("fotkräm", ("fot", "kräm")),
        ("gesichtspuder", ("gesicht", "puder")),  # a joining letter is dropped from the head
        # the first part whose tail reads wins: "nagel" + "lackentferner" reads no tail,
        # "nagellack" + "entferner" does
        ("nagellackentferner", ("nagellack", "entferner")),
        ("haarkräm", None),  # parts of two languages make no compound
        ("fotöl", None),
        ("schwarzkopf", None),  # a word no split reads stays whole
    ],
)


test_compounds_read_as_their_parts = reads_as(
    to_catalog_words,
    [
        ("ein gutes Haaröl", "a good hair oil"),  # de
        ("Nagellackentferner ohne Aceton", "nail polish remover without acetone"),
        ("Gesichtspuder", "face powder"),
        ("ein Schminkschwamm", "a makeup sponge"),
        ("Körperlotion", "body lotion"),
        ("droogshampoo", "dry shampoo"),  # nl
        ("voetcreme", "foot cream"),
        ("en fotkräm", "a foot cream"),  # sv
        ("hårolja", "hair oil"),
        ("ögonskugga", "eye shadow"),
        ("kroppsskrubb", "body scrub"),
        ("tørshampoo", "dry shampoo"),  # da
        ("makeupfjerner", "makeup remover"),
        ("hårolje", "hair oil"),  # nb
        ("hiusöljyä", "hair oil"),  # fi: the partitive ending stays on the stem's part
        ("kasvonaamio", "face mask"),
        ("hiustenkuivaajan", "hair dryer"),
    ],
)

test_english_words_and_names_stay_whole = stays_as_said(
    to_catalog_words,
    ["Schwarzkopf", "sunscreen", "moisturizer", "shampoos", "pomade", "hair tonic", "bad hair day"],
)


def test_no_everyday_english_word_is_read_as_a_compound() -> None:
    """An English word two keys of a compounding language could spell stays one word."""
    glued = ["handbag", "haircut", "bathrobe", "bodyguard", "makeover", "toolkit", "sunblock"]
    split = [w for w in [*sorted(EVERYDAY), *glued] if " " in to_catalog_words(w)]
    assert split == []
