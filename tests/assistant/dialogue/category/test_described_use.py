"""A product described by what is done with it (`assistant/dialogue/category/described_use.py`): a
clause
of use with no "that" read as a purpose, and the tool a use's verb names by its agent noun,
placed where the catalog's category names or titles say it. CONVO60 probes: "the stick you
push cuticles back with" was Cuticle Removers, "the thing that sharpens eyeliner pencils"
Eyeliner, "the sponge thing u bounce foundation on with" Foundation."""

from __future__ import annotations

from functools import partial

from assistant.dialogue.category.described_use import agent_nouns, as_a_purpose, tool_of_the_use
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.tokenize import stem
from tests.catalog_paths import (
    BRUSHES,
    CLIPPERS_AND_TRIMMERS,
    CURLERS,
    CUTICLE_PUSHERS,
    CUTICLE_REMOVERS,
    EYELINER,
    HAIR_DRYERS,
    NAIL_ART_EQUIPMENT,
    NAIL_DRYERS,
    SHARPENERS,
)
from tests.tables import reads_as, stays_as_said

PATHS = [
    CUTICLE_PUSHERS, CLIPPERS_AND_TRIMMERS, NAIL_DRYERS, SHARPENERS, CURLERS, HAIR_DRYERS,
    NAIL_ART_EQUIPMENT, CUTICLE_REMOVERS, EYELINER, BRUSHES,
    "Beauty > Tools & Accessories > Mirrors > Shower Mirrors",
]  # fmt: skip
TITLES = {  # title word -> category -> titles saying it
    "cuticle": {CUTICLE_PUSHERS: 10, CUTICLE_REMOVERS: 7},
    "pusher": {CUTICLE_PUSHERS: 10},
    "stick": {CUTICLE_PUSHERS: 2, NAIL_ART_EQUIPMENT: 1},
    "toenail": {CLIPPERS_AND_TRIMMERS: 6},
    "nail": {CLIPPERS_AND_TRIMMERS: 20, NAIL_DRYERS: 30, NAIL_ART_EQUIPMENT: 50, HAIR_DRYERS: 1},
    "cutter": {
        CLIPPERS_AND_TRIMMERS: 6,
        NAIL_ART_EQUIPMENT: 2,
        "Beauty > Hair Care > Styling Tools > Scissors": 1,
    },
    "gel": {NAIL_DRYERS: 12},
    "lash": {CURLERS: 18},
    "hair": {HAIR_DRYERS: 100, BRUSHES: 90},
    "brush": {BRUSHES: 120},
    "scraper": {NAIL_ART_EQUIPMENT: 12, EYELINER: 1},
    "skin": {CUTICLE_REMOVERS: 2},
    "pencil": {EYELINER: 40},
    "sticker": {NAIL_ART_EQUIPMENT: 16},
    "mirror": {
        NAIL_ART_EQUIPMENT: 2,
        "Beauty > Tools & Accessories > Mirrors > Shower Mirrors": 10,
    },
    "wall": {NAIL_ART_EQUIPMENT: 5},
}
VOCAB = CatalogVocabulary(
    categories=PATHS,
    title_counts={stem(w): counts for w, counts in TITLES.items()},
    title_words={stem(w): frozenset(counts) for w, counts in TITLES.items()},
)

test_a_clause_of_use_with_no_that_is_a_purpose = reads_as(
    as_a_purpose,
    [
        ("the stick you push cuticles back with", "the stick to push cuticles back with"),
        (
            "the sponge thing u bounce foundation on with",
            "the sponge thing to bounce foundation on with",
        ),
        ("a fizzy ball you drop in the bath", "a fizzy ball to drop in the bath"),
        ("that powder you put in hair", "that powder to put in hair"),
        ("a shampoo i can use every day", "a shampoo to use every day"),
        (
            "those foam dividers one places between the toes",
            "those foam dividers to places between the toes",
        ),
        ("something you rub on sore feet", "something to rub on sore feet"),
    ],
)

test_a_question_to_the_shop_is_no_clause_of_use = stays_as_said(
    as_a_purpose,
    [
        "do you have a shampoo for dry hair",
        "can you find me a brush",
        "a cream that you can use at night",  # a "that" said: read as it is
        "what would you recommend for oily skin",
        "a lipstick",
    ],
)


def test_agent_nouns_of_a_verb_in_any_inflection() -> None:
    assert "pusher" in set(agent_nouns("push")) and "pusher" in set(agent_nouns("pushing"))
    assert "cutter" in set(agent_nouns("cut"))
    assert "sharpener" in set(agent_nouns("sharpens"))
    assert {"dryer", "drier"} <= set(agent_nouns("dries"))
    assert "separator" in set(agent_nouns("separate"))
    assert "scraper" in set(agent_nouns("scraping"))


test_a_tool_described_by_its_use_is_the_tool = reads_as(
    partial(tool_of_the_use, vocabulary=VOCAB),
    [
        ("the stick to push cuticles back with", CUTICLE_PUSHERS),  # a pusher's title says stick
        ("the thing that sharpens eyeliner pencils", SHARPENERS),  # own name: Sharpeners
        ("a clippy thing to cut my toenails", CLIPPERS_AND_TRIMMERS),  # the titles saying cutter
        ("a lamp thing that dries gel nails", NAIL_DRYERS),  # the nails' dryers, not hair's
        ("a gadget that dries my nails fast", NAIL_DRYERS),  # a hair dryer's title says nail
        ("something to curl my lashes", CURLERS),
        ("looking for something to push back cuticles", CUTICLE_PUSHERS),  # past the seeking "for"
        ("a thing to curl my hair", None),  # the Curlers are the lashes': no title says hair
        ("a brush to dry my hair", None),  # a brush said: no dryer's title says it
        ("the scratchy thing for scraping dead skin off feet", None),  # nail-art scrapers
        ("clip in extensions to make my hair look longer", None),  # "make": no maker
        ("looking for a curling iron", None),  # the seeking "for": no use said
        ("a cream for curly hair", None),  # "for" a trait, not a use ("for curling")
        ("eyeliner pencils", None),  # no use said
        # CONVO67 probe: the noun said before the use names a category (Mirrors): the home of
        # titles saying the agent noun ("sticker": nail art) is not it (was Nail Polish)
        ("a mirror to stick on the shower wall", None),
    ],
)


class _NoGuess:
    """A category guesser that finds no branch for any need."""

    def guess(self, need: str, filters: object) -> None:
        return None


def test_a_new_need_s_clause_of_use_is_read_as_its_purpose() -> None:
    """The reader reads a new need's clause of use with no "that" as what it is for (the
    search's words too); beside picks a "you" may point at them ("the one you showed me"),
    so the words stay as said there."""
    from assistant.dialogue.model.model_request import PickLine, TurnSituation
    from tests.assistant.dialogue.readers import picks_shown, reader_over

    reader = reader_over(VOCAB, _NoGuess())
    read = reader.read("the stick you push cuticles back with", TurnSituation())
    assert read.parsed.category == CUTICLE_PUSHERS
    assert "you" not in read.text.split()
    pick = PickLine(title="Debra Lynn Cuticle Pusher", brand="Debra Lynn", price=3.0)
    beside = reader.read("the stick you push cuticles back with", picks_shown([pick]))
    assert "to push" not in beside.text
