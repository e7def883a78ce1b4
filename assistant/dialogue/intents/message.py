"""One shopper message as the rules read it: the one context every intent reader takes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.dialogue.phrases.cart_and_likes import CART, CART_BY_A_NAME
from assistant.dialogue.phrases.questions import NAMED_ONE, POINTS_AT_PICKS
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.query import ParsedQuery


def has(pattern: str, text: str) -> bool:
    """Whether ``pattern`` occurs anywhere in ``text``."""
    return re.search(pattern, text) is not None


@dataclass(slots=True)
class Message:
    """A message being read: its words, what is on screen and the request filled so far.

    Attributes:
        text: the message lower-cased, its pictographs as the words they say, one space apart:
            what the patterns of `phrases/` are matched against.
        shown: how many picks are on screen (0 at the start).
        request: the request being filled; its need's words (``request.text``) are already
            cleared of constraints, ingredients ruled out and words that say no need.
        parse: the retrieval query parser, when there is one (a state's category: "cracking"
            hands are Hand Creams).
        vocabulary: the catalog's words, when known.
        parsed: the price, brand and category constraints the message states: the request's
            own (`Request.parsed`), changed in place where a reader reads them otherwise.
    """

    text: str
    shown: int
    request: Request
    parse: QueryParser | None = None
    vocabulary: CatalogVocabulary | None = None
    parsed: ParsedQuery = field(init=False)

    def __post_init__(self) -> None:
        self.parsed = self.request.parsed

    def has(self, pattern: str) -> bool:
        """Whether ``pattern`` occurs in the message's text."""
        return re.search(pattern, self.text) is not None

    def carts(self) -> bool:
        """Whether the message puts a pick into the cart (`CART`), or names one of those on
        screen by a word of its own to go there (`CART_BY_A_NAME`: "stick the cetaphil in")."""
        return self.has(CART) or bool(self.shown and self.has(CART_BY_A_NAME))

    def names_a_pick(self, pointers: str = POINTS_AT_PICKS) -> bool:
        """Whether the message points at a pick on screen: by its place ("the second one"), by
        a word and "one" ("the clinique one"), by a brand, or by ``pointers`` ("it", "these")."""
        return bool(
            self.shown
            and (
                self.request.references
                or self.parsed.brands
                or self.has(NAMED_ONE)
                or self.has(pointers)
            )
        )


IntentReader = Callable[[Message], Request | None]
"""Reads one group of intents: fills the message's request and returns it when the message
says one of them, else changes nothing and returns None (the next reader is tried)."""

Detail = Callable[[Message], None]
"""Reads what a message says beside its intent, once the intent is known (a price word, a
brand of theirs, a need the catalog names): changes the request where it applies."""
