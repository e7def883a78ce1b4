"""The category of a new need that its words do not settle: read again from its words, guessed
from what search finds for it, narrowed under a category with sub-categories, and kept only
where a title there names what it is.

`NeedCategory` is the reader's category guess (`category_placement.with_category` decides when
a message is a new need, and what to do with picks on screen); it reads the catalog through the
query parser, the vocabulary and a `ports.CategoryGuesser`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from assistant.dialogue.brand_lines import (
    all_in,
    branch_of_its_line,
    home_of_its_line,
    kind_of_the_brand,
    own_name,
)
from assistant.dialogue.brands_said import without_brands
from assistant.dialogue.compound_head import CompoundHead
from assistant.dialogue.described_use import tool_of_the_use
from assistant.dialogue.finish_said import without_an_unsaid_finish
from assistant.dialogue.form_said_last import type_before_its_form
from assistant.dialogue.handlers.bundle import type_near
from assistant.dialogue.named_homes import (
    BRANCH_PARTS,
    VAGUE,
    WHOSE,
    NamedHomes,
    says_part,
)
from assistant.dialogue.need_parts import (
    department,
    what_it_is,
    what_it_is_typed,
    words_of_what_it_is,
)
from assistant.dialogue.need_purpose import (
    FOR_A_PART_SHARE,
    SEX,
    NeedPurpose,
    in_titles,
    types_named,
)
from assistant.dialogue.no_product import SET_OR_KIT
from assistant.dialogue.phrases.gifts_and_people import THEY_LIKE
from assistant.dialogue.phrases.product_traits import FORMULAS
from assistant.dialogue.phrases.shopper_states import (
    SKIN_SPOTS,
    on_a_skin_spot,
)
from assistant.dialogue.ports import CategoryGuesser, QueryParser
from assistant.dialogue.request import Request
from assistant.dialogue.several_types import SeveralTypes, type_stems
from assistant.dialogue.stated_traits import read_traits
from assistant.dialogue.titled_types import (
    titled_leaf_types,
    type_home,
)
from assistant.dialogue.type_reach import as_deep_as_its_type
from assistant.dialogue.type_said_last import type_over_its_likes, what_is_said
from assistant.dialogue.vocabulary import (
    CatalogVocabulary,
    names_a_type,
    path_words,
    plain_words,
)
from assistant.dialogue.wording import (
    ACCESSORIES,
    WORD,
    stems,
)
from catalog.category_paths import below, nodes, within
from retrieval.category_names import (
    CATEGORY_SYNONYMS,
    GENERIC_HEADS,
    split_at_purpose,
)
from retrieval.filters import Filters
from retrieval.tokenize import past_seeking, stem, words

RELAXING = frozenset(
    {"relaxing", "relax", "relaxation", "spa", "calming", "soothing", "unwind", "destress"}
)
"""How a set or gift is meant to feel ("something relaxing"): a bath & body one."""
SET_OR_GIFT = SET_OR_KIT | {"gift", "gifts", "hamper", "basket"}

DEEPEN_ROUNDS = 1
"""How many times the reader guesses again under a category that has sub-categories (chosen on
the tuning needs: docs/BENCHMARKS.md, "The reader reads the category deeper")."""


def constrained(filters: Filters) -> bool:
    """Whether ``filters`` hold a price or brand constraint."""
    return bool(
        filters.brands
        or filters.exclude_brands
        or filters.min_price is not None
        or filters.max_price is not None
    )


def unconstrained(filters: Filters) -> Filters:
    """``filters`` without their price and brand constraints."""
    return replace(filters, brands=(), exclude_brands=(), min_price=None, max_price=None)


def split_purpose(need: str) -> tuple[str, str]:
    """``need`` split at what the product is for (`split_at_purpose`), past an opening that
    asks for it ("looking for a powder for oily skin": "a powder", "oily skin"), the words
    before it from the last clause (the story before the need is not what it is); ``(need,
    "")`` when none says it or nothing is said before or after it."""
    split = split_at_purpose(" ".join(past_seeking(need).split()), last_clause=True)
    return split if split is not None and all(split) else (need, "")


def names_its_branch(need: str, path: str) -> bool:
    """Whether ``need`` names a level of ``path`` between the store and its own type, by a word
    other than "care" ("a hair dryer": Hair Care; "a face mask": Face), not only the type ("a
    mousse": Body Souffles & Mousse)."""
    levels = path.split(" > ")[1:-1]
    named = {stem(w) for level in levels for w in words(level)} - {"care", "and"}
    return bool(named & {stem(w) for w in words(need)})


def _relaxing_set(need: str, vocabulary: CatalogVocabulary | None) -> str | None:
    """The Bath & Body department for a relaxing set or gift that names no other product type
    ("a gift set for my grandma, something relaxing": search found nail polish sets), its sets
    for a set or kit; else None."""
    said = WORD.findall(need.lower())
    if vocabulary is None or not set(said) & RELAXING or not set(said) & SET_OR_GIFT:
        return None
    rest = " ".join(w for w in said if w not in RELAXING and w not in SET_OR_GIFT)
    if names_a_type(rest, vocabulary):
        return None
    bath = next((p for p in vocabulary.categories if p.endswith(" > Bath & Body")), None)
    if bath and set(said) & {"set", "sets", "kit", "kits"}:  # its sets, not a question
        sets = [p for p in vocabulary.categories if below(p, bath) and "Sets" in p[len(bath) :]]
        return min(sets, key=len, default=bath)
    return bath


def _by_whom(deeper: str, category: str) -> bool:
    """Whether ``deeper`` lies in a branch right under ``category`` named for whom (`WHOSE`)."""
    return _whose(deeper, category).rsplit(" > ", 1)[-1].lower() in WHOSE


def _whose(deeper: str, category: str) -> str:
    """The branch right under ``category`` that ``deeper`` lies in."""
    return " > ".join(deeper.split(" > ")[: category.count(" > ") + 2])


def _whom_said(request: Request) -> bool:
    """Whether the turn says whom the need is for: a recipient, or words for whom (`SEX`)."""
    return bool(request.attributes.get("for")) or SEX.search(request.text) is not None


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
        """The category the need's words name, read again (`_read_again`), unless "skin" said
        for its tone alone named its department (`_not_by_a_skin_tone`: "a bronzer for olive
        skin" is makeup's)."""
        found = self._read_again(request, picks_shown=picks_shown, shown=shown)
        return (self._not_by_a_skin_tone(request.text, found) if found else None) or found

    def _read_again(
        self, request: Request, *, picks_shown: bool, shown: str | None = None
    ) -> str | None:
        """The category the need's words name, read again: a relaxing set or gift names Bath &
        Body; a category named only by words for whom is none ("razor for men" is not
        Fragrance > Men's) when no picks are on screen; beside picks of ``shown``, a type
        named in another department that has a home in theirs is that home ("how about a
        mousse" beside conditioners: hair mousses, not Body Souffles & Mousse)."""
        if used := tool_of_the_use(request.text, self.vocabulary):
            return used  # "the thing that sharpens eyeliner pencils": a sharpener
        stated = request.parsed.category or _relaxing_set(request.text, self.vocabulary)
        stated = self._type_said_last(request.text, stated) or stated  # "cream bronzer"
        heads = self._compound_head()  # "sea salt spray": a spray, not the bath's salts
        stated = heads.linked(request.text, stated) or stated  # "rulos de espuma": rollers
        if stated and (
            home := heads.home(request.text, stated, leaf=not self.has_children(stated))
            or heads.placed(request.text, stated)  # "foam curlers": hair rollers
        ):
            stated = home
        # "a conditioner spray": a conditioner, not the perfumes its "spray" named
        stated = type_before_its_form(request.text, stated, self.parse, self.vocabulary) or stated
        # "salicylic acid face wash": a face wash, not the acid's category
        stated = type_over_its_likes(request.text, stated, self.parse, self.vocabulary) or stated
        if (
            stated
            and shown
            and department(stated) != department(shown)
            and not names_its_branch(request.text, stated)  # "a hair dryer" beside body washes
        ):
            near = type_near(request.text, shown, self.categories, self.vocabulary)
            if near and department(near) == department(shown):  # "a mousse" beside conditioners
                stated = stated if heads.head_named(request.text, stated, near) else near
        purpose = self._purpose()
        if stated and not picks_shown and purpose.named_by_whom(request.text, stated):
            return None
        bare = without_brands(request.text, request.parsed)
        homes = NamedHomes(self.parse, self.vocabulary)
        what = what_it_is_typed(bare, self.vocabulary)
        if stated and purpose.named_by_what_for(bare, stated):  # "setting spray for oily skin":
            # the titles' home, else the type said last ("cream blush for dry skin"), else none
            return homes.titled(what, None) or self._type_said_last(what, None)
        titled = homes.titled(what, stated)  # "tweezers": where the titles saying it lie
        stated = titled or stated
        # "a case for my makeup brushes", "storage lipsticks": a case, not a brush or lipstick
        holder = homes.what_it_holds(bare, stated)
        stated = holder or purpose.part_it_is_for(bare, stated) or stated  # "a mask for my hair"
        if stated and request.attributes.get("skin") and "skin" in path_words(stated):
            # "i have an oily t zone, any primer?": the skin is the shopper's, not the type's
            stated = purpose.type_elsewhere(bare, stated) or stated
            stated = purpose.face_skin(bare, str(request.attributes["skin"]), stated) or stated
        if stated and not holder and not titled:  # "makeup brushes set": the brush sets are
            # filed beside Sets & Kits (what a case holds names no type beside it; the titles
            # placed a titled type already: "a uv lamp for gel nails at home" is no kit)
            stated = homes.titled_beside(bare, stated) or stated
        if holder or titled or stems(bare) & ACCESSORIES:
            return stated  # "organizer brushes", "a brush bag": what holds the tool; "a wig
            # cap": the wigs' titles say it, no cap for the shower
        stated = homes.part_home(bare, stated) or stated  # "eyebrow powder"
        stated = homes.part_said_for(bare, stated) or stated  # "bronzer for my face"
        return homes.tool_home(bare, stated) or stated  # "eyeshadow brushes": brushes

    def _type_said_last(self, need: str, stated: str | None) -> str | None:
        """The product type (a category below a department) the last words of what the need is
        name alone (the last two, else the last one: English names the type last, what it is
        like before it), where the whole names none (``stated``) and one type is asked for:
        "cream bronzer" (a cream and a bronzer tie; search found the self-tanners) is Makeup's
        Bronzers & Highlighters, "dry skin body wash" (Skin Care's Body and Body Washes tie) a
        Body Wash, "sensitive skin shampoo" a Shampoo. What follows "with", "for", "to" is no
        part of it ("bb cream with spf"), a part of the body said must be said by the type's
        path ("lip shimmer" is no eyes' Glitter & Shimmer), and a word that names no type of
        its own is none (`GENERIC_HEADS`: "hot oil treatment"). A form said last
        (`FORMULAS`) says how the type before it comes, which may name a department alone:
        "dry shampoo powder" is Hair Care's (shampoos lie in three of its branches), not a
        face Powder. A department named ("oily skin lotion": Skin Care) is kept. Else None."""
        if self.parse is None or stated:
            return None
        said = what_is_said(need)  # none for several types: "lip gloss and mascara"
        parts = {stem(w) for w in said} & BRANCH_PARTS
        typed = said[:-1] if len(said) > 1 and said[-1] in FORMULAS else []  # "dry shampoo
        # powder": a dry shampoo, in Hair Care if no deeper (its form is no face Powder)
        tails = ((typed[-2:], 1), (typed[-1:], 1), (said[-2:], 2), (said[-1:], 2))
        for tail, levels in tails:
            if (
                not tail
                or len(tail) == len(said)
                or stem(tail[-1]) in GENERIC_HEADS  # "hot oil treatment": no face treatment
                or not names_a_type(tail[-1], self.vocabulary)
            ):
                continue
            named = self.parse(" ".join(tail)).category
            if (
                named
                and named.count(" > ") >= levels
                and all(says_part(named, part) for part in parts)  # "lip shimmer": no eyes'
            ):
                return named
        return None

    def _not_by_a_skin_tone(self, need: str, stated: str) -> str | None:
        """The category the need's words name without "skin", in another department, where
        the skin is said for its tone (`stated_traits.read_traits`: "pale", "olive", "dark")
        and no other word the need says names a level of ``stated`` above its own name:
        "a bronzer for olive skin" names Makeup's Bronzers & Highlighters, and "skin" alone
        named Skin Care's Self-Tanners & Bronzers; a tone is matched by makeup. Else None
        ("a self tanner for fair skin": Self-Tanners in any case; "cleanser for oily skin":
        a skin type, no tone)."""
        if self.parse is None or not read_traits(need.lower()).get("skin_tone"):
            return None
        levels = {stem(w) for level in stated.split(" > ")[1:-1] for w in words(level)}
        bare = re.sub(r"\bskin\b", " ", need, flags=re.IGNORECASE)
        if {stem(w) for w in words(bare)} & levels:
            return None
        other = self.parse(bare).category
        return other if other and department(other) != department(stated) else None

    def goes_deeper(self, category: str) -> bool:
        """Whether a need in ``category`` is guessed again under it (it has sub-categories)."""
        return bool(self.deepen) and self.has_children(category)

    def first_guess(self, request: Request, filters: Filters, shown: str | None) -> str | None:
        """The category search guesses for a need whose words name none: beside picks of
        ``shown``, the type named nearest to it ("a mask too" beside shampoos: for hair); for a
        brand's need, the type it names ("cerave cleanser"); where the constraints leave none,
        what the need is whoever makes it and whatever it costs."""
        category = None
        if shown and names_a_type(request.text, self.vocabulary):  # "a mask too": for hair
            # "a sponge for my foundation" beside lipsticks: makeup sponges, not foundations
            near = type_near(request.text, shown, self.categories, self.vocabulary)
            category = self._head_by_titles(request.text) or near
        category = category or self.categories.guess(request.text, filters)
        if category is None and filters.brands:  # "dermalogica cleanser": the brand's name
            # found every one of its products; what it is finds its cleansers
            bare = without_brands(request.text, request.parsed)
            category = self.categories.guess(bare, filters) if bare.strip() else None
        if category is None and not shown:  # "a bb cream for light skin": a cream, in Skin Care
            category = self._head_in_its_part(request.text, filters)
        if category is None and not shown:  # "a sponge for my foundation": makeup sponges
            category = self._head_by_titles(request.text)
        if category is None and not shown:  # "a pumice for my feet": the feet found no branch
            category = self._head_alone(request.text, filters)
        if not shown:  # beside picks, the type named nearest them decides ("a mask too")
            category = self.part_named(request.text, category) or category
            homes = NamedHomes(self.parse, self.vocabulary)  # "soap for my face": Face's
            category = homes.part_said_for(request.text, category) or category
            category = self.skin_spot(request.text, category) or category
            category = self._purpose().on_the_face(request, category, filters) or category
        if category is None and not shown:  # "hydrating serum": most serums' titles, Face's
            category = self.type_home(request.text)
        if category and not shown and (head := self.head_type(request.text)):
            # "primer for oily skin": what it is for found moisturizers; the primers say it
            above = category.split(" > ")[0]
            category = self._of_the_type_named(head, category, filters, above)
        if category and filters.brands:  # "cerave cleanser": not the brand's lotions
            category = self._brands_type(request, category)
        if category is None and constrained(filters):
            # a dupe of an excluded brand's product, a brand or a price that few products
            # of the type meet: what the need is, whoever makes it and whatever it costs
            category = self.categories.guess(request.text, unconstrained(filters))
        if category is None and not shown:  # "q-tips": the brand names what it is
            category = self._kind_named_by_its_brand(request)
        return category

    def _kind_named_by_its_brand(self, request: Request) -> str | None:
        """Where the products of the brand a need names lie, where the brand is of one kind
        (`brand_lines.kind_of_the_brand`) and the need's other words name no product type:
        "q-tips" (Q-Tips' four are cotton swabs; search for the word found no branch); None
        for a house of many kinds or a need that names its type."""
        facts = self.vocabulary.brand_facts if self.vocabulary else None
        if facts is None or not request.parsed.brands:
            return None
        if type_stems(without_brands(request.text, request.parsed), self.vocabulary):
            return None
        return kind_of_the_brand(facts, facts.spellings(request.parsed.brands))

    def _head_in_its_part(self, need: str, filters: Filters) -> str | None:
        """The category search guesses for what the need is (`head_type`) under the department
        the words after its "for" name alone ("a bb cream for light skin": Skin Care, where
        the bb creams' titles found Creams & Moisturizers; the whole need split its results
        over creams and lotions); else None."""
        head = self.head_type(need)
        if head is None or self.parse is None:
            return None
        part = self.parse(split_purpose(need)[1]).category
        if part is None or part.count(" > ") != 1:
            return None
        found = self.categories.guess(head, replace(filters, category=part))
        return found if found and below(found, part) else None

    def _head_alone(self, need: str, filters: Filters) -> str | None:
        """The category search guesses for the words before what the need is for
        (`split_purpose`) where titles there name one of those words (`in_titles`): "tweezers"
        of "tweezers for my brows" (the whole need found lash curlers, none of whose titles
        says either word); else None. Words that say nothing of what it is (`VAGUE`:
        "something", "a gift") find nothing."""
        head, purpose = split_purpose(need)
        if not purpose or not words_of_what_it_is(head) - VAGUE:
            return None
        found = self.categories.guess(head, filters)
        return in_titles(head, found, self.vocabulary) if found else None

    def _head_by_titles(self, need: str) -> str | None:
        """Of the categories whose own name says the type named before what the need is for
        (`need_parts.what_it_is_typed`: "sponge" of "a sponge for my foundation"), the one where
        the largest share of products have titles naming a word said after it, at least
        `FOR_A_PART_SHARE` and more than any other: 7 of the 29 Puffs, Sponges & Wedges say
        "foundation", none of the 31 Loofahs, Sponges & Poufs (search for the whole need found
        foundations and sponges alike, no one branch). Else None."""
        vocabulary = self.vocabulary
        what = what_it_is_typed(need, self.vocabulary)
        if (
            what == need
            or vocabulary is None
            or not vocabulary.title_counts
            or len(vocabulary.category_sizes) != len(vocabulary.categories)
        ):
            return None
        types = {stem(w) for w in WORD.findall(what.lower()) if names_a_type(w, vocabulary)}
        purpose = words_of_what_it_is(need.lower().partition(what.lower())[2]) - types
        sizes = dict(zip(vocabulary.categories, vocabulary.category_sizes, strict=True))
        homes = [p for p in vocabulary.categories if types & stems(p.rsplit(" > ", 1)[-1])]
        if not purpose or not homes:
            return None

        def share(home: str) -> float:
            counts = vocabulary.title_counts or {}
            named = max(
                sum(n for p, n in counts.get(w, {}).items() if within(p, home)) for w in purpose
            )
            return named / max(sum(n for p, n in sizes.items() if within(p, home)), 1)

        ranked = sorted(((share(h), h) for h in homes), reverse=True)
        best, home = ranked[0]
        if best < FOR_A_PART_SHARE or (len(ranked) > 1 and ranked[1][0] == best):
            return None
        return home

    def head_type(self, need: str) -> str | None:
        """The words of ``need`` before what it is for (`split_purpose`: "for", "to", "that",
        "which") when they name a product type by a word of a category's own name: "hair oil"
        of "hair oil for dry hair", "a new pressed powder" of "a new pressed powder to take the
        shine off", read alone where the whole need finds no one branch or one its type does not
        name (what it is for finds products of other types: shampoos "for dry hair", eye makeup
        removers "to take it off"); else None ("something for dry hair", "a gift for my mum":
        nothing said before "for")."""
        before, after = split_purpose(need)
        if not after or not names_a_type(before, self.vocabulary):
            return None
        return before

    def part_named(self, need: str, category: str | None) -> str | None:
        """The branch a part of the body that ``need`` names (`BRANCH_PARTS`) is on its own (the
        query parser's category for the word, below a department and with categories under it:
        "lip" names Makeup > Lips) beside a product type (a word of a category's name: "oil"),
        where search guessed ``category`` outside it and no level of ``category`` says the
        word: "lip oil" (none in the catalog) was guessed Body > Moisturizers > Oils, castor
        oils; else None."""
        if category is None or self.parse is None:
            return None
        for word in sorted(plain_words(need) & BRANCH_PARTS):
            branch = self.parse(word).category
            if (
                branch
                and branch.count(" > ") >= 2
                and self.has_children(branch)
                and not within(category, branch)
                and stem(word) not in path_words(category)
                and names_a_type(" ".join(plain_words(need) - {word}), self.vocabulary)
            ):
                return branch
        return None

    def skin_spot(self, need: str, category: str | None) -> str | None:
        """The branch of Skin Care a spot of the face (`SKIN_SPOTS`) a need that names no
        product type is about lies in ("fine lines on my forehead": Face, guessed Skin Care;
        "my t-zone is so oily": Face, none guessed), where search guessed ``category``
        outside it; else None. The branch is the query parser's for the part's skin ("face
        skin": Skin Care > Face)."""
        if self.parse is None or names_a_type(need, self.vocabulary):
            return None
        lowered = " ".join(need.lower().split())
        said = [p for p in SKIN_SPOTS if re.search(on_a_skin_spot(p), lowered)]
        if len(said) != 1:
            return None
        branch = self.parse(f"{said[0]} skin").category
        if branch is None or (category is not None and within(category, branch)):
            return None
        return branch

    def type_home(self, need: str) -> str | None:
        """Where most titles naming the one product type ``need`` names lie, where search
        guessed nothing (`titled_types.type_home`)."""
        vocabulary = self.vocabulary
        if vocabulary is None or not vocabulary.title_counts:
            return None
        return type_home(need, self.leaf_types(), vocabulary.title_counts)

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

    def liked(self, request: Request) -> str | None:
        """What the person a gift is for likes (`THEY_LIKE`: "bath stuff" of "she loves bath
        stuff"), lower case, where the need has a recipient; else None."""
        if not request.attributes.get("for"):
            return None
        found = re.search(THEY_LIKE, request.text.lower())
        return found.group("what").strip() if found else None

    def a_hobby_named(self, request: Request, stated: str | None) -> bool:
        """Whether only what the person a gift is for likes names ``stated`` (`liked`), a
        category with none under it, by words that name no product type titles name
        (`leaf_types`) nor a branch with categories under it: "likes sports" named the
        sunscreens for sport, and says what he does, not what to give him. Not "she loves lip
        gloss" (a type), "she's into nail art" (Nails is a branch) nor "she's into makeup"."""
        liked = self.liked(request)
        if not liked or not stated or self.has_children(stated) or self.parse is None:
            return False  # (has_children read the inner nodes)
        if self.parse(liked).category != stated:
            return False
        rest = re.sub(THEY_LIKE, " ", request.text.lower(), count=1)
        if self.parse(rest).category == stated:
            return False
        branches = {w for path in self._inner or () for w in stems(path.rsplit(" > ", 1)[-1])}
        return not stems(liked) & (self.leaf_types() | branches)

    def what_they_like(self, request: Request, filters: Filters) -> str | None:
        """The category search guesses for what the person a gift is for likes (`liked`), where
        that names a product type, read deeper by those words alone, less vague ones
        (`VAGUE`): "she loves bath stuff" is Bath & Body, where the whole need ("my best
        friend's bridal shower ...") found perfumes, then shower gels; else None ("she adores
        lavender": a scent, not a type)."""
        liked = self.liked(request)
        if not liked or not names_a_type(liked, self.vocabulary):
            return None
        liked = " ".join(w for w in WORD.findall(liked) if w not in VAGUE) or liked  # "stuff"
        home = self.categories.guess(liked, filters)
        return self.deeper(replace(request, text=liked), home, filters) if home else None

    def deeper(
        self,
        request: Request,
        category: str | None,
        filters: Filters,
        line: Sequence[str] = (),
    ) -> str | None:
        """``category`` narrowed, up to ``deepen`` times, to the branch under it search finds
        for the need (among every brand's products and prices where the constraints leave
        none; by what it is, said before "for", where the whole need finds none: `head_type`;
        by the product line of the brands in ``line`` where search finds none:
        `brand_lines.branch_of_its_line`); not into a branch for women or men the shopper did
        not choose ("cologne"), unless every product of those brands there lies in it."""
        start = category
        for _ in range(self.deepen):
            if not category or not self.has_children(category):
                break
            deeper = self.categories.guess(request.text, replace(filters, category=category))
            if bare := without_an_unsaid_finish(request.text, deeper, self.vocabulary):
                # "a mattifying moisturizer": the body lotions, whose titles say no "matte"
                deeper = self.categories.guess(bare, replace(filters, category=category))
            found = bool(deeper and below(deeper, category))
            if not found and constrained(filters):  # none, or the branch itself, found
                under = replace(unconstrained(filters), category=category)
                deeper = self.categories.guess(request.text, under)  # the type, whoever makes it
                found = bool(deeper and below(deeper, category))
            if not found and (head := self.head_type(request.text)):
                # "hair oil for dry hair": what it is for found shampoos, conditioners, sprays
                deeper = self.categories.guess(head, replace(filters, category=category))
                found = bool(deeper and below(deeper, category))
            if not found and (types := type_stems(what_it_is(request.text), self.vocabulary)):
                # "a matte sunscreen": the whole need found no one branch; what it is does
                said = " ".join(sorted(types))
                deeper = self.categories.guess(said, replace(filters, category=category))
            if (not deeper or not below(deeper, category)) and line:
                deeper = self._line_branch(request.text, category, line)  # "studio fix"
            if not deeper or not below(deeper, category):
                break
            facts = self.vocabulary.brand_facts if self.vocabulary else None
            if (
                _by_whom(deeper, category)
                and not _whom_said(request)
                and not (line and facts and all_in(facts, line, category, _whose(deeper, category)))
            ):
                break  # "cologne": for women or for men is the shopper's to say
            deeper = self._main_beside(request.text, deeper) or deeper  # "perfume": no Cologne
            if _by_whom(deeper, category):  # "kiss him cologne by kiss": a men's cologne, not
                category = _whose(deeper, category)  # the women's colognes that outnumber them
            category = self._of_the_type_named(
                request.text, deeper, filters, category, by_name=True
            )
        if start and category:  # "a sunscreen": Skin Protection, not only its Sports
            types = type_stems(what_it_is(request.text), self.vocabulary)
            category = as_deep_as_its_type(types, start, category, self.vocabulary) or category
        # "salicylic acid face wash": search under Face found the acid's peels; a face wash
        return type_over_its_likes(request.text, category, self.parse, self.vocabulary) or category

    def _line_branch(self, need: str, category: str, line: Sequence[str]) -> str | None:
        """The branch under ``category`` of the product line the brands in ``line`` sell by
        the need's words (`brand_lines.branch_of_its_line`), or None."""
        vocabulary = self.vocabulary
        if vocabulary is None or vocabulary.brand_facts is None or not vocabulary.title_counts:
            return None
        said = words_of_what_it_is(need) - {stem(w) for b in line for w in WORD.findall(b.lower())}
        return branch_of_its_line(
            vocabulary.brand_facts, line, said, category, vocabulary.title_counts
        )

    def of_its_line(self, request: Request, stated: str | None, line: Sequence[str]) -> str | None:
        """``stated``, the category the need's words name, read by the products of the brands
        in ``line`` (`brand_lines.line_brands`): where they have none in it, the home of the
        type among theirs, or None where they sell no such type
        (`brand_lines.home_of_its_line`: "moroccanoil treatment" is a hair treatment, "Axe
        body spray" none of the women's body sprays); where the need names no product type
        and only "skin" named a department ("something by Dove for sensitive skin": soaps and
        body washes are for the skin too), the brands' home in it, else None."""
        facts = self.vocabulary.brand_facts if self.vocabulary else None
        if facts is None or stated is None or not line:
            return stated
        bare = without_brands(request.text, request.parsed)
        if stated.count(" > ") == 1 and not type_stems(bare, self.vocabulary):
            if stems(bare) & own_name(stated) != {"skin"}:
                return stated
            home = facts.home(line)
            return home if home and within(home, stated) else None
        home = home_of_its_line(facts, line, bare, stated)
        if home is None and not type_stems(split_purpose(bare)[0], self.vocabulary):
            # "a beauty blender thing for foundation": the type named is what it is for
            return kind_of_the_brand(facts, line)
        return home

    def _main_beside(self, need: str, found: str) -> str | None:
        """The main category beside ``found`` (the one holding most products under its parent),
        where the need names its kind by a shopper's word for a category above
        (`CATEGORY_SYNONYMS`: "perfume" is Fragrance) and ``found``'s own name is another such
        word the need does not say ("Cologne"): search found the cheap colognes whose titles
        say "perfume", the shopper asked for a perfume (Women's > Eau de Parfum; for a man,
        Men's > Eau de Toilette). Else None."""
        vocabulary = self.vocabulary
        if vocabulary is None or len(vocabulary.category_sizes) != len(vocabulary.categories):
            return None
        parent, _, own = found.rpartition(" > ")
        named = {stem(w) for w in words(own)}
        said = {stem(w) for w in words(need)}
        kinds_said = {k for w in said for k in CATEGORY_SYNONYMS.get(w, ())}
        kinds_named = {k for w in named for k in CATEGORY_SYNONYMS.get(w, ())}
        if not parent or named & said or not kinds_said & kinds_named:
            return None
        sizes = zip(vocabulary.category_sizes, vocabulary.categories, strict=True)
        _, main = max(((n, p) for n, p in sizes if below(p, parent)), default=(0, None))
        return main if main != found else None

    def _of_the_type_named(
        self, need: str, found: str, filters: Filters, above: str, *, by_name: bool = False
    ) -> str:
        """``found`` (a branch under ``above``), unless the need names a product type by a word
        of a category's own name that no level of ``found`` says and those words alone find a
        branch under ``above`` that says one: "moisturizer for rosacea" under Skin Care found
        serums for rosacea, "moisturizer" finds Creams & Moisturizers; else, ``by_name``, the
        category under ``above`` its name says where titles name it more (`_own_name_says`)."""
        types = types_named(need, self.vocabulary)
        if not types or types & path_words(found):
            return found
        said = " ".join(sorted(types))
        tries = [filters, unconstrained(filters)] if constrained(filters) else [filters]
        for allowed in tries:  # then the type whoever makes it and whatever it costs
            alone = self.categories.guess(said, replace(allowed, category=above))
            if alone and below(alone, above) and types & path_words(alone):
                return alone
        return (self._own_name_says(types, above, found) if by_name else None) or found

    def _own_name_says(self, types: frozenset[str], above: str, found: str) -> str | None:
        """The largest category under ``above`` whose own name says every word of ``types``
        (the singular words that name a product type), where more titles under it name them
        all than under ``found``: "self tanner" names Self-Tanners & Bronzers (116 products)
        and Face > Sunscreens & Self Tanners (22), and search found gradual-tan body lotions;
        not Face > Sunscreens for "sunscreen", whose titles are mostly under Skin Protection.
        Else None."""
        vocabulary = self.vocabulary
        counts = vocabulary.title_counts if vocabulary else None
        if (
            vocabulary is None
            or not counts
            or len(vocabulary.category_sizes) != len(vocabulary.categories)
        ):
            return None
        sizes = dict(zip(vocabulary.categories, vocabulary.category_sizes, strict=True))

        def held(home: str, table: dict[str, int]) -> int:
            return sum(n for p, n in table.items() if within(p, home))

        def titled(home: str) -> int:
            return min(held(home, counts.get(word, {})) for word in types)

        named = [
            (held(p, sizes), p)
            for p in vocabulary.categories
            if below(p, above) and types <= path_words(p.rsplit(" > ", 1)[-1])
        ]
        best = max(named)[1] if named else None
        return best if best and titled(best) > titled(found) else None

    def backed(self, request: Request, category: str, filters: Filters) -> str | None:
        """``category``, guessed for a need, where a title under it names one of the need's
        words (`in_titles`); else the category guessed for the need without its words for
        whom, so backed ("razor for men": colognes for men outnumber razors); else the one
        guessed for what it is alone, so backed (`_head_alone`: "tweezers for my brows" found
        lash curlers); else None."""
        found = in_titles(request.text, category, self.vocabulary)
        if found is None and (bare := SEX.sub(" ", request.text)) != request.text:
            guessed = self.categories.guess(bare, filters)
            found = in_titles(bare, guessed, self.vocabulary) if guessed else None
        return found or self._head_alone(request.text, filters)

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

    def _compound_head(self) -> CompoundHead:
        """The reader of a compound's head noun (`compound_head.CompoundHead`)."""
        return CompoundHead(self.categories, self.vocabulary, self.leaf_types(), self.parse)

    def _purpose(self) -> NeedPurpose:
        """The reader of what the need is for, on this reader's catalog."""
        return NeedPurpose(self.categories, self.parse, self.vocabulary)

    def _several(self) -> SeveralTypes:
        """The reader of several types at once, on this reader's catalog."""
        return SeveralTypes(self.categories, self.parse, self.vocabulary, self.type_home)

    def has_children(self, category: str) -> bool:
        """Whether the catalog has a category under ``category``."""
        if self._inner is None:
            paths = self.vocabulary.categories if self.vocabulary else ()
            self._inner = nodes(paths, themselves=False)
        return category in self._inner

    def _brands_type(self, request: Request, category: str) -> str | None:
        """``category``, guessed for a need among the products of the brands it names, unless
        the need names a product type (by a word of a category's name) that no level of
        ``category`` names: then the category the need without the brands finds among every
        brand's products, if it names that type ("cerave cleanser": the brand's lotions
        outnumber its two cleansers and Lotions was guessed; "cleanser" finds Face Cleansers).
        "olay cream" keeps Night Creams, "cerave products" the brand's own branch."""
        bare = without_brands(request.text, request.parsed)
        types = types_named(bare, self.vocabulary)
        if not types or types & path_words(category):
            return category
        filters = unconstrained(request.filters())
        found = self.categories.guess(bare, filters)
        return found if found and types & path_words(found) else category
