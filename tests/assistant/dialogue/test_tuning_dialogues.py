"""READER7's own tuning dialogues (tests/assistant/dialogue/data/dialogue_tuning_r7.yaml),
written from the label contract apart from the labelled set: they load as the set's cases, and
the answers to a question of price options read as the contract says, the conversation run
with the rules alone."""

from __future__ import annotations

from pathlib import Path

from assistant.adapters import query_parser
from assistant.dialogue.vocabulary import CatalogVocabulary
from assistant.evaluation.understanding import evaluate_understanding, load_cases
from assistant.evaluation.understanding.replay import ConversationReplay
from catalog.store import CatalogStore
from tests.assistant.fakes import PRODUCTS, build_assistant

TUNING = Path(__file__).parent / "data" / "dialogue_tuning_r7.yaml"


def test_the_tuning_dialogues_load_with_their_contexts() -> None:
    cases = load_cases(TUNING)
    assert len(cases) >= 30 and all(c.context is not None for c in cases)


def test_answers_naming_a_price_option_in_other_words_carry_its_price(
    store: CatalogStore,
) -> None:
    cases = [
        c
        for c in load_cases(TUNING)
        if c.context and c.context.question and all("$" in o for o in c.context.question.options)
    ]
    paths = sorted({c.expect.category[0] for c in cases if c.expect.category})
    vocabulary = CatalogVocabulary(brands=["L'Oreal Paris"], categories=paths)
    conversation = build_assistant(store, vocabulary=vocabulary, parse=query_parser(vocabulary))
    report = evaluate_understanding(cases, ConversationReplay(conversation, vocabulary, PRODUCTS))
    missed = [r.case.id for r in report.results if not r.headline]
    assert missed == []
