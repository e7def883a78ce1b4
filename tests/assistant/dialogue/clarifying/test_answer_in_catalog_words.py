"""A reply to our question that names no option by its name is matched to the options by the
catalog: the option whose products' titles say the reply's word ("liner", "kohl pls" to
'Eyeliner, Eye Shadow or Mascara?': Eyeliner; "lashes": Mascara; "shadow palette": Eye Shadow),
and a place beside the options ("hands actually" to 'Face or body?': Hands & Nails, a sibling of
both) keeps the need asked about in that place (`answers.option_by_titles`,
`answers.free_answer`). CONVO56's probes: "liner" searched 'liner' in Makeup, "hands" searched
'hands' from scratch."""

from __future__ import annotations

import pytest

from assistant.dialogue.clarifying.answers import option_by_titles
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.catalog_paths import (
    EYE_SHADOW,
    EYELINER,
    HANDS_AND_NAILS,
    MAKEUP_EYES,
    MASCARA,
    SKIN_CARE_BODY,
    SKIN_CARE_FACE,
)

TITLE_COUNTS = {
    "liner": {EYELINER: 45, "Beauty > Makeup > Lips > Lip Liners": 8},
    "kohl": {EYELINER: 9, MASCARA: 1, f"{MAKEUP_EYES} > Eyebrow Color": 2},
    "lash": {MASCARA: 78, EYELINER: 3},
    "shadow": {EYE_SHADOW: 69, EYELINER: 5},
    "palett": {EYE_SHADOW: 60},
    "palette": {EYE_SHADOW: 60},
    "black": {EYELINER: 30, MASCARA: 40, EYE_SHADOW: 20},
    "hand": {
        f"{HANDS_AND_NAILS} > Hand Creams & Lotions": 60,
        f"{SKIN_CARE_BODY} > Moisturizers > Lotions": 11,
    },
}
VOCAB = CatalogVocabulary(
    categories=[EYELINER, EYE_SHADOW, MASCARA, f"{SKIN_CARE_FACE} > Creams & Moisturizers",
                f"{SKIN_CARE_BODY} > Moisturizers > Lotions",
                f"{HANDS_AND_NAILS} > Hand Creams & Lotions",
                "Beauty > Makeup > Lips > Lip Liners", "Beauty > Hair Care > Shampoos"],
    words=frozenset({"eyeliner", "mascara", "shadow", "moisturizer", "hands", "face", "body"}),
    title_counts=TITLE_COUNTS,
)  # fmt: skip
READER = reader_over(VOCAB)
EYE_KIND = TurnSituation(
    question="Which kind: Eyeliner, Eye Shadow or Mascara?",
    options=("Eyeliner", "Eye Shadow", "Mascara"),
    so_far=f"need=eye makeup; category={MAKEUP_EYES}",
)


@pytest.mark.parametrize(
    ("reply", "option"),
    [
        ("liner", EYELINER),
        ("kohl pls", EYELINER),
        ("lashes", MASCARA),
        ("shadow palette", EYE_SHADOW),
    ],
)
def test_a_reply_in_the_titles_words_picks_that_option(reply: str, option: str) -> None:
    assert option_by_titles(reply, (EYELINER, EYE_SHADOW, MASCARA), VOCAB) == [option]


@pytest.mark.parametrize("reply", ["black", "for my sister", "no idea", "liner or lashes"])
def test_a_reply_the_titles_do_not_place_picks_none(reply: str) -> None:
    assert option_by_titles(reply, (EYELINER, EYE_SHADOW, MASCARA), VOCAB) == []


def test_no_titles_known_picks_none() -> None:
    assert option_by_titles("liner", (EYELINER, EYE_SHADOW), CatalogVocabulary()) == []


def test_the_reader_answers_with_the_option_the_titles_place() -> None:
    request = READER.read("liner", EYE_KIND, (EYELINER, EYE_SHADOW, MASCARA))
    assert request.answer == [EYELINER]


FACE_OR_BODY = TurnSituation(
    question="Face or body?", options=("Face", "Body"), so_far="need=moisturizer"
)


@pytest.mark.parametrize("reply", ["hands actually", "hands", "for my hands tbh"])
def test_a_place_beside_the_options_keeps_the_need_there(reply: str) -> None:
    request = READER.read(reply, FACE_OR_BODY, (SKIN_CARE_FACE, SKIN_CARE_BODY))
    assert request.intent == Intent.REFINE  # a free answer: the need asked about stays
    assert request.parsed.category == HANDS_AND_NAILS


def test_a_place_in_another_department_is_no_answer() -> None:
    request = READER.read("a shampoo", FACE_OR_BODY, (SKIN_CARE_FACE, SKIN_CARE_BODY))
    assert request.intent == Intent.SEARCH
