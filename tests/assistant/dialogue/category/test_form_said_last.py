"""A type said before the form it comes in (`assistant/dialogue/category/form_said_last.py`, and the
guard in `type_said_last.type_over_its_likes`): "a conditioner spray" is a conditioner, not the
perfumes its "spray" named nor the hair sprays; not where the named category's titles say the
type ("sea salt spray": the hair sprays' titles say "salt") or no type comes before the form."""

from __future__ import annotations

from functools import partial

from assistant.adapters import query_parser
from assistant.dialogue.category.form_after_type import form_said_after, form_said_last
from assistant.dialogue.category.form_said_last import type_before_its_form
from assistant.dialogue.category.type_said_last import type_named_last, type_over_its_likes
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


def test_a_form_is_read_right_after_a_types_words() -> None:
    """`form_after_type`: the one reading of a form said after a type's words, on `FORMS`
    (a pen too), never the first word nor past the last."""
    assert form_said_after(["conditioner", "spray"], 1) == "spray"
    assert form_said_after(["dry", "shampoo", "powder", "now"], 2) == "powder"
    assert form_said_after(["eyeliner", "pen"], 1) == "pen"
    assert form_said_after(["spray", "conditioner"], 0) is None  # nothing before it
    assert form_said_after(["conditioner", "spray"], 2) is None  # nothing after the type
    assert form_said_after(["conditioner", "mask"], 1) is None  # no form
    assert form_said_last(["concealer", "pen"]) == "pen"
    assert form_said_last(["spray"]) is None
    assert form_said_last([]) is None


def test_the_type_said_last_reads_past_a_pen() -> None:
    """HOUSE22: the type said last where the words named no category read a form by
    `FORMULAS`, which lacks "pen", while the other readers of a form said after a type read
    `FORMS`: "an eyeliner pen" was the eye-care Rollers & Pens by its "pen" alone; the one
    reading makes it an eyeliner that comes as a pen."""
    assert PARSE("an eyeliner pen").category is None  # the words name no category
    assert type_named_last("an eyeliner pen", None, PARSE, VOCAB) == EYELINER
    assert type_named_last("a conditioner spray", None, PARSE, VOCAB) == CONDITIONERS
