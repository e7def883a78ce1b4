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


def test_a_compound_is_split_where_both_sides_are_keys_of_one_language() -> None:
    assert split_compound("haaröl", _languages_of, JOINS) == ("haar", "öl")
    assert split_compound("fotkräm", _languages_of, JOINS) == ("fot", "kräm")


def test_a_joining_letter_is_dropped_from_the_head() -> None:
    assert split_compound("gesichtspuder", _languages_of, JOINS) == ("gesicht", "puder")


def test_the_first_part_whose_tail_reads_wins() -> None:
    """ "nagel" + "lackentferner" reads no tail; "nagellack" + "entferner" does."""
    assert split_compound("nagellackentferner", _languages_of, JOINS) == ("nagellack", "entferner")


def test_parts_of_two_languages_make_no_compound() -> None:
    assert split_compound("haarkräm", _languages_of, JOINS) is None
    assert split_compound("fotöl", _languages_of, JOINS) is None


def test_a_word_no_split_reads_stays_whole() -> None:
    assert split_compound("schwarzkopf", _languages_of, JOINS) is None


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
