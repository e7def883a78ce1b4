"""A word the query parser read as a product type that the need says as what a part of the body
does ("my scalp flakes all over my shirts": the scalp flakes; no bath flakes): the need names no
type by it (`said_as_what_a_part_does`), and search reads the need whole (dandruff shampoos).

English marks the verb of a singular subject with "s": "my scalp flakes", "my skin peels", "my
hair frizzes". Said after a part of the body in the singular, a word ending so is the part's
verb, unless the two words are a kind the titles name ("my hair sprays": `vocabulary.kinds`)
or the category's path says the part ("my face masks": Face > Masks).

Read by `category_by_words.named` before it reads the parser's category again.
"""

from __future__ import annotations

import re

from assistant.dialogue.category.brand_lines import own_name
from assistant.dialogue.needs.wording import BODY_PARTS
from assistant.dialogue.vocabulary import CatalogVocabulary, path_words
from retrieval.tokenize import stem

PART_THEN_VERB = re.compile(r"\b(?:my|his|her|their|your|our|the)\s+([a-z]+)\s+([a-z]+s)\b")
"""A part of the body said as the subject ("my scalp") and the word after it, ending in "s"."""


def said_as_what_a_part_does(
    need: str, category: str | None, vocabulary: CatalogVocabulary | None
) -> bool:
    """Whether ``category`` (the parser's, for ``need``) is named only by a word said as the verb
    of a part of the body in the singular (`PART_THEN_VERB`): "my scalp flakes" named Bath
    Pearls & Flakes. Not where the two words are a two-word kind of the titles ("my hair
    sprays") or the category's path says the part ("my face masks"), nor a part said in the
    plural ("my lips" does no "s")."""
    if category is None or vocabulary is None:
        return False
    for match in PART_THEN_VERB.finditer(need.lower()):
        part, said = match.groups()
        word = stem(said)
        if (
            part in BODY_PARTS
            and word != said
            and word in own_name(category)
            and part not in path_words(category)
            and f"{part} {word}" not in vocabulary.kinds
        ):
            return True
    return False
