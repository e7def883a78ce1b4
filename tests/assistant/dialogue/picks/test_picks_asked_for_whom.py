"""A question about the picks that names a branch for whom only by a word for whom ("which of
these is gentle enough for children?" named Fragrance > Children's) asks of the picks
(`intents.questions.about_the_picks`, `need_purpose.named_for_whom_alone`): it was read as a new
search among children's perfumes beside face washes."""

from __future__ import annotations

from assistant.adapters import query_parser
from assistant.dialogue.category.need_purpose import named_for_whom_alone
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import intents_read, reader_over
from tests.assistant.dialogue.scenes import scene
from tests.catalog_paths import MENS_COLOGNE, WASHES

CHILDRENS = "Beauty > Fragrance > Children's"
VOCAB = CatalogVocabulary(
    categories=[CHILDRENS, MENS_COLOGNE, WASHES],
    brands=["CeraVe", "Neutrogena"],
    words=frozenset({"cleanser", "wash", "face", "cologne", "perfume"}),
)
PARSE = query_parser(VOCAB)
WASHES_SHOWN = scene(
    "face wash",
    WASHES,
    """
    CeraVe Hydrating Cleanser, 12 Ounce | CeraVe | 9.69
    Neutrogena Fresh Foaming Cleanser, 6.7 Ounce | Neutrogena | 7.94
""",
).shown()


def test_a_branch_for_whom_named_by_whom_alone() -> None:
    assert named_for_whom_alone("which of these is gentle enough for children?", CHILDRENS, PARSE)
    assert named_for_whom_alone("is it ok for kids", CHILDRENS, PARSE)
    assert not named_for_whom_alone("a cologne for men", MENS_COLOGNE, PARSE)  # its own type
    assert not named_for_whom_alone("a children's perfume", CHILDRENS, PARSE)  # Fragrance's
    assert not named_for_whom_alone("a face wash", WASHES, PARSE)  # no word for whom


test_a_question_for_whom_asks_of_the_picks = intents_read(
    reader_over(VOCAB),
    [
        (
            WASHES_SHOWN,
            Intent.ASK,
            ["Which of these is gentle enough for children?", "are these ok for children?"],
        )
    ],
)
