"""A kind of the picks' own type asked for by the name the catalog files it under: "a tinted
one" beside face moisturizers is Tinted Moisturizers, "the gel kind" beside face cleansers
Cleansers > Gels, "the same but for night" Night Creams. The refinement kept the picks'
category (`types_beside_picks.keeps_the_type`), and the word that names a category under it
was searched as a detail.

`a_kind_of_theirs` is read by `reader.TurnReader.read` after the picks' type is kept.
"""

from __future__ import annotations

from assistant.dialogue.category.brand_lines import own_name
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.needs.wording import stems
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary, path_words
from catalog.category_paths import below, within


def a_kind_of_theirs(
    request: Request, situation: TurnSituation, vocabulary: CatalogVocabulary | None
) -> Request:
    """``request`` narrowed to the one category under the picks' (``shown``) whose own name
    says a word of the refinement that the picks' path does not ("tinted", "gel", "night"),
    where the refinement kept their category (or one above it); the most such words where
    several do, none on a tie. Else ``request`` as it was ("a lighter one", "for oily skin")."""
    shown = situation.need_category if situation.picks else None
    category = request.parsed.category
    if (
        request.intent != Intent.REFINE
        or not shown
        or vocabulary is None
        or (category and not within(shown, category))
    ):
        return request
    said = stems(request.text) - path_words(shown)
    if not said:
        return request
    fits = sorted(
        ((len(said & own_name(p)), p) for p in vocabulary.categories if below(p, shown)),
        reverse=True,
    )
    fits = [(n, p) for n, p in fits if n]
    if fits and (len(fits) == 1 or fits[0][0] > fits[1][0]):
        request.parsed.category = fits[0][1]
    return request
