"""A branch of the catalog named beside the picks ("for my face, i have oily skin" beside
sunscreens for the body): the need's type in that branch (`type_in_branch`).

Read by `reader.TurnReader.read` once the turn's category is read.
"""

from __future__ import annotations

from assistant.dialogue.category.need_category import BRANCH_PARTS, department
from assistant.dialogue.category.titled_types import titled_type
from assistant.dialogue.model.model_request import NEED_SO_FAR, TurnSituation
from assistant.dialogue.needs.wording import WORD, stems
from assistant.dialogue.picks.beside_picks import for_a_part
from assistant.dialogue.picks.states_beside_picks import OWN_HABIT, OWN_STATE
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type
from catalog.category_paths import below, nested, nodes
from retrieval.tokenize import stem


def type_in_branch(
    request: Request, situation: TurnSituation, vocabulary: CatalogVocabulary | None
) -> Request:
    """A message beside the picks that names a branch of the catalog and no product type
    ("for my face, i have oily skin" beside sunscreens for the body) asks for the need's
    type in that branch: the deepest category under it whose own name a word of the need
    or of the picks' category names (Face > Sunscreens; "the face mostly" beside body
    lotions for dry skin: Face > Creams & Moisturizers; the branch itself where its own
    name does: "for my hands" beside creams, Hand Creams & Lotions), the need kept and the
    message's words added to it; the message stays a new search when the branch holds no
    such category."""
    found, shown = request.parsed.category, situation.need_category
    need = NEED_SO_FAR.search(situation.so_far)
    refined = request.intent == Intent.REFINE and found == shown and shown is not None
    lowered = " ".join(request.text.lower().split())
    refined = refined and not (OWN_STATE.match(lowered) or OWN_HABIT.match(lowered))
    if refined and situation.picks:  # not "my hair is color treated": no branch asked for
        found = _branch_named(request.text, shown, vocabulary)  # "one for the body": no type
    if (
        (request.intent != Intent.SEARCH and not (refined and found))
        or not situation.beside_picks
        or not found
        or not shown
        or not need
        or nested(found, shown)
        or vocabulary is None
    ):
        return request
    return _the_type_there(request, found, shown, need.group(1), vocabulary)


def _the_type_there(
    request: Request, found: str, shown: str, need: str, vocabulary: CatalogVocabulary
) -> Request:
    """``request`` for the ``need``'s type (the picks': ``shown``) in the branch of ``found``
    the message names: the category under it that fits best, else the picks' own for that
    part of the body (`beside_picks.for_a_part`); unchanged where the message names a type of
    its own or the branch holds none."""
    said = stems(request.text)
    levels = found.split(" > ")
    depth = next(
        (d for d in range(len(levels), 1, -1) if stems(levels[d - 1]) & said), 0
    )  # the deepest level the message names ("face"), not the guess below it
    branch = " > ".join(levels[:depth])
    branch_stems = stems(branch)
    rest = " ".join(w for w in WORD.findall(request.text.lower()) if stem(w) not in branch_stems)
    titled = vocabulary.titled_types
    if not depth or names_a_type(rest, vocabulary) or titled_type(request.text, titled):
        return request  # "hair ties" beside shampoos: a type of its own, not hair's shampoos
    need_words = {w for w in stems(need) if len(w) > 3}
    shown_type = " ".join(shown.split(" > ")[2:])  # "Body > Moisturizers > Lotions"
    wanted = need_words | ({w for w in stems(shown_type) if len(w) > 3} - branch_stems)
    by_part = {stem(w) for w in stems(levels[depth - 1]) & said} <= BRANCH_PARTS
    homes = [
        p
        for p in vocabulary.categories
        if (below(p, branch) or (by_part and p == branch))  # "for my hands": Hand Creams
        and wanted & stems(p.rsplit(" > ", 1)[-1])
    ]
    if not homes:
        if not for_a_part(request.text, shown, need, vocabulary):
            return request
        # "for the body" beside sunscreens (a type for any part): those for the body
        request.intent, request.add_detail = Intent.REFINE, True
        request.parsed.category = shown
        return request
    request.intent, request.add_detail = Intent.REFINE, True
    leaf = {w for w in stems(shown.rsplit(" > ", 1)[-1]) if len(w) > 3} - branch_stems
    # "one for my hands": Hand Creams before Cuticle Creams; the picks' own type before its
    # parent's other words ("oily skin" beside face sunscreens: not Self Tanners)
    named = said | need_words | leaf

    def fit(path: str) -> tuple[int, int]:
        return len(named & stems(path.rsplit(" > ", 1)[-1])), path.count(" > ")

    request.parsed.category = max(homes, key=fit)
    return request


def _branch_named(text: str, shown: str, vocabulary: CatalogVocabulary | None) -> str | None:
    """The shallowest branch of the picks' department, apart from theirs, whose own name a
    word of ``text`` names ("one for the body" beside face creams: Skin Care > Body), where
    the words name it only among nodes the query parser could not tell apart; or None. A
    word of the picks' own category names none ("for curly hair" beside Hair Care > Hair &
    Scalp Treatments: not Hair Color)."""
    said = {stem(w) for w in WORD.findall(text.lower()) if len(w) > 3} - stems(shown)
    paths = vocabulary.categories if vocabulary else ()
    named = [
        n
        for n in nodes(paths, 3)
        if department(n) == department(shown)
        and not nested(n, shown)
        and said & stems(n.rsplit(" > ", 1)[-1])
    ]
    return min(named, key=lambda n: (n.count(" > "), n), default=None)
