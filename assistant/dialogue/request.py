"""What a shopper's message asks for, as the dialogue layer understands it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Literal

from retrieval.filters import Filters
from retrieval.query import ParsedQuery


class Intent(StrEnum):
    """The kinds of turn the assistant knows how to serve."""

    SEARCH = "search"  # a new need: "a moisturiser for dry skin under $30"
    REFINE = "refine"  # change the current picks: "cheaper", "not that brand", "something else"
    COMPARE = "compare"  # "compare the first two"
    ASK = "ask"  # a question about a shown product: "how much is the second one?"
    WHY = "why"  # "why this?"
    BUNDLE = "bundle"  # "what goes with this?", "build me a routine under $50"
    FEEDBACK = "feedback"  # "I like the first one", "not for me"
    MORE_LIKE = "more_like"  # "more like the second one", "in another colour"
    CLEAR = "clear"  # "start over"
    GREETING = "greeting"
    OFF_TOPIC = "off_topic"
    UNSAFE = "unsafe"


Harm = Literal["to oneself", "eaten", "swallowed", "for a child"]
"""The harm an unsafe turn speaks of, which its reply names (`Request.harm`)."""


@dataclass
class Request:
    """A parsed shopper message.

    Attributes:
        intent: what the turn should do.
        text: the message with constraint phrases removed (what to search for).
        parsed: the price, brand and category constraints stated in this message, in the one
            typed form `shopassist search` reads too (`retrieval.query.ParsedQuery`).
        references: 0-based indexes of earlier picks the message points at.
        cheaper / pricier: relative price refinements against the current picks.
        exclude_shown: "something else": do not show the current picks again.
        exclude_reference_brand: "not that brand": drop the brand of the referenced pick(s).
        usual_brand: "the same brand i usually get": the brand the shopper buys most.
        picks_brand: "the same brand's conditioner" beside the picks: the brand of the pick in
            view (`TurnContext.resolve`).
        sentiment: +1 / -1 for feedback ("love it" / "not for me"), 0 otherwise.
        attributes: stated needs and facts ("dry skin", "for my sister").
        budget: a total budget for a bundle or routine.
        drop: constraint names the shopper asked to drop ("any price", "any brand").
        add_detail: "something with X": X narrows the current need instead of replacing it.
        avoid: ingredients or attributes that must be absent (hard filters, never searched).
        allow: ingredients ruled out in an earlier turn that the message lets back in
            ("actually nuts are fine": `avoid_lifted.lifted_avoids`).
        not_kinds: product kinds the need names by accident and is not ("dry shampoo" for "a
            shampoo for dry hair"; `assistant.dialogue.category.kinds`): hard filters too.
        turned_down: the categories of the picks on screen's type (or above it) the message
            turns down ("not a perfume" beside perfumes: Fragrance); ``text`` is then the type's
            words, no detail.
        liked: a name the person it is for likes, said alone ("she loves chanel"; no catalog
            brand, no everyday word: `phrases.gifts_and_people.LIKES_A_NAME`); None otherwise.
        recipient: who the product is for when not the shopper ("mother"); the stated needs
            are then theirs and stay in the dialogue, never in the shopper's profile.
        self_attributes: what the shopper says about themself beside a recipient.
        gift: the message says the need is a gift ("a gift for my mum", "a leaving present",
            "stocking stuffers"): no occasion (``attributes["occasion"]`` names events and
            seasons only); the session keeps it (`DialogueState.gift`).
        answer: the pending question's options the message chose (category paths), or
            ``["any"]``; [] when it answers nothing.
        proposal: the one thing our pending question proposed, which the message accepts
            ("yes please" to 'Would a rose bath gift set work?': 'rose bath gift set'): the
            need becomes it; "" otherwise.
        relative: a refinement the flags above do not hold ("bigger", "smaller").
        superlative: the pick asked for among those on screen: ``cheapest``, ``dearest``,
            ``best_rated``, ``most_bought`` ("the cheapest one?"), ``biggest``, ``smallest``
            ("the biggest one": by the size its title names) or ``best_match`` ("which one
            would you pick?"); for a new need, the order its picks are asked in (the same
            kinds, or ``again``: "reorder my usual lashes", theirs first); None otherwise.
        others: the message points at the picks other than those it names or the one last
            pointed at ("and the other ones?", "not the first one, the others").
        for_self: the need is the shopper's own after all, said with what they are ("actually
            it's for me, i'm a guy": ``attributes["for"]`` is then ``men``).
        back_to: an earlier need to go back to: ``first``, ``previous``, or words of it ("go
            back to the first search", "back to the lipsticks"); None otherwise.
        source: ``rules`` or the request parser's name (the model understood the turn).
        notes: what the catalog check dropped or changed in the model's request, and why.
        unread: the message's words in a script other than the Latin one that no word list
            reads (`retrieval.lexicon.unread_words`): no need's words; the reply says we read
            English best.
        types: the product types a new need for several at once names, a word each ("a
            cleanser and toner": cleanser, toner; `NeedCategory.type_words`); [] for one.
        harm: for an unsafe turn, the harm it speaks of that its reply names: ``eaten`` (a
            product said to be eaten or drunk: "can i eat the second one"), ``swallowed``
            (someone else swallowed something: "my toddler drank some of my perfume"),
            ``for a child`` ("skin bleaching for my 6 year old"); None otherwise.
    """

    intent: Intent
    text: str = ""
    parsed: ParsedQuery = field(default_factory=lambda: ParsedQuery(text=""))
    references: list[int] = field(default_factory=list)
    cheaper: bool = False
    pricier: bool = False
    exclude_shown: bool = False
    exclude_reference_brand: bool = False
    usual_brand: bool = False
    picks_brand: bool = False
    sentiment: int = 0
    attributes: dict[str, str] = field(default_factory=dict)
    budget: float | None = None
    drop: list[str] = field(default_factory=list)
    add_detail: bool = False
    avoid: list[str] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)
    not_kinds: list[str] = field(default_factory=list)
    turned_down: list[str] = field(default_factory=list)
    liked: str | None = None
    recipient: str | None = None
    self_attributes: dict[str, str] = field(default_factory=dict)
    gift: bool = False
    answer: list[str] = field(default_factory=list)
    proposal: str = ""
    relative: str | None = None
    superlative: str | None = None
    back_to: str | None = None
    others: bool = False
    for_self: bool = False
    source: str = "rules"
    notes: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    harm: Harm | None = None

    def filters(self, **changes: Any) -> Filters:
        """The hard filters the message states: the parsed query's, with the ingredients it
        rules out; ``changes`` replace fields of them (``category=None``).

        Raises:
            ShopAssistError: a constraint the filters refuse (a lowest price above the highest).
        """
        return replace(self.parsed.filters(), avoid=tuple(self.avoid), **changes)
