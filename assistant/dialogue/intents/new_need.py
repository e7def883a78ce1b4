"""What a new need is, said beside the intent: a state of theirs as the need ("i sweat a lot",
"my hands are cracking"), a smell ("something that smells like the beach": a scent), its words
in the catalog's terms, and a name the person it is for likes ("she loves chanel")."""

from __future__ import annotations

import re

from assistant.dialogue.category.kinds import kind_a_problem_calls_for, names_homeless
from assistant.dialogue.intents.message import Message
from assistant.dialogue.needs.need_words import catalog_need
from assistant.dialogue.needs.stated_needs import sore_state, sweats
from assistant.dialogue.needs.wording import WORD
from assistant.dialogue.phrases.gifts_and_people import LIKES_A_NAME
from assistant.dialogue.phrases.need_openings import A_SMELL, RESET_FIRST
from assistant.dialogue.phrases.shopper_states import SWEAT_NEED
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import names_a_type
from retrieval.everyday import everyday
from retrieval.tokenize import STOP_WORDS


def a_state_as_need(turn: Message) -> None:
    """With no picks on screen, a search or talk that only says a state: "i sweat a lot" (the
    sweat need), "..., they're cracking" (a sore state whose category the parser knows: hand
    creams), a problem that calls for a product type ("i got sunburned": the reader adds the
    type, `kinds.kind_a_problem_calls_for`)."""
    request, text, parse = turn.request, turn.text, turn.parse
    if request.intent not in (Intent.SEARCH, Intent.OFF_TOPIC) or turn.shown:
        return
    if sweats(text, turn.parsed, turn.vocabulary):
        request.intent, request.text = Intent.SEARCH, SWEAT_NEED  # "i sweat a lot"
    elif (
        parse is not None
        and (sore := sore_state(text, turn.vocabulary))
        and (home := parse(sore).category)  # the state has a category: hand creams
    ):
        request.intent, request.text = Intent.SEARCH, sore  # "..., they're cracking"
        turn.parsed.category = home
    elif request.intent == Intent.OFF_TOPIC and kind_a_problem_calls_for(text):
        request.intent = Intent.SEARCH  # "i got sunburned": after-sun care


def after_a_reset(turn: Message) -> None:
    """A new need after a reset ("forget it, show me sleep masks instead", "scrap that, eye
    masks for sleeping"), beside the picks or after the last search found none ("forget it,
    show me eyeliners" after 'vitamin c serum under 5': no serum under 5, and no eyeliner
    under 5 asked for): nothing said for the last need is carried over, its price and its
    brands dropped, unless the message says its own (ingredients ruled out stay: an allergy
    outlives the need)."""
    request, parsed = turn.request, turn.parsed
    if request.intent == Intent.SEARCH and re.match(RESET_FIRST, turn.text):
        dropped = [
            *([] if parsed.priced else ["price"]),  # "..., sleep masks under 20": that price
            *([] if parsed.brands or parsed.exclude_brands else ["brand"]),
        ]
        request.drop = list(dict.fromkeys([*request.drop, *dropped]))


def a_scent(turn: Message) -> None:
    """ "something that smells like the beach", no category nor type named: a scent (not "a
    deodorant", a type with no home of its own)."""
    vocabulary = turn.vocabulary
    if (
        turn.request.intent == Intent.SEARCH
        and not turn.shown
        and not turn.parsed.category
        and turn.parse is not None
        and turn.has(A_SMELL)
        and not names_a_type(turn.text, vocabulary)
        and not (vocabulary and names_homeless(turn.text, vocabulary.homeless))  # "a deodorant"
        and (scents := turn.parse("fragrance").category)
    ):
        turn.parsed.category = scents


def in_catalog_words(turn: Message) -> None:
    """What a search (or a detail added) looks for and echoes, in the catalog's words ("70th"
    birthday: no need word)."""
    request = turn.request
    if request.intent == Intent.SEARCH or request.add_detail:
        request.text = catalog_need(request.text, turn.vocabulary, chatter_words=False)


def liked_name(turn: Message) -> None:
    """A new search with none on screen: the name the person it is for likes ("she loves
    chanel"), when it is no brand the parser read, no everyday word and no type's word."""
    if turn.request.intent == Intent.SEARCH and not turn.shown:
        turn.request.liked = _liked_name(turn)


def _liked_name(turn: Message) -> str | None:
    """The name the person it is for likes (`LIKES_A_NAME`: "she loves chanel"), when
    it is no brand the parser read, no everyday word and no product type's word; else None."""
    found = re.search(LIKES_A_NAME, turn.text)
    if not found:
        return None
    name = found.group("name")
    brands = {w for b in turn.parsed.brands for w in WORD.findall(b.lower())}
    if name in brands or name in STOP_WORDS or everyday(name) or len(name) < 3:
        return None
    return None if names_a_type(name, turn.vocabulary) else name
