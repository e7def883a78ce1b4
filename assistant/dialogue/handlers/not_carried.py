"""What a need names that the shop does not carry, for the search handler to say so beside (or
instead of) the nearest picks: a type no title in the catalog names (`missing_kind`: "a $30
gift card"), one something else may stand in for (`untitled_kind`: "a beard trimmer"), and a
maker no title, category or brand says (`unknown_maker`: "a dyson hair dryer").
"""

from __future__ import annotations

from assistant.dialogue.context import TurnContext
from assistant.dialogue.kinds import names_homeless
from assistant.dialogue.typos import unknown_words
from assistant.dialogue.vocabulary import names_a_type
from assistant.dialogue.wording import WORD
from retrieval.everyday import everyday


def missing_kind(ctx: TurnContext, query: str) -> str | None:
    """The type the need names that no title in the catalog names (`kinds.unsold_kinds`: "a $30
    gift card" showed gift sets and a perfume: the shop sells none); else None."""
    vocabulary = ctx.parts.vocabulary
    if vocabulary is None or not vocabulary.unsold:
        return None
    return names_homeless(query, vocabulary.unsold)


def untitled_kind(ctx: TurnContext, query: str) -> str | None:
    """The type the need names that no title in the catalog names, though something else may
    stand in for it (`CatalogVocabulary.untitled`: "a beard trimmer" showed nail clippers as if
    they were one); else None."""
    vocabulary = ctx.parts.vocabulary
    if vocabulary is None or not vocabulary.untitled:
        return None
    return names_homeless(query, vocabulary.untitled)


MAKER_AFTER = frozenset({"from", "by"})
"""Words a maker's name follows ("something from fenty", "a serum by tatcha")."""


def unknown_maker(ctx: TurnContext, query: str) -> str | None:
    """A word of the need that no title, category or brand of the catalog says
    (`typos.unknown_words`, nor its -ed or -ing stem), standing where
    a maker's name stands: right before a word that names a product type ("a dyson hair dryer",
    "fenty foundation") or after "from" or "by"; four letters or more, no everyday word. The
    shop does not carry it (search showed other makers' hair dryers as if they were it); else
    None."""
    vocabulary = ctx.parts.vocabulary
    if vocabulary is None or not vocabulary.words or not vocabulary.categories:
        return None
    unknown = set(unknown_words(query, vocabulary))
    said = WORD.findall(query.lower())
    for before, word, after in zip(["", *said[:-1]], said, [*said[1:], ""], strict=True):
        if word not in unknown or len(word) < 4:
            continue
        if {word.removesuffix("ed"), word.removesuffix("ing")} & vocabulary.words:
            continue  # "bleached" hair: titles say "bleach"
        if everyday(word) or not word.isalpha():
            continue
        if before in MAKER_AFTER or (after and names_a_type(after, vocabulary)):
            return word
    return None
