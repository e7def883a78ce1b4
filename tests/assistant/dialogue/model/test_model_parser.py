"""The language model reads a turn (issue 17): the parser port, the catalog check of what the
model wrote, its conversion to the dialogue's request, the rules' fast path and fallback, and
the conversation running on it. Fakes stand in for the model here; the real one is in
test_model_parser_real.py."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import pytest

from assistant.conversation import Conversation
from assistant.dialogue.model.model_reading import needs_model, to_request
from assistant.dialogue.model.model_request import ModelRequest, PickLine, Traits, TurnSituation
from assistant.dialogue.model.parser import ModelRequestParser, ParserError, load_examples
from assistant.dialogue.model.validation import ANY, RequestValidator
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent
from assistant.dialogue.understanding import understand
from assistant.dialogue.vocabulary import CatalogVocabulary
from assistant.evaluation.understanding.cases import load_cases
from assistant.llm.errors import LLMError
from assistant.profiles import load_profile
from catalog.schema import Product
from catalog.store import CatalogStore
from tests.assistant.fakes import build_assistant
from tests.catalog_paths import HAIR_CARE_SHAMPOOS

VOCAB = CatalogVocabulary(
    brands=["Olay", "Nivea", "e.l.f. Cosmetics", "L'Oreal Paris", "Gud"],
    categories=[
        "Beauty > Hair Care > Shampoos",
        "Beauty > Hair Care > Conditioners",
        "Beauty > Skin Care > Face > Creams & Moisturizers",
        "Beauty > Skin Care > Body > Moisturizers",
    ],
    words=frozenset({"shampoo", "cream", "face", "dry", "skin", "studio", "fix", "body"}),
)


class FakeLLM:
    """Answers every chat with the next scripted request (or raises a scripted error)."""

    name = "fake"
    capable = True

    def __init__(self, answers: Sequence[ModelRequest | Exception]) -> None:
        self.answers = list(answers)
        self.calls: list[list[Any]] = []
        self.batches: list[list[str]] = []

    def render_chat(self, messages: list[Any]) -> str:
        return "\n".join(m.content for m in messages)

    def batch(self, prompts: list[str], **settings: Any) -> list[str]:
        self.batches.append(prompts)
        return ["" for _ in prompts]

    def chat(self, messages: list[Any], *, schema: type, **settings: Any) -> ModelRequest:
        self.calls.append(messages)
        assert schema is ModelRequest and settings["temperature"] == 0.0
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


class ScriptedParser:
    """A `RequestParser` with scripted answers; counts its calls."""

    name = "scripted"

    def __init__(self, *answers: ModelRequest | None) -> None:
        self.answers = list(answers)
        self.seen: list[tuple[TurnSituation, str]] = []

    def parse(self, situation: TurnSituation, message: str) -> ModelRequest | None:
        self.seen.append((situation, message))
        return self.answers.pop(0) if self.answers else None


# -- the parser port ----------------------------------------------------------------------------


def test_examples_load_and_are_not_the_exam() -> None:
    examples = load_examples()
    assert len(examples) >= 6
    assert {r.intent for _, _, r in examples} >= {"search", "answer", "refine", "ask"}
    exam = {" ".join(c.message.lower().split()) for c in load_cases()}
    assert not exam & {" ".join(m.lower().split()) for _, m, _ in examples}
    with pytest.raises(ParserError, match="examples"):
        load_examples("examples: [{message: hi, request: {intent: dance}}]")


def test_model_parser_asks_with_the_schema_and_gives_up_on_errors() -> None:
    wanted = ModelRequest(intent="search", need="shampoo")
    llm = FakeLLM([wanted, LLMError("model answer: expected JSON")])
    examples = load_examples()
    parser = ModelRequestParser(llm, examples=examples)  # type: ignore[arg-type]
    assert parser.parse(TurnSituation(), "shampoo pls") == wanted
    messages = llm.calls[0]
    assert messages[0].role == "system" and len(messages) == 2 + 2 * len(examples)
    assert messages[-1].content.endswith("Message: shampoo pls")
    assert parser.parse(TurnSituation(), "again") is None  # logged, the rules answer
    assert parser.task.last_seconds >= 0
    assert len(llm.batches) == 1 and len(llm.batches[0]) == 2  # the examples, read once
    shared = llm.batches[0][0].rsplit("Message:", 1)[0]
    assert shared == llm.batches[0][1].rsplit("Message:", 1)[0] and "body oil" in shared
    tuned = FakeLLM([wanted])
    ModelRequestParser(tuned).parse(TurnSituation(), "x")  # type: ignore[arg-type]
    assert tuned.batches == []  # no examples: nothing to warm


# -- the catalog check ----------------------------------------------------------------------------


def test_brands_are_checked_against_the_catalog_and_the_message() -> None:
    check = RequestValidator(VOCAB).check
    got = check(
        ModelRequest(intent="search", need="foundation", brands=["elf", "Adore", "Olay"]),
        "elf foundation, my mum adores it",
        TurnSituation(),
    )
    assert got.request.brands == ["e.l.f. Cosmetics"]  # snapped to the catalog's spelling
    assert any("'Adore'" in n for n in got.notes) and any("'Olay'" in n for n in got.notes)
    dupe = check(
        ModelRequest(intent="search", need="cheap dupe", brands=["Studio Fix"]),
        "a cheap dupe for Studio Fix",
        TurnSituation(),
    )
    assert dupe.request.brands == [] and dupe.request.need == "cheap dupe Studio Fix"
    shown = check(
        ModelRequest(intent="refine", exclude_brands=["Nivea"], relative="not_that_brand"),
        "not that brand",
        TurnSituation(picks=(PickLine("Nivea cream", "Nivea", 9.0),)),
    )
    assert shown.request.exclude_brands == ["Nivea"]  # named by the pick on screen


@pytest.mark.parametrize(
    ("written", "snapped"),
    [
        (HAIR_CARE_SHAMPOOS, HAIR_CARE_SHAMPOOS),
        ("beauty > hair care > shampoos", HAIR_CARE_SHAMPOOS),
        ("Shampoos", HAIR_CARE_SHAMPOOS),
        ("Beauty > Hair Care > Shampoos > Dry Hair", HAIR_CARE_SHAMPOOS),
        ("Beauty > Hair Care > Dry Shampoo", "Beauty > Hair Care"),
        ("Beauty", None),
        ("Kitchen > Pans", None),
    ],
)
def test_category_snaps_to_the_store_tree(written: str, snapped: str | None) -> None:
    assert RequestValidator(VOCAB).category(written) == snapped


def test_prices_references_avoid_and_answers_are_sane() -> None:
    check = RequestValidator(VOCAB).check
    got = check(
        ModelRequest(
            intent="search",
            need="almond free body oil",
            price_min=30,
            price_max=25,
            price_around=10,
            avoid=["Almond"],
        ),
        "budget 25-30, body oil without almond",
        TurnSituation(),
    )
    r = got.request
    assert (r.price_min, r.price_max, r.price_around) == (25, 30, None)  # swapped; 10 unsaid
    assert r.avoid == ["almond"] and "almond" not in r.need.lower()
    picks = TurnSituation(picks=(PickLine("a"), PickLine("b")))
    refs = check(ModelRequest(intent="ask", references=[1, 4]), "the 2nd", picks)
    assert refs.request.references == [1]
    question = TurnSituation(question="Shampoos or conditioners?", options=("Shampoos", "X"))
    options = [HAIR_CARE_SHAMPOOS, "Beauty > Hair Care > Conditioners"]
    anyone = check(ModelRequest(intent="answer", answer=["either"]), "either", question, options)
    assert anyone.answer == [ANY]
    named = check(ModelRequest(intent="answer", answer=["shampoo"]), "shampoo", question, options)
    assert named.answer == [HAIR_CARE_SHAMPOOS]
    lone = check(ModelRequest(intent="answer", answer=["x"]), "x", TurnSituation())
    assert lone.request.intent == "search" and lone.answer == []


# -- conversion and routing -----------------------------------------------------------------------


def test_conversion_keeps_the_rules_avoid_and_maps_every_field() -> None:
    rules = understand("oil without shea", shown=0)
    model = ModelRequest(
        intent="search",
        need="body oil",
        price_around=40,
        avoid=["almond"],
        attributes=Traits(skin_type="dry", scent="lavender"),
        self_attributes=Traits(hair_type="curly"),
        recipient="mum",
        occasion="birthday",
    )
    request = to_request(RequestValidator(VOCAB).check(model, "40 dollars", TurnSituation()), rules)
    assert request.intent == Intent.SEARCH and request.text == "body oil"
    assert request.parsed.price_range() == (30.0, 50.0)  # the one "around" rule
    assert request.avoid == ["almond", "shea"]
    assert request.attributes == {
        "skin": "dry", "scent": "lavender", "for": "mum", "occasion": "birthday"
    }  # fmt: skip
    assert request.self_attributes == {"hair": "curly"} and request.recipient == "mum"
    refine = to_request(
        RequestValidator(VOCAB).check(
            ModelRequest(intent="refine", relative="cheaper", reaction="dislike"),
            "meh",
            TurnSituation(),
        ),
        rules,
    )
    assert refine.cheaper and refine.intent == Intent.FEEDBACK and refine.sentiment == -1
    cheaper = understand("cheaper pls", shown=2)
    plain = RequestValidator(VOCAB).check(ModelRequest(intent="refine"), "x", TurnSituation())
    assert to_request(plain, cheaper).cheaper  # the rules' refinement fills the gap


def test_auto_mode_asks_the_model_only_where_the_rules_fall_short() -> None:
    picks = TurnSituation(picks=(PickLine("a"), PickLine("b")))
    question = TurnSituation(question="Face or body?", options=("Face", "Body"))

    def model_wanted(text: str, situation: TurnSituation = TurnSituation()) -> bool:
        rules = understand(text, shown=len(situation.picks), vocabulary=VOCAB)
        return needs_model(rules, text, situation, VOCAB)

    assert not model_wanted("hello")
    assert not model_wanted("compare the first two", picks)
    assert not model_wanted("how much is the second one?", picks)
    assert not model_wanted("face cream for dry skin")
    assert model_wanted("anything is fine, just show me a few", question)
    assert model_wanted("gud shampoo lol")  # slang the catalog does not know
    assert model_wanted("Quiero un champú")
    assert model_wanted("cream for my mum")
    assert model_wanted("body cream without shea")


def test_reader_falls_back_to_the_rules_when_the_model_gives_up() -> None:
    parser = ScriptedParser(None, ModelRequest(intent="search", need="shampoo"))
    reader = TurnReader(vocabulary=VOCAB, parser=parser, mode="auto")
    assert reader.read("hello", TurnSituation()).source == "rules"
    assert parser.seen == []  # the fast path never asked
    fell_back = reader.read("gud shampoo lol", TurnSituation())
    assert fell_back.source == "rules" and fell_back.text == "gud shampoo lol"
    read = reader.read("gud shampoo lol", TurnSituation())
    assert read.source == "scripted" and read.text == "shampoo"
    assert TurnReader(vocabulary=VOCAB, parser=None, mode="model").mode == "rules"
    with pytest.raises(ValueError, match="parser mode"):
        TurnReader(mode="always")  # type: ignore[arg-type]


# -- the conversation on the model's reading --------------------------------------------------


def _assistant(store: CatalogStore, *answers: ModelRequest | None) -> Conversation:
    return build_assistant(store, parser=ScriptedParser(*answers), parser_mode="model")


def test_an_answer_of_any_shows_picks_instead_of_searching_the_filler(store) -> None:
    assistant = build_assistant(store)
    sid = assistant.new_session()
    assert assistant.respond(sid, None, "cream for dry skin").question == "Face or body?"
    model = _assistant(store, ModelRequest(intent="answer", answer=["any"]))
    model.c.store = assistant.c.store
    turn = model.respond(sid, None, "anything is fine, just show me a few")
    assert turn.picks and turn.question is None
    assert all("cream" in p.title.lower() or "dry skin" in p.title.lower() for p in turn.picks)


def test_a_recipients_needs_never_become_the_shoppers_profile(store) -> None:
    assistant = _assistant(
        store,
        ModelRequest(
            intent="search",
            need="face cream",
            attributes=Traits(skin_type="dry"),
            recipient="mother",
        ),
        ModelRequest(intent="search", need="face cream", attributes=Traits(skin_type="oily")),
    )
    sid = assistant.new_session()
    turn = assistant.respond(sid, "u1", "smth for my mum, she has dry skin")
    assert turn.picks or turn.question
    assert load_profile(store, "u1").needs == {}
    assistant.respond(assistant.new_session(), "u1", "face cream, I have oily skin")
    assert load_profile(store, "u1").needs == {"skin": "oily"}


def test_avoided_ingredients_are_filtered_and_unconfirmed_picks_say_so(store) -> None:
    store.upsert_products(
        [
            Product(id="o1", title="Almond body oil", brand="Acme", price=9.0,
                    categories=["Beauty", "Skin Care", "Body", "Moisturizers"]),
            Product(id="o2", title="Grapeseed body oil", brand="Acme", price=8.0,
                    categories=["Beauty", "Skin Care", "Body", "Moisturizers"],
                    description="Ingredients: grapeseed oil, vitamin E."),
            Product(id="o3", title="Jojoba body oil", brand="Acme", price=7.0,
                    categories=["Beauty", "Skin Care", "Body", "Moisturizers"]),
        ]
    )  # fmt: skip
    assistant = _assistant(store, ModelRequest(intent="search", need="body oil", avoid=["nut"]))
    assistant.c.searcher.products.extend(store.get_products(["o1", "o2", "o3"]))  # type: ignore[attr-defined]
    assistant.options = assistant.options.__class__(picks=3, clarify=False)
    turn = assistant.respond(assistant.new_session(), None, "nut allergy, a body oil")
    ids = [p.id for p in turn.picks]
    assert "o1" not in ids and {"o2", "o3"} <= set(ids)  # almond is a nut
    by_id = {p.id: p for p in turn.picks}
    assert "cannot confirm it is free of nut" in by_id["o3"].reason
    assert "cannot confirm" not in by_id["o2"].reason
    assert "cannot confirm" in turn.reply


def test_a_brand_ruled_out_in_a_search_is_a_dislike_the_profile_keeps(store) -> None:
    from retrieval.query import parse_query

    def parse(text: str) -> Any:
        return parse_query(text, brands=["Olay", "Nivea"], categories=[])

    assistant = build_assistant(store, parse=parse)
    said = "face cream, not Olay, I hate their smell"
    turn = assistant.respond(assistant.new_session(), "u1", said)
    assert turn.picks and all(p.brand != "Olay" for p in turn.picks)
    profile = load_profile(store, "u1")
    assert profile.avoided_brands == ["Olay"]
    gift = _assistant(store, ModelRequest(intent="search", need="face cream", recipient="sister"))
    gift.respond(gift.new_session(), "u1", "face cream for my sis")
    assert load_profile(store, "u1").recipients == ["sister"]


def test_the_rules_fill_what_the_model_left_out() -> None:
    message = "shampoo under $15 from Olay, for my sister with dry skin"
    rules = understand(message, shown=0, parse=_parse, vocabulary=VOCAB)
    rules.parsed.category = HAIR_CARE_SHAMPOOS
    blank = ModelRequest(intent="ask", need="shampoo")
    got = to_request(RequestValidator(VOCAB).check(blank, message, TurnSituation()), rules)
    assert got.intent == Intent.SEARCH  # "ask" with no picks on screen was a misreading
    assert got.parsed.max_price == 15 and got.parsed.category == HAIR_CARE_SHAMPOOS
    assert got.parsed.brands == ["Olay"]
    assert got.attributes["skin"] == "dry" and got.attributes["for"] == "sister"


def test_the_rules_hard_constraints_win_over_the_models() -> None:
    """Where the rules read a price, a brand or an excluded brand, the model's reading of the
    same turn does not replace it (the model dropped brands the rules had read right); where
    the rules read none, the model's is taken. The category is never the model's."""
    message = "olay shampoo under $15, not nivea"
    rules = understand(message, shown=0, parse=_parse, vocabulary=VOCAB)
    assert rules.parsed.brands == ["Olay"] and rules.parsed.exclude_brands == ["Nivea"]
    other = ModelRequest(
        intent="search", need="shampoo", price_max=30, category="Beauty > Hair Care > Conditioners"
    )
    got = to_request(RequestValidator(VOCAB).check(other, message, TurnSituation()), rules)
    assert got.parsed.brands == ["Olay"] and got.parsed.exclude_brands == ["Nivea"]
    assert got.parsed.max_price == 15 and got.parsed.category == rules.parsed.category
    bare = understand("smth nice", shown=0, parse=_parse, vocabulary=VOCAB)
    assert bare.parsed.category is None
    model = ModelRequest(intent="search", need="shampoo", category=HAIR_CARE_SHAMPOOS)
    filled = to_request(RequestValidator(VOCAB).check(model, "smth nice", TurnSituation()), bare)
    assert filled.text == "shampoo"  # the model's need in catalog words ...
    assert filled.parsed.category is None  # ... but the reader's guess decides the category


def _parse(text: str) -> Any:
    from retrieval.query import parse_query

    return parse_query(text, brands=VOCAB.brands, categories=VOCAB.categories)


class SlowLLM(FakeLLM):
    """A model that runs past a time budget: it sleeps, then fails the way the local backend's
    cut answer does (JSON stopped mid-way)."""

    def __init__(self, seconds: float) -> None:
        super().__init__([])
        self.seconds = seconds

    def chat(self, messages: list[Any], *, schema: type, **settings: Any) -> ModelRequest:
        self.calls.append(messages)
        time.sleep(self.seconds)
        raise LLMError('model answer: expected JSON matching ModelRequest, got \'{"intent": "\'')


def test_a_reading_past_the_budget_gives_the_rules_reading_and_is_counted() -> None:
    from assistant.evaluation.understanding.model import TimedReader

    parser = ModelRequestParser(SlowLLM(0.06), budget_s=0.05)  # type: ignore[arg-type]
    reader = TurnReader(vocabulary=VOCAB, parser=parser, mode="auto")
    rules = TurnReader(vocabulary=VOCAB).read("gud shampoo lol", TurnSituation())
    read = reader.read("gud shampoo lol", TurnSituation())
    assert read.source == "rules" and read.text == rules.text == "gud shampoo lol"
    assert parser.task.counts == {"timed out": 1}
    timed = TimedReader(reader)  # the eval's stopwatch, as the conversation reads through it
    timed.read("gud shampoo lol", TurnSituation())
    timed.read("hello", TurnSituation())  # the rules alone: the model is not asked
    latency = timed.latency()
    assert (latency["model_read"], latency["ran_out_of_time"], latency["model_failed"]) == (0, 1, 0)
    quick = ModelRequestParser(SlowLLM(0.0), budget_s=0.05)  # type: ignore[arg-type]
    assert quick.parse(TurnSituation(), "gud shampoo lol") is None
    assert quick.task.counts == {"failed": 1}  # an error within the budget is no timeout


def test_prepare_runs_one_token_and_drops_it() -> None:
    llm = SlowLLM(0.0)
    parser = ModelRequestParser(llm)  # type: ignore[arg-type]
    parser.prepare()  # the cut answer is expected, not logged as a failure
    assert len(llm.calls) == 1 and not parser.task.counts and llm.batches == []


def test_an_answer_the_model_ran_out_on_is_read_as_the_rules_alone_read_it() -> None:
    """An answer to our question goes to the model; when it runs out of time the turn is the
    rules' reading, the option chosen by its place included, as if no model were there."""
    situation = TurnSituation(
        question="Shampoo or conditioner?", options=("Shampoo", "Conditioner")
    )
    options = [HAIR_CARE_SHAMPOOS, "Beauty > Hair Care > Conditioners"]
    alone = TurnReader(vocabulary=VOCAB).read("the second", situation, options)
    parser = ModelRequestParser(SlowLLM(0.06), budget_s=0.05)  # type: ignore[arg-type]
    reader = TurnReader(vocabulary=VOCAB, parser=parser, mode="auto")
    read = reader.read("the second", situation, options)
    assert parser.task.counts == {"timed out": 1}  # the model was asked
    assert read.answer == alone.answer == ["Beauty > Hair Care > Conditioners"]
