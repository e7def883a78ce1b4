"""The need in the catalog's words: a new need's text less the chatter around it ("she's always
complaining her hair is frizzy", "for my dad's 70th, he likes to shave old school"), so that
what we search for and echo back ("Here are 4 picks for '...'") is what the shopper wants.

Chatter is told by its form and checked against the catalog's titles: conversation words
(`CHATTER`: who says or feels what, "always", thanks), a birthday ("70th"), whose ("my dad's"),
and an adverb no title uses nor its root ("honestly", "lately"; not "naturally", "quickly").
A word no title uses is otherwise kept: the dense search reads it ("a quiet hair dryer", "weak
nails", "humid weather", "cheekbones"). Stop words stay, for the rules that read the need's
phrases ("for men", "with spf", "not too sweet"); a clause left with no content word goes
("thanks so much!", "looking for something").
"""

from __future__ import annotations

import re
import string
from typing import TYPE_CHECKING

from assistant.dialogue.needs.wording import PEOPLE, tidy
from retrieval.tokenize import STOP_WORDS, stem, words

if TYPE_CHECKING:
    from assistant.dialogue.vocabulary import CatalogVocabulary

CHATTER = frozenset({
    "always", "constantly", "usually", "likes", "loves", "adores", "enjoys",
    "thanks", "thank", "thx", "ty", "cheers", "gracias", "merci", "danke", "grazie", "she",
    "he", "they", "shes", "hes", "theyre", "youre", "were", "idea", "ideas", "tried",
    "obsessed", "saying", "says", "said", "complains", "complaining", "complain", "turns",
    "lol", "haha", "hey", "hi", "ugh", "hmm", "oh", "recommend", "suggest", "help", "next",
    "week", "month", "tomorrow", "needs", "wants", "whos", "btw", "tbh", "fyi", "imo", "got",
    "enough", "plenty", "version", "versions", "lookin", "rn", "thats",
})  # fmt: skip
"""Words of conversation, not of a product, some of which catalog titles happen to use
("Always", "Next"): never search words. Not the chatter words that also describe a product
("cool" tones, "love" in a name, "perfect" coverage, "great" for travel)."""

_KEPT = STOP_WORDS | {
    "not", "no", "non", "without", "free", "never", "nothing", "dont", "doesnt", "isnt",
    "arent", "wont", "cant",
}  # fmt: skip
"""Stop words and words that turn what follows around ("doesn't smudge", "fragrance free"):
kept, for the rules that read them, but no content of a clause."""

CHATTER_PHRASES = re.compile(
    r"\b(?:keeps?|kept) (?:on )?(?:saying|asking(?: (?:for|about))?|complaining(?: about)?"
    r"|telling (?:me|us)|talking about|going on about)"
    r"|\b(?:what|which)(?: (?:one|ones))? (?:do|would|can) you (?:recommend|suggest|think)\b"
    r"|\bany (?:ideas|suggestions|recommendations|tips)\b"
    r"|\b(?:i'?ve|i have) tried (?:everything|all sorts|so many)\b"
    r"|\b(?:i'?m|i am) (?:so |really )?(?:tired|sick|fed up) (?:of|with)\b"
    r"|\b(?:fed up|sick of it)\b"
    rf"|\b(?:she|he|they|i|my (?:{PEOPLE}))(?:'s| is|'re| are|'m| am|m) "
    r"(?:\d+|in (?:her|his|their|my) \d+s)(?: years? old| yo)?\b"
    r"|\b(?:(?:has|have|just|recently) )*(?:started|starting|begun|began|begins?) "
    r"(?:getting|to get)\b"
    r"|\b(?:want|wanted|wanna|like|love|going|gonna|'?d like) to try\b"
    r"|^(?:(?:ok|okay|hmm|actually|but|well),? )*(?:(?:i'?d|i would) (?:prefer|rather(?: have)?)"
    r"|i prefer|ideally)\b"
    r"|\b(?:turns?|turning|turned) \d+\b"
    r"|(?:(?<=\ba )|(?<=\ban )|(?<=\bmy )|(?<=\banother ))new\b(?! york| zealand| jersey)"
    r"|(?:(?<=\ba )|(?<=\bthe ))matching\b(?= [a-z])"
    r"|(?:^|(?<=[,;.!?] ))(?:it'?s|it is)\b"
    r"|\b(?:two|three|four|five|six|a couple(?: of)?)(?= (?:[a-z]+ )?[a-z]+s\b)"
    r"|\b(?:each|apiece|a piece)\W*$"
    r"|\b(?:do|does) (?:you|u|ya|y'?all)(?: guys)? (?:have|got|sell|carry|stock)\b"
    r"|\bhave (?:you|u) got\b"
    r"|\bat (?:the )?(?:very )?least\b"
    r"|\bneither(?: of (?:those|these|them|the (?:two|three|options)))?\b(?! \w+ nor\b)"
    r"|\bnone of (?:those|these|them|the (?:two|three|options))\b"
    r"|(?:,\s*)?\bi mean\b"
    r"|\b(?:but |and )?(?:i'?ve|i have) never (?:used|tried|had) (?:it|one|them|this|that|any)"
    r"(?: before)?\b"
    r"|\bwhat (?:should|can|could|do|would|will) (?:i|he|she|they|we|you) (?:use|get|buy|try)\b"
    r"|\b(?:are|r) (?:you|u) able to\b|\b(?:is it|would it be) possible to\b"
    r"|\b(?:(?:can|could|would|will) (?:you|u) )?(?:please )?help (?:me|us|him|her|them) "
    r"(?:to )?(?:pick|choose|find|select|decide on|buy)(?: out)?\b"
    r"|\bi need help (?:picking|choosing|finding|selecting|deciding on)(?: out)?\b"
    r"|\b(?:mine|my old one|the old one|my old \w+)(?: just| finally| recently)? (?:died|broke"
    r"(?! me out)|stopped working|gave out|gave up|quit|fell apart)\b"
    r"|\b(?:(?:can|could|would|will|shall) (?:you|u|we|i)|i can|we can|let'?s) (?:go|do|stay|"
    r"keep it|keep|make it|spend|afford|say|try)\b"
    r"|^(?:(?:ok|okay|hmm|actually|but|well|then|so),? )*(?:make it|keep it|maybe)\b",
    re.IGNORECASE,
)
"""Phrases of conversation around a need ("she keeps saying", "what do you recommend",
"i'm so tired of", an age: "she's 30", "im 50", "my daughter is 14", "turns 60"; how it
began: "just started getting"; "i want to try"; a preference: "i'd prefer something natural";
a replacement: "a new perfume"; one to go with the picks: "and a matching conditioner";
the subject opening a clause: "it's really frizzy"; how many: "two lipsticks under 10 each";
asking the shop: "do you have dry shampoo?"; "at least": what goes before it is the bound;
our options turned down: "neither of those"; a correction: "purple shampoo i mean"; a first
time: "but i've never used it before"; what became of the old one: "mine just died", "my old
one broke"; how they ask: "what should he use", "are you able to find me", "help me pick a
setting spray"; how a price is asked for: "can you go up to 25", "actually make it under 10",
"i can spend up to 40", "can we stay under 20"): their words go with the `CHATTER` words."""

ASKING_WHAT = re.compile(
    r"\b(?:(?:what'?s|what is|what are|whats) (?:good|best|great|recommended)|"
    r"what (?:works|helps|would work|would help))\b",
    re.IGNORECASE,
)
"""How a shopper asks for a need ("what's good for frizzy hair", "what works for dry
elbows"): gone with the `CHATTER` words, once the category is read (before, the question it
asks across the options was lost: frizzy hair went to Hair Sprays)."""

_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
"""A birthday ("70th", "21st"): not a product size."""

_WHOSE = re.compile(rf"^(?:{PEOPLE})s?['’]s?$|^['’]s$")
"""Whose ("my dad's 70th", "my kid's hair", the "'s" left of "my friend's"): who the need is
for, no product word."""

_ENDS = "".join(c for c in string.punctuation if c not in "$%'") + "¿¡“”‘"


def catalog_need(
    text: str,
    vocabulary: CatalogVocabulary | None,
    *,
    chatter_words: bool = True,
    none_left: str | None = None,
) -> str:
    """``text`` less its chatter (see the module), then less the clauses left with no content
    word; the text unchanged when the titles are unknown, and when nothing would be left
    (``none_left`` instead where given: "" for a refinement, whose need stays as it was).

    ``chatter_words``: also the `CHATTER` words and whose. The reader drops them only once
    the need's category is read: "she loves a long bath" less "she loves" took the guess from
    the bath department to body washes, "something special for my girlfriend's birthday"
    less "girlfriend's" to nail polish."""
    if vocabulary is None or not vocabulary.title_words:
        return text
    kept: list[str] = []
    said = ASKING_WHAT.sub(" ", text) if chatter_words else text
    for chunk in CHATTER_PHRASES.sub(" ", said).split():
        if not _chatter(chunk.strip(_ENDS).lower(), vocabulary, chatter_words):
            kept.append(chunk)
        elif chunk[-1:] in ",;.!?" and kept and kept[-1][-1:] not in ",;.!?":
            kept[-1] += chunk[-1]  # keep the clause break ("..., she's always")
    clauses = [c for c in re.split(r"(?<=[,;.!?])\s+", " ".join(kept)) if _content(c)]
    need = tidy(" ".join(clauses))
    if _content(need):
        return need
    return text if none_left is None else none_left


def as_titles_say(text: str, vocabulary: CatalogVocabulary | None) -> str:
    """``text`` with each plural the titles rarely say written in the singular they say
    (`CatalogVocabulary.said_singular`: "show me lipsticks" searches 'lipstick', "body washes"
    'body wash'); plurals titles say often ("makeup brushes", "false lashes") stay."""
    singular = vocabulary.said_singular if vocabulary is not None else frozenset()
    if not singular:
        return text

    def one(found: re.Match[str]) -> str:
        said = found.group(0)
        base = stem(said.lower())
        return base if base != said.lower() and base in singular else said

    return re.sub(r"[A-Za-z]+", one, text)


def _content(text: str) -> list[str]:
    """The words of ``text`` that are neither stop words nor negations."""
    return [w for w in words(text) if w not in _KEPT]


def _chatter(word: str, vocabulary: CatalogVocabulary, chatter_words: bool) -> bool:
    """Whether the lower-cased ``word`` is chatter: a birthday, a conversation word
    (`CHATTER`) or whose (when ``chatter_words``), or an adverb in "-ly" that no title uses,
    nor its root."""
    parts = words(word)
    if not parts or all(p in _KEPT for p in parts):
        return False
    if _ORDINAL.match(word):
        return True
    if chatter_words and (_WHOSE.match(word) or all(p in CHATTER for p in parts)):
        return True
    if len(parts) > 1 or not word.endswith("ly") or len(word) < 5:
        return False
    titles = vocabulary.title_words or {}
    root = word[:-2]
    return not any(w in titles for w in (stem(word), root, root + "e", root[:-1] + "y"))
