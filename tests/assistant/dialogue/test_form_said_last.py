"""A type said before the form it comes in (`assistant/dialogue/form_said_last.py`, and the
guard in `type_said_last.type_over_its_likes`): "a conditioner spray" is a conditioner, not the
perfumes its "spray" named nor the hair sprays; not where the named category's titles say the
type ("sea salt spray": the hair sprays' titles say "salt") or no type comes before the form."""

from __future__ import annotations

from functools import partial

from assistant.adapters import query_parser
from assistant.dialogue.form_said_last import type_before_its_form
from assistant.dialogue.type_said_last import type_over_its_likes
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.tokenize import stem

PARFUM = "Beauty > Fragrance > Women's > Eau de Parfum"
CONDITIONERS = "Beauty > Hair Care > Conditioners"
HAIR_SPRAYS = "Beauty > Hair Care > Styling Products > Hair Sprays"
SALTS = "Beauty > Bath & Body > Bath > Minerals & Salts"
EYELINER = "Beauty > Makeup > Eyes > Eyeliner"
PENS = "Beauty > Skin Care > Eyes > Rollers & Pens"
PATHS = [PARFUM, CONDITIONERS, HAIR_SPRAYS, SALTS, EYELINER, PENS]
VOCAB = CatalogVocabulary(
    categories=PATHS,
    category_sizes=[199, 443, 168, 31, 134, 10],
    words=frozenset({"conditioner", "spray", "eyeliner", "pen", "salt"}),
    title_counts={
        stem("conditioner"): {CONDITIONERS: 400},
        stem("spray"): {PARFUM: 150, HAIR_SPRAYS: 90, CONDITIONERS: 5},
        stem("salt"): {SALTS: 25, HAIR_SPRAYS: 6},
        stem("eyeliner"): {EYELINER: 120},
        stem("pen"): {PENS: 8, EYELINER: 2},
    },
)
PARSE = query_parser(VOCAB)
before_its_form = partial(type_before_its_form, parse=PARSE, vocabulary=VOCAB)


def test_the_type_before_its_form_is_the_need() -> None:
    """Lead probes (round twenty-four): "a conditioner spray" was Eau de Parfum, "a liquid
    eyeliner pen" the eye-care Rollers & Pens."""
    assert before_its_form("a conditioner spray", PARFUM) == CONDITIONERS
    assert before_its_form("a liquid eyeliner pen", PENS) == EYELINER


def test_not_where_the_named_category_s_titles_say_the_type_or_none_comes_before() -> None:
    assert before_its_form("sea salt spray", HAIR_SPRAYS) is None  # its titles say "salt"
    assert before_its_form("a spray", PARFUM) is None
    assert before_its_form("a conditioner spray", CONDITIONERS) is None  # already its own
    assert before_its_form("a conditioner spray", None) is None


def test_the_type_said_last_is_no_form_of_a_type_before_it() -> None:
    last = partial(type_over_its_likes, parse=PARSE, vocabulary=VOCAB)
    assert last("a conditioner spray", CONDITIONERS) is None  # not the hair sprays
