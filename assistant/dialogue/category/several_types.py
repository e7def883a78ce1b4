"""The reading of a need that asks for several product types at once ("a cleanser and toner",
"mascara or eyeliner, whichever"): whether it does, the branch their homes share, and the word
that says each type.

`need_category.NeedCategory` asks it (`several_types`, `shared_branch`, `type_words`); the reader
then shows some of each type.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.dialogue.category.need_parts import department, what_it_is, words_of_what_it_is
from assistant.dialogue.needs.wording import BODY_PARTS, WHO_FOR, WORD, stems
from assistant.dialogue.phrases.gifts_and_people import OCCASION
from assistant.dialogue.phrases.need_openings import ASKING_FOR
from assistant.dialogue.ports import CategoryGuesser, QueryParser
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type, path_words
from catalog.category_paths import below, is_department, shared_branch, within
from retrieval.category_names import GENERIC_HEADS
from retrieval.filters import Filters
from retrieval.tokenize import STOP_WORDS, stem

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

SAID_AGAIN = re.compile(r",\s*the\b.*?(?=\s*(?:,|&|\+|\band\b|\bor\b|\bplus\b)|$)")
"""A part of a need put after a comma with "the", which says again what the type before it is
("magic eraser type thing for removing makeup, the reusable cloth", "Clear shampoo, the anti
dandruff one for men"): no second type asked for."""

WHAT_FOR = re.compile(r"^\s*(?:(?:and|but|just|mainly|mostly)\s+)?(?:for|to)\b")
"""A part of a need that says what it is for ("diffusers, for my curls", "a brush, to tame
frizz"): no type asked for beside the one said."""

RULED_OUT = re.compile(r"^\s*(?:(?:but|and|just)\s+)?(?:no|not|without|nothing|never)\b")
"""A part of a need that rules something out ("a clear lip gloss, no color", "a cleanser but
not a toner"): no type asked for ("color" names Hair Color)."""

FOR_WHAT_WAS_SAID = re.compile(r"\bfor (?:that|this|it|them|those|these|all that|all this)\b")
"""A type asked for what the parts before it say ("my scalp itches and flakes everywhere, is
there a shampoo for that"): where they tell of a person (`CLAUSE`, `WHOSE`), they ask for no
type of their own ("flakes" named Bath Pearls & Flakes); "a cleanser and a toner for that" asks
for two."""

WHOSE = re.compile(r"\b(?:my|our|his|her|their|your)\b")
"""Words that tell whose body or things a part of a need is about ("my scalp itches")."""

SET_WORDS = frozenset(
    {"set", "sets", "kit", "kits", "duo", "trio", "combo", "bundle", "hamper", "basket", "pack"}
)
"""Words that make several product types one product ("a shampoo and conditioner set", "a
cleanser and toner duo"): a set has a home of its own."""


@dataclass(frozen=True)
class SeveralTypes:
    """Reads the product types a need asks for at once.

    Attributes:
        categories: guesses the category of a part whose type has no known home.
        parse: the retrieval query parser bound to the catalog.
        vocabulary: the catalog's brands, categories and words.
        type_home: where most titles naming the one type a text names lie
            (`need_category.NeedCategory.type_home`).
    """

    categories: CategoryGuesser
    parse: QueryParser | None
    vocabulary: CatalogVocabulary | None
    type_home: Callable[[str], str | None]

    def asked(self, need: str, stated: str | None) -> bool:
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
        if kinds < 2 or self._one_category_says(parts):
            return False
        if stated is None or any(within(stated, c) for c in apart):
            return True  # the whole named one part's type, or deeper ("cologne for men and
            # an eyeshadow palette": Men's Cologne)
        if all(below(c, stated) for c in apart):
            return True
        paths = self.vocabulary.categories if self.vocabulary else ()
        under = [path_words(p) for p in paths if within(p, stated)]
        return any(w in said for w in words_only for said in under)  # "a hair straightener
        # and a makeup bag" named Bags & Cases, the type of the part said by a word alone;
        # "cologne for my dad and an eyeshadow palette" Fragrance, above Cologne

    def shared_branch(self, need: str) -> str | None:
        """The branch below a department that holds every type a need for several types at once
        names (`asked`): "a foundation and a concealer", Makeup > Face (where titles
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
        that name a product type (`_part_type`), each with it, past a polite opening that asks
        for them (`ASKING_FOR`: its "you" made the first part a clause about a person), from
        the last that asks for a type for what the parts before it say (`FOR_WHAT_WAS_SAID`);
        less a part that says again what the one before it is (`SAID_AGAIN`); none for a set
        (`SET_WORDS`)."""
        if self.parse is None or stems(need) & SET_WORDS:
            return []
        asked = re.sub(ASKING_FOR, "", " ".join(need.lower().split()))  # "could you recommend"
        parts = [p for p in TYPES_JOINED.split(SAID_AGAIN.sub("", asked)) if p.strip()]
        parts = [p for p in parts if not MATCHING.search(p)]  # "and matching liner"
        told = [i for i, p in enumerate(parts) if i and FOR_WHAT_WAS_SAID.search(p)]
        if told and any(CLAUSE.search(p) or WHOSE.search(p) for p in parts[: told[-1]]):
            parts = parts[told[-1] :]  # "my scalp ... flakes everywhere, a shampoo for that"
        if len(parts) < 2:
            return []
        typed = [(p, self._part_type(p, parts[-1])) for p in parts]
        return [(p, t) for p, t in typed if t is not None]

    def _one_category_says(self, parts: list[tuple[str, str]]) -> bool:
        """Whether one category's own name says a type word of every part that says one
        ("shampoo and conditioner": Shampoo & Conditioner Sets; "a bronzer and highlighter":
        Bronzers & Highlighters), in the department of every part whose type only the query
        parser named (not "hair straightener and a makeup bag": Cosmetic Bags says the bag, and
        the straightener's Flattening Irons lie in Hair Care): the types have a home together."""
        said = [s for s in (type_stems(p, self.vocabulary) for p, _ in parts) if s]
        parsed = {
            department(t) for p, t in parts if " > " in t and not type_stems(p, self.vocabulary)
        }
        paths = self.vocabulary.categories if self.vocabulary else ()
        return any(
            all(s & stems(path.rsplit(" > ", 1)[-1]) for s in said) and parsed <= {department(path)}
            for path in paths
        )

    def _part_type(self, part: str, last: str) -> str | None:
        """The product type one part of a need names (`asked`), of its words before what it is
        for (`need_parts.what_it_is`: "a shampoo" of "a shampoo for my son", "bowl" of "bowl to
        colour my hair"): the category the query parser reads, below a department; else its
        last word where that is a word of a category's own name (`type_stems`): "cleanser",
        which names the Cleansers of Face and of Bath & Body alike; not "dark" of "dark
        brown". None for a word said before the
        last part's type ("gel" of "a gel or cream cleanser": a gel cleanser), an occasion
        or whom it is for alone (`OCCASION`, `WHO_FOR`: "date night", "valentines for my bf")
        or no type."""
        if CLAUSE.search(part) or WHAT_FOR.match(part) or RULED_OUT.match(part):
            return None  # "it bleaches all my towels", "the gel one", "for my curls", "no
            # color": no type asked for
        if not words_of_what_it_is(WHO_FOR.sub(" ", re.sub(OCCASION, " ", part))):
            return None  # "date night, a red lipstick": when, not Night Creams; "valentines
            # for my bf, ...": when and whom for, not Men's fragrance
        what = what_it_is(part)  # not what it is for: "bowl to colour my hair" is no Hair Color
        named = self.parse(what).category
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
        type_said = [w for w in WORD.findall(what) if w not in STOP_WORDS]
        found = type_stems(type_said[-1], self.vocabulary) if type_said else set()
        if found:
            return next(iter(found))
        return named if named and _a_department_s_own_type(what, named) else None

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


def _a_department_s_own_type(what: str, named: str) -> bool:
    """Whether ``named``, the department the query parser read for ``what`` (a part of a need,
    before what it is for), is the home of a type said there rather than of a part of the body
    ("perfume" names Fragrance, whose products have no branch of their own for it; "skin" names
    Skin Care, of no one type): a part "perfume and a hair straightener" asks for apart."""
    return is_department(named) and not stems(what) & BODY_PARTS


def type_stems(text: str, vocabulary: CatalogVocabulary | None) -> set[str]:
    """The words of ``text`` (stemmed) that name a product type by a word of a category's
    own name (`names_a_type`), less parts of the body, departments' words and words that
    name no type (`GENERIC_HEADS`: "body" of "a body lotion", "bath", "treatment")."""
    paths = vocabulary.categories if vocabulary else ()
    departments = {w for p in paths for w in path_words(department(p))}
    said = {stem(w) for w in WORD.findall(text) if w not in STOP_WORDS}
    typed = {w for w in said if names_a_type(w, vocabulary)}
    return typed - BODY_PARTS - departments - GENERIC_HEADS
