"""Where a reply to our own clarifying question leads in the catalog, beyond the option it names
(`answers.py` reads which option that is): a branch no option holds ("she loves baths": Bath &
Body), a product type of its own (a new need), the option under which the need's use lies ("the
one for makeup"), a category under the chosen option ("makeup, mainly for my eyes"), or a
category of its own for a reply read as "any" ("what about a face wash": a new need).

`TurnReader` (reader.py) calls these in order on a turn with a pending question; each takes the
`Request` read so far and returns it, with ``answer`` and ``parsed.category`` set as the reply
leads. They read the catalog's words (`CatalogVocabulary`) and ask search for a category
(`CategoryGuesser`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from assistant.dialogue.category.need_category import BRANCH_PARTS
from assistant.dialogue.clarifying.answers import PARTS, option_by_titles
from assistant.dialogue.model.model_request import NEED_SO_FAR, TurnSituation
from assistant.dialogue.model.validation import ANY
from assistant.dialogue.needs.need_words import CHATTER
from assistant.dialogue.needs.wording import (
    BODY_PARTS,
    NON_PRODUCT_WORDS,
    WHO_FOR,
    WORD,
    said_words,
    stems,
    unowned_words,
    without_reasons,
)
from assistant.dialogue.phrases.shopper_states import STATE_WORDS
from assistant.dialogue.picks.beside_picks import OFFERS_ANOTHER
from assistant.dialogue.ports import CategoryGuesser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import (
    CatalogVocabulary,
    leaf_types,
    names_a_type,
    path_words,
    plain_words,
)
from catalog.category_paths import below, is_department, nested, nodes, shared_branch, within
from core.errors import ShopAssistError
from retrieval.tokenize import STOP_WORDS, stem

PLACE_WORDS = frozenset({
    "first", "second", "third", "fourth", "fifth", "last", "middle", "former", "latter", "1st",
    "2nd", "3rd", "option", "hmm", "guess", "think",
})  # fmt: skip
"""Words that choose an option by its place ("the first one", "hmm maybe the second"): no
words to look deeper under it for."""
FOR_ITS_USE = re.compile(
    r"^(?:(?:the|a|an|something|anything|stuff|smth)\s+)?(?:(?:ones?|kind|type)\s+)?"
    r"((?:for|to)\b.*)"
)
"""A reply that says what the need is for ("for makeup", "the one for my nails", "one to ...",
"something to wash with"), and that use ("for makeup")."""


ANSWER_FILLER = frozenset({
    "one", "ones", "kind", "type", "sort", "option", "both", "either", "maybe", "probably",
    "definitely", "mostly", "mainly", "prefer", "rather", "go", "guess", "think",
    "yes", "yeah", "yep", "sure", "ok", "okay", "please", "pls", "actually", "really", "just",
    "stuff", "things", "products", "like", "would", "i'd", "id", "i'll", "love", "lets", "let's",
    "it's", "its", "it", "is",
})  # fmt: skip
"""Words of an answer that choose, hedge or chat ("maybe the shampoo one please"): no detail
of the need."""


OWNED = re.compile(
    r"\b(?:i|we)(?:'ve| have)? (?:already )?(?:have|got|own|use)\b(?=.*\balready\b)"
    r"|\balready (?:have|got|own|use)\b"
)
"""A clause of an answer that says what the shopper has already ("gel, I have a lamp already"):
no detail of the need."""


TOLD_ABOUT = re.compile(
    r"^(?:(?:and|but|cause|cuz|coz|because|since|as|plus)\s+)?"
    r"(?:i|i'm|im|i've|ive|my|we|our|it|it's|its|they|they're|she|he|her|his|those|these|"
    r"the\s+[a-z]+\s+ones|ich|mein|meine|je|j'|ma|mon|mes|yo|mi|mis|io|eu|meu|minha|ik|mijn)"
    r"(?:\b|(?<=j'))(?!.*\b(?:want|need|looking for|after|prefer|rather|'d like|would like)\b)"
)
"""A clause after an answer that tells of the shopper, not what to buy ("face, I wear makeup
over it", "face, the body ones always make me break out", "body, my legs get so dry",
"gesicht, ich trage make-up darüber": a first person the lexicon leaves as said): the types it
names are no type asked for."""


def without_told_about(text: str) -> str:
    """``text`` less its clauses after the first that tell of the shopper (`TOLD_ABOUT`)."""
    first, *rest = re.split(r"[,;.!?]+(?=\s|$)", text)
    kept = [c for c in rest if c.strip() and not TOLD_ABOUT.match(c.strip().lower())]
    return ", ".join([first, *kept]) if len(kept) < len(rest) else text


def detail_beside_options(request: Request, options: Sequence[str]) -> Request:
    """An answer that chose offered options by name and says more of the need, which names no
    category under them ("the shampoo one, for dandruff", "conditioner but nothing heavy",
    "body, and it has to be waterproof"): the more joins the need, as a refinement's detail
    does; they searched the need alone in the option (dandruff, light lost). Not the words
    that chose (an offered option's name, the parts of the body or the people it covers, the
    state it is: "not hair" chose the others; a skin or hair type stated is said as the
    search says it: "my skin is oily", 'oily skin'), what they have already (`OWNED`), whom
    it is for, a reason, chatter or hedging."""
    chosen = [a for a in request.answer if a in options]
    if (
        not chosen
        or len(chosen) != len(request.answer)
        or request.add_detail
        or request.proposal
        or request.parsed.category
        or request.intent != Intent.SEARCH
    ):
        return request
    said_of, told = set(), without_reasons(request.text.lower())
    for option in options:  # any option's name: "not hair" chose the others by it
        name = option.rsplit(" > ", 1)[-1].lower()
        told = re.sub(rf"\b{re.escape(name)}\b", " ", told)  # "skin care, she has dry skin"
        said_of |= set(WORD.findall(name)) | set(STATE_WORDS.get(name.strip(), "").split())
        for word in WORD.findall(name):
            said_of |= set(PARTS.get(word, "").split())
    types = [f"{v} {k}" for k, v in request.attributes.items() if k in ("skin", "hair")]
    said_of = stems(" ".join([*said_of, *types]))  # {"hair": "curly"}: said as 'curly hair'
    clauses = re.split(r"[,;.!?]+(?=\s|$)", told)
    told = WHO_FOR.sub(" ", " ".join(c for c in clauses if not OWNED.search(c)))
    rest = [
        w
        for w in said_words(told)
        if w not in STOP_WORDS
        and w not in NON_PRODUCT_WORDS
        and w not in PLACE_WORDS
        and w not in ANSWER_FILLER
        and w not in CHATTER
        and stem(w) not in said_of
    ]
    if rest or types:
        request.text, request.add_detail = " ".join([*rest, *types]), True
    return request


def a_category_of_its_own(
    request: Request, text: str, situation: TurnSituation, options: Sequence[str]
) -> Request:
    """A reply to our question read as "any" ("what about a face wash") that names a category
    no option holds, outside the need's, is a new need searched as said: asked 'Masks or acids
    & peels?' of a teenage son's acne, "what about a face wash" searched 'bad acne men' in
    Treatments & Masks (the face wash lost)."""
    stated, current = request.parsed.category, situation.need_category
    if (
        request.answer != [ANY]
        or not OFFERS_ANOTHER.search(" ".join(text.lower().split()))  # "what about ..."
        or not situation.question
        or not options
        or not stated
        or any(nested(stated, option) for option in options)
        or (current and nested(stated, current))
    ):
        return request
    request.answer = []
    return request


class AnswerCategory:
    """Reads where a reply to our question leads in the catalog, with its words and search."""

    def __init__(
        self, vocabulary: CatalogVocabulary | None, categories: CategoryGuesser | None
    ) -> None:
        """Set up the reading.

        Args:
            vocabulary: the catalog's brands, categories and words.
            categories: guesses the category of words (from what search finds for them); None
                guesses none.
        """
        self.vocabulary = vocabulary
        self.categories = categories

    def branch_not_offered(
        self, request: Request, situation: TurnSituation, options: Sequence[str]
    ) -> Request:
        """A reply to our question that chooses no option and names, by a word of its name, a
        branch of the catalog no option holds (asked 'Makeup, Tools & Accessories or
        Fragrance?' of a gift for a mum, "she loves baths": Bath & Body) makes that branch the
        need's, the need kept and the reply's words added to it: they searched 'birthday
        baths' everywhere (cleansing towelettes, a paraffin bath). The shallowest branch named
        wins, where it is the only one at its depth (`_shallowest_named`). A branch under the
        need's own category that the words name, lying under one option, is an answer of that
        option: asked 'Styling Tools, Shampoos or Conditioners?' of something for the hair,
        "neither, i need a brush" searched makeup brushes; now hair brushes (Styling Tools >
        Brushes)."""
        current = situation.need_category
        if (
            not situation.question
            or not options
            or request.answer
            or request.parsed.category
            or request.intent not in (Intent.SEARCH, Intent.REFINE)
        ):
            return request
        ours = self._shallowest_named(request.text, current) if current else None
        holding = [o for o in options if ours and within(ours, o)]
        if ours and len(holding) == 1:  # "neither, i need a brush" of hair: its Brushes, not
            request.intent, request.answer = Intent.SEARCH, holding  # makeup brushes
            request.parsed.category = ours
            return request
        if (
            not (branch := self._shallowest_named(request.text))
            or any(nested(branch, option) for option in options)
            or (current and nested(branch, current))
        ):
            return request
        request.intent, request.answer, request.add_detail = Intent.SEARCH, [ANY], True
        request.parsed.category = branch
        return request

    def _shallowest_named(self, text: str, under: str | None = None) -> str | None:
        """The shallowest branch below the catalog's root (below ``under``, when given) whose
        own name a word of ``text`` names ("baths": Bath & Body, not Paraffin Baths; "brush"
        under Hair Care: its Brushes, whose whole name it says, not Hot-Air Brushes), or None
        where none or several at that depth are named."""
        said = {  # "my skin is quite dry" names no Skin Care: their own (`unowned_words`)
            stem(w) for w in WORD.findall(unowned_words(text)) if len(w) > 3 and w not in STOP_WORDS
        }
        paths = self.vocabulary.categories if self.vocabulary else ()
        named = [
            n
            for n in nodes(paths, 2)
            if said & stems(n.rsplit(" > ", 1)[-1]) and (under is None or below(n, under))
        ]
        top = min((n.count(" > ") for n in named), default=None)
        shallowest = [n for n in named if n.count(" > ") == top]
        if len(shallowest) > 1:  # "brush": Brushes, whose whole name it says, not Hot-Air Brushes
            shallowest = [n for n in shallowest if stems(n.rsplit(" > ", 1)[-1]) <= said]
        return shallowest[0] if len(shallowest) == 1 else None

    def a_type_of_its_own(
        self, request: Request, situation: TurnSituation, options: Sequence[str] = ()
    ) -> Request:
        """A reply to our question that names a product type of its own, other than the need's,
        is a new need, not an answer: asked 'Skin Care, Hair Care or Bath & Body?' of an oil,
        "I want a shampoo for curly hair" (or "Quiero un champú para cabello rizado") searched
        'oil' in Shampoos. A type is a word of a leaf category's own name (`leaf_types`: not
        "face" or "hair"), not one of the options', and not one a clause telling of the shopper
        says ("face, I wear makeup over it": `TOLD_ABOUT`) or says the need is for ("just the
        one, for foundation" of a makeup brush), nor a word that names an option by its state
        ("I dye it every 6 weeks" to a Color-treated option: `shopper_states.STATE_WORDS`), nor
        one the titles place under the product type answered (``options``, the offered paths:
        "liner" to 'Eyeliner, Eye Shadow or Mascara?' is Eyeliner's word,
        `answers.option_by_titles`), nor a part of the body ("my under eyes are so dark" to
        'dark circles or blemishes?' of a concealer: Makeup Remover > Eyes is no need of its
        own), nor the name of a department ("it gets dry under my makeup" to 'oily, dry or
        sensitive?' of a face wash: Makeup Remover's word, said of no product)."""
        need = NEED_SO_FAR.search(situation.so_far)
        if not (request.answer and situation.question and need and self.vocabulary is not None):
            return request
        leaves = leaf_types(tuple(self.vocabulary.categories))
        offered = plain_words(" ".join(situation.options))
        offered |= plain_words(" ".join(STATE_WORDS.get(o.lower(), "") for o in situation.options))
        told = unowned_words(without_told_about(request.text.lower()))  # "my hair is curly"
        told = re.sub(r"\bfor\b[^,;.!?]*", " ", told)  # "just the one, for foundation": its use
        said = plain_words(told) & leaves - offered - BODY_PARTS  # "under eyes": no type
        said -= _department_words(tuple(self.vocabulary.categories))  # "under my makeup"
        said = {w for w in said if not self._the_answered_type(w, request, options)}
        needed = plain_words(need.group(1)) & leaves
        if said and needed and not said & needed:
            request.answer = []  # a new need: searched as said (the avoided stay)
        return request

    def _the_answered_type(self, word: str, request: Request, options: Sequence[str]) -> bool:
        """Whether the titles place ``word`` under the one option answered, a product type of
        its own (a leaf of the catalog's tree: Eyeliner, not Hair Care, where "shampoo" is a
        type of its own), and the reply names no other category ("a lip liner": Lip Liners)."""
        answer, stated = request.answer, request.parsed.category
        if len(answer) != 1 or (stated and not nested(stated, answer[0])):
            return False
        categories = self.vocabulary.categories if self.vocabulary is not None else ()
        return option_by_titles(word, options, self.vocabulary) == list(answer) and not any(
            below(path, answer[0]) for path in categories
        )

    def option_for_its_use(
        self, request: Request, text: str, situation: TurnSituation, options: Sequence[str]
    ) -> Request:
        """A reply to our question that says what the need is for ("for makeup please", "the
        one for makeup"), naming a category no offered option holds, chooses the option under
        which search guesses the need's words with the reply's: asked 'Hair Care, Bath & Body
        or Tools & Accessories?' of a brush, "the one for makeup" searched 'makeup' in Makeup
        (the brush lost); now makeup brushes, under Tools & Accessories."""
        stated, need = request.parsed.category, NEED_SO_FAR.search(situation.so_far)
        if (
            request.answer
            or request.intent != Intent.SEARCH
            or not (options and situation.question and stated and need)
            or any(nested(stated, option) for option in options)
            or not (use := FOR_ITS_USE.match(" ".join(request.text.lower().split())))
            or self.categories is None
        ):
            return request
        try:
            filters = request.filters(category=None)
        except ShopAssistError:
            return request
        used = " ".join(w for w in WORD.findall(use.group(1)) if w not in STOP_WORDS)
        guess = self.categories.guess(f"{need.group(1)} {used}", filters)  # 'hair wash'
        chosen = next((o for o in options if guess and within(guess, o)), None)
        if guess and chosen:
            request.answer, request.parsed.category = [chosen], guess
        return request

    def _needs_type_on_the_part(
        self, request: Request, text: str, situation: TurnSituation, options: Sequence[str]
    ) -> str | None:
        """Where the need's type lies for the part of the body an answer chose, when that type
        may live outside the option's branch: asked 'Face or body?' of a sunscreen, "body, for
        the pool, spf 30 or so" searched 'sunscreen' in Body > Moisturizers > Lotions (the
        reply's words guessed lotions; body sunscreens are filed under Sun). The need's words,
        the part and the reply's other words are guessed under the branch every option shares,
        and the guess is kept unless it lies in another option. Only for an option named by a
        part of the body (`BRANCH_PARTS`: Face, Body, Lips...), a need so far that names a type
        and a reply that names none of its own (``text``, the message in the catalog's words:
        a clause telling of the shopper, "face, I wear makeup over it", names none,
        `TOLD_ABOUT`); a guess of the chosen part itself is guessed again under it (a face
        sunscreen: Face > Sunscreens); else None."""
        chosen = request.answer[0]
        need = NEED_SO_FAR.search(situation.so_far)
        part = chosen.rsplit(" > ", 1)[-1]
        parent = shared_branch(options)
        if (
            need is None
            or self.categories is None
            or " > " not in parent
            or not plain_words(part) & BRANCH_PARTS
            or not names_a_type(need.group(1), self.vocabulary)
        ):
            return None
        rest = [
            w
            for w in said_words(request.text.lower())
            if w in said_words(without_told_about(" ".join(text.lower().split())))
            if w not in STOP_WORDS
            and w not in NON_PRODUCT_WORDS
            and w not in PLACE_WORDS
            and stem(w) not in BRANCH_PARTS
        ]
        if names_a_type(" ".join(rest), self.vocabulary):
            return None  # "face, a serum": the type said ("face, I wear makeup over it": none)
        words = " ".join(dict.fromkeys([*need.group(1).split(), part.lower(), *rest]))
        guess = parent
        for under in (parent, chosen):  # the part itself guessed: its type under it
            try:
                filters = request.filters(category=under)
            except ShopAssistError:
                return None
            guess = self.categories.guess(words, filters) or guess
            if guess != chosen:
                break
        if not below(guess, parent):
            return None
        return None if any(within(guess, o) for o in options if o != chosen) else guess

    def deeper_answer(
        self, request: Request, text: str, situation: TurnSituation, options: Sequence[str]
    ) -> Request:
        """An answer that chose one offered option and says more than its name ("makeup,
        mainly for my eyes", "hair stuff, a good shampoo") narrows the need to the category
        under the option (an option that is no category: under the current need's) that its
        words name, or else that search guesses for them there: the option narrows the need,
        the words go deeper (`Request.parsed.category`); of an option that is no category
        ("Dry and flaky"), search guesses the need's words with it and them ("scalp dry and
        flaky", not "flaky af" alone: mousses). ``text`` is the message in the catalog's
        words."""
        if len(request.answer) != 1 or request.answer[0] not in options:
            return request
        chosen = request.answer[0]
        if found := self._needs_type_on_the_part(request, text, situation, options):
            request.parsed.category = found  # "body, for the pool" of a sunscreen: Sun
            return request
        if chosen in STATE_WORDS:  # "really greasy by noon" to 'Dry or oily?': no type said
            request.parsed.category = None
            return request
        under = chosen if " > " in chosen else situation.need_category
        stated = request.parsed.category
        if stated and (under is None or below(stated, under)):
            return request  # the words name a category under it: "hair, a shampoo"
        other = next((o for o in options if o != chosen and stated and below(stated, o)), None)
        if other is not None and stems(stated.rsplit(" > ", 1)[-1]) <= stems(request.text):
            request.answer = [other]  # "body spray maybe" to 'Skin Care, Fragrance or Bath &
            return request  # Body?': the type it names in full lies under Fragrance
        request.parsed.category = None
        own = path_words(chosen.rsplit(" > ", 1)[-1])
        rest = [
            w
            for w in said_words(request.text.lower())
            if w not in STOP_WORDS
            and w not in NON_PRODUCT_WORDS
            and len(w) > 2
            and w not in PLACE_WORDS
            and (stem(w) not in own or " > " not in chosen)
        ]
        if not rest or self.categories is None:
            return request
        try:
            filters = request.filters(category=under)
        except ShopAssistError:
            return request
        need = NEED_SO_FAR.search(situation.so_far)
        if " > " not in chosen and need:  # "flaky af" to 'Dry and flaky, or oily?' of a scalp:
            rest = [*need.group(1).split(), *WORD.findall(chosen.lower()), *rest]  # its need
        guess = self.categories.guess(" ".join(dict.fromkeys(rest)), filters)
        if guess and (under is None or below(guess, under)):
            request.parsed.category = guess
        return request


@lru_cache(maxsize=8)
def _department_words(categories: tuple[str, ...]) -> frozenset[str]:
    """The words of the departments' own names (`plain_words`: "makeup", "skin", "fragrance"):
    the shop's largest branches, no product type of their own."""
    return frozenset(
        w for n in nodes(categories, 2) if is_department(n) for w in plain_words(n.split(" > ")[1])
    )
