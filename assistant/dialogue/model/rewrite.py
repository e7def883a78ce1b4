"""Query rewriting: a capable language model turns the shopper's need into catalog words
(issue 17, point 2).

"shampoo for dry hair" is searched as the rules read it unless a capable model (`LLM.capable`)
rewrites it into the words product titles use ("moisturising shampoo for dry hair", never "dry
shampoo"). `ModelQueryRewriter` asks `LLM.chat` for a `RewrittenQuery` (constrained to its JSON
schema, as the request parser does) and checks the answer (`check_rewrite`): a few words, no
price words, no ingredient to avoid, no brand the shopper did not ask for, the shopper's
product type kept and none glued together from words the shopper said apart. A refused answer
gives the rules' query; an error or a timeout too. The rewrite is only what the searcher reads:
the reply and the reasons keep the shopper's words.
`rewritten` keeps each need's rewrite in the session (`DialogueState.rewrites`), so a
refinement of the same need ("cheaper") asks the model nothing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from pydantic import BaseModel, Field

import prompts
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.state import DialogueState
from assistant.llm.base import LLM, Message
from assistant.llm.checked import ModelTask, has_words
from retrieval.filters import loose_brand_key
from retrieval.tokenize import stem

logger = logging.getLogger(__name__)

PROMPT = "query_rewrite"
MAX_WORDS = 12
MAX_CHARS = 80
KEPT_REWRITES = 8
"""How many needs' rewrites a session keeps (the oldest go first)."""
PRICE_WORDS = re.compile(
    r"[$£€]|\b(?:prices?|priced|cheap\w*|budget|afford\w*|expensive|pricey|bucks?|dollars?|"
    r"usd|eur|euros?|pounds?|discount\w*|sale|deals?)\b",
    re.IGNORECASE,
)


class RewrittenQuery(BaseModel):
    """What the model answers: the search query in catalog words."""

    query: str = Field(max_length=MAX_CHARS)


@dataclass(frozen=True)
class Need:
    """What the conversation is searching for, as the rewriter reads it.

    Attributes:
        query: the rules' search text (`TurnContext.query`): the fallback.
        need: the shopper's words of the need (constraint phrases removed).
        category: the category the search is limited to ('A > B > C'), or "".
        recipient: who it is for when not the shopper ("mother"), or "".
        attributes: stated needs ("skin": "dry", "scent": "lavender").
        brands: the brands the shopper asked for (hard filters already).
        avoid: ingredients to avoid (hard filters: never search words).
    """

    query: str
    need: str = ""
    category: str = ""
    recipient: str = ""
    attributes: tuple[tuple[str, str], ...] = ()
    brands: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()

    def key(self) -> str:
        """The cache key: every input of the rewrite."""
        parts = [self.query, self.need, self.category, self.recipient]
        parts += [f"{k}={v}" for k, v in self.attributes] + list(self.brands)
        return " | ".join(parts + [f"-{a}" for a in self.avoid])

    @classmethod
    def of(cls, query: str, state: DialogueState) -> Need:
        """The need the dialogue state holds, with the rules' ``query``."""
        c = state.constraints
        return cls(
            query=query,
            need=c.need,
            category=c.category or "",
            recipient=state.recipient,
            attributes=tuple(
                sorted(
                    [(k, v) for k, v in state.needs.items() if k != "action"]
                    + ([("gift", "yes")] if state.gift else [])
                )
            ),
            brands=tuple(c.brands),
            avoid=tuple(c.avoid),
        )


class QueryRewriter(Protocol):
    """Rewrites a need into a search query in the catalog's words."""

    def rewrite(self, need: Need) -> str | None:
        """The query to search (``need.query`` when the rewrite was rejected), or None when the
        rewriter failed (an error, a timeout): the caller then searches ``need.query`` and asks
        again next time."""
        ...


def rewritten(rewriter: QueryRewriter | None, query: str, state: DialogueState) -> str:
    """What the searcher reads for ``query``: the session's rewrite of this need, else the
    ``rewriter``'s (kept in ``state.rewrites``), else ``query`` itself."""
    if rewriter is None or not query.strip():
        return query
    need = Need.of(query, state)
    key = need.key()
    cached = state.rewrites.get(key)
    if cached is not None:
        return cached
    found = rewriter.rewrite(need)
    if found is None:
        return query
    state.rewrites.pop(key, None)
    state.rewrites[key] = found
    for old in list(state.rewrites)[:-KEPT_REWRITES]:
        del state.rewrites[old]
    return found


def product_types(categories: Sequence[str]) -> tuple[str, ...]:
    """The product types the catalog's category leaves name, as `_stems` phrases
    ("Creams & Moisturizers" -> "cream", "moisturizer"; "Dry Shampoos" -> "dry shampoo")."""
    out: set[str] = set()
    for path in categories:
        leaf = path.split(">")[-1].strip().casefold()
        for part in re.split(r"\s*(?:&|,|/| and )\s*", leaf):
            phrase = _stems(part)
            if len(phrase) >= 3 and len(phrase.split()) <= 3:
                out.add(phrase)
    return tuple(sorted(out))


def check_rewrite(
    text: str,
    need: Need,
    *,
    parse: QueryParser | None = None,
    brands: Sequence[str] = (),
    types: Sequence[str] = (),
) -> str | None:
    """Why a rewritten query cannot be searched, or None when it can.

    Args:
        text: the rewrite (whitespace already collapsed).
        need: what it was written from.
        parse: the catalog's query parser (`assistant.adapters.query_parser`): the brands and
            prices it reads in the rewrite are checked (the same reading as a shopper's words).
        brands: the catalog's brands (a brand named in the rewrite must be one the shopper
            asked for or said).
        types: the catalog's product types (`product_types`): each one the shopper named must
            stay in the rewrite ("bubble bath" is not rewritten as "bathtub"), and one the
            rewrite names as a phrase made of words the shopper said apart is refused ("dry
            shampoo" for "shampoo for dry hair").

    Returns:
        A reason ("names brand 'Adore', which the shopper did not ask for"), or None.
    """
    if not text:
        return "empty"
    words = text.split()
    if len(words) > MAX_WORDS:
        return f"{len(words)} words, expected at most {MAX_WORDS}"
    if (m := PRICE_WORDS.search(text)) is not None:
        return f"has the price word {m.group(0)!r}"
    lowered = text.casefold()
    for item in need.avoid:
        if item and has_words(_stems(item), _stems(lowered)):
            return f"names {item!r}, which the shopper wants to avoid"
    said_text = f"{need.query} {need.need}".casefold()
    said = loose_brand_key(said_text) + "".join(loose_brand_key(b) for b in need.brands)
    named: list[str] = []
    if parse is not None:
        parsed = parse(text)
        if parsed.priced or parsed.cheap:
            return "states a price"
        named += parsed.brands + parsed.exclude_brands
    named += [b for b in brands if len(b) >= 3 and has_words(b.casefold(), lowered)]
    for brand in dict.fromkeys(named):
        key = loose_brand_key(brand)
        if key and key not in said:
            return f"names brand {brand!r}, which the shopper did not ask for"
    said_stems, written = _stems(said_text), _stems(lowered)
    said_words = set(said_stems.split())
    for phrase in types:
        if has_words(phrase, said_stems) and not has_words(phrase, written):
            return f"drops {phrase!r}, the product type the shopper asked for"
        parts = phrase.split()
        if (
            len(parts) >= 2
            and has_words(phrase, written)
            and not has_words(phrase, said_stems)
            and set(parts) <= said_words
        ):
            return f"names {phrase!r}, a product type the shopper did not ask for"
    return None


def _stems(text: str) -> str:
    """The words of ``text``, lower-cased, in the singular (`stem`) ("dry shampoos" -> "dry
    shampoo")."""
    return " ".join(stem(w) for w in re.findall(r"[a-z0-9']+", text.casefold()))


class ModelQueryRewriter:
    """A `QueryRewriter` over a capable language model, with constrained JSON output.

    Attributes:
        task: the model calls' outcomes and the last one's time (`ModelTask`: "model" for a
            rewrite used, "refused", "failed").
    """

    def __init__(
        self,
        llm: LLM,
        *,
        parse: QueryParser | None = None,
        brands: Sequence[str] = (),
        categories: Sequence[str] = (),
    ) -> None:
        """Set up the rewriter.

        Args:
            llm: a capable model (`LLM.capable`); the composition root builds none otherwise.
            parse: the catalog's query parser (checks prices and brands in the rewrite).
            brands: the catalog's brands.
            categories: the catalog's category paths.
        """
        self.llm = llm
        self.parse = parse
        self.brands = tuple(brands)
        self.types = product_types(categories)
        self.task = ModelTask("query rewrite")

    def messages(self, need: Need) -> list[Message]:
        """The chat messages the model answers (the ``query_rewrite`` prompt): the instruction,
        worked examples as earlier turns, then the need."""
        spec = prompts.load(PROMPT)
        out = [Message("system", str(spec.extra["system"]).strip())]
        blank = {"words": "", "category": "", "recipient": "", "attributes": []}
        for example in spec.extra.get("examples") or ():
            out.append(Message("user", spec.render(need=blank | dict(example["need"]))))
            answer = RewrittenQuery(query=str(example["query"]))
            out.append(Message("assistant", answer.model_dump_json()))
        values = {
            "words": need.need or need.query,
            "category": need.category.split(">")[-1].strip(),
            "recipient": need.recipient,
            "attributes": [f"{k}: {v}" for k, v in need.attributes],
        }
        out.append(Message("user", spec.render(need=values)))
        return out

    def rewrite(self, need: Need) -> str | None:
        """The checked rewrite, ``need.query`` when it is refused (logged), None on a model
        error or timeout (logged)."""
        spec = prompts.load(PROMPT)
        answer = self.task.ask(
            lambda: self.llm.chat(
                self.messages(need),
                schema=RewrittenQuery,
                max_new_tokens=spec.max_new_tokens,
                temperature=0.0,
            )
        )
        if answer is None:
            return None
        text = " ".join(answer.query.strip(" \"'.,;:!?").split())
        reason = check_rewrite(text, need, parse=self.parse, brands=self.brands, types=self.types)
        if not self.task.accept(text, reason):
            return need.query
        logger.info("query %r searched as %r", need.query, text)
        return text
