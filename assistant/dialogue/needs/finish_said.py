"""A finish said of a need ("a mattifying moisturizer", "a dewy foundation"): how a product looks
on, which few titles say. Where search placed the whole need by it in a branch whose titles do
not say it, the need is placed without it: "a mattifying moisturizer" found the body lotions
(one of 518 titles says "mattifying"); "a moisturizer" is the face's.

`without_an_unsaid_finish` is read by `deeper_category.branch_found` (the narrowing of
`need_category.NeedCategory.deeper`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.dialogue.category.several_types import type_stems
from assistant.dialogue.phrases.product_traits import FINISHES
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type
from catalog.category_paths import within
from retrieval.tokenize import stem, words


def _said_as_words(finishes: Iterable[str]) -> re.Pattern[str]:
    """A pattern of ``finishes`` as said: whole words, the longest first ("mattifying" before
    "matte"; never "dewy" inside "dewytree")."""
    alternatives = sorted(set(finishes), key=lambda f: (-len(f), f))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, alternatives)) + r")\b")


A_FINISH = _said_as_words(FINISHES)
"""A finish as said (`FINISHES`: "matte", "mattifying", "dewy", "shiny"), the longest said."""

FINISH_TITLED = 3
"""How many titles under a branch must say a finish the need says for the branch search found
for the whole need to stand ("a matte sunscreen" among face sunscreens whose titles say matte)."""


def without_an_unsaid_finish(
    need: str, found: str | None, vocabulary: CatalogVocabulary | None
) -> str | None:
    """``need`` (lower case) less the finishes it says that name no product type of their own
    (not "glitter": Body Glitter), where search found ``found`` for the whole need, fewer than
    `FINISH_TITLED` titles under it say one of them and the rest still names a product type
    (`several_types.type_stems`); else None (no titles known, no finish said, or one the
    branch's titles back: "a matte sunscreen" among the face sunscreens)."""
    counts = vocabulary.title_counts if vocabulary else None
    if not counts or found is None:
        return None
    finishes = [f.group() for f in A_FINISH.finditer(need.lower())]
    finishes = [f for f in finishes if not names_a_type(f, vocabulary)]
    if not finishes:
        return None
    said = {stem(w) for f in finishes for w in words(f)}
    titled = max(sum(n for p, n in counts.get(w, {}).items() if within(p, found)) for w in said)
    if titled >= FINISH_TITLED:
        return None
    bare = " ".join(_said_as_words(finishes).sub(" ", need.lower()).split())  # as found
    return bare if type_stems(bare, vocabulary) else None
