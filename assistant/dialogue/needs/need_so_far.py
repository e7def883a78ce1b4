"""A turn with no picks on screen and no question of ours pending, after a need was asked for:
the last search found nothing (or its reply showed no picks), and the need stays in the dialogue.
A message that changes only that need's constraints refines it, as it would beside picks."""

from __future__ import annotations

from collections.abc import Callable

from assistant.dialogue.intents.refinements import only_constraints
from assistant.dialogue.model.model_request import NEED_SO_FAR, TurnSituation
from assistant.dialogue.needs.need_words import CHATTER
from assistant.dialogue.needs.shopping_words import names_a_product
from assistant.dialogue.needs.stated_traits import read_traits
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type, path_words
from catalog.category_paths import nested, within
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
    key = stem(word)
    paths = vocabulary.categories if vocabulary is not None else ()
    return any(nested(p, need) for p in paths if key in path_words(p.rsplit(" > ", 1)[-1]))


KIND_WORDS = frozenset({"one", "ones", "something", "anything", "kind", "type", "version"})
"""Words that stand for a product of the need's kind ("maybe a brown one", "anything close")."""


def a_trait_of_the_need_so_far(
    request: Request, text: str, situation: TurnSituation, vocabulary: CatalogVocabulary | None
) -> Request:
    """``request`` as a refinement of the need so far (the last search found nothing: no picks,
    no question pending, a category so far) where the message starts no need of its own: every
    word of it that names something the catalog sells is one that titles in the need's category
    say ("volumizing", "lashes", "sensitive eyes" after mascaras), no product type it names finds
    a category outside that one, and it says a trait, such a word or a word for one of the kind
    ("maybe a brown one", "something for short lashes", "doesn't have to be waterproof", "show
    me anything close"). They were new searches from scratch, the need's category lost ('short
    lashes' found Eyelash Tools). "forget it, show me eyeliners" stays a new need. Else
    ``request`` as it is."""
    so_far = situation.need_category
    titles = vocabulary.title_words if vocabulary is not None else None
    if (
        request.intent != Intent.SEARCH
        or not situation.from_scratch
        or not so_far
        or titles is None
        or request.references
    ):
        return request
    category = request.parsed.category
    if category and not nested(category, so_far):
        return request  # a type of its own: "show me eyeliners"
    said = [
        w
        for w in words(request.text)
        if w not in STOP_WORDS and w not in CHATTER and len(w) > 2 and not w.isdigit()
    ]
    in_titles = [w for w in said if any(within(p, so_far) for p in titles.get(stem(w), ()))]
    if any(names_a_type(w, vocabulary) and not _a_type_of(w, so_far, vocabulary) for w in said):
        return request  # a type of another kind: "ok a gloss then" after lipsticks
    if not (in_titles or read_traits(text.lower()) or KIND_WORDS & set(words(text.lower()))):
        return request  # "nevermind the budget": nothing of a product said
    request.intent, request.add_detail = Intent.REFINE, True
    request.parsed.category = so_far
    return request
