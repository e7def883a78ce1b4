"""What a need is for, said after "for" or beside its type, placing its category: the part of
the body or the concern it is for ("a mask for my hair": Hair Care; "a treatment for split
ends"), the face's skin ("a moisturiser for combination skin": the face's), a skin type that
named a department where the type has its own home ("oily skin primer": Foundation Primers), and
words for whom alone ("razor for men" names no Men's fragrance).

`NeedPurpose` is read by `category_by_words.named` as it reads a new need's category again, and
by `first_guess.first_guess`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.dialogue.category.named_homes import LEAST_TITLED, VAGUE
from assistant.dialogue.category.need_parts import department, words_of_what_it_is
from assistant.dialogue.category.type_said_last import before_what_follows
from assistant.dialogue.needs.stated_traits import read_traits
from assistant.dialogue.needs.wording import BODY_PARTS, NON_PRODUCT_WORDS, WORD, stems
from assistant.dialogue.phrases.shopper_states import FACE_SKIN_TYPES
from assistant.dialogue.ports import CategoryGuesser, QueryParser
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type, path_words, plain_words
from catalog.category_paths import below, within
from retrieval.category_names import MAIN_SHARE, split_at_purpose
from retrieval.filters import Filters
from retrieval.tokenize import STOP_WORDS, partition_purpose, past_seeking, stem

FOR_WHOM = re.compile(
    r"\b(?:(?:for|to) (?:a |the |my |our )?)?(?:men|man|guys?|gentlemen|males?|women|woman|ladies|"
    r"lady|females?|children|child|kids?|boys?|girls?)(?:'?s)?\b",
    re.I,
)
"""Whom a need is for by sex or age ("razor for men", "men's razor", "something gentle for
children"): no word of what it is; the words that name a branch for whom (Fragrance > Men's,
Children's)."""

FOR_A_PART_SHARE = 0.1
"""The share of the titles naming a type that must lie in the department a need says it is
for ("a mask for my hair": 23% of the titles saying "mask"; "a powder for my hair": 12%) for
that department to be the need's (`NeedPurpose.part_it_is_for`); "foundation for oily skin"
(4%) stays a foundation."""

CONCERN_SHARE = 0.6
"""The share of the titles naming the words of a concern a need is for that one department must
hold for the concern to name it (`NeedPurpose.department_of_the_concern`: "a treatment for
split ends" was read as a face treatment; the words are hair care's)."""


def types_named(text: str, vocabulary: CatalogVocabulary | None) -> frozenset[str]:
    """The words of ``text`` (in the singular: `stem`) that name a product type by a word of a
    category's own name (`names_a_type`)."""
    return frozenset(w for w in plain_words(text) if names_a_type(w, vocabulary))


def last_type(need: str, vocabulary: CatalogVocabulary | None) -> str | None:
    """The last word of ``need`` when it names a product type by a word of a category's own
    name: what an English need is, said after what it is like ("primer" of "oily skin
    primer"); else None."""
    said = [w for w in WORD.findall(need.lower()) if w not in STOP_WORDS]
    return said[-1] if said and names_a_type(said[-1], vocabulary) else None


def in_titles(need: str, category: str, vocabulary: CatalogVocabulary | None) -> str | None:
    """``category``, guessed by search for ``need`` whose words name none, when a title under it
    names one of the need's words; else None: the search matched on no word the need says
    ("headphones with noise cancelling" found headbands, "where is my order" a perfume), so the
    need is not one the catalog files there."""
    titles = vocabulary.title_words if vocabulary else None
    if titles is None:
        return category
    for word in words_of_what_it_is(need):
        if any(within(p, category) for p in titles.get(word, ())):
            return category
    return None


def named_for_whom_alone(text: str, category: str, parse: QueryParser | None) -> bool:
    """Whether only the words for whom of ``text`` (`FOR_WHOM`) name ``category``: without them
    its words name no category, or another that is not above it ("which of these is gentle
    enough for children?" named Fragrance > Children's by "children"; not "a scent for men",
    whose other words name Fragrance, above Men's)."""
    bare = FOR_WHOM.sub(" ", text)
    if bare == text or parse is None:
        return False
    named = parse(bare).category
    return named != category and not (named and below(category, named))


@dataclass
class NeedPurpose:
    """Reads what a need is for into where its category lies, by `NeedCategory`'s search guess,
    query parser and vocabulary."""

    categories: CategoryGuesser
    parse: QueryParser | None = None
    vocabulary: CatalogVocabulary | None = None

    def named_by_what_for(self, need: str, department: str) -> bool:
        """Whether ``department`` is named only by what the need is for, said after "for", and
        the words before it say what it is without naming a category: "a brow pencil for
        blonde hair" named Hair Care by "hair" (search for the whole need finds Eyebrow
        Color); "something for dry hair" and "a shampoo for dry hair" keep theirs."""
        before, found, after = partition_purpose(need.lower())
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

    def part_it_is_for(self, need: str, stated: str | None) -> str | None:
        """The department the words after what the need is (`split_at_purpose`: "for", "to",
        "that"...) name alone ("my hair": Hair Care; or a concern said there, by its titles:
        `department_of_the_concern`: "an argan oil serum to smooth frizz"), where
        ``stated`` (if any) lies outside it and at least `FOR_A_PART_SHARE` of the titles naming
        the type said before "for" lie in it: "a mask for my hair" was guessed among the face
        masks (no category of the tree is a hair mask), and 37 of the 162 titles saying "mask"
        are hair care's. Not "foundation for oily skin" (6 of the 156 titles saying
        "foundation" are skin care's), nor a part said as the skin alone ("body wash for dry
        skin": `named_homes.BRANCH_PARTS`), nor where ``stated``'s own name says what it is for
        ("a mirror for doing my makeup": Makeup Mirrors, not Makeup), nor after "from" (where a
        problem comes from: "dark spots on my cheeks from old acne"). Else None."""
        plain = " ".join(past_seeking(need.lower()).split())
        split = split_at_purpose(plain)
        counts = self.vocabulary.title_counts if self.vocabulary else None
        if split is None or self.parse is None or not counts:
            return None
        before, after = split
        if plain[len(before) :].split()[0] == "from":
            return None  # "dark spots on my cheeks from old acne": where they come from
        if stems(after) & BODY_PARTS == {"skin"}:
            return None  # "body wash for dry skin": the skin is every department's
        part = self.parse(after).category or self.department_of_the_concern(after)
        if part is None or part.count(" > ") != 1 or (stated and within(stated, part)):
            return None
        if stated and stems(after) & stems(stated.rsplit(" > ", 1)[-1]):
            return None  # "a mirror that lights up for doing my makeup": Makeup Mirrors says it
        types = types_named(before, self.vocabulary)
        if not types:
            return None
        for word in types:
            titled = counts.get(stem(word), {})
            total = sum(titled.values())
            inside = sum(n for path, n in titled.items() if within(path, part))
            if not total or inside < FOR_A_PART_SHARE * total:
                return None
        return part

    def department_of_the_concern(self, purpose: str) -> str | None:
        """The department holding at least `CONCERN_SHARE` of the titles that name the words of
        ``purpose`` (pooled, at least `LEAST_TITLED`), where it states a concern
        (`stated_traits.read_traits`) and names no category: "split ends" is hair care's (27 of
        the 39 titles saying "split" or "end"), "dark circles" no one department's (skin care
        holds 55%); "the beach", "my daughter" state no concern. Else None."""
        counts = self.vocabulary.title_counts if self.vocabulary else None
        if not counts or not read_traits(purpose).get("concern"):
            return None
        held: dict[str, int] = {}
        for word in words_of_what_it_is(purpose):
            for path, n in counts.get(word, {}).items():
                held[department(path)] = held.get(department(path), 0) + n
        total = sum(held.values())
        best = max(held, key=held.__getitem__, default=None)
        if best is None or total < LEAST_TITLED or held[best] < CONCERN_SHARE * total:
            return None
        return best

    def of_the_concern(self, need: str, filters: Filters) -> str | None:
        """The category search guesses for the concerns ``need`` states, searched as the trait
        reader says them (`stated_traits.read_traits`: "nails break all the time" states broken,
        peeling and weak nails), where its other words name no product type: its own words
        found polishes, false nails and strengtheners, no branch. Else None."""
        concern = read_traits(need).get("concern")
        if not concern:
            return None
        if names_a_type(" ".join(plain_words(need) - stems(str(concern))), self.vocabulary):
            return None
        return self.categories.guess(str(concern), filters)

    def on_the_face(self, request: Request, category: str | None, filters: Filters) -> str | None:
        """The category search guesses for the need under the face's branch of its department
        (`face_skin`), where search guessed ``category`` outside it for a need whose stated
        skin is a face's: "cream for oily skin" found body lotions, "a cream for combination skin"
        all of Skin Care. Else None ("a body lotion for oily skin" names the body)."""
        skin = request.attributes.get("skin")
        if not category or not skin:
            return None
        face = self.face_skin(request.text, str(skin), department(category))
        if face is None or within(category, face):
            return None
        found = self.categories.guess(request.text, replace(filters, category=face))
        return found if found and within(found, face) else None

    def face_skin(self, need: str, skin: str, stated: str) -> str | None:
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

    def type_elsewhere(self, need: str, department: str) -> str | None:
        """The main category of the type the need names before what follows it, else ends with
        (`last_type`, `main_of_type`), where the need names a department by a skin type stated
        ("oily skin") under which no category says that type: "oily skin primer" named Skin
        Care, and search found its serums; "primer" is Foundation Primers. None where the
        department says it ("dry skin lotion") or the type has no main category."""
        if department.count(" > ") != 1 or self.vocabulary is None or self.parse is None:
            return None
        # the type said before what follows it ("a cream blush that looks natural on dry
        # skin"), else the need's last word ("a gadget to smooth the rough skin on my foot")
        last = last_type(before_what_follows(need), self.vocabulary)
        if (last := last or last_type(need, self.vocabulary)) is None:
            return None
        said = stem(last)
        if any(
            within(p, department) and said in path_words(p[len(department) :])
            for p in self.vocabulary.categories
        ):
            return None
        return self.main_of_type(said)

    def main_of_type(self, said: str) -> str | None:
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

    def named_by_whom(self, need: str, category: str) -> bool:
        """Whether only the need's words for whom (`FOR_WHOM`) name ``category`` and none of its
        other words is in a title under it: "razor for men" names Fragrance > Men's (the
        catalog's only "Men's") by "men", and no title there says "razor". Not where the other
        words name a category above it ("a scent for men", "a men's fragrance": Fragrance)."""
        bare = FOR_WHOM.sub(" ", need)
        if bare == need or not words_of_what_it_is(bare) or self.parse is None:
            return False  # "something for men": nothing else said
        return (
            named_for_whom_alone(need, category, self.parse)
            and in_titles(bare, category, self.vocabulary) is None
        )
