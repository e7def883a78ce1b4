"""The category of a new need that its words do not settle: read again from its words, guessed
from what search finds for it, narrowed under a category with sub-categories, and kept only
where a title there names what it is.

`NeedCategory` is the reader's category guess (`reader.TurnReader._with_category` decides when
a message is a new need, and what to do with picks on screen); it reads the catalog through the
query parser, the vocabulary and a `ports.CategoryGuesser`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from assistant.dialogue.brand_lines import (
    all_in,
    branch_of_its_line,
    home_of_its_line,
    own_name,
)
from assistant.dialogue.brands_said import without_brands
from assistant.dialogue.handlers.bundle import type_near
from assistant.dialogue.phrases.gifts_and_people import GIFT_SAID, THEY_LIKE
from assistant.dialogue.phrases.shopper_states import (
    FACE_SKIN_TYPES,
    SKIN_SPOTS,
    on_a_skin_spot,
)
from assistant.dialogue.ports import CategoryGuesser, QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.titled_types import (
    titled_leaf_types,
    titled_type,
    type_home,
    without_type,
)
from assistant.dialogue.vocabulary import (
    CatalogVocabulary,
    names_a_type,
    path_words,
    plain_words,
)
from assistant.dialogue.wording import (
    ACCESSORIES,
    BODY_PARTS,
    GIFT,
    MEN,
    NON_PRODUCT_WORDS,
    PAMPER,
    TOOLS,
    WOMEN,
    WORD,
    sex_of,
    stems,
)
from catalog.category_paths import below, nested, nodes, shared_branch, within
from retrieval.category_names import (
    CATEGORY_SYNONYMS,
    GENERIC_HEADS,
    HEAD_THEN,
    MAIN_SHARE,
    REMOVING,
    STAYS_ON,
)
from retrieval.filters import Filters
from retrieval.query import DEAR
from retrieval.tokenize import STOP_WORDS, stem, words

SEX = re.compile(
    r"\b(?:(?:for|to) (?:a |the )?)?(?:men|man|guys?|gentlemen|males?|women|woman|ladies|lady|"
    r"females?)(?:'?s)?\b",
    re.I,
)
"""Whom a need is for by sex ("razor for men", "men's razor"): no word of what it is."""

WHOSE = frozenset({"women's", "men's", "women", "men", "girls", "boys", "kids", "unisex"})
"""Names of the branches a catalog splits a type into by whom it is for (Fragrance > Women's)."""

RELAXING = frozenset(
    {"relaxing", "relax", "relaxation", "spa", "calming", "soothing", "unwind", "destress"}
)
"""How a set or gift is meant to feel ("something relaxing"): a bath & body one."""
SET_OR_GIFT = frozenset({"set", "sets", "kit", "kits", "gift", "gifts", "hamper", "basket"})

VAGUE = frozenset(
    {"stuff", "thing", "things", "anything", "product", "products", "good", "nice", "best",
     "great", "gift", "gifts", "present", "new", "cheap", "one", "ones", "idea", "ideas", "help",
     "tool", "tools"}
)  # fmt: skip
"""Words before "for" that say nothing of what a product is ("good stuff for dry hair", "a tool
for my hair"); brands are left out before they are read."""

BRANCH_PARTS = BODY_PARTS - {"skin"}
"""Parts of the body (`wording.BODY_PARTS`) a need's other words are for, each with branches of
its own ("lip oil": Lips); not the skin, which every branch of Skin Care is for."""

TYPES_JOINED = re.compile(r"\s*(?:,|&|\+|\band\b|\bor\b|\bplus\b)\s*")
"""What joins the product types of a need that asks for several at once ("a cleanser and
toner", "mascara or eyeliner, whichever")."""

CLAUSE = re.compile(
    r"\b(?:i|it|he|she|they|we|you|one|ones)(?:'[a-z]+)?\b|\b(?:i'm|it's|he's|she's|they're)\b"
    r"|\b(?:kinds?|types?|sorts?)\s+(?:that|which|with|where)\b"
    r"|\b(?:can'?t|cannot|couldn'?t|won'?t|don'?t|doesn'?t)\b"
)
"""Words of a part of a need that says something of a type or of a person, not a type asked
for ("it bleaches all my towels", "he's self conscious", "the refreshing gel one", "the kind
that foams", "cant reach my back in the shower")."""

MATCHING = re.compile(r"\b(?:matching|to match|coordinating|that goes with it|to go with it)\b")
"""A part of a need said as the companion of another's type ("a nude lipstick and matching
liner"): a lip liner for that lipstick, not a second type wanted apart."""

WHAT_FOR = re.compile(r"^\s*(?:(?:and|but|just|mainly|mostly)\s+)?(?:for|to)\b")
"""A part of a need that says what it is for ("diffusers, for my curls", "a brush, to tame
frizz"): no type asked for beside the one said."""

SET_WORDS = frozenset(
    {"set", "sets", "kit", "kits", "duo", "trio", "combo", "bundle", "hamper", "basket", "pack"}
)
"""Words that make several product types one product ("a shampoo and conditioner set", "a
cleanser and toner duo"): a set has a home of its own."""

FEW_TITLED = 0.1
MOST_TITLED = 0.5
"""A named category gives way to a sibling (`NeedCategory._titled_beside`) when it holds under
`FEW_TITLED` of the parent's titles that name the need's product types and the sibling
`MOST_TITLED`."""
LEAST_TITLED = 3
"""...and only where at least this many titles under the parent name them: one stray title
("cotton" in a lipstick's) is no sign of where a need's type lies ("cotton pads for removing
makeup" was moved from Makeup Remover to Lips)."""

FOR_A_PART_SHARE = 0.1
"""The share of the titles naming a type that must lie in the department a need says it is
for ("a mask for my hair": 23% of the titles saying "mask"; "a powder for my hair": 12%) for
that department to be the need's (`NeedCategory._part_it_is_for`); "foundation for oily skin"
(4%) stays a foundation."""

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


def pampers_only(need: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether ``need`` says how a treat is meant (`PAMPER`: "something to pamper my wife on
    her birthday") and names no product type: no category is guessed from the rest of its
    words (her birthday found perfumes, "a little pamper treat" conditioners)."""
    said = set(WORD.findall(need.lower()))
    return bool(said & PAMPER) and not names_a_type(need, vocabulary)


GIFT_SET = "gift set"
"""What a gift that names no product type for no one in particular is searched as."""
STATED_OF_ANY_GIFT = frozenset({"for", "occasion", "gender", "age_group"})
"""What a gift may state and still name nothing of what it is: whom, when, "unisex", an age."""
INTO = re.compile(
    r"\b(?:loves?|likes?|adores?|into|obsessed|fan of|enjoys?|wants?|needs?|always|prefers?|"
    r"collects?|has|have|with|without)\b"
)
"""What the person a gift is for likes, has or is into ("he loves curls", "who likes
candles"): words of what the gift is, not a gift of no type."""


def a_gift_of_no_type(request: Request, text: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether a new need is a gift (`GIFT_SAID`: "secret santa, $10 limit, don't know who
    I'll get", "a leaving present for a colleague, unisex, under 25") that names no product
    type, brand, scent, skin or hair state nor anything the person likes or has (`INTO`), for
    no man or woman in particular: then search guessed a category from its other words (Makeup,
    Hair Care) and searched them ('secret santa know who get'); it is a gift set, of any
    category (`GIFT_SET`). ``text``: the message in catalog words, lower case."""
    who = str(request.attributes.get("for", ""))
    sex = str(request.attributes.get("gender", "")).lower()
    return (
        request.intent == Intent.SEARCH
        and not request.parsed.category
        and not request.parsed.brands
        and not request.liked
        and not request.avoid
        and re.search(GIFT_SAID, text) is not None
        and INTO.search(text) is None
        and set(request.attributes) <= STATED_OF_ANY_GIFT
        and sex_of(who) is None
        and sex not in ("men", "women", "male", "female")
        and not names_a_type(request.text, vocabulary)
    )


def what_it_is(need: str) -> str:
    """The words of ``need`` before what it is for, used with or kept from (`HEAD_THEN`: "a
    cap" of "a cap for when i dye my hair"; "a soak" of "a soak for sore muscles after
    running"), lower case; the whole need where it says none."""
    return HEAD_THEN.split(f" {need.lower()} ", maxsplit=1)[0].strip()


def department(path: str) -> str:
    """The department of a category path ("Beauty > Hair Care")."""
    return " > ".join(path.split(" > ")[:2])


def names_its_branch(need: str, path: str) -> bool:
    """Whether ``need`` names a level of ``path`` between the store and its own type, by a word
    other than "care" ("a hair dryer": Hair Care; "a face mask": Face), not only the type ("a
    mousse": Body Souffles & Mousse)."""
    levels = path.split(" > ")[1:-1]
    named = {stem(w) for level in levels for w in words(level)} - {"care", "and"}
    return bool(named & {stem(w) for w in words(need)})


def _types_named(text: str, vocabulary: CatalogVocabulary | None) -> frozenset[str]:
    """The words of ``text`` (in the singular: `stem`) that name a product type by a word of a
    category's own name (`names_a_type`)."""
    return frozenset(w for w in plain_words(text) if names_a_type(w, vocabulary))


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


def _need_words(need: str) -> set[str]:
    """The stems of the words of ``need`` that may name what it is: not stop words, gift words
    (`GIFT`), words for whom (`wording.MEN`, `wording.WOMEN`: "men", "mens") or words that say
    it is dear (`retrieval.query.DEAR`: "a fancy gift for my boss" is backed by no "Fancy"
    nail polish), over 2 letters."""
    whom = MEN | WOMEN
    return {
        stem(w)
        for w in words(DEAR.sub(" ", need.lower()))
        if w not in STOP_WORDS
        and w not in GIFT
        and w.removesuffix("s") not in whom
        and w not in whom
        and len(w) > 2
    }


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
        """The category the need's words name, read again: a relaxing set or gift names Bath &
        Body; a category named only by words for whom is none ("razor for men" is not
        Fragrance > Men's) when no picks are on screen; beside picks of ``shown``, a type
        named in another department that has a home in theirs is that home ("how about a
        mousse" beside conditioners: hair mousses, not Body Souffles & Mousse)."""
        stated = request.parsed.category or _relaxing_set(request.text, self.vocabulary)
        if (
            stated
            and shown
            and department(stated) != department(shown)
            and not names_its_branch(request.text, stated)  # "a hair dryer" beside body washes
        ):
            near = type_near(request.text, shown, self.categories, self.vocabulary)
            stated = near if near and department(near) == department(shown) else stated
        if stated and not picks_shown and self._named_by_whom(request.text, stated):
            return None
        bare = without_brands(request.text, request.parsed)
        if stated and self._named_by_what_for(bare, stated):  # "setting spray for oily skin":
            return self._titled(self._what_it_is(bare), None)  # the titles' home, else none
        stated = self._titled(self._what_it_is(bare), stated) or stated  # "tweezers"
        # "a case for my makeup brushes", "storage lipsticks": a case, not a brush or lipstick
        holder = self._what_it_holds(bare, stated)
        stated = holder or self._part_it_is_for(bare, stated) or stated  # "a mask for my hair"
        if stated and request.attributes.get("skin") and "skin" in path_words(stated):
            # "i have an oily t zone, any primer?": the skin is the shopper's, not the type's
            stated = self._type_elsewhere(bare, stated) or stated
            stated = self._face_skin(bare, str(request.attributes["skin"]), stated) or stated
        if stated and not holder:  # "makeup brushes set": the brush sets are filed beside
            # Sets & Kits (what a case holds names no type beside it)
            stated = self._titled_beside(bare, stated) or stated
        if holder or stems(bare) & ACCESSORIES:
            return stated  # "organizer brushes", "a brush bag": what holds the tool
        stated = self._home_of_the_part(bare, stated) or stated  # "eyebrow powder"
        return self._tool_home(bare, stated) or stated  # "eyeshadow brushes": brushes

    def _home_of_the_part(self, need: str, stated: str | None) -> str | None:
        """The category with none under it whose own name says the part of the body
        (`BRANCH_PARTS`) said right before a product type in what the need is (`what_it_is`:
        "eyebrow" of "eyebrow powder"; "brow" says it too) and that holds the most titles
        naming that type (at least `LEAST_TITLED`, ahead of the rest), where ``stated`` is
        none or its path says no such part: "eyebrow powder" named Face > Powder, and
        Eyebrow Color's titles say powder; "an eyebrow pencil" named nothing, "an eye primer"
        Foundation Primers. Else None ("eyebrow tweezers": no title there says tweezers; "my
        scalp is dry, what shampoo?": the part is no type's; "eye cream": a category's path
        says both, search finds it)."""
        vocabulary = self.vocabulary
        if vocabulary is None or not vocabulary.title_counts:
            return None
        said = WORD.findall(TYPES_JOINED.split(what_it_is(need))[0])  # "a brow powder, ash"
        pairs = [
            (stem(part), stem(kind))
            for part, kind in pairwise(said)
            if stem(part) in BRANCH_PARTS
            and kind not in STOP_WORDS
            and stem(kind) not in BODY_PARTS
            and kind not in VAGUE | NON_PRODUCT_WORDS
            and len(kind) > 2
        ]
        if len(pairs) != 1:
            return None
        part, kind = pairs[0]

        def says(path: str, word: str) -> bool:
            return any(w.endswith(word) for w in path_words(path))

        if stated and says(stated, part):
            return None
        if any(says(p, part) and kind in path_words(p) for p in vocabulary.categories):
            return None  # "eye cream": Skin Care > Eyes > Creams, the words' own to find
        inner = nodes(vocabulary.categories, themselves=False)
        titled = vocabulary.title_counts.get(kind, {})
        held = {
            p: titled.get(p, 0)
            for p in vocabulary.categories
            if p not in inner and says(p.rsplit(" > ", 1)[-1], part)
        }
        ranked = sorted(held.values(), reverse=True)
        if not ranked or ranked[0] < LEAST_TITLED or ranked[1:2] == ranked[:1]:
            return None
        return max(held, key=held.__getitem__)

    def _tool_home(self, need: str, stated: str | None) -> str | None:
        """The category of the tool a need names by a tool's noun (`wording.TOOLS`) last among
        the words that say what it is ("eyeshadow brushes", "a hair dye brush", "a cap for
        when i dye my hair"), where ``stated`` (the product the tool is used with: Eye Shadow;
        or another tool's home: hair styling Brushes) is not the best home of it: of the
        categories whose own name says the noun, the one whose path says most of the need's
        words (`CATEGORY_SYNONYMS` read: "dye" says color; Hair Coloring Tools > Brushes,
        Combs & Needles), then whose titles name its other words most often (Brushes &
        Applicators for "eyeshadow"), strictly ahead of the rest, neither above nor below
        ``stated`` and ahead of it on the path where that is a home of the tool too; else
        None."""
        what = TYPES_JOINED.split(what_it_is(need))[0]
        said = [stem(w) for w in WORD.findall(what)]
        if not said or said[-1] not in TOOLS or self.vocabulary is None:
            return None
        tool = said[-1]
        homes = [p for p in self.vocabulary.categories if tool in stems(p.rsplit(" > ", 1)[-1])]
        need_stems = stems(need)
        need_stems |= {s for w in need_stems for s in CATEGORY_SYNONYMS.get(w, ())}
        prefixes = {w[:5] for w in need_stems}
        purpose = _need_words(need) - {tool}
        counts = self.vocabulary.title_counts or {}

        def fit(home: str) -> tuple[int, int]:
            on_path = len({w[:5] for w in path_words(home)} & prefixes)
            titled = (n for w in purpose for p, n in counts.get(w, {}).items() if within(p, home))
            return on_path, sum(titled)

        ranked = sorted(((fit(h), h) for h in homes), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
            return None
        (on_path, _), best = ranked[0]
        if stated is not None and (
            nested(stated, best) or (stated in homes and fit(stated)[0] >= on_path)
        ):
            return None  # "makeup brushes": search goes deeper; "a hair dryer brush": Hot-Air
            # Brushes, a home of brushes already
        return best

    def _titled(self, need: str, stated: str | None) -> str | None:
        """The home of a product type ``need`` names by an everyday name no category is named
        by (`titled_types`: "tweezers", "a heat protectant"), where ``stated`` is none, lies
        above it, or is a department named only by the type's own words ("makeup wipes":
        Makeup), and the need's other words name no category (below a department) the home
        lies outside nor, with it, a type the catalog has no home for (`kinds.ELSEWHERE`:
        "tweezers for my eyebrows" are eyebrow tweezers; the titles' tweezers are for nail
        art); else None. A type said first and another of its department after what it is
        for is the first ("heat protectant for when i use my flat iron": used with the iron);
        one of another department is not ("makeup wipes for my lipstick")."""
        homes = self.vocabulary.titled_types if self.vocabulary else None
        titled = titled_type(need, homes)
        if titled is None:
            return None
        kind, home = titled
        said = stems(need)
        homeless = self.vocabulary.homeless if self.vocabulary else frozenset()
        if any(set(other.split()) <= said for other in homeless):
            return None  # "tweezers for my eyebrows": eyebrow tweezers, not the nail art ones
        rest = self.parse(without_type(need, kind)).category if self.parse else None
        if rest and rest.count(" > ") >= 2 and not within(home, rest):
            if self._said_first(need, kind) and department(rest) == department(home):
                return home  # "heat protectant for when i use my flat iron": used with it
            return None  # "makeup wipes for my lipstick"
        if stated is None or below(home, stated):
            return home
        return home if stated.count(" > ") <= 1 and rest is None else None

    def _said_first(self, need: str, kind: str) -> bool:
        """Whether ``kind`` (a type of `titled_types`) is what ``need`` says before what it is
        for (`what_it_is`), with no category named beside it there: "heat protectant" of "heat
        protectant for when i use my flat iron"; not of "a curling iron with heat protection"."""
        head = what_it_is(need)
        homes = self.vocabulary.titled_types if self.vocabulary else None
        first = titled_type(head, homes) if head != need.lower().strip() else None
        return bool(
            first
            and first[0] == kind
            and self.parse
            and not self.parse(without_type(head, kind)).category
        )

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
        if category is None and not shown:  # "a bb cream for light skin": a cream, in Skin Care
            category = self._head_in_its_part(request.text, filters)
        if category is None and not shown:  # "a sponge for my foundation": makeup sponges
            category = self._head_by_titles(request.text)
        if not shown:  # beside picks, the type named nearest them decides ("a mask too")
            category = self.part_named(request.text, category) or category
            category = self.skin_spot(request.text, category) or category
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
        return category

    def _head_in_its_part(self, need: str, filters: Filters) -> str | None:
        """The category search guesses for what the need is (`head_type`) under the department
        the words after its "for" name alone ("a bb cream for light skin": Skin Care, where
        the bb creams' titles found Creams & Moisturizers; the whole need split its results
        over creams and lotions); else None."""
        head = self.head_type(need)
        if head is None or self.parse is None:
            return None
        part = self.parse(need.partition(" for ")[2]).category
        if part is None or part.count(" > ") != 1:
            return None
        found = self.categories.guess(head, replace(filters, category=part))
        return found if found and below(found, part) else None

    def _head_by_titles(self, need: str) -> str | None:
        """Of the categories whose own name says the type named before what the need is for
        (`_what_it_is`: "sponge" of "a sponge for my foundation"), the one where the largest
        share of products have titles naming a word said after it, at least
        `FOR_A_PART_SHARE` and more than any other: 7 of the 29 Puffs, Sponges & Wedges say
        "foundation", none of the 31 Loofahs, Sponges & Poufs (search for the whole need found
        foundations and sponges alike, no one branch). Else None."""
        vocabulary = self.vocabulary
        what = self._what_it_is(need)
        if (
            what == need
            or vocabulary is None
            or not vocabulary.title_counts
            or len(vocabulary.category_sizes) != len(vocabulary.categories)
        ):
            return None
        types = {stem(w) for w in WORD.findall(what.lower()) if names_a_type(w, vocabulary)}
        purpose = _need_words(need.lower().partition(what.lower())[2]) - types
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
        """The words of ``need`` before its first "for" when they name a product type by a word
        of a category's own name and what follows "for" says what it is for: "hair oil" of
        "hair oil for dry hair", read alone where the whole need finds no one branch (what it
        is for finds products of other types: shampoos and conditioners "for dry hair"); else
        None ("something for dry hair", "a gift for my mum": nothing said before "for")."""
        before, found, after = need.partition(" for ")
        if not found or not after.strip() or not names_a_type(before, self.vocabulary):
            return None
        return before.strip()

    def last_type(self, need: str) -> str | None:
        """The last word of ``need`` when it names a product type by a word of a category's own
        name: what an English need is, said after what it is like ("primer" of "oily skin
        primer"); else None."""
        said = [w for w in WORD.findall(need.lower()) if w not in STOP_WORDS]
        return said[-1] if said and names_a_type(said[-1], self.vocabulary) else None

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
        for _ in range(self.deepen):
            if not category or not self.has_children(category):
                break
            deeper = self.categories.guess(request.text, replace(filters, category=category))
            found = bool(deeper and below(deeper, category))
            if not found and constrained(filters):  # none, or the branch itself, found
                under = replace(unconstrained(filters), category=category)
                deeper = self.categories.guess(request.text, under)  # the type, whoever makes it
                found = bool(deeper and below(deeper, category))
            if not found and (head := self.head_type(request.text)):
                # "hair oil for dry hair": what it is for found shampoos, conditioners, sprays
                deeper = self.categories.guess(head, replace(filters, category=category))
                found = bool(deeper and below(deeper, category))
            if not found and (types := self._type_words(what_it_is(request.text))):
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
            category = self._of_the_type_named(request.text, deeper, filters, category)
        return category

    def _line_branch(self, need: str, category: str, line: Sequence[str]) -> str | None:
        """The branch under ``category`` of the product line the brands in ``line`` sell by
        the need's words (`brand_lines.branch_of_its_line`), or None."""
        vocabulary = self.vocabulary
        if vocabulary is None or vocabulary.brand_facts is None or not vocabulary.title_counts:
            return None
        said = _need_words(need) - {stem(w) for b in line for w in WORD.findall(b.lower())}
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
        if stated.count(" > ") == 1 and not self._type_words(bare):
            if stems(bare) & own_name(stated) != {"skin"}:
                return stated
            home = facts.home(line)
            return home if home and within(home, stated) else None
        return home_of_its_line(facts, line, bare, stated)

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

    def _of_the_type_named(self, need: str, found: str, filters: Filters, above: str) -> str:
        """``found`` (a branch under ``above``), unless the need names a product type by a word
        of a category's own name that no level of ``found`` says and those words alone find a
        branch under ``above`` that says one: "moisturizer for rosacea" under Skin Care found
        serums for rosacea, "moisturizer" finds Creams & Moisturizers."""
        types = _types_named(need, self.vocabulary)
        if not types or types & path_words(found):
            return found
        said = " ".join(sorted(types))
        tries = [filters, unconstrained(filters)] if constrained(filters) else [filters]
        for allowed in tries:  # then the type whoever makes it and whatever it costs
            alone = self.categories.guess(said, replace(allowed, category=above))
            if alone and below(alone, above) and types & path_words(alone):
                return alone
        return found

    def backed(self, request: Request, category: str, filters: Filters) -> str | None:
        """``category``, guessed for a need, where a title under it names one of the need's
        words (`in_titles`); else the category guessed for the need without its words for
        whom, so backed ("razor for men": colognes for men outnumber razors); else None."""
        found = self.in_titles(request.text, category)
        if found is None and (bare := SEX.sub(" ", request.text)) != request.text:
            guessed = self.categories.guess(bare, filters)
            found = self.in_titles(bare, guessed) if guessed else None
        return found

    def several_types(self, need: str, stated: str | None) -> bool:
        """Whether ``need`` asks for several product types at once ("a mascara, a lipstick and
        a blush", "a cleanser and toner", "mascara or eyeliner, whichever"): two or more of
        its parts joined by "and", "or", "&", "plus" or commas each name a product type
        (`_part_type`), none under another, and the whole names none of them, only a branch
        above them, or the type of one part ("a body wash and a body lotion" named Body
        Washes). Not where one category's name says them all (`_one_category_says`), nor a
        set (`SET_WORDS`: "a shampoo and conditioner set" has a home of its own), nor one
        type said with two words before it ("a gel or cream cleanser")."""
        parts = self._typed_parts(need)
        if len(parts) < 2:
            return False
        named = {t for _, t in parts if " > " in t}
        apart = [c for c in named if not any(below(o, c) for o in named)]
        words_only = {t for _, t in parts if " > " not in t}
        kinds = len(apart) + len(
            {w for w in words_only if not any(w in path_words(c) for c in apart)}
        )
        if kinds < 2 or self._one_category_says([p for p, _ in parts]):
            return False
        return stated is None or stated in apart or all(below(c, stated) for c in apart)

    def shared_branch(self, need: str) -> str | None:
        """The branch below a department that holds every type a need for several types at once
        names (`several_types`): "a foundation and a concealer", Makeup > Face (where titles
        naming "concealer" lie: `type_home`; else what search guesses for the part); None where
        they share only a department ("a moisturizer and a sunscreen") or a type's home is
        unknown."""
        homes = []
        for part, typed in self._typed_parts(need):
            home = typed if " > " in typed else self.type_home(part)
            home = home or self.categories.guess(part, Filters())  # "a cleanser": Face's
            if home is None:
                return None
            homes.append(home)
        shared = shared_branch(homes)
        return shared if shared.count(" > ") >= 2 else None

    def type_words(self, need: str) -> list[str]:
        """The word that says each type a need for several at once names (the last of its part,
        in the singular: "a cleanser and toner", cleanser and toner), once each."""
        said = (WORD.findall(part)[-1:] for part, _ in self._typed_parts(need))
        return list(dict.fromkeys(stem(w[0]) for w in said if w))

    def _typed_parts(self, need: str) -> list[tuple[str, str]]:
        """The parts of ``need`` joined by "and", "or", "&", "plus" or commas (`TYPES_JOINED`)
        that name a product type (`_part_type`), each with it; none for a set (`SET_WORDS`)."""
        if self.parse is None or stems(need) & SET_WORDS:
            return []
        parts = [p for p in TYPES_JOINED.split(need.lower()) if p.strip()]
        parts = [p for p in parts if not MATCHING.search(p)]  # "and matching liner"
        if len(parts) < 2:
            return []
        typed = [(p, self._part_type(p, parts[-1])) for p in parts]
        return [(p, t) for p, t in typed if t is not None]

    def _one_category_says(self, parts: list[str]) -> bool:
        """Whether one category's own name says a type word of every part ("shampoo and
        conditioner": Shampoo & Conditioner Sets; "a bronzer and highlighter": Bronzers &
        Highlighters): the types have a home together."""
        said = [s for s in map(self._type_words, parts) if s]
        paths = self.vocabulary.categories if self.vocabulary else ()
        return any(all(s & stems(path.rsplit(" > ", 1)[-1]) for s in said) for path in paths)

    def _part_type(self, part: str, last: str) -> str | None:
        """The product type one part of a need names (`several_types`): the category the query
        parser reads, below a department; else its last word where that is a word of a
        category's own name (`_type_words`): "cleanser", which names the Cleansers of Face and
        of Bath & Body alike; not "dark" of "dark brown". None for a word said before the
        last part's type ("gel" of "a gel or cream cleanser": a gel cleanser) or no type."""
        if CLAUSE.search(part) or WHAT_FOR.match(part):
            return None  # "it bleaches all my towels", "the gel one", "for my curls": no type
        named = self.parse(part).category
        said = [w for w in WORD.findall(part) if w not in STOP_WORDS]
        if self._names_the_last(part, last):
            return None  # "salt and pepper hair dye", "wash and go gel": one type, named last
        head = WORD.findall(last)[-1:] if last != part else []
        if len(said) == 1 and head and head[0] not in said:
            whole = self.parse(f"{said[0]} {head[0]}").category  # "gel cleanser"
            whose = self.parse(last).category
            if whole and whose and below(whole, whose):
                return None
        if named and named.count(" > ") >= 2:
            return named
        found = self._type_words(said[-1]) if said else set()  # what the part ends with
        return next(iter(found)) if found else None

    def _names_the_last(self, part: str, last: str) -> bool:
        """Whether ``part``, one bare word before the need's ``last`` part, names that part's
        type with it ("salt and pepper hair dye", "wash and go gel"): the last part opens with
        a word that names no product type, part of the body or department ("pepper", "go"),
        and the word's own type lies in another department than the last part's, or either
        has none ("salt": Bath Salts; "shampoo and moisturizing conditioner" are two types of
        Hair Care, "lipstick and lip liner" two of Makeup)."""
        said = WORD.findall(part)
        rest = [w for w in WORD.findall(last) if w not in STOP_WORDS]
        if part == last or len(said) != 1 or len(rest) < 2 or self.parse is None:
            return False
        opens = stem(rest[0])
        if opens in BODY_PARTS or names_a_type(rest[0], self.vocabulary):
            return False

        def home(text: str) -> str | None:
            return self.parse(text).category or self.type_home(text)

        own, theirs = home(said[0]), home(last)
        return own is None or theirs is None or department(own) != department(theirs)

    def _type_words(self, text: str) -> set[str]:
        """The words of ``text`` (stemmed) that name a product type by a word of a category's
        own name (`names_a_type`), less parts of the body, departments' words and words that
        name no type (`GENERIC_HEADS`: "body" of "a body lotion", "bath", "treatment")."""
        paths = self.vocabulary.categories if self.vocabulary else ()
        departments = {w for p in paths for w in path_words(department(p))}
        said = {stem(w) for w in WORD.findall(text) if w not in STOP_WORDS}
        typed = {w for w in said if names_a_type(w, self.vocabulary)}
        return typed - BODY_PARTS - departments - GENERIC_HEADS

    def in_titles(self, need: str, category: str) -> str | None:
        """``category``, guessed by search for ``need`` whose words name none, when a title under
        it names one of the need's words; else None: the search matched on no word the need
        says ("headphones with noise cancelling" found headbands, "where is my order" a
        perfume), so the need is not one the catalog files there."""
        titles = self.vocabulary.title_words if self.vocabulary else None
        if titles is None:
            return category
        for word in _need_words(need):
            if any(within(p, category) for p in titles.get(word, ())):
                return category
        return None

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
        types = _types_named(bare, self.vocabulary)
        if not types or types & path_words(category):
            return category
        filters = unconstrained(request.filters())
        found = self.categories.guess(bare, filters)
        return found if found and types & path_words(found) else category

    def _named_by_what_for(self, need: str, department: str) -> bool:
        """Whether ``department`` is named only by what the need is for, said after "for", and
        the words before it say what it is without naming a category: "a brow pencil for
        blonde hair" named Hair Care by "hair" (search for the whole need finds Eyebrow
        Color); "something for dry hair" and "a shampoo for dry hair" keep theirs."""
        before, found, after = need.lower().partition(" for ")
        if not found or department.count(" > ") > 1 or self.parse is None:
            return False
        said = [
            w
            for w in WORD.findall(before)
            if w not in STOP_WORDS and w not in NON_PRODUCT_WORDS and w not in VAGUE and len(w) > 2
        ]
        return (
            bool(said)
            and self.parse(after).category == department
            and (self.parse(before).category is None)
        )

    def _part_it_is_for(self, need: str, stated: str | None) -> str | None:
        """The department the words after the need's first "for" name alone ("my hair": Hair
        Care), where ``stated`` (if any) lies outside it and at least `FOR_A_PART_SHARE` of
        the titles naming the type said before "for" lie in it: "a mask for my hair" was
        guessed among the face masks (no category of the tree is a hair mask), and 37 of the
        162 titles saying "mask" are hair care's. Not "foundation for oily skin" (6 of the 156
        titles saying "foundation" are skin care's). Else None."""
        before, found, after = need.lower().partition(" for ")
        counts = self.vocabulary.title_counts if self.vocabulary else None
        if not found or self.parse is None or not counts:
            return None
        part = self.parse(after).category
        if part is None or part.count(" > ") != 1 or (stated and within(stated, part)):
            return None
        types = _types_named(before, self.vocabulary)
        if not types:
            return None
        for word in types:
            titled = counts.get(stem(word), {})
            total = sum(titled.values())
            inside = sum(n for path, n in titled.items() if within(path, part))
            if not total or inside < FOR_A_PART_SHARE * total:
                return None
        return part

    def _what_it_holds(self, need: str, stated: str | None) -> str | None:
        """The category the words before the need's first "for" name when they name an accessory
        (`wording.ACCESSORIES`: a case, a bag, a holder), where ``stated`` is what
        the words after it name alone, a category below a department (a product type, not a
        part of the body), and lies neither above nor below it: "a case for my makeup brushes"
        named Makeup Brushes & Tools by "makeup brushes", and a case is one of Bags & Cases.
        Else None ("a shampoo for dry hair": the whole names Shampoos, more than "dry hair"
        alone; "a mask for my hair": Hair Care, a department, is where the mask is). Said
        otherwise ("organizer brushes", from "something to organize my brushes"; "a lipstick
        organizer"; "my makeup brushes, need a case for them"), the accessory's nouns name what
        it is and the rest what it holds: a type, or a department ("makeup organizer"); not
        "a brush set with a case" (a set) nor "a bag of cotton balls" (cotton balls)."""
        if self.parse is None:
            return None
        before, found, after = need.lower().partition(" for ")
        if found and (held := self._holder(before, after, stated)):
            return held
        lowered = f" {need.lower()} "
        what = self._what_it_is(need)
        if what != need and not stems(what) & ACCESSORIES:
            return None  # "serum for under eye bags": a serum; what it is for says "bags"
        said = words(need)
        holder = [w for w in said if stem(w) in ACCESSORIES]
        if not holder or " with " in lowered or re.search(rf"\b{holder[-1]} of\b", lowered):
            return None
        rest = " ".join(w for w in said if w not in holder)
        head = self.parse(" ".join(holder)).category
        held = self.parse(rest).category  # what the whole names, "nail polish remover" aside
        if head is None or (stated and held != stated):
            return None
        if not (held or names_a_type(rest, self.vocabulary)):
            return None
        return None if held and nested(head, held) else head

    def _what_it_is(self, need: str) -> str:
        """The words of ``need`` before what it is for, used with or kept from
        (`retrieval.category_names.HEAD_THEN`: "serum" of "serum for under eye bags") when they
        name a product type by a word of a category's own name; else ``need``."""
        what = HEAD_THEN.split(f" {need} ", maxsplit=1)[0].strip()
        return what if what != need.strip() and names_a_type(what, self.vocabulary) else need

    def _holder(self, before: str, after: str, stated: str | None) -> str | None:
        """What `_what_it_holds` reads of a need said "<accessory> for <type>"."""
        if stated is None or stated.count(" > ") < 2 or self.parse is None:
            return None
        if not {stem(w) for w in words(before)} & ACCESSORIES:
            return None  # "cotton pads for removing makeup": the pads remove it, hold nothing
        head = self.parse(before).category
        if head is None or self.parse(after).category != stated or nested(head, stated):
            return None
        return head

    def _face_skin(self, need: str, skin: str, stated: str) -> str | None:
        """The face's branch of the skin (the query parser's for "face skin") where ``stated``
        lies above it (Skin Care: "moisturizer" names the face's and the body's alike), the
        ``skin`` stated is a face's (`FACE_SKIN_TYPES`) and the need names no other part of
        the body: "a lightweight moisturiser for combination skin" was guessed among the body
        lotions; else None ("a body lotion for oily skin" is the body's)."""
        said = {s.strip() for s in re.split(r",|\band\b", skin)}
        if self.parse is None or not said & FACE_SKIN_TYPES:
            return None
        if stems(need) & (BODY_PARTS - {"skin", "face"}):
            return None
        face = self.parse("face skin").category
        return face if face and below(face, stated) else None

    def _type_elsewhere(self, need: str, department: str) -> str | None:
        """The main category of the type the need ends with (`last_type`, `_main_of_type`),
        where the need names a department by a skin type stated ("oily skin") under which no
        category says that type: "oily skin primer" named Skin Care, and search found its
        serums; "primer" is Foundation Primers. None where the department says it ("dry skin
        lotion") or the type has no main category."""
        if department.count(" > ") != 1 or self.vocabulary is None or self.parse is None:
            return None
        if (last := self.last_type(need)) is None:
            return None
        said = stem(last)
        if any(
            within(p, department) and said in path_words(p[len(department) :])
            for p in self.vocabulary.categories
        ):
            return None
        return self._main_of_type(said)

    def _main_of_type(self, said: str) -> str | None:
        """The category whose own name says ``said`` (a word without its plural "s") and that
        holds `MAIN_SHARE` of the products of all the categories whose names say it
        ("primer": Foundation Primers, 63 of 67); else None."""
        vocabulary = self.vocabulary
        if vocabulary is None or len(vocabulary.category_sizes) != len(vocabulary.categories):
            return None
        saying = [
            (size, path)
            for path, size in zip(vocabulary.categories, vocabulary.category_sizes, strict=True)
            if said in path_words(path.rsplit(" > ", 1)[-1])
        ]
        if not saying:
            return None
        size, main = max(saying)
        return main if size >= MAIN_SHARE * sum(n for n, _ in saying) else None

    def _titled_beside(self, need: str, category: str) -> str | None:
        """The category beside ``category`` (under the same parent) whose titles name the
        need's product-type words, where few titles under ``category`` do: of the titles under
        the parent that name them (the fewest naming any one word), ``category`` holds under
        `FEW_TITLED` and the sibling `MOST_TITLED`. "makeup brushes set" names Makeup Brushes
        & Tools > Sets & Kits, where 3 titles say "brush" (a mask bowl, brow stencils...);
        Brushes & Applicators holds 78 of the 88 that say "set". Else None; never for a branch
        named for whom ("a fragrance for men": more titles under Women's say "fragrance"), nor
        for a need to take something off (`retrieval.category_names.REMOVING`: "wipes to take
        off mascara" is a remover, whatever the mascaras' titles say)."""
        counts = self.vocabulary.title_counts if self.vocabulary else None
        parent, _, last = category.rpartition(" > ")
        lowered = " ".join(need.lower().split())
        if last.lower() in WHOSE or (REMOVING.search(lowered) and not STAYS_ON.search(lowered)):
            return None

        def types(text: str) -> set[str]:
            return {stem(w) for w in WORD.findall(text.lower()) if names_a_type(w, self.vocabulary)}

        said = types(need)
        if not counts or parent.count(" > ") < 1 or not said:
            return None
        if types(self._what_it_is(need)) <= stems(last):
            return None  # "pads to wipe off nail polish": Nail Polish Remover says them all;
            # "serum for under eye bags": Serums says what it is

        def titled(path: str) -> int:
            return min(
                sum(n for p, n in counts.get(word, {}).items() if within(p, path)) for word in said
            )

        among = titled(parent)
        if among < LEAST_TITLED or titled(category) >= FEW_TITLED * among:
            return None
        depth = category.count(" > ")
        siblings = (
            {
                " > ".join(p.split(" > ")[: depth + 1])
                for p in self.vocabulary.categories
                if below(p, parent) and not within(p, category)
            }
            if self.vocabulary
            else set()
        )
        best = max(sorted(siblings), key=titled, default=None)
        return best if best and titled(best) >= MOST_TITLED * among else None

    def _named_by_whom(self, need: str, category: str) -> bool:
        """Whether only the need's words for whom (`SEX`) name ``category`` and none of its
        other words is in a title under it: "razor for men" names Fragrance > Men's (the
        catalog's only "Men's") by "men", and no title there says "razor". Not where the other
        words name a category above it ("a scent for men", "a men's fragrance": Fragrance)."""
        bare = SEX.sub(" ", need)
        if bare == need or not _need_words(bare) or self.parse is None:
            return False  # "something for men": nothing else said
        named = self.parse(bare).category
        if named and below(category, named):
            return False  # "a scent for men": the other words name Fragrance, above Men's
        return named != category and self.in_titles(bare, category) is None
