"""A reply to our pending question read against its options: which it chooses, rules out or
leaves to us (`answer_to_the_options`).

`reader.TurnReader` reads the rules' request of a turn first, then this; the readings of a reply
that names no option by its name (`answers.free_answer`, `price_answers.priced_answer`) come after.
The readings of a plain reply are tried in order (`READINGS`), the first that reads it wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.dialogue.clarifying.answers import (
    ANY_BUT_WORDS,
    BARE_NO,
    BARE_YES,
    NONE_OF_THEM,
    YES,
    accepted_proposal,
    any_detail,
    asks_about_the_options,
    branch_ruled_out,
    option_by_titles,
    option_holding,
    options_by_place,
    options_named,
    others_of,
    single_option,
    type_ruled_out,
)
from assistant.dialogue.clarifying.clarify import match_option, names_their_branch
from assistant.dialogue.clarifying.price_answers import Band, only_cheap, only_pricier
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.model.validation import ANY
from assistant.dialogue.needs.shopping_words import not_shopping
from assistant.dialogue.needs.wording import AGE_ONLY
from assistant.dialogue.phrases.no_preference import BOTH, IN_BETWEEN
from assistant.dialogue.phrases.prices_and_orders import BY_RECORD
from assistant.dialogue.phrases.questions import ASK
from assistant.dialogue.phrases.small_talk import GOODBYE
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.understanding import answers_any
from assistant.dialogue.vocabulary import CatalogVocabulary
from catalog.category_paths import nested, within


def answer_to_the_options(
    rules: Request,
    english: str,
    text: str,
    situation: TurnSituation,
    options: Sequence[str],
    bands: list[Band] | None,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> Request:
    """The rules' request ``rules`` of a reply (``text``; ``english``, in the catalog's
    words) to our question with ``options`` (their prices: ``bands``): a question about the
    options, a proposal accepted, or the options it chooses or rules out (`READINGS`)."""
    if not options:
        return rules
    named = options_named(english, options)
    if rules.intent == Intent.REFINE and named and (not situation.picks or len(named) == 1):
        rules.intent = Intent.SEARCH  # "for my cheeks": an answer, not a refinement; beside
        # picks too when it names one option ("a lighter one for day" to "day or night?")
    if not situation.picks and asks_about_the_options(english, rules, options):
        rules.intent, rules.answer = Intent.ASK, []  # "whats the difference tho": asked
        rules.text, rules.parsed.category = english, None  # about the options, no choice
    elif proposal := accepted_proposal(english, situation.question):
        rules.intent, rules.answer = Intent.SEARCH, [o for o in options if o.lower() in YES]
        rules.answer = rules.answer[:1] or [ANY]  # "yeah ok" to 'Would a ... set work?'
        rules.proposal = rules.text = proposal  # the need: the thing proposed
        rules.parsed.category = parse(proposal).category if parse else None
    elif rules.intent in (Intent.SEARCH, Intent.OFF_TOPIC):
        chosen, others = match_option(english, options), others_of(english, options)
        reply = _Reply(
            english, text, situation, options, bands, parse, vocabulary, named, chosen, others
        )
        for reading in READINGS:  # the first that reads the reply
            if reading(rules, reply):
                break
    return rules


@dataclass(frozen=True)
class _Reply:
    """A plain reply to our question, as the `READINGS` read it."""

    english: str
    text: str
    situation: TurnSituation
    options: Sequence[str]
    bands: list[Band] | None
    parse: QueryParser | None
    vocabulary: CatalogVocabulary | None
    named: list[str]
    chosen: str | None
    others: list[str]

    @property
    def spaced(self) -> str:
        """The reply in the catalog's words, lower case and single spaced."""
        return " ".join(self.english.lower().split())


def _leaving(rules: Request, reply: _Reply) -> bool:
    """ "Actually I have to go, thanks anyway. Bye", "gtg sorry, thanks though": a goodbye
    (`GOODBYE`) that names no option and nothing sold (`not_shopping`, products only) leaves
    the question unanswered: a greeting, not a free answer."""
    if not (
        GOODBYE.search(reply.english)
        and not (reply.named or reply.chosen or reply.others)
        and reply.vocabulary is not None
        and not_shopping(reply.spaced, rules, reply.vocabulary, products_only=True)
    ):
        return False
    rules.intent = Intent.GREETING
    return True


def _a_branch_ruled_out(rules: Request, reply: _Reply) -> bool:
    """ "not bath stuff": the need, outside Bath & Body."""
    if not (branch := branch_ruled_out(reply.english, reply.options)):
        return False
    rules.answer, rules.intent = [ANY], Intent.SEARCH
    rules.turned_down, rules.text = [branch], ""
    return True


def _the_others(rules: Request, reply: _Reply) -> bool:
    """ "not matte": the options left, and not the one said ("not curly, just dry": of those
    left, the ones it names); "not styling tools": no Tools & Accessories."""
    if not (others := reply.others):
        return False
    rules.answer = [o for o in reply.named if o in others] or others
    rules.turned_down = [o for o in reply.options if o not in others]
    stated = rules.parsed.category
    if stated and not any(within(stated, o) or within(o, stated) for o in others):
        rules.parsed.category = None
    return True


def _a_type_ruled_out(rules: Request, reply: _Reply) -> bool:
    """ "not a perfume": among the options, no perfume."""
    paths = reply.vocabulary.categories if reply.vocabulary else ()
    if not (ruled := type_ruled_out(reply.english, reply.options, reply.parse, paths)):
        return False
    rules.answer, rules.turned_down = ruled
    rules.intent, rules.text, rules.avoid = Intent.SEARCH, "", []
    rules.parsed.category = None
    return True


def _none_of_them(rules: Request, reply: _Reply) -> bool:
    """ "none of those": the need, in none of the options."""
    if not NONE_OF_THEM.match(reply.spaced):
        return False
    rules.answer, rules.intent = [ANY], Intent.SEARCH
    rules.turned_down, rules.text = list(reply.options), ""
    return True


def _several_named(rules: Request, reply: _Reply) -> bool:
    """ "both face and body", "makeup n skincare", "curly & dry"."""
    if len(reply.named) < 2 or not re.search(SEVERAL_JOINED, reply.english.lower()):
        return False
    rules.answer = reply.named
    return True


SEVERAL_JOINED = r"(?:\b(?:both|and|either|n|plus|also|as well as)\b|&|\+)"
"""Words that join the options a reply names into one answer ("n" and "&" as chats write
"and"; "dry but also sensitive")."""


def _one_named(rules: Request, reply: _Reply) -> bool:
    """ "my legs are so dry": Body; "men" is Men's, not Women's."""
    if len(reply.named) != 1:
        return False
    rules.answer = [_of_the_type_named(rules, reply, reply.named[0])]
    return True


def _a_single_one(rules: Request, reply: _Reply) -> bool:
    """ "just the one" to 'A full set or a single brush?'."""
    if not (single := single_option(reply.english, reply.options)):
        return False
    rules.answer = single
    return True


def _by_place(rules: Request, reply: _Reply) -> bool:
    """ "both the first and the last", "the first one, is it for women?": by place, whatever
    it asks, not the middle ("the second" alone: `answers.free_answer`, after the model where
    it reads the turn)."""
    placed = options_by_place(reply.english, reply.situation, reply.options)
    if not placed or (len(placed) <= 1 and not re.search(ASK, reply.english.lower())):
        return False
    rules.answer, rules.parsed.category = placed, None
    rules.turned_down = [o for o in reply.options if o not in placed]
    return True


def _a_bare(reply_word: re.Pattern[str]) -> Callable[[Request, _Reply], bool]:
    """The reading of a bare reply that ``reply_word`` matches whole: `BARE_NO` ("nah": the
    need, any option), `BARE_YES` ("yep" to 'Eau de Toilette or cologne?', where no option is a
    yes: any of them)."""

    def a_bare_reply(rules: Request, reply: _Reply) -> bool:
        if not reply_word.match(reply.spaced):
            return False
        rules.answer, rules.intent, rules.text = [ANY], Intent.SEARCH, ""
        return True

    return a_bare_reply


def _the_one_chosen(rules: Request, reply: _Reply) -> bool:
    """ "face", "la cara": one of the options we offered."""
    if reply.chosen is None:
        return False
    rules.answer = [_of_the_type_named(rules, reply, reply.chosen)]
    return True


TYPE_DEPTH = 2
"""How many " > " a category path has from a product type's branch down ("Beauty > Hair Care >
Styling Tools"; a department, "Beauty > Hair Care", is no type)."""


def _of_the_type_named(rules: Request, reply: _Reply, option: str) -> str:
    """The option a reply chose by a word of its name, or the other option that is the
    product type it names ("flat iron" to 'Curling iron or straightener?': Flattening Irons,
    the Straightener's type, not the "iron" of Curling iron); not an option that is a whole
    department ("an oil for my hair" to 'Skin Care, Hair Care or Bath & Body?': Hair Care)."""
    named, parse = rules.parsed.category, reply.parse
    if not named or parse is None:
        return option
    homes = {o: parse(o).category for o in reply.options}
    related = [
        o
        for o, h in homes.items()
        if h and h.count(" > ") >= TYPE_DEPTH and (within(named, h) or within(h, named))
    ]
    return related[0] if homes[option] and option not in related and len(related) == 1 else option


def _the_one_holding_it(rules: Request, reply: _Reply) -> bool:
    """ "perfume, something floral": under Fragrance, and its words join the need ('gift
    perfume floral')."""
    if not (held := option_holding(rules, reply.english, reply.situation, reply.options)):
        return False
    rules.answer = held
    rules.add_detail = True
    return True


def _by_titles(rules: Request, reply: _Reply) -> bool:
    """ "liner": Eyeliner, the option whose titles say it (not 'liner' searched in Makeup);
    "a lip liner" to 'Eyeliner, ...?' is a type of its own."""
    titled = option_by_titles(reply.english, reply.options, reply.vocabulary)
    stated = rules.parsed.category
    if not titled or (stated and not any(nested(stated, o) for o in reply.options)):
        return False
    rules.answer, rules.parsed.category = titled, None
    return True


def _in_between(rules: Request, reply: _Reply) -> bool:
    """ "something in between", where the options state no prices."""
    if reply.bands is not None or not re.match(IN_BETWEEN, reply.spaced):
        return False
    rules.answer, rules.intent = [ANY], Intent.SEARCH
    rules.text = ""
    return True


def _both_of_two(rules: Request, reply: _Reply) -> bool:
    """ "both tbh", "kinda both??" to 'Face or body?'."""
    if len(reply.options) != 2 or not re.search(BOTH, reply.english.lower()):
        return False
    rules.answer = list(reply.options)
    return True


def _any_of_them(rules: Request, reply: _Reply) -> bool:
    """ "anything is fine", "you choose": the need stays; "whichever is best for wrinkles":
    its words join it; never "anything but the cheapest" (one turned down)."""
    if reply.spaced.startswith(ANY_BUT_WORDS) or not (
        answers_any(reply.text)
        or answers_any(reply.english)
        or names_their_branch(reply.english, reply.options)
    ):
        return False
    rules.answer = [ANY]
    if detail := any_detail(reply.english):
        rules.text, rules.add_detail = detail, True
    return True


def _only_cheaper(rules: Request, reply: _Reply) -> bool:
    """ "cheaper", where the options state no prices: any option, cheap."""
    if not only_cheap(reply.english) or reply.bands is not None:
        return False
    rules.answer, rules.intent = [ANY], Intent.SEARCH
    rules.parsed.cheap, rules.cheaper = True, False
    return True


def _an_age_only(rules: Request, reply: _Reply) -> bool:
    """ "he's 15": the need stays."""
    if not AGE_ONLY.match(reply.spaced):
        return False
    rules.answer, rules.intent = [ANY], Intent.SEARCH
    return True


def _only_pricier(rules: Request, reply: _Reply) -> bool:
    """ "a bit more expensive is ok", where the options state no prices: its price dropped."""
    if not only_pricier(reply.english) or reply.bands is not None:
        return False
    rules.answer, rules.intent = [ANY], Intent.SEARCH
    rules.drop, rules.pricier = [*rules.drop, "price"], False
    return True


def _by_record(rules: Request, reply: _Reply) -> bool:
    """ "the most popular one", where the options state no prices."""
    if rules.superlative not in BY_RECORD or reply.bands is not None:
        return False
    rules.answer, rules.intent = [ANY], Intent.SEARCH
    return True


READINGS: tuple[Callable[[Request, _Reply], bool], ...] = (
    _leaving,
    _a_branch_ruled_out,
    _the_others,
    _a_type_ruled_out,
    _none_of_them,
    _several_named,
    _one_named,
    _a_single_one,
    _by_place,
    _a_bare(BARE_NO),
    _the_one_chosen,
    _a_bare(BARE_YES),
    _the_one_holding_it,
    _by_titles,
    _in_between,
    _both_of_two,
    _any_of_them,
    _only_cheaper,
    _an_age_only,
    _only_pricier,
    _by_record,
)
"""The readings of a plain reply to our question, in order: each changes the request and says
True where it reads the reply, else leaves it and says False."""
