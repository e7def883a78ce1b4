"""A turn said after a need was asked for that starts no need of its own: with no picks on
screen and no question of ours pending (the last search found nothing, or its reply showed no
picks), a message that changes only that need's constraints refines it, as it would beside picks;
there, beside the picks, or in reply to our question of a trait, a message saying a trait of the
need refines it (`a_trait_of_the_need_so_far`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.dialogue.category.need_parts import department
from assistant.dialogue.intents.refinements import only_constraints
from assistant.dialogue.model.model_request import NEED_SO_FAR, TurnSituation
from assistant.dialogue.needs.need_words import CHATTER
from assistant.dialogue.needs.shopping_words import names_a_product
from assistant.dialogue.needs.stated_traits import read_traits
from assistant.dialogue.phrases.questions import ASK
from assistant.dialogue.picks.beside_picks import A_NEW_NEED
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type, path_words
from catalog.category_paths import below, nested, within
from retrieval.lexicon import to_catalog_words
from retrieval.tokenize import STOP_WORDS, stem, words


def a_change_to_the_need_so_far(
    request: Request, text: str, situation: TurnSituation, vocabulary: CatalogVocabulary | None
) -> Request:
    """``request`` as a refinement of the need so far where it is a search (or names nothing
    sold) that names no type nor category and changes only constraints
    (`intents.refinements.only_constraints`: "ok under 10 then", "fine, any price", "forget the
    budget", "any brand is ok", "no parabens then"; words that name nothing the catalog sells
    are filler, `shopping_words.names_a_product`: "ok try under 15 then") with no picks on
    screen, no question pending and a need so far (the last search found nothing: 'vegan
    mascara under $3'); they searched 'ok then' from scratch and asked what the shopper was
    shopping for. Else ``request`` as it is."""
    if (
        request.intent not in (Intent.SEARCH, Intent.OFF_TOPIC)  # "fine, any price": no product
        or not situation.from_scratch
        or not (NEED_SO_FAR.search(situation.so_far) or situation.need_category)
        or request.parsed.category
        or names_a_type(request.text, vocabulary)
        or not only_constraints(request, " ".join(text.lower().split()), _naming(vocabulary))
    ):
        return request
    request.intent = Intent.REFINE
    return request


def _naming(vocabulary: CatalogVocabulary | None) -> Callable[[str], bool] | None:
    """Whether a word names something the catalog sells (None where the catalog is unknown:
    then every word but a stop word counts)."""
    if vocabulary is None:
        return None
    return lambda word: names_a_product(word, vocabulary)


def _a_type_of(word: str, need: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether a category whose own name says ``word`` is ``need``'s or lies above or under it
    ("eyes": Makeup > Eyes, above Mascara; "gloss": Lip Glosses, beside Lipstick, is not)."""
    return any(nested(p, need) for p in _homes(word, vocabulary))


def _homes(word: str, vocabulary: CatalogVocabulary | None) -> list[str]:
    """The categories whose own name says ``word`` ("gloss": Lip Glosses)."""
    key = stem(word)
    paths = vocabulary.categories if vocabulary is not None else ()
    return [p for p in paths if key in path_words(p.rsplit(" > ", 1)[-1])]


def a_type_elsewhere(word: str, need: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether ``word`` names a product type of another kind than ``need``: a word of the own
    name of a category neither above nor under it ("gloss" after lipsticks, "shampoo" after body
    washes) whose titles mostly lie in such categories, or whose titles there outnumber those in
    ``need`` twice over ("primer" after eyeshadows). A word the need's own titles say as often
    as such a category's ("dark" after nail polish: Dark Circle Treatments; "combination" after
    face washes: Eyes > Combinations) is a trait of the need, not another type."""
    if not names_a_type(word, vocabulary) or _a_type_of(word, need, vocabulary):
        return False
    counts = (vocabulary.title_counts or {}).get(stem(word), {}) if vocabulary else {}
    if not counts:
        return True
    homes = _homes(word, vocabulary)
    at_home = sum(n for p, n in counts.items() if any(within(p, h) for h in homes))
    inside = sum(n for p, n in counts.items() if within(p, need))
    return 2 * at_home > sum(counts.values()) or at_home > 2 * inside


KIND_WORDS = frozenset({"one", "ones", "something", "anything", "kind", "type", "version"})
"""Words that stand for a product of the need's kind ("maybe a brown one", "anything close")."""


def a_trait_of_the_need_so_far(
    request: Request,
    text: str,
    situation: TurnSituation,
    vocabulary: CatalogVocabulary | None,
    options: Sequence[str] = (),
) -> Request:
    """``request`` as a refinement of the need so far where the message starts no need of its
    own: every word of it that names something the catalog sells is one that titles in the
    need's category say ("volumizing", "lashes", "sensitive eyes" after mascaras), no product
    type it names finds a category outside that one (`a_type_elsewhere`), and it says a trait,
    such a word or a word for one of the kind ("maybe a brown one", "something for short
    lashes", "doesn't have to be waterproof", "show me anything close"). Said after the last
    search found nothing (no picks, no question pending, a category so far) they were new
    searches from scratch, the need's category lost ('short lashes' found Eyelash Tools). The
    same holds, the message no question by its words (`_asks_by_its_words`), beside the picks
    ("rather fancied something with a bit of sparkle" after eyeshadows guessed Nail Polish) and
    in reply to our question of a trait (`_a_trait_asked`: "a dark purple" to 'nude, red or
    bright?' of a nail polish found Dark Circle Treatments; "combination i think" to 'oily, dry
    or sensitive?' found Eyes > Combinations): there a department a word names ("my skin is
    dry") is no category of its own. The trait or kind is read as said and in the catalog's
    words ("quelque chose de moins cher": something cheaper). "forget it, show me eyeliners"
    stays a new need. Else ``request`` as it is."""
    so_far = situation.need_category
    titles = vocabulary.title_words if vocabulary is not None else None
    dialogue = _in_reply(text, situation, options, vocabulary)
    if (
        request.intent
        not in ((Intent.SEARCH, Intent.REFINE) if situation.question else (Intent.SEARCH,))
        or not (situation.from_scratch or dialogue)
        or not so_far
        or titles is None
        or request.references
        or request.answer
    ):
        return request
    category = request.parsed.category
    traits = _traits_of_a_kind(text, vocabulary) if dialogue else set()
    if (
        category
        and not nested(category, so_far)
        and not (dialogue and category == department(category))
        and not traits
    ):
        return request  # a type of its own: "show me eyeliners"
    said = [
        w
        for w in words(request.text)
        if w not in STOP_WORDS and w not in CHATTER and len(w) > 2 and not w.isdigit()
    ]
    in_titles = [w for w in said if any(within(p, so_far) for p in titles.get(stem(w), ()))]
    if any(a_type_elsewhere(w, so_far, vocabulary) for w in said if w not in traits):
        return request  # a type of another kind: "ok a gloss then" after lipsticks
    if dialogue and any(below(h, so_far) for w in said for h in _homes(w, vocabulary)):
        return request  # "something plant based like henna" of a hair dye: Hennas, deeper
    naming = _naming(vocabulary)
    if dialogue and (
        not in_titles or (naming and any(naming(w) and w not in in_titles for w in said))
    ):
        return request  # "something for dandruff" beside lipsticks: a need of its own
    said_as = {text.lower(), " ".join(to_catalog_words(text).lower().split())}
    if not (in_titles or any(read_traits(t) or KIND_WORDS & set(words(t)) for t in said_as)):
        return request  # "nevermind the budget": nothing of a product said, in any language
    request.intent, request.add_detail = Intent.REFINE, True
    request.parsed.category = so_far
    return request


KIND_WITH = re.compile(
    r"\b(?:one|ones|some|something|anything|any)\s+(?:with|that (?:has|have))\s+"
    r"(?:(?:a|some|more)\s+)?(?:(?:bit|touch|hint)\s+of\s+)?(?P<trait>.+)$"
)
"""A product of the need's kind said with what it has ("show me some with shimmer", "one with a
bit of glitter"): the words after "with" say a trait of it."""


def _traits_of_a_kind(text: str, vocabulary: CatalogVocabulary | None) -> set[str]:
    """The words a message says only as what a product of the need's kind has (`KIND_WITH`:
    "show me some with shimmer" beside hairsprays is a shimmering hairspray, not Glitter &
    Shimmer), where no word before names a type; else none."""
    lowered = " ".join(text.lower().split())
    found = KIND_WITH.search(lowered)
    if found is None or names_a_type(lowered[: found.start()], vocabulary):
        return set()
    return set(words(found.group("trait")))


def _in_reply(
    text: str,
    situation: TurnSituation,
    options: Sequence[str],
    vocabulary: CatalogVocabulary | None,
) -> bool:
    """Whether ``text`` is said beside the picks, adding no need beside theirs (`A_NEW_NEED`:
    "need a heat protectant as well"), or to our question of a trait, and asks no question by
    its words (`_asks_by_its_words`)."""
    if _asks_by_its_words(text):
        return False
    if situation.question:
        return _a_trait_asked(options, vocabulary)
    english = " ".join(to_catalog_words(text).lower().split())
    return situation.beside_picks and not A_NEW_NEED.search(english)  # "... as well"


def _a_trait_asked(options: Sequence[str], vocabulary: CatalogVocabulary | None) -> bool:
    """Whether our pending question's ``options`` are traits, none a category ('nude, red or
    bright?', 'oily, dry or sensitive?'): a reply naming no other type answers it."""
    categories = set(vocabulary.categories) if vocabulary is not None else set()
    return bool(options) and not categories & set(options)


def _asks_by_its_words(text: str) -> bool:
    """Whether ``text`` is a question by its words, not only by its mark ("what's better for
    dry skin?"; "more natural ones?" asks for some)."""
    return re.search(ASK, " ".join(text.lower().split()).rstrip(" ?!.")) is not None
