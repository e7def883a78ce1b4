"""The request parser's side of reading a turn: which turns the rules read well enough alone
(`needs_model`), and how the model's checked answer becomes the dialogue's one `Request`, its
gaps filled by the rules (`to_request`). `assistant.dialogue.reader.TurnReader` calls both."""

from __future__ import annotations

from assistant.dialogue.category.typos import unknown_words
from assistant.dialogue.model.model_request import ModelRequest, Traits, TurnSituation
from assistant.dialogue.model.validation import NUMBER, Checked
from assistant.dialogue.needs.stated_needs import GIFT_WORDS
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.query import ParsedQuery

SELF = frozenset({"self", "me", "myself", "i"})
"""Who a request is for when it is for the shopper themself."""

RULES_ALONE = frozenset({Intent.GREETING, Intent.CLEAR, Intent.COMPARE, Intent.WHY, Intent.UNSAFE})
"""Intents the rules tell by a fixed phrase: the model would add nothing but time."""
ABOUT_PICKS = frozenset({Intent.ASK, Intent.FEEDBACK, Intent.MORE_LIKE, Intent.BUNDLE})
NEEDS_PICKS = frozenset({Intent.ASK, Intent.COMPARE, Intent.WHY, Intent.MORE_LIKE})
"""Intents about the picks on screen: with none shown, the model misread the turn."""
TRAIT_KEYS = {"skin_type": "skin", "hair_type": "hair"}
"""`Traits` fields and the dialogue's own names for them (the rest keep theirs)."""


def needs_model(
    rules: Request, text: str, situation: TurnSituation, vocabulary: CatalogVocabulary | None
) -> bool:
    """Whether the rules' reading of ``text`` should be left to the model (``auto`` mode)."""
    if rules.answer:
        return False  # the rules read "anything is fine" as our question's answer
    if situation.question and rules.intent in (Intent.SEARCH, Intent.OFF_TOPIC):
        return True
    if rules.intent in RULES_ALONE:
        return False
    if rules.references and (rules.intent in ABOUT_PICKS or rules.intent == Intent.REFINE):
        return False
    if rules.avoid or rules.attributes.get("for") not in (None, "self"):
        return True
    if rules.parsed.brands or rules.parsed.exclude_brands or len(NUMBER.findall(text)) >= 2:
        return True
    return vocabulary is not None and bool(unknown_words(text, vocabulary))


def traits(values: Traits) -> dict[str, str]:
    """The stated traits in the dialogue's names (``skin``, ``hair``, ``scent``, ...)."""
    return {
        TRAIT_KEYS.get(k, k): str(v) for k, v in values.model_dump(exclude_none=True).items() if v
    }


def to_request(
    checked: Checked,
    rules: Request,
    *,
    source: str = "model",
    shown: int = 0,
) -> Request:
    """The dialogue's `Request` for a checked model request, merged with the rules' reading:
    the prices and the wanted and excluded brands the rules read (fixed phrasings and the
    catalog's own names) win, and the model's fill those the rules found none of; the
    category is the one the words name, else the reader's guess with its checks (a need the
    catalog has no home for gets none), never the model's. Measured on the labelled set
    (docs/BENCHMARKS.md, "Round three"): the model dropped brands the rules had read right and
    its categories were more often wrong. What only makes a turn safer (ingredients to avoid,
    explicit references) and the product kinds the need is not are always added; stated needs,
    a recipient or a relative refinement ("cheaper") the model left out are taken from the
    rules. A question about the picks with none on screen keeps the rules' intent.

    Args:
        checked: the model's request after `RequestValidator.check`.
        rules: the rules' reading of the same message.
        source: the parser's name, kept on the request.
        shown: how many picks are on screen.
    """
    m: ModelRequest = checked.request
    intent = Intent.SEARCH if m.intent == "answer" else Intent(m.intent)
    if intent in NEEDS_PICKS and not shown:
        intent = rules.intent
    need = m.need
    if intent == Intent.SEARCH and not checked.answer and not (need or m.category):
        need = rules.text  # the model named no product: keep the rules' words
    r = rules.parsed
    prices = (r.min_price, r.max_price, r.around_price)
    if prices == (None, None, None):
        prices = (m.price_min, m.price_max, m.price_around)
    parsed = ParsedQuery(
        text=need,
        min_price=prices[0],
        max_price=prices[1],
        around_price=prices[2],
        brands=list(r.brands) or list(m.brands),
        exclude_brands=list(r.exclude_brands) or list(m.exclude_brands),
        category=r.category,  # the words' category, else the reader's guess (`with_category`)
        cheap=m.attributes.price_band == "low" or r.cheap,
        dear=(m.attributes.price_band == "high" or r.dear) and not r.cheap,
        converted=list(r.converted),  # the rules' prices in another currency, said in the reply
    )
    request = Request(intent=intent, text=need, parsed=parsed, source=source)
    request.references = list(m.references) or list(rules.references)
    if m.relative is None:  # the rules' relative refinement, if they found one
        request.cheaper, request.pricier = rules.cheaper, rules.pricier
        request.exclude_shown = rules.exclude_shown
        request.exclude_reference_brand = rules.exclude_reference_brand
    else:
        request.cheaper = m.relative == "cheaper"
        request.pricier = m.relative == "pricier"
        request.exclude_shown = m.relative == "other"
        request.exclude_reference_brand = m.relative == "not_that_brand"
    request.usual_brand = rules.usual_brand  # the shopper's own brand: their history's
    request.relative = m.relative if m.relative in ("bigger", "smaller") else None
    request.add_detail = intent == Intent.REFINE and bool(need)
    request.attributes = {**rules.attributes, **traits(m.attributes)}
    request.attributes.pop("action", None)
    if m.recipient and m.recipient.lower() not in SELF:
        request.recipient = m.recipient
        request.attributes["for"] = m.recipient
    occasion = (m.occasion or "").lower()
    request.gift = rules.gift or occasion in GIFT_WORDS  # "gift" is no occasion
    if occasion and occasion not in GIFT_WORDS:
        request.attributes["occasion"] = m.occasion
    request.self_attributes = traits(m.self_attributes)
    if m.reaction is not None:
        request.intent = Intent.FEEDBACK
        request.sentiment = -1 if m.reaction == "dislike" else 1
        if m.reaction == "cart":
            request.attributes["action"] = "cart"
    if intent == Intent.BUNDLE:
        request.budget = m.price_max
    request.drop = list(m.drop)
    request.avoid = list(dict.fromkeys([*m.avoid, *rules.avoid]))
    request.not_kinds = list(rules.not_kinds)
    request.answer = list(checked.answer)
    request.notes = list(checked.notes)
    return request
