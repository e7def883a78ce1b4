"""A capable model rewrites the search query and writes the reply (issue 17, point 2): the
orchestration with a fake model (the real one is in test_model_writing_real.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pytest

from assistant.conversation import Conversation
from assistant.copy.factory import checker_for
from assistant.dialogue.context import Components
from assistant.dialogue.model.reply import ModelReplyWriter, ReplyBrief, check_reply
from assistant.dialogue.model.rewrite import (
    ModelQueryRewriter,
    Need,
    RewrittenQuery,
    check_rewrite,
    product_types,
)
from assistant.dialogue.vocabulary import CatalogVocabulary
from assistant.llm.errors import LLMError
from catalog.store import CatalogStore
from retrieval.filters import Filters
from tests.assistant.fakes import PRODUCTS, FakeSearcher, build_assistant
from ui.compose import chat_writers

TEMPLATE = re.compile(r"^Here (?:is|are) \d+ picks? for '")
FIRST_PICK = re.compile(r'^1\. "([^"]*)"(?: by "([^"]*)")?, (\$[\d.]+)', re.MULTILINE)


class FakeLLM:
    """A chat model with scripted answers: a rewrite for the JSON schema, and for plain chat
    either a fixed text or (``None``) one built from the first pick in the prompt."""

    name = "fake"

    def __init__(
        self,
        *,
        query: str | Exception = "rich face cream dry skin",
        reply: str | Exception | None = None,
        capable: bool = True,
    ) -> None:
        self.query, self.reply, self.capable = query, reply, capable
        self.calls: list[tuple[str, list[Any]]] = []

    def chat(self, messages: list[Any], *, schema: Any = None, **settings: Any) -> Any:
        self.calls.append(("rewrite" if schema is not None else "reply", list(messages)))
        if schema is not None:
            assert schema is RewrittenQuery and settings["temperature"] == 0.0
            if isinstance(self.query, Exception):
                raise self.query
            return RewrittenQuery(query=self.query)
        if isinstance(self.reply, Exception):
            raise self.reply
        if self.reply is not None:
            return self.reply
        title, brand, price = FIRST_PICK.search(messages[-1].content).groups()
        return f"{title} by {brand} is {price}. Take a look at all three."

    def asked(self, kind: str) -> int:
        return sum(k == kind for k, _ in self.calls)


class RecordingSearcher(FakeSearcher):
    """The fake searcher, remembering every query it was sent."""

    def __init__(self) -> None:
        super().__init__(PRODUCTS)
        self.queries: list[str] = []

    def search(self, query: str, filters: Filters, k: int) -> list[Any]:
        self.queries.append(query)
        return super().search(query, filters, k)


VOCAB = CatalogVocabulary(
    brands=["Olay", "Nivea", "Cerave", "Adore", "Simple"],
    categories=[
        "Beauty > Hair Care > Shampoos > Dry Shampoos",
        "Beauty > Hair Care > Shampoos",
        "Beauty > Bath & Body > Bath > Bubble Bath",
        "Beauty > Skin Care > Face > Creams & Moisturizers",
    ],
)
TYPES = product_types(VOCAB.categories)


def _assistant(store: CatalogStore, llm: FakeLLM, *, rewrite: bool = True, reply: bool = True):
    conversation = build_assistant(store)
    parts: Components = conversation.c
    searcher = RecordingSearcher()
    parts.searcher = searcher
    brands = [b for b, _ in store.brands()]
    if rewrite:
        parts.rewriter = ModelQueryRewriter(llm, brands=brands)  # type: ignore[arg-type]
    if reply:
        parts.replies = ModelReplyWriter(llm, checker_for(store))  # type: ignore[arg-type]
    conversation.options = conversation.options.__class__(picks=3, clarify=False)
    return conversation, searcher


def _say(conversation: Conversation, *messages: str) -> list[Any]:
    session = conversation.new_session()
    return [conversation.respond(session, None, m) for m in messages]


def test_the_rewrite_is_searched_but_never_shown_and_is_kept_for_the_need(store) -> None:
    llm = FakeLLM(query="rich face cream dry skin")
    conversation, searcher = _assistant(store, llm, reply=False)
    first, cheaper = _say(conversation, "face cream for dry skin", "cheaper")
    assert searcher.queries[0] == "rich face cream dry skin"
    assert "rich" not in first.reply and TEMPLATE.match(first.reply)  # the shopper's words
    assert "face cream" in first.reply
    assert searcher.queries[1] == "rich face cream dry skin"  # "cheaper": the same need
    assert llm.asked("rewrite") == 1  # cached in the session, not asked again
    assert cheaper.picks and all(p.price < min(x.price for x in first.picks) for p in cheaper.picks)


def test_a_refused_rewrite_searches_the_rules_query(store) -> None:
    llm = FakeLLM(query="cheap Adore face cream under $10")
    conversation, searcher = _assistant(store, llm, reply=False)
    _say(conversation, "face cream for dry skin")
    assert searcher.queries == ["face cream for dry skin"]


def test_a_grounded_reply_is_the_models_and_the_safety_note_stays_codes(store) -> None:
    llm = FakeLLM()
    conversation, _ = _assistant(store, llm, rewrite=False)
    (turn,) = _say(conversation, "face cream for dry skin without shea")
    first = turn.picks[0]
    assert turn.reply.startswith(f"{first.title} by {first.brand} is ${first.price:.2f}.")
    assert turn.reply.endswith("check the label.")  # appended by code, after the model's text
    assert "cannot confirm" in first.reason
    prompt = llm.calls[-1][1][-1].content
    assert "cannot confirm" not in prompt  # the model never sees or writes the safety note


@pytest.mark.parametrize(
    "answer",
    [
        "The Revlon face cream is a steal.",  # a brand no pick has
        "The Olay cream is only $99.",  # a price of no pick and not the budget
        "These creams are free of parabens and safe for you.",  # safety: code's job
        "Great choices for you today!",  # names none of the picks
    ],
)
def test_an_ungrounded_reply_falls_back_to_the_template(store, answer: str) -> None:
    conversation, _ = _assistant(store, FakeLLM(reply=answer), rewrite=False)
    (turn,) = _say(conversation, "face cream for dry skin")
    assert TEMPLATE.match(turn.reply) and turn.picks
    assert conversation.c.replies.task.counts == {"refused": 1}


def test_a_timeout_falls_back_to_the_rules_query_and_the_template(store) -> None:
    timeout = LLMError("the model stopped after 60 s (max_time)")
    llm = FakeLLM(query=timeout, reply=timeout)
    conversation, searcher = _assistant(store, llm)
    baseline, base_searcher = _assistant(store, FakeLLM(), rewrite=False, reply=False)
    turn, _ = _say(conversation, "face cream for dry skin", "cheaper")
    (expected,) = _say(baseline, "face cream for dry skin")
    assert searcher.queries[0] == base_searcher.queries[0] == "face cream for dry skin"
    assert turn.reply == expected.reply and [p.id for p in turn.picks] == [
        p.id for p in expected.picks
    ]
    assert llm.asked("rewrite") == 2  # a failure is not kept: the next turn asks again


def test_the_reply_writer_changes_the_reply_only(store) -> None:
    written, _ = _assistant(store, FakeLLM(), rewrite=False)
    plain, _ = _assistant(store, FakeLLM(), rewrite=False, reply=False)
    (a,) = _say(written, "face cream for dry skin under $20")
    (b,) = _say(plain, "face cream for dry skin under $20")
    assert a.reply != b.reply and not TEMPLATE.match(a.reply)
    assert [(p.id, p.reason) for p in a.picks] == [(p.id, p.reason) for p in b.picks]


def test_a_model_that_is_not_capable_is_never_asked(store) -> None:
    llm = FakeLLM(capable=False)
    rewriter, replies = chat_writers(llm, checker_for(store), VOCAB, None)  # type: ignore[arg-type]
    assert rewriter is None and replies is None
    conversation = build_assistant(store)
    conversation.c.rewriter, conversation.c.replies = rewriter, replies
    (turn,) = _say(conversation, "face cream for dry skin")
    assert llm.calls == [] and TEMPLATE.match(turn.reply)
    capable = chat_writers(FakeLLM(), checker_for(store), VOCAB, None)  # type: ignore[arg-type]
    assert all(part is not None for part in capable)


@pytest.mark.parametrize(
    ("rewrite", "refused"),
    [
        ("moisturizing shampoo for dry hair", None),
        ("dry shampoo", "product type"),  # glued from words said apart
        ("shampoo under $15", "price"),
        ("budget shampoo dry hair", "price"),
        ("Adore shampoo for dry hair", "brand 'Adore'"),
        ("shampoo " * 13, "words"),
        ("", "empty"),
        ("moisturizing hair wash", "drops 'shampoo'"),  # the shopper's product type is kept
        ("sulfate shampoo for dry hair", "avoid"),  # an ingredient to avoid is never searched
    ],
)
def test_check_rewrite(rewrite: str, refused: str | None) -> None:
    need = Need(
        query="shampoo for dry hair", need="I need a shampoo for dry hair", avoid=("sulfates",)
    )
    reason = check_rewrite(" ".join(rewrite.split()), need, brands=VOCAB.brands, types=TYPES)
    assert (reason is None) if refused is None else (refused in (reason or ""))


def test_check_rewrite_keeps_a_brand_or_a_product_type_the_shopper_said() -> None:
    need = Need(query="dry shampoo adore", need="a dry shampoo from adore", brands=("Adore",))
    assert check_rewrite("Adore dry shampoo", need, brands=VOCAB.brands) is None
    assert check_rewrite("Adore dry shampoo", need, types=TYPES) is None
    bath = Need(query="bubble bath for a long soak")
    assert "bubble bath" in (check_rewrite("bathtub for a long soak", bath, types=TYPES) or "")
    assert {"bubble bath", "cream", "moisturizer", "dry shampoo"} <= set(TYPES)


@pytest.mark.parametrize(
    ("reply", "refused"),
    [
        ('The shopper wrote: "face cream". Olay is $24.00.', "instructions"),  # prompt echo
        ("Olay is $24.00 and Nivea is", "unfinished"),
        ("Olay is great. Olay is great. Olay is great.", "repeats"),
    ],
)
def test_check_reply_refuses_echoes_and_broken_text(store, reply: str, refused: str) -> None:
    store.upsert_products(PRODUCTS)
    f1, f2 = (p for p in PRODUCTS if p.id in ("f1", "f2"))
    brief = ReplyBrief("face cream", "face cream", "", ((f1, "r"), (f2, "r")))
    assert refused in (check_reply(reply, brief, checker_for(store)) or "")


def test_the_reply_prompts_worked_example_passes_its_own_check() -> None:
    import prompts
    from assistant.copy.grounding import GroundingChecker
    from catalog.schema import Product

    example = prompts.load("chat_reply").extra["example"]
    picks = tuple(
        (
            Product(id=str(i), title=p["title"], brand=p["brand"], price=float(p["price"][1:]),
                    rating=float(p["rating"]) if p["rating"] else None,
                    categories=["Beauty", p["category"]]),
            p["reason"],
        )
        for i, p in enumerate(example["picks"])
    )  # fmt: skip
    brief = ReplyBrief(example["message"], example["need"], example["constraints"], picks,
                       amounts=(12.0, 2.0, 4.3))  # fmt: skip
    checker = GroundingChecker(brands=[p["brand"] for p in example["picks"]])
    assert check_reply(example["reply"], brief, checker) is None


def test_check_reply_allows_the_budget_and_several_picks(store) -> None:
    store.upsert_products(PRODUCTS)
    checker = checker_for(store)
    f1, f2 = (p for p in PRODUCTS if p.id in ("f1", "f2"))
    brief = ReplyBrief("face cream under $30", "face cream", "under $30",
                       ((f1, "r"), (f2, "r")), amounts=(30.0, 2.0))  # fmt: skip
    assert (
        check_reply("Olay is $24.00 and Nivea is $12.00, both under $30.", brief, checker) is None
    )
    assert "price" in (check_reply("Nivea is $24.50.", brief, checker) or "")
    assert "Cerave" in (check_reply("Cerave has one too.", brief, checker) or "")


def _prompt_words(messages: Sequence[Any]) -> str:
    return " ".join(m.content for m in messages)


def test_the_prompts_quote_the_picks_and_the_need(store) -> None:
    llm = FakeLLM()
    conversation, _ = _assistant(store, llm)
    _say(conversation, "face cream for my mum, she has dry skin")
    rewrite = _prompt_words(next(m for k, m in llm.calls if k == "rewrite"))
    reply = _prompt_words(next(m for k, m in llm.calls if k == "reply"))
    assert '"face cream for my mum' in rewrite
    assert "quoted" in reply and '"Olay rich face cream for dry skin"' in reply
