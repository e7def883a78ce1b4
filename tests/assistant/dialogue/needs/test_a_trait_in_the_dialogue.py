"""A message beside the picks, or in reply to our question of a trait, that starts no need of
its own refines the need so far (`need_so_far.a_trait_of_the_need_so_far`): "a dark purple" to
'nude, red or bright?' of a nail polish found Dark Circle Treatments, "rather fancied something
with a bit of sparkle" beside eyeshadows a nail polish. CONVO89's probes. A type of another kind
(`need_so_far.a_type_elsewhere`), a new need added ("... as well"), a question by its words, a
word the need's titles do not say, or our question of categories leave the reading as it was."""

from __future__ import annotations

from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.needs.need_so_far import a_trait_of_the_need_so_far, a_type_elsewhere
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import search_request

POLISH = "Beauty > Makeup > Nails > Nail Polish"
DARK_CIRCLES = "Beauty > Skin Care > Eyes > Dark Circle Treatments"
GLOSSES = "Beauty > Makeup > Lips > Lip Glosses"
SHAMPOOS = "Beauty > Hair Care > Shampoos"

VOCAB = CatalogVocabulary(
    categories=[POLISH, DARK_CIRCLES, GLOSSES, SHAMPOOS],
    brands=["OPI"],
    words=frozenset({"polish", "dark", "purple", "sparkle", "gloss", "shampoo", "dandruff"}),
    title_words={
        "dark": frozenset({POLISH, DARK_CIRCLES}),
        "purple": frozenset({POLISH}),
        "sparkle": frozenset({POLISH}),
        "gloss": frozenset({GLOSSES}),
        "shampoo": frozenset({SHAMPOOS}),
        "dandruff": frozenset({SHAMPOOS}),
    },
    title_counts={
        "dark": {POLISH: 8, DARK_CIRCLES: 11, SHAMPOOS: 180},
        "gloss": {GLOSSES: 52, POLISH: 1},
        "shampoo": {SHAMPOOS: 540, POLISH: 3},
    },
)
SO_FAR = f"need=nail polish; category={POLISH}"
PICKS = (PickLine("OPI Nail Lacquer, Hawaiian Orchid", "OPI", 6.64),)
BESIDE_PICKS = TurnSituation(picks=PICKS, so_far=SO_FAR)
TRAIT_ASKED = TurnSituation(
    question="Nude, red or bright?", options=("nude", "red", "bright"), so_far=SO_FAR
)
TRAIT_OPTIONS = ("nude", "red", "bright")


def _read(
    text: str,
    situation: TurnSituation,
    options: tuple[str, ...] = (),
    intent: Intent = Intent.SEARCH,
) -> Request:
    request = search_request(text)
    request.intent = intent
    return a_trait_of_the_need_so_far(request, text, situation, VOCAB, options)


def test_a_word_the_need_s_titles_say_as_often_is_no_other_type() -> None:
    assert not a_type_elsewhere("dark", POLISH, VOCAB)  # Dark Circle Treatments: 11 of 199
    assert a_type_elsewhere("gloss", POLISH, VOCAB)  # Lip Glosses: 52 of 53
    assert a_type_elsewhere("shampoo", POLISH, VOCAB)
    assert not a_type_elsewhere("purple", POLISH, VOCAB)  # no category's name


def test_a_trait_beside_the_picks_refines_them_in_their_category() -> None:
    request = _read("something with a bit of sparkle", BESIDE_PICKS)
    assert request.intent == Intent.REFINE and request.add_detail
    assert request.parsed.category == POLISH


def test_a_trait_in_reply_to_our_question_of_a_trait_is_a_detail_of_the_need() -> None:
    for intent in (Intent.SEARCH, Intent.REFINE):  # a free answer is read as a refinement
        request = _read("a dark purple", TRAIT_ASKED, TRAIT_OPTIONS, intent)
        assert request.intent == Intent.REFINE and request.parsed.category == POLISH, intent


def test_a_new_need_beside_the_picks_stays_a_search() -> None:
    for text in (
        "ok a gloss then",  # a type of another kind
        "a dark purple as well",  # a need added beside theirs
        "something for dandruff",  # a word the need's titles do not say
        "what's better for dark purple?",  # a question by its words
    ):
        assert _read(text, BESIDE_PICKS).intent == Intent.SEARCH, text


def test_a_reply_to_our_question_of_categories_is_left_to_the_answer_rules() -> None:
    asked = TurnSituation(
        question="Nail Polish or Lip Glosses?",
        options=("Nail Polish", "Lip Glosses"),
        so_far=SO_FAR,
    )
    assert _read("a dark purple", asked, (POLISH, GLOSSES)).intent == Intent.SEARCH
