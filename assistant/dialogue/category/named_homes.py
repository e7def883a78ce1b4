"""Where a need's own words place it better than the category the query parser reads for it:
a tool by its noun ("eyeshadow brushes": brushes), an accessory by what it holds ("a case for
my makeup brushes": a case), a type by an everyday name no category has ("tweezers"), a type
said with a part of the body ("eyebrow powder"), and a sibling whose titles name the type
("makeup brushes set").

`category_by_words.named` asks it, in that order of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from assistant.dialogue.category.need_parts import (
    department,
    what_it_is,
    what_it_is_typed,
    without_what_it_has,
    words_of_what_it_is,
)
from assistant.dialogue.category.several_types import TYPES_JOINED
from assistant.dialogue.category.titled_types import (
    form_after,
    titled_type,
    tool_kinds,
    without_type,
)
from assistant.dialogue.needs.wording import (
    ACCESSORIES,
    BODY_PARTS,
    NON_PRODUCT_WORDS,
    PARTS_HELD,
    TOOLS,
    WORD,
    stems,
)
from assistant.dialogue.phrases.product_traits import FORMS
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.vocabulary import (
    CatalogVocabulary,
    branch_nodes,
    names_a_type,
    path_words,
)
from catalog.category_paths import below, nested, within
from retrieval.category_names import CATEGORY_SYNONYMS, GENERIC_HEADS, REMOVING, STAYS_ON
from retrieval.tokenize import (
    STOP_WORDS,
    partition_purpose,
    past_seeking,
    stem,
    without_turned_down,
    words,
)

WHOSE = frozenset({"women's", "men's", "women", "men", "girls", "boys", "kids", "unisex"})
"""Names of the branches a catalog splits a type into by whom it is for (Fragrance > Women's)."""

VAGUE = frozenset(
    {"stuff", "thing", "things", "anything", "product", "products", "good", "nice", "best",
     "great", "gift", "gifts", "present", "new", "cheap", "one", "ones", "idea", "ideas", "help",
     "tool", "tools", "gadget", "gadgets", "device", "devices", "thingy", "thingies"}
)  # fmt: skip
"""Words before "for" that say nothing of what a product is ("good stuff for dry hair", "a tool
for my hair", "a gadget for my nails"); brands are left out before they are read."""

BRANCH_PARTS = BODY_PARTS - {"skin"}
"""Parts of the body (`wording.BODY_PARTS`) a need's other words are for, each with branches of
its own ("lip oil": Lips); not the skin, which every branch of Skin Care is for."""

FEW_TITLED = 0.1
MOST_TITLED = 0.5
"""A named category gives way to a sibling (`NamedHomes.titled_beside`) when it holds under
`FEW_TITLED` of the parent's titles that name the need's product types and the sibling
`MOST_TITLED`."""
LEAST_TITLED = 3
"""...and only where at least this many titles under the parent name them: one stray title
("cotton" in a lipstick's) is no sign of where a need's type lies ("cotton pads for removing
makeup" was moved from Makeup Remover to Lips)."""


KIN_WORDS_APART = frozenset({"and", "care", "tool", "accessory"})
"""Words of category names that say nothing of what two branches are for."""


def says_part(path: str, part: str) -> bool:
    """Whether a level of ``path`` says ``part`` (a part of the body as `stem` writes it) by a
    word ending in it ("Eyebrow Color" says "brow")."""
    return any(w.endswith(part) for w in path_words(path))


def _says_another_part(path: str, part: str) -> bool:
    """Whether ``path`` (below the store) says a part of the body (`BRANCH_PARTS`) other than
    ``part`` and than the parts ``part`` holds (`PARTS_HELD`): Face > Exfoliators & Scrubs says
    the face, not the body; Nail Tools > Foot Rasps says the foot, which the body holds."""
    held = {part} | {w for w, home in PARTS_HELD.items() if home == part}
    below_store = path.partition(" > ")[2]
    return any(says_part(below_store, other) for other in BRANCH_PARTS - held)


def _kin(tool_home: str, used_with: str) -> bool:
    """Whether a tool's home and the category of what it is used with name the same thing
    below the store (Nail Tools > Nail Dryers and Makeup > Nails > Nail Polish: "nail"; Makeup
    Brushes & Tools and Makeup > Face > Foundation: "makeup"), not Nail Art Equipment and Lips."""
    below_store = [path.split(" > ", 1)[-1] for path in (tool_home, used_with)]
    shared = path_words(below_store[0]) & path_words(below_store[1])
    return bool(shared - KIN_WORDS_APART)


def _named_by_form(stated: str, home: str, form: str) -> bool:
    """Whether ``stated`` is a product type of ``home``'s department whose own name says only
    ``form``, the form a titled type was said in (Hair Sprays, by the "spray" of "a leave-in
    spray"; the leave-in's home is Conditioners)."""
    own = stems(stated.rsplit(" > ", 1)[-1])
    return department(stated) == department(home) and form in own and not within(home, stated)


@dataclass(frozen=True)
class NamedHomes:
    """Reads the home a need's words name by a tool, a holder, a titled type or a part.

    Attributes:
        parse: the retrieval query parser bound to the catalog.
        vocabulary: the catalog's brands, categories and words.
    """

    parse: QueryParser | None
    vocabulary: CatalogVocabulary | None

    def part_home(self, need: str, stated: str | None) -> str | None:
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
        if stated and says_part(stated, part):
            return None
        if any(says_part(p, part) and kind in path_words(p) for p in vocabulary.categories):
            return None  # "eye cream": Skin Care > Eyes > Creams, the words' own to find
        inner = branch_nodes(tuple(vocabulary.categories))
        leaves = [p for p in vocabulary.categories if p not in inner]
        return self._most_titled(
            kind, [p for p in leaves if says_part(p.rsplit(" > ", 1)[-1], part)]
        )

    def part_said_for(self, need: str, stated: str | None) -> str | None:
        """The category whose path (below the store) says the one part of the body
        (`BRANCH_PARTS`) said after the need's "for" and that holds the most titles naming the
        type said last before it (at least `LEAST_TITLED`, ahead of the rest), where
        ``stated`` (the category read or guessed so far) is none or its path says no such
        part: "soap for my face" was guessed among the Bath & Body soaps, and five of Face >
        Cleansers' titles say soap; "bronzer for my face" is makeup's (Face > Bronzers &
        Highlighters), not the self-tanners. A form said last (`FORMS`) is how the type before
        it comes: that type is read first ("a sunscreen stick for my face": Face > Sunscreens,
        not the Concealers' cover sticks). Else None: "mascara for my lashes" (two titles of
        each lash tool say mascara), "a scrub for my lips" (no title of Lips says scrub), a
        part said before the type too (`part_home`: "eyebrow powder"), a part said in another
        clause ("a powder to set my concealer under the eyes": where the concealer goes). A part
        no branch is named for is the part that holds it (`_branch_part`: "a scrub for my feet"
        is the body's), and moves a type read below a department only from a branch of another
        part ("a scrub for my feet" out of the face's Scrubs; not "a sunscreen for my legs")."""
        vocabulary = self.vocabulary
        before, found, after = partition_purpose(without_turned_down(need.lower()))
        if vocabulary is None or not vocabulary.title_counts or not found:
            return None
        said = {stem(w) for w in words(after)}
        parts = {self._branch_part(w) for w in said} & BRANCH_PARTS  # "feet": the body's
        typed = [stem(w) for w in words(before) if names_a_type(w, vocabulary)]
        if len(parts) != 1 or not typed or {stem(w) for w in words(before)} & BODY_PARTS:
            return None
        (part,) = parts
        if stated and says_part(stated.partition(" > ")[2], part):
            return None
        held = part not in said  # "feet": the body's
        if (
            (held or self._kind_said_before(stated, typed))
            and stated
            and stated != department(stated)
            and not _says_another_part(stated, part)
        ):
            return None  # "a sunscreen for my legs": Sun's, no body lotion; "a file for my
            # feet": Foot Rasps; "sun cream for the body": a branch the words name holds it
        homes = [p for p in vocabulary.categories if says_part(p.partition(" > ")[2], part)]
        # "a sunscreen stick for my face": the sunscreen, not the concealers' sticks (a form
        # said last says how the type before it comes)
        kinds = typed[-2:] if typed[-1] in FORMS and len(typed) > 1 else typed[-1:]
        best = next((b for kind in kinds if (b := self._most_titled(kind, homes))), None)
        return None if best is None or (stated and nested(stated, best)) else best

    def _kind_said_before(self, category: str | None, typed: list[str]) -> bool:
        """Whether ``category`` is a branch (`_is_branch`) whose own name says none of the
        product-type words ``typed`` (stems): a kind said before the type ("sun" of "sun
        cream": Skin Care > Sun), not the type itself ("scrub": Exfoliators & Scrubs)."""
        return self._is_branch(category) and not stems(str(category).rsplit(" > ", 1)[-1]) & set(
            typed
        )

    def _is_branch(self, category: str | None) -> bool:
        """Whether ``category`` is a node of the tree with sub-categories (Skin Care > Sun)."""
        paths = self.vocabulary.categories if self.vocabulary else ()
        return bool(category) and category in branch_nodes(tuple(paths))

    def _branch_part(self, word: str) -> str:
        """The part of the body whose branches hold what is for ``word`` (a stem), where no
        category's path says ``word`` itself (`PARTS_HELD`: "feet" the body's; "foot" says Foot
        Rasps); else ``word``."""
        paths = self.vocabulary.categories if self.vocabulary else ()
        if word not in PARTS_HELD or any(says_part(p.partition(" > ")[2], word) for p in paths):
            return word
        return PARTS_HELD[word]

    def _most_titled(self, kind: str, homes: list[str]) -> str | None:
        """Of ``homes``, the one holding the most titles that name ``kind`` (a word as `stem`
        writes it), at least `LEAST_TITLED` and strictly more than any other; else None."""
        titled = self.vocabulary.title_counts.get(kind, {}) if self.vocabulary else {}
        held = {p: titled.get(p, 0) for p in homes}
        ranked = sorted(held.values(), reverse=True)
        if not ranked or ranked[0] < LEAST_TITLED or ranked[1:2] == ranked[:1]:
            return None
        return max(held, key=held.__getitem__)

    def tool_home(self, need: str, stated: str | None) -> str | None:
        """The category of the tool a need names by a tool's noun (`wording.TOOLS`) last among
        the words that say what it is ("eyeshadow brushes", "a hair dye brush", "a cap for
        when i dye my hair"), where ``stated`` (the product the tool is used with: Eye Shadow;
        or another tool's home: hair styling Brushes) is not the best home of it: of the
        categories whose own name says the noun, the one whose path says most of the need's
        words (`CATEGORY_SYNONYMS` read: "dye" says color; Hair Coloring Tools > Brushes,
        Combs & Needles), then whose titles name its other words most often (Brushes &
        Applicators for "eyeshadow"), strictly ahead of the rest, neither above nor below
        ``stated`` and ahead of it on the path where that is a home of the tool too; else
        None. A tool said after "with" (`need_parts.without_what_it_has`) comes with the type
        said before it ("a gel eyeliner pot with a brush" is an eyeliner)."""
        what = TYPES_JOINED.split(what_it_is(need))[0]
        typed = without_what_it_has(what)  # "an eyeliner pot with a brush": the pot's
        what = typed if names_a_type(typed, self.vocabulary) else what
        said = [stem(w) for w in WORD.findall(what)]
        if not said or said[-1] not in TOOLS or self.vocabulary is None:
            return None
        tool = said[-1]
        homes = [p for p in self.vocabulary.categories if tool in stems(p.rsplit(" > ", 1)[-1])]
        need_stems = stems(need)
        need_stems |= {s for w in need_stems for s in CATEGORY_SYNONYMS.get(w, ())}
        prefixes = {w[:5] for w in need_stems}
        purpose = words_of_what_it_is(need) - {tool}
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

    def titled(self, need: str, stated: str | None) -> str | None:
        """The home of a product type ``need`` names by an everyday name no category is named
        by (`titled_types`: "tweezers", "a heat protectant"), where ``stated`` is none, lies
        above it, or is a department named only by the type's own words ("makeup wipes":
        Makeup), and the need's other words name no category (below a department) the home
        lies outside nor, with it, a type the catalog has no home for (`kinds.ELSEWHERE`:
        "tweezers for my eyebrows" are eyebrow tweezers; the titles' tweezers are for nail
        art); else None. A type said first and another of its department after what it is
        for is the first ("heat protectant for when i use my flat iron": used with the iron);
        one of another department is not ("makeup wipes for my lipstick"), unless the first is a
        tool whose home is kin to it (`_kin`: "a uv lamp for gel polish")."""
        homes = self.vocabulary.titled_types if self.vocabulary else None
        titled = titled_type(need, homes)
        if titled is None:
            return None
        kind, home = titled
        said = stems(need)
        homeless = self.vocabulary.homeless if self.vocabulary else frozenset()
        if any(set(other.split()) <= said for other in homeless):
            return None  # "tweezers for my eyebrows": eyebrow tweezers, not the nail art ones
        left = without_type(need, kind)
        form = form_after(need, kind)  # "a leave-in spray": a leave-in that comes as a spray
        if form:
            left = " ".join(w for w in words(left) if stem(w) != form)
        said_else = {stem(w) for w in words(left) if w not in STOP_WORDS} - GENERIC_HEADS
        # "hot oil treatment", "a cuticle pusher tool": no other type named by "treatment"
        rest = self.parse(left).category if self.parse and said_else else None
        if rest and rest.count(" > ") >= 2 and not within(home, rest):
            if self._said_first(need, kind) and (
                department(rest) == department(home) or (kind in tool_kinds() and _kin(home, rest))
            ):  # "heat protectant for when i use my flat iron", "a blender for my foundation":
                return home  # used with it
            return None  # "makeup wipes for my lipstick", "tweezers for my lipstick"
        if stated is None or below(home, stated):
            return home
        if kind in tool_kinds() and rest is None:
            return home  # "nail lamp" (for gel polish) named Nail Polish by "nail": a lamp
        if form and (rest is None or within(home, rest)) and _named_by_form(stated, home, form):
            return home  # "a leave-in spray so my hair isn't tangled": Hair Sprays by "spray"
        return home if stated == department(stated) and rest is None else None

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

    def what_it_holds(self, need: str, stated: str | None) -> str | None:
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
        before, found, after = partition_purpose(need.lower())
        if found and (held := self._holder(before, after, stated)):
            return held
        lowered = f" {need.lower()} "
        what = what_it_is_typed(need, self.vocabulary)
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

    def _holder(self, before: str, after: str, stated: str | None) -> str | None:
        """What `what_it_holds` reads of a need said "<accessory> for <type>"."""
        if stated is None or stated.count(" > ") < 2 or self.parse is None:
            return None
        if not {stem(w) for w in words(before)} & ACCESSORIES:
            return None  # "cotton pads for removing makeup": the pads remove it, hold nothing
        head = self.parse(before).category
        if head is None or self.parse(after).category != stated or nested(head, stated):
            return None
        return head

    def titled_beside(self, need: str, category: str) -> str | None:
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
        if self._is_branch(category):
            return None  # "sun cream for my legs": a branch the words name holds the type they
            # say (its sub-categories, found deeper), not the branch whose titles say "cream"

        def types(text: str) -> set[str]:
            return {stem(w) for w in WORD.findall(text.lower()) if names_a_type(w, self.vocabulary)}

        said = types(without_what_it_has(past_seeking(need)))  # "a body wash with a fresh
        # fragrance": no Soaps for the soaps whose titles say "fragrance"; "I'm after a
        # shampoo": no "after" of After Sun
        if not counts or parent.count(" > ") < 1 or not said:
            return None
        if types(what_it_is_typed(need, self.vocabulary)) <= stems(last):
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
