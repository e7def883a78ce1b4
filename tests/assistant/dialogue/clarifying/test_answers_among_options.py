"""An answer that chooses among our question's options stays among them. CONVO33's probes: to
'Hair Care, Bath & Body or Skin Care?' for a gift, "not hair" showed blushes and perfumes (no
branch below the root: `answers.among_several`) and "bath and body or skin care" chose Hair
Care too, by its "care" (`answers.options_named`); to 'Styling Tools, Shampoos or
Conditioners?', "not styling tools" searched Tools & Accessories (its words' category)."""

from __future__ import annotations

from assistant.dialogue.clarifying import answers
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.catalog_paths import BATH_AND_BODY, HAIR_CARE, MAKEUP, SKIN_CARE, TOOLS_AND_ACCESSORIES

DEPARTMENTS = (HAIR_CARE, BATH_AND_BODY, SKIN_CARE)
KINDS = tuple(f"{HAIR_CARE} > {n}" for n in ("Styling Tools", "Shampoos", "Conditioners"))
CATEGORIES = [
    *KINDS,
    f"{HAIR_CARE} > Hair Color",
    f"{BATH_AND_BODY} > Bath",
    f"{SKIN_CARE} > Face",
    MAKEUP,
    TOOLS_AND_ACCESSORIES,
]
PERFUMES = tuple(f"Beauty > Fragrance > Eau de {n}" for n in ("Parfum", "Toilette"))


def test_a_word_several_options_share_names_none_where_another_word_names_one() -> None:
    assert answers.options_named("bath and body or skin care", DEPARTMENTS) == [
        BATH_AND_BODY,
        SKIN_CARE,
    ]
    assert answers.options_named("hair care", DEPARTMENTS) == [HAIR_CARE]
    assert answers.options_named("eau de toilette", PERFUMES) == [PERFUMES[1]]
    both = "eau de toilette and eau de parfum"
    assert answers.options_named(both, PERFUMES) == list(PERFUMES)
    assert answers.options_named("care", DEPARTMENTS) == [HAIR_CARE, SKIN_CARE]  # only shared words


def test_several_options_chosen_turn_down_the_branches_not_offered() -> None:
    chosen = Request(
        intent=Intent.SEARCH, answer=[BATH_AND_BODY, SKIN_CARE], turned_down=[HAIR_CARE]
    )
    among = answers.among_several(chosen, DEPARTMENTS, CATEGORIES)
    assert among.turned_down == [HAIR_CARE, MAKEUP, TOOLS_AND_ACCESSORIES]
    kinds = Request(intent=Intent.SEARCH, answer=list(KINDS[1:]))
    assert answers.among_several(kinds, KINDS, CATEGORIES).turned_down == [
        f"{HAIR_CARE} > Hair Color"
    ]
    one = Request(intent=Intent.SEARCH, answer=[SKIN_CARE])  # one option: its category decides
    assert answers.among_several(one, DEPARTMENTS, CATEGORIES).turned_down == []
    anything = Request(intent=Intent.SEARCH, answer=["any"])
    assert answers.among_several(anything, DEPARTMENTS, CATEGORIES).turned_down == []


def test_ruling_an_option_out_by_its_words_names_no_category_of_theirs() -> None:
    vocab = CatalogVocabulary(
        categories=CATEGORIES, words=frozenset({"hair", "styling", "tools", "shampoo"})
    )
    reader = reader_over(vocab)
    pending = TurnSituation(question="Styling Tools, Shampoos or Conditioners?", options=KINDS)
    request = reader.read("not styling tools", pending, KINDS)
    assert request.answer == list(KINDS[1:]) and request.parsed.category != TOOLS_AND_ACCESSORIES
    assert f"{HAIR_CARE} > Hair Color" in request.turned_down and KINDS[0] in request.turned_down
