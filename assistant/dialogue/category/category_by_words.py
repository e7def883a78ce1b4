"""The category a new need's words name, read again (`named`), in the order of its readings:
a tool named by its use; the parser's category (none where a word said as what a part of the
body does named it: `part_states`) or a relaxing set; the type said last; a
compound's head; a type said before its form; the type said last over its likes; beside picks
of another department, the home the type has in theirs; then, unless only words for whom named
it, where what it is for, its titles, what holds it, a part of the body or a tool place it; and
"skin" said for its tone alone names no department (`not_by_a_skin_tone`).

Read by `need_category.NeedCategory.named`.
"""

from __future__ import annotations

import re

from assistant.dialogue.category.compound_head import CompoundHead
from assistant.dialogue.category.described_use import tool_of_the_use
from assistant.dialogue.category.form_said_last import type_before_its_form
from assistant.dialogue.category.named_homes import NamedHomes
from assistant.dialogue.category.need_parts import department, what_it_is_typed
from assistant.dialogue.category.need_purpose import NeedPurpose
from assistant.dialogue.category.part_states import said_as_what_a_part_does
from assistant.dialogue.category.relaxing_sets import relaxing_set
from assistant.dialogue.category.type_said_last import type_named_last, type_over_its_likes
from assistant.dialogue.handlers.bundle_type import type_near
from assistant.dialogue.needs.brands_said import without_brands
from assistant.dialogue.needs.stated_traits import read_traits
from assistant.dialogue.needs.wording import ACCESSORIES, stems
from assistant.dialogue.ports import CategoryGuesser, QueryParser
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary, path_words
from retrieval.tokenize import stem, words


def named(
    request: Request,
    *,
    picks_shown: bool,
    shown: str | None,
    categories: CategoryGuesser,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
    inner: frozenset[str],
    leaf_types: frozenset[str],
) -> str | None:
    """The category the need's words name, read again: a relaxing set or gift names Bath &
    Body; a category named only by words for whom is none ("razor for men" is not
    Fragrance > Men's) when no picks are on screen; beside picks of ``shown``, a type
    named in another department that has a home in theirs is that home ("how about a
    mousse" beside conditioners: hair mousses, not Body Souffles & Mousse); unless "skin"
    said for its tone alone named its department (`not_by_a_skin_tone`: "a bronzer for olive
    skin" is makeup's). ``inner`` are the categories with others under them, ``leaf_types``
    the product types the catalog's categories are named by."""
    if used := tool_of_the_use(request.text, vocabulary):
        return used  # "the thing that sharpens eyeliner pencils": a sharpener
    # a compound's head: "sea salt spray" is a spray, not the bath's salts
    heads = CompoundHead(categories, vocabulary, leaf_types, parse)
    stated = _stated(request.text, request.parsed.category, heads, inner, parse, vocabulary)
    if (
        stated
        and shown
        and department(stated) != department(shown)
        and not names_its_branch(request.text, stated)  # "a hair dryer" beside body washes
    ):
        near = type_near(request.text, shown, categories, vocabulary)
        if near and department(near) == department(shown):  # "a mousse" beside conditioners
            stated = stated if heads.head_named(request.text, stated, near) else near
    purpose = NeedPurpose(categories, parse, vocabulary)
    if stated and not picks_shown and purpose.named_by_whom(request.text, stated):
        return None
    found = _placed(request, stated, purpose, parse, vocabulary)
    return (not_by_a_skin_tone(request.text, found, parse) if found else None) or found


def _stated(
    need: str,
    parsed: str | None,
    heads: CompoundHead,
    inner: frozenset[str],
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """The category the need's words name (``parsed``, the query parser's, else a relaxing
    set's), read by the type said last, a compound's head (``heads``), a type said before its
    form and the type said last over its likes."""
    if said_as_what_a_part_does(need, parsed, vocabulary):
        parsed = None  # "my scalp flakes": no bath flakes
    stated = parsed or relaxing_set(need, vocabulary)
    stated = type_named_last(need, stated, parse, vocabulary) or stated  # "cream bronzer"
    stated = heads.linked(need, stated) or stated  # "rulos de espuma": rollers
    if stated and (
        home := heads.home(need, stated, leaf=stated not in inner)
        or heads.placed(need, stated)  # "foam curlers": hair rollers
    ):
        stated = home
    # "a conditioner spray": a conditioner, not the perfumes its "spray" named
    stated = type_before_its_form(need, stated, parse, vocabulary) or stated
    # "salicylic acid face wash": a face wash, not the acid's category
    return type_over_its_likes(need, stated, parse, vocabulary) or stated


def _placed(
    request: Request,
    stated: str | None,
    purpose: NeedPurpose,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """``stated`` placed by what the need is for (``purpose``), the titles saying what it is,
    what holds it, the shopper's skin, a part of the body or a tool it is for."""
    bare = without_brands(request.text, request.parsed)
    homes = NamedHomes(parse, vocabulary)
    what = what_it_is_typed(bare, vocabulary)
    if stated and purpose.named_by_what_for(bare, stated):  # "setting spray for oily skin":
        # the titles' home, else the type said last ("cream blush for dry skin"), else none
        return homes.titled(what, None) or type_named_last(what, None, parse, vocabulary)
    titled = homes.titled(what, stated)  # "tweezers": where the titles saying it lie
    if not titled and what != bare:  # "a heat protection spray for when i use my curling
        titled = homes.titled(bare, stated)  # iron": the iron is what it is used with
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


def names_its_branch(need: str, path: str) -> bool:
    """Whether ``need`` names a level of ``path`` between the store and its own type, by a word
    other than "care" ("a hair dryer": Hair Care; "a face mask": Face), not only the type ("a
    mousse": Body Souffles & Mousse)."""
    levels = path.split(" > ")[1:-1]
    named = {stem(w) for level in levels for w in words(level)} - {"care", "and"}
    return bool(named & {stem(w) for w in words(need)})


def not_by_a_skin_tone(need: str, stated: str, parse: QueryParser | None) -> str | None:
    """The category the need's words name without "skin", in another department, where
    the skin is said for its tone (`stated_traits.read_traits`: "pale", "olive", "dark")
    and no other word the need says names a level of ``stated`` above its own name:
    "a bronzer for olive skin" names Makeup's Bronzers & Highlighters, and "skin" alone
    named Skin Care's Self-Tanners & Bronzers; a tone is matched by makeup. Else None
    ("a self tanner for fair skin": Self-Tanners in any case; "cleanser for oily skin":
    a skin type, no tone)."""
    if parse is None or not read_traits(need.lower()).get("skin_tone"):
        return None
    levels = {stem(w) for level in stated.split(" > ")[1:-1] for w in words(level)}
    bare = re.sub(r"\bskin\b", " ", need, flags=re.IGNORECASE)
    if {stem(w) for w in words(bare)} & levels:
        return None
    other = parse(bare).category
    return other if other and department(other) != department(stated) else None
