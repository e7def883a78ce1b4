"""Picks named by the words of their own title, read as if named by their place: "the tea tree
one please" beside three shampoos is "the first one please", "y is super stay so cheap" is "why
is the first one so cheap", "ill go w laser free" is "ill go with the third one". Every reader
of the picks knows a pick by its place ("the second one": `phrases.references.A_PICK`); a pick
named by its line or shade ("great lash", "double wear", "bubble bath") was a need to search for.

A name is a run of one to three words in a row of one pick's title, one of them its own (no other
pick on screen has it: `picks_by_own_word.own_words`), not only its brand's words (the brand
readers know those: `named_picks`). It is read as that pick where something points at it: "one"
after it ("the hd one", "dead sea one"), or "the", "that" or "this" before a name of two words
or more not all of which name a product ("the double wear"; "the vanilla smell" and "the
cleanser" are `picks_by_own_word`'s). A run of two or more words alone names its pick only where
none of its words names a product or its use (`names`: "bubble bath" and "shea butter" may be a
need), no word before it asks for a trait ("with vitamin c"), nothing in the message asks the
shop for products ("anything extra volume?") and no other pick is named ("is the revlon one
long-lasting?" asks a trait of the Revlon, whichever title says "long lasting"). A name alone
set against another pick named ("lashblast vs great lash") names it where it is no trait
("matte or glossy"), and a run said alone names none where it is a trait the phrase tables know
("long lasting pls" beside a "Long Lasting" title asks for the trait). Never after a word that
asks for one of a kind ("a matte one").

Fast: a screen's picks are indexed once (`screen_names`, cached by the picks); a turn that holds
none of their own words is left as it was after one substring test per own word, the names are
listed only for a turn that holds one, and only the names it holds are matched (`_said`,
compiled once per name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from assistant.dialogue.model.model_request import PickLine
from assistant.dialogue.phrases.product_traits import (
    COLOUR_WORDS,
    DESCRIBED_FORMULAS,
    FINISHES,
    FORMULAS,
    SCENTS,
)
from assistant.dialogue.phrases.references import ORDINALS
from assistant.dialogue.picks.picks_by_own_word import own_words
from retrieval.tokenize import STOP_WORDS, words

PLACES = ("first", "second", "third", "fourth", "fifth")
"""The places a pick is named by, in order (`phrases.references.ORDINALS` reads them back)."""

POINTING = r"(?:the|that|this)"
"""A word that points at one thing on screen before its name."""

TRAIT_BEFORE = frozenset(
    {"with", "without", "w", "no", "any", "some", "more", "less", "contains", "containing", "of",
     "in", "extra", "not", "free"}
)  # fmt: skip
"""Words before a run of title words that make it a trait asked for ("any with vitamin c",
"more tea tree", "something in coral"), not a pick's name."""

ASKS_FOR_OTHERS = re.compile(
    r"\b(?:any|anything|something|smth|sth|other|another|else|more|less|instead|without|except|"
    r"got|have|has|show|find|stock|carry|sell)\b",
    re.IGNORECASE,
)
"""Words that ask the shop for products ("anything extra volume?", "got more long lasting
ones"): title words said beside them with nothing pointing at them are a need, not a pick."""

GOES_WITH = frozenset({"go", "goes", "going", "pair", "pairs", "match", "matches", "use"})
"""Verbs before "with" that make what follows a thing on screen, not a trait ("what goes with
super stay", "ill go w laser free")."""

NOT_A_NAME = frozenset({*ORDINALS, "last", "other", "others", "cheap", "cheaper", "cheapest"})
"""Words that point at a pick by its place or price already, never part of its name."""

FUNCTION_WORDS = STOP_WORDS - {"great", "good", "nice", "best", "really", "very"}
"""Words a name neither starts nor ends with ("for women", "shampoo and"): the stop words but
those a line's name may hold ("Great Lash", "Good Hair Day")."""

A_KIND = frozenset({"a", "an", "another", "any", "some", "other", "no", "more"})
"""Words before "<title words> one" that ask for one of a kind ("a matte one")."""

AGAINST = frozenset({"or", "vs", "versus"})
"""Words that set two picks against each other (`phrases.questions.SET_AGAINST`)."""

TRAIT_WORDS = frozenset(
    w for said in (*COLOUR_WORDS, *FINISHES, *FORMULAS, *SCENTS) for w in words(said)
)
"""Words that name a colour, finish, formula or scent: set against another, a trait asked
about, not a pick ("matte or glossy")."""

TRAITS = frozenset(
    " ".join(words(said))
    for said in (*COLOUR_WORDS, *FINISHES, *FORMULAS, *SCENTS, *DESCRIBED_FORMULAS)
)
"""Traits by name as the phrase tables know them ("long lasting", "oil free", "rose gold",
"tea tree"): said alone, a wish for the trait, whichever pick's title holds its words."""

SEPARATORS = re.compile(r"[\s'.-]+")
"""What may stand between a name's words as said ("super-stay", "superstay", "l'oreal")."""

LONGEST = 3
"""The most words a name runs to."""


@dataclass(frozen=True)
class ScreenNames:
    """What one screen's picks are named by: each pick's own words (``own``: `own_words`) and
    title words (``titles``); their names (`_names`) only when a turn holds an own word."""

    picks: tuple[PickLine, ...]
    own: tuple[frozenset[str], ...]
    titles: tuple[frozenset[str], ...]

    @cached_property
    def names(self) -> tuple[tuple[int, tuple[str, ...], str], ...]:
        """Each pick's names, longest first, with their letters in a row: what a turn must
        hold for the name to be said in it ("superstay" of "super stay")."""
        return tuple((i, run, "".join(run)) for i, run in _names(self.picks, self.own))

    def held_in(self, squashed: str) -> list[tuple[int, tuple[str, ...]]]:
        """The names whose letters ``squashed`` (a turn, lower case, run together) holds in a
        row; none, after one substring test per own word, where it holds no own word (every
        name holds one)."""
        if not any(w in squashed for own in self.own for w in own):
            return []
        return [(i, run) for i, run, joined in self.names if joined in squashed]


@lru_cache(maxsize=16)
def screen_names(picks: tuple[PickLine, ...]) -> ScreenNames:
    """What ``picks`` are named by (`ScreenNames`), found once per screen."""
    return ScreenNames(
        picks=picks,
        own=tuple(frozenset(o) for o in own_words(picks, shortest=2)),
        titles=tuple(frozenset(words(p.title)) for p in picks),
    )


@lru_cache(maxsize=1024)
def _said(name: tuple[str, ...]) -> re.Pattern[str]:
    """Where a turn says ``name``: its words apart or run together, "the", "that" or "this"
    before it (group ``the``), "one" after it (group ``one``), not "<name> ones"."""
    said = r"[\s'.-]*".join(re.escape(w) for w in name)
    return re.compile(
        rf"(?:\b(?P<the>{POINTING})\s+)?\b{said}\b(?P<one>\s+one\b)?(?!(?:\s+\w+)?\s+ones?\b)",
        re.IGNORECASE,
    )


def names_as_places(message: str, picks: Sequence[PickLine], names: Callable[[str], bool]) -> str:
    """``message`` with each pick it names by words of its own title (the module's rules) said
    by its place instead ("the tea tree one" -> "the first one"); ``message`` as it was where it
    names none, or where more picks are on screen than places have words."""
    if not picks or len(picks) > len(PLACES):
        return message
    screen = screen_names(tuple(picks))
    held = screen.held_in(SEPARATORS.sub("", message.lower()))
    if not held:
        return message  # no name's letters in a row: nothing to match
    found: list[tuple[int, int, int]] = []  # (start, end, pick)
    against: list[tuple[int, int, int]] = []  # names said alone beside "or", "vs"
    unpointed: list[tuple[int, int, int]] = []  # runs said alone: "y is super stay so cheap"
    for i, run in held:
        title = screen.titles[i]
        for m in _said(run).finditer(message):
            before = set(words(message[: m.start()])[-1:])
            if not m.group("the") and before & (title | A_KIND):
                continue  # a longer name's end ("scalp rescue one"), one of a kind ("a matte one")
            pointed = m.group("the") and _pointed_name(run, names)
            alone = _named_alone(message, m, run, names) and _own_enough(
                run, screen.own[i], title, m
            )
            if m.group("one") or pointed:
                found.append((m.start(), m.end(), i))
            elif _set_against(m, run):
                against.append((m.start(), m.end(), i))
            elif alone:
                unpointed.append((m.start(), m.end(), i))
    named = found + against
    found += [a for a in against if _other_side_named(message, a[2], named, picks)]
    found += [u for u in unpointed if not _other_side_named(message, u[2], named, picks)]
    if not found:
        return message
    out, at = [], 0
    for start, end, i in _apart(found):
        out += [message[at:start], f"the {PLACES[i]} one"]
        at = end
    return "".join([*out, message[at:]])


def _names(picks: Sequence[PickLine], own: Sequence[set[str]]) -> list[tuple[int, tuple[str, ...]]]:
    """Each pick's names, longest first: runs of its title's words holding a word of its own
    (`own_words`), not only brand words or stop words, no number or place word, neither end a
    function word (`FUNCTION_WORDS`)."""
    runs = []
    for i, pick in enumerate(picks):
        title, brand = words(pick.title), set(words(pick.brand or ""))
        for size in range(LONGEST, 0, -1):
            for at in range(len(title) - size + 1):
                run = tuple(title[at : at + size])
                if (
                    set(run) & own[i]
                    and not set(run) <= brand | STOP_WORDS
                    and not set(run) & NOT_A_NAME
                    and not any(w.isdigit() for w in run)
                    and run[0] not in FUNCTION_WORDS
                    and run[-1] not in FUNCTION_WORDS
                ):
                    runs.append((i, run))
    return sorted(dict.fromkeys(runs), key=lambda r: -len(r[1]))


def _pointed_name(run: tuple[str, ...], names: Callable[[str], bool]) -> bool:
    """Whether a run after "the", "that" or "this" is a pick's name: two words or more not all
    naming a product ("the double wear"), or one word of four letters or more that names no
    product and no trait ("the anthelios"; not "the cleanser", "the matte")."""
    if len(run) >= 2:
        return not all(names(w) for w in run)
    return len(run[0]) >= 4 and not names(run[0]) and run[0] not in TRAITS | TRAIT_WORDS


def _named_alone(
    message: str, m: re.Match[str], run: tuple[str, ...], names: Callable[[str], bool]
) -> bool:
    """Whether a run of title words said with nothing pointing at it names its pick: two words
    or more, no trait (`_a_trait`), none of them naming a product, no word before it asking for
    a trait, and nothing in the message asking the shop for products (`ASKS_FOR_OTHERS`)."""
    before = words(message[: m.start()])[-2:]
    if before[-1:] in (["with"], ["w"]) and set(before[:1]) & GOES_WITH:
        before = []  # "goes with super stay": the pick it goes with
    return (
        len(run) >= 2
        and not _a_trait(run)
        and not any(names(w) for w in run)
        and not set(before[-1:]) & TRAIT_BEFORE
        and not ASKS_FOR_OTHERS.search(message)
    )


def _a_trait(run: tuple[str, ...]) -> bool:
    """Whether a run of title words is a trait the phrase tables know ("long lasting", "oil
    free", "rose gold") or traits of one word each ("red matte"; not "tea rose", a shade whose
    "tea" is only part of a trait's name): a wish, not a pick's name."""
    return " ".join(run) in TRAITS or all(w in TRAITS for w in run)


def _own_enough(run: tuple[str, ...], own: set[str], title: set[str], m: re.Match[str]) -> bool:
    """Whether a run said alone is its pick's more than the others': half its words or more
    are the pick's own ("super stay"; not "cream dry" of 'Body cream dry skin' beside other
    dry-skin creams), and the word after it does not carry on its title ("face cream dry skin":
    a need, not the name "cream dry")."""
    after = words(m.string[m.end() :])[:1]
    return 2 * len(set(run) & own) >= len(run) and not set(after) & title


def _set_against(m: re.Match[str], run: tuple[str, ...]) -> bool:
    """Whether a name said alone is set against another ("lashblast vs great lash", "tea tree or
    nizoral"): "or", "vs" or "versus" right beside it, and no single word of a trait ("matte
    or glossy" asks for a finish; a shade of two words may be a trait's name: "tea rose vs rose
    gold"). A line's name may be a product's word ("lashblast"): the other side named
    (`_other_side_named`) says it is a pick."""
    beside = {*words(m.string[: m.start()])[-1:], *words(m.string[m.end() :])[:1]}
    return bool(beside & AGAINST) and (len(run) >= 2 or run[0] not in TRAIT_WORDS)


def _other_side_named(
    message: str, pick: int, found: list[tuple[int, int, int]], picks: Sequence[PickLine]
) -> bool:
    """Whether the message names another pick than ``pick`` by its name (``found``), its
    brand or its place: what a name set against another is weighed with."""
    said = set(words(message))
    brands = [set(words(p.brand or "")) for j, p in enumerate(picks) if j != pick]
    return (
        any(i != pick for _, _, i in found)
        or any(b and b <= said for b in brands)
        or bool(said & set(ORDINALS) - {"one"})
    )


def _apart(found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``found`` in message order, each span overlapping an earlier (longer) one left out."""
    kept: list[tuple[int, int, int]] = []
    for start, end, i in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, i))
    return kept
