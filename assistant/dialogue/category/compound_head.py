"""A product type named by a compound whose first words are themselves another type's name
("sea salt spray": Minerals & Salts; "a concealer brush": Concealers). English names the type
last (the head noun); the words before it say what it is like or for. So where the category
the query parser read was named by such a first word alone (`CompoundHead.home`), the head's
home is where search finds the compound, when the titles there say the head, else where most
titles saying the head lie; and beside picks of another department, a type its head named
stays that type (`CompoundHead.head_named`: "a powder puff" beside lipsticks is a puff, not a
face powder). Catalog-driven: the category tree, its titles and the search decide; no list of
words."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from assistant.dialogue.category.need_parts import department
from assistant.dialogue.category.titled_types import majority_home, type_home
from assistant.dialogue.category.type_said_last import before_what_follows
from assistant.dialogue.needs.wording import WORD
from assistant.dialogue.ports import CategoryGuesser, QueryParser
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type, path_words
from catalog.category_paths import below, within
from retrieval.category_names import CATEGORY_SYNONYMS, GENERIC_HEADS
from retrieval.filters import Filters
from retrieval.tokenize import STOP_WORDS, stem

PLACING_SHARE = 0.6
"""The share of the titles saying a word that one department must hold for the word, said
before a compound's head, to place it there ("foam": 67% of its titles are Hair Care's)."""
PLACING_TITLES = 8
"""How many titles must say such a word before it places the compound."""

LINKED_AFTER = re.compile(r"\s(?:de|del|da|di|en|au|aux|al|à)\s")
"""The words that join a Romance compound's modifier to its head, said first ("rulos de
espuma", "bigoudis en mousse", "bigodini di spugna"), where translation left them between the
catalog words ("hair rollers de mousse"): what follows them is what the product is made of or
like, not its type. Not Portuguese "do", which English says ("do you have a shower cap")."""


def head_forms(word: str) -> frozenset[str]:
    """``word`` in the singular, and its plural's (`stem`): "mousse" says "Mousses" ("mouss")."""
    return frozenset({stem(word), stem(f"{word}s")})


def own_name_words(path: str) -> frozenset[str]:
    """The words (in the singular) of the own name of ``path``'s last level."""
    return path_words(path.rsplit(" > ", 1)[-1])


def tree_words(said: list[str]) -> set[str]:
    """The stems of ``said`` and the tree's words each stands for (`CATEGORY_SYNONYMS`:
    "eyeshadow" says Eye Shadow's "eye" and "shadow")."""
    stems = {stem(w) for w in said}
    return stems.union(*(CATEGORY_SYNONYMS.get(w, ()) for w in stems))


def past_generic_heads(said: list[str]) -> list[str]:
    """``said`` less the generic words that close it (`GENERIC_HEADS`: "set", "kit"): "an
    eyeshadow brush set" is a set of brushes, its head noun "brush"."""
    end = len(said)
    while end > 1 and stem(said[end - 1]) in GENERIC_HEADS:
        end -= 1
    return said[:end]


def compound_said(need: str) -> list[str]:
    """The words (lower case, less stop words) of the name that opens ``need``, before what it
    is for or like (`type_said_last.before_what_follows`, `LINKED_AFTER`): "texturizing sea
    salt spray for waves" gives ["texturizing", "sea", "salt", "spray"]."""
    name = LINKED_AFTER.split(before_what_follows(need) + " ")[0]
    name = re.split(r"[,;.!?]", name)[0]
    return [w for w in WORD.findall(name) if w not in STOP_WORDS]


@dataclass
class CompoundHead:
    """Reads the type a compound names by its last word, its head noun.

    Attributes:
        categories: guesses the category of a need from what search finds for it.
        vocabulary: the catalog's categories, leaf types and title words.
        leaf_types: the product types the catalog's categories are named by, as titles name
            them (`titled_types.titled_leaf_types`).
        parse: the retrieval query parser bound to the catalog (the category words name).
    """

    categories: CategoryGuesser
    vocabulary: CatalogVocabulary | None
    leaf_types: frozenset[str]
    parse: QueryParser | None = None

    def home(self, need: str, stated: str | None, *, leaf: bool) -> str | None:
        """The home of the type the head noun of ``need``'s compound names, where ``stated``
        (a product type: a ``leaf`` of the tree, or a node three levels below the store) was
        named by a word before the head alone and the head names a type of its own: "sea salt
        spray" (Minerals & Salts, by "salt") is where search finds it, Hair Sprays, whose
        titles say "spray"; "a peel off mask" (Acids & Peels, by "peel") where search finds no
        one branch, the Masks most titles saying "mask" lie in; a branch the first words
        name is kept ("eye shadow primer" is no face primer). Else None ("bath salts": the
        head named it; "a hair mask": a department did)."""
        counts = self._title_counts()
        if stated is None or not (leaf or stated.count(" > ") > 2) or counts is None:
            return None
        said = past_generic_heads(compound_said(need))
        if len(said) < 2:
            return None
        head, before = said[-1], tree_words(said[:-1])
        if (
            head_forms(head) & own_name_words(stated)
            or stem(head) in GENERIC_HEADS
            or not names_a_type(head, self.vocabulary)
            or not before & own_name_words(stated)
        ):
            return None
        parts = before & branch_words(stated)  # "eye shadow primer": for the eyes

        def fits(home: str | None) -> bool:
            # a tool of another department for the type ("eye shadow brush": its "eye" names
            # the Eyes too) keeps the eyes in its use; not a remover's words ("eye makeup remover
            # ... on lash extensions": the Makeup Remover branch's) nor a primer's ("eye shadow
            # primer" of Makeup, no face primer)
            kept = not parts or (
                department(home or "") != department(stated) and parts <= own_name_words(stated)
            )
            return bool(home) and not within(home, stated) and (kept or parts <= path_words(home))

        found = self.categories.guess(" ".join(said), Filters())
        if fits(found) and self._titles_say(head, found, counts):
            return found
        # "a texturizing sea salt spray", which search placed nowhere: the sprays saying "salt"
        shared = said_together(head_forms(head), before & own_name_words(stated), counts)
        if fits(shared):
            return shared
        main = type_home(head, self.leaf_types, counts)
        return main if fits(main) and main.count(" > ") > 1 else None

    def placed(self, need: str, stated: str | None) -> str | None:
        """Where search finds ``need``'s compound in the department the word before its head
        places it (`placed_in`), where the head alone named ``stated`` (a type) in another
        department and no title there says that word: "foam curlers" (eyelash Curlers: no
        eyelash curler's title says "foam", 67% of the titles that do are Hair Care's) are
        Hair Rollers, whose titles say "curler" (where search finds no one branch, the
        category there holding `PLACING_SHARE` of the titles saying the head). Else None
        ("powder puff": Puffs' titles say "powder"; "red lipstick": lipsticks' say "red"; "foot
        peel": fewer than `SAID_TOGETHER` titles of the tools, where "foot" places it, say
        "peel", so it names no tool; "a pencil sharpener": fewer than `SAID_TOGETHER` titles
        of the Eyeliner search finds for it say "sharpener", the head is no type of theirs)."""
        counts = self._title_counts()
        said = compound_said(need)
        if stated is None or counts is None or len(said) != 2:
            return None
        forms, head = head_forms(said[0]), said[1]  # "mousse": the titles' "mouss" too
        if not head_forms(head) & own_name_words(stated) or forms & path_words(stated):
            return None
        word = max(forms, key=lambda form: sum(counts.get(form, {}).values()))
        place = placed_in(word, counts)
        if place is None or place == department(stated):
            return None
        if any(within(path, stated) for path in counts.get(word, {})):
            return None
        there = {  # where the head's titles in that department lie
            path: n
            for form in head_forms(head)
            for path, n in counts.get(form, {}).items()
            if below(path, place)
        }
        if sum(there.values()) < SAID_TOGETHER:
            return None  # "foot peel": no tool's title says "peel"; the peels it named stay
        found = self.categories.guess(" ".join(said), Filters(category=place))
        if not (found and below(found, place) and self._titles_say(head, found, counts)):
            found = majority_home(there, 3, PLACING_SHARE, of_all=True)  # search found no branch
        return found if found and _titles_saying(head, found, counts) >= SAID_TOGETHER else None

    def linked(self, need: str, stated: str | None) -> str | None:
        """The category the words before a Romance compound's joining word name (`LINKED_AFTER`:
        "hair rollers de mousse", from "rulos de espuma", is Hair Rollers, where the whole named
        only Hair Care, which Mousses & Foams lie under too), where it lies under ``stated`` (or
        nothing was named); else None ("oil de coco for the hair": "oil" names no one type)."""
        found = LINKED_AFTER.search(f" {need.lower()} ")
        if found is None or self.parse is None:
            return None
        head = f" {need.lower()} "[: found.start()].strip()
        named = self.parse(head).category if head else None
        if named is None or named.count(" > ") < 2:
            return None
        return named if stated is None or below(named, stated) else None

    def head_named(self, need: str, stated: str, near: str) -> bool:
        """Whether the head noun of ``need``'s compound names ``stated``'s own name and not
        ``near``'s (the home of a type word beside the picks): "a powder puff" beside lipsticks
        is Puffs, Sponges & Wedges, not Makeup's Powder; "a shower cap" beside shampoos a Shower
        Cap. "A mousse" beside conditioners names both Mousses: the home beside them."""
        said = compound_said(need)
        if len(said) < 2:
            return False
        forms = head_forms(said[-1])
        return bool(forms & own_name_words(stated)) and not forms & own_name_words(near)

    def _title_counts(self) -> Mapping[str, Mapping[str, int]] | None:
        vocabulary = self.vocabulary
        return vocabulary.title_counts if vocabulary is not None else None

    @staticmethod
    def _titles_say(head: str, found: str, counts: Mapping[str, Mapping[str, int]]) -> bool:
        """Whether titles of products under ``found`` say ``head``."""
        return any(
            within(path, found) for form in head_forms(head) for path in counts.get(form, {})
        )


def _titles_saying(head: str, home: str, counts: Mapping[str, Mapping[str, int]]) -> int:
    """How many titles of products under ``home`` say ``head`` (in either of its forms)."""
    return max(
        sum(n for path, n in counts.get(form, {}).items() if within(path, home))
        for form in head_forms(head)
    )


def placed_in(word: str, counts: Mapping[str, Mapping[str, int]]) -> str | None:
    """The department (a path two levels deep) holding `PLACING_SHARE` of the (at least
    `PLACING_TITLES`) titles that say ``word`` (a stem), by ``counts`` (title word -> category
    path -> titles); else None."""
    held: dict[str, int] = {}
    for path, n in counts.get(word, {}).items():
        if " > " in path:
            held[department(path)] = held.get(department(path), 0) + n
    total = sum(held.values())
    if total < PLACING_TITLES:
        return None
    home, n = max(held.items(), key=lambda item: item[1])
    return home if n >= PLACING_SHARE * total else None


SAID_TOGETHER = 3
"""The fewest titles of one category that must say both a head and the word before it that
named another category (`said_together`)."""


def said_together(
    forms: frozenset[str], named_by: set[str], counts: Mapping[str, Mapping[str, int]]
) -> str | None:
    """The category whose titles say both one of a head noun's ``forms`` and each word of
    ``named_by`` (the words before it that named another category) most often, at least
    `SAID_TOGETHER` times each ("spray" and "salt": Hair Sprays, not the bath's Minerals &
    Salts); else None."""
    if not named_by:
        return None
    by_path: dict[str, int] = {}
    for path in {p for form in forms for p in counts.get(form, {})}:
        head = max(counts.get(form, {}).get(path, 0) for form in forms)
        by_path[path] = min(head, *(counts.get(w, {}).get(path, 0) for w in named_by))
    best = max(sorted(by_path), key=by_path.__getitem__, default=None)
    return best if best and by_path[best] >= SAID_TOGETHER else None


def branch_words(path: str) -> frozenset[str]:
    """The words (in the singular) of the levels of ``path`` between its department and its own
    name ("Eyes" of "Beauty > Makeup > Eyes > Eye Shadow")."""
    return frozenset().union(*(path_words(level) for level in path.split(" > ")[2:-1]))
