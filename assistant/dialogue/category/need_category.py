"""The category of a new need that its words do not settle: read again from its words, guessed
from what search finds for it, narrowed under a category with sub-categories, and kept only
where a title there names what it is.

`NeedCategory` is the reader's category guess (`category_placement.with_category` decides when
a message is a new need, and what to do with picks on screen): it holds the catalog (the query
parser, the vocabulary and a `ports.CategoryGuesser`) and says which reading answers each of
its questions, each in a module named for what it reads:

- `category_by_words.named`: the category the need's words name, read again;
- `first_guess.first_guess`: what search guesses where the words name none;
- `deeper_category.deeper`: that category narrowed to a branch under it;
- `need_head.backed`: kept where titles back it;
- `brand_category.of_its_line`: read by the products of the brands it names;
- `gift_likes`: what the person a gift is for likes;
- `several_types.SeveralTypes`: several product types at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from assistant.dialogue.category import category_by_words, deeper_category, gift_likes, need_head
from assistant.dialogue.category import first_guess as first_guesses
from assistant.dialogue.category.brand_category import of_its_line
from assistant.dialogue.category.lifted_constraints import constrained, unconstrained
from assistant.dialogue.category.named_homes import BRANCH_PARTS
from assistant.dialogue.category.need_head import split_purpose
from assistant.dialogue.category.need_parts import department
from assistant.dialogue.category.several_types import SeveralTypes
from assistant.dialogue.category.titled_types import titled_leaf_types
from assistant.dialogue.ports import CategoryGuesser, QueryParser
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary, branch_nodes
from retrieval.filters import Filters

__all__ = [
    "BRANCH_PARTS",
    "DEEPEN_ROUNDS",
    "NeedCategory",
    "constrained",
    "department",
    "split_purpose",
    "unconstrained",
]

DEEPEN_ROUNDS = 1
"""How many times the reader guesses again under a category that has sub-categories (chosen on
the tuning needs: docs/BENCHMARKS.md, "The reader reads the category deeper")."""


@dataclass
class NeedCategory:
    """Reads the category of a new need from its words and what search finds for them.

    Attributes:
        categories: guesses the category of a need from what search finds for it.
        parse: the retrieval query parser bound to the catalog (the category words name).
        vocabulary: the catalog's brands, categories and words.
        deepen: how many times a category with sub-categories is guessed again under itself
            to go deeper; 0 never.
    """

    categories: CategoryGuesser
    parse: QueryParser | None = None
    vocabulary: CatalogVocabulary | None = None
    deepen: int = DEEPEN_ROUNDS
    _inner: frozenset[str] | None = field(default=None, init=False, repr=False)
    _leaf_types: frozenset[str] | None = field(default=None, init=False, repr=False)

    def named(self, request: Request, *, picks_shown: bool, shown: str | None = None) -> str | None:
        """The category the need's words name, read again (`category_by_words.named`)."""
        return category_by_words.named(
            request,
            picks_shown=picks_shown,
            shown=shown,
            inner=self.inner(),
            leaf_types=self.leaf_types(),
            categories=self.categories,
            parse=self.parse,
            vocabulary=self.vocabulary,
        )

    def goes_deeper(self, category: str) -> bool:
        """Whether a need in ``category`` is guessed again under it (it has sub-categories)."""
        return bool(self.deepen) and self.has_children(category)

    def first_guess(self, request: Request, filters: Filters, shown: str | None) -> str | None:
        """The category search guesses for a need whose words name none
        (`first_guess.first_guess`)."""
        return first_guesses.first_guess(
            request,
            filters,
            shown,
            inner=self.inner(),
            leaf_types=self.leaf_types(),
            categories=self.categories,
            parse=self.parse,
            vocabulary=self.vocabulary,
        )

    def deeper(
        self,
        request: Request,
        category: str | None,
        filters: Filters,
        line: Sequence[str] = (),
    ) -> str | None:
        """``category`` narrowed, up to ``deepen`` times, to the branch under it search finds
        for the need (`deeper_category.deeper`; ``line``: the brands whose product line may
        name it)."""
        return deeper_category.deeper(
            request,
            category,
            filters,
            line,
            rounds=self.deepen,
            inner=self.inner(),
            categories=self.categories,
            parse=self.parse,
            vocabulary=self.vocabulary,
        )

    def twin_placed(self, request: Request, category: str) -> str:
        """``category``, a type whose name others of its department share under a branch of
        their own, as the one whose branch the need names
        (`deeper_category.twin_in_the_branch_said`: "a shampoo for hair loss")."""
        paths = self.vocabulary.categories if self.vocabulary else ()
        return deeper_category.twin_in_the_branch_said(request.text, category, paths)

    def backed(self, request: Request, category: str, filters: Filters) -> str | None:
        """``category``, guessed for a need, where titles back it, else a guess so backed
        (`need_head.backed`); else None."""
        return need_head.backed(request, category, filters, self.categories, self.vocabulary)

    def of_its_line(self, request: Request, stated: str | None, line: Sequence[str]) -> str | None:
        """``stated`` read by the products of the brands in ``line``
        (`brand_category.of_its_line`)."""
        return of_its_line(request, stated, line, self.vocabulary)

    def what_they_like(self, request: Request, filters: Filters) -> str | None:
        """The category search guesses for what the person a gift is for likes, where that
        names a product type (`gift_likes.liked_type`), read deeper by those words alone: "she
        loves bath stuff" is Bath & Body, where the whole need ("my best friend's bridal shower
        ...") found perfumes, then shower gels; else None."""
        liked = gift_likes.liked_type(request, self.vocabulary)
        home = self.categories.guess(liked, filters) if liked else None
        return self.deeper(replace(request, text=liked), home, filters) if liked and home else None

    def a_hobby_named(self, request: Request, stated: str | None) -> bool:
        """Whether only what the person a gift is for likes, a hobby, names ``stated``
        (`gift_likes.a_hobby_named`: "likes sports")."""
        inner, types = self.inner(), self.leaf_types()
        return gift_likes.a_hobby_named(request, stated, self.parse, inner, types)

    def head_type(self, need: str) -> str | None:
        """The words of ``need`` before what it is for, where they name a product type
        (`need_head.head_type`)."""
        return need_head.head_type(need, self.vocabulary)

    def part_named(self, need: str, category: str | None) -> str | None:
        """The branch a part of the body the need names is on its own, beside a type
        (`first_guess.part_named`)."""
        return first_guesses.part_named(need, category, self.inner(), self.parse, self.vocabulary)

    def skin_spot(self, need: str, category: str | None) -> str | None:
        """The branch of Skin Care a spot of the face the need is about lies in
        (`first_guess.skin_spot`)."""
        return first_guesses.skin_spot(need, category, self.parse, self.vocabulary)

    def type_home(self, need: str) -> str | None:
        """Where most titles naming the one product type ``need`` names lie
        (`first_guess.most_titled_home`)."""
        return first_guesses.most_titled_home(need, self.leaf_types(), self.vocabulary)

    def several_types(self, need: str, stated: str | None) -> bool:
        """Whether ``need`` asks for several product types at once ("a cleanser and toner":
        `several_types.SeveralTypes.asked`)."""
        return self._several().asked(need, stated)

    def shared_branch(self, need: str) -> str | None:
        """The branch below a department that holds every type a need for several types at once
        names (`several_types.SeveralTypes.shared_branch`)."""
        return self._several().shared_branch(need)

    def type_words(self, need: str) -> list[str]:
        """The word that says each type a need for several at once names
        (`several_types.SeveralTypes.type_words`)."""
        return self._several().type_words(need)

    def _several(self) -> SeveralTypes:
        """The reader of several types at once, on this reader's catalog."""
        return SeveralTypes(self.categories, self.parse, self.vocabulary, self.type_home)

    def has_children(self, category: str) -> bool:
        """Whether the catalog has a category under ``category``."""
        return category in self.inner()

    def inner(self) -> frozenset[str]:
        """The catalog's categories with others under them (`vocabulary.branch_nodes`, read
        once)."""
        if self._inner is None:
            paths = self.vocabulary.categories if self.vocabulary else ()
            self._inner = branch_nodes(tuple(paths))
        return self._inner

    def leaf_types(self) -> frozenset[str]:
        """The product types the catalog's categories are named by, as titles name them
        (`titled_types.titled_leaf_types`, read once)."""
        vocabulary = self.vocabulary
        if vocabulary is None or not vocabulary.title_counts:
            return frozenset()
        if self._leaf_types is None:
            self._leaf_types = titled_leaf_types(
                vocabulary.categories, vocabulary.category_sizes, vocabulary.title_counts
            )
        return self._leaf_types
