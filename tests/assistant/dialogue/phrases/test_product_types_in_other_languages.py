"""CONVO39: a shopper asking in another language for one of the product types shoppers ask
for most is searched in that type's category, whichever way the language builds the word: a
compound ("Haaröl", "fotkräm", "kasvonaamio"), a part said after the noun ("aceite capilar"),
an English loanword written in its script ("ヘアスプレー", "हेयर ऑयल"), or a way of asking a
shop ("¿tenéis...?", "έχετε...;") around it (`retrieval/data/lexicon.yaml`,
`retrieval/compounds.py`)."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.catalog_paths import (
    CHEMICAL_HAIR_DYES,
    EYE_SHADOW,
    EYELASH_TOOLS,
    EYES_CREAMS,
    HAIR_AND_SCALP_TREATMENTS,
    HAIR_CARE_SHAMPOOS,
    HAIR_SPRAYS,
    MINERALS_AND_SALTS,
    NAIL_POLISH_REMOVER,
    PUFFS_SPONGES_AND_WEDGES,
    TREATMENTS_AND_MASKS_MASKS,
)

VOCAB = CatalogVocabulary(
    brands=["Nivea"],
    categories=[
        *(
            HAIR_AND_SCALP_TREATMENTS,
            HAIR_SPRAYS,
            CHEMICAL_HAIR_DYES,
            NAIL_POLISH_REMOVER,
            PUFFS_SPONGES_AND_WEDGES,
            MINERALS_AND_SALTS,
            EYE_SHADOW,
            EYES_CREAMS,
        ),
        *(
            TREATMENTS_AND_MASKS_MASKS,
            EYELASH_TOOLS,
            HAIR_CARE_SHAMPOOS,
            "Beauty > Makeup > Nails > Nail Polish",
        ),
    ],
    words=frozenset(
        {"hair", "oil", "spray", "dye", "nail", "polish", "remover", "makeup", "sponge", "bath"}
        | {"salts", "eyeshadow", "eye", "cream", "face", "mask", "eyelashes", "shampoo"}
    ),
)


def _category(message: str) -> str | None:
    """The category a first message is searched in, as the conversation's reader reads it
    (None when it is read as no search)."""
    reader = reader_over(VOCAB)
    request = reader.read(message, TurnSituation())
    return request.parsed.category if request.intent == Intent.SEARCH else None


@pytest.mark.parametrize(
    ("message", "english"),
    [
        ("Haaröl für trockene Spitzen", "hair oil for dry ends"),  # de compound
        ("gibt es Nagellackentferner ohne Aceton?", "nail polish remover without acetone"),
        ("hebben jullie haarolie?", "do you have hair oil?"),  # nl compound
        ("har ni en bra ögonskugga?", "do you have a good eyeshadow?"),  # sv compound
        ("har dere badesalt?", "do you have bath salts?"),  # nb
        ("etsin kasvonaamiota", "looking for a face mask"),  # fi compound, a case ending
        ("¿tenéis aceite capilar?", "do you have hair oil?"),  # es: the part after the noun
        ("um óleo capilar bom", "a good hair oil"),  # pt
        ("vorrei un ombretto", "i would like an eyeshadow"),  # it
        ("czy macie zmywacz do paznokci?", "do you have nail polish remover?"),  # pl
        ("saç boyası lazım", "i need hair dye"),  # tr
        ("saç boyasını arıyorum", "looking for hair dye"),  # tr: a case ending on the key
        ("czy macie dobrego zmywacza do paznokci?", "do you have nail polish remover?"),  # pl
        ("ищу краску для волос", "looking for hair dye"),  # ru: a stem's other case
        ("потрібна фарба для волосся", "i need hair dye"),  # uk
        ("έχετε βαφή μαλλιών;", "do you have hair dye?"),  # el
        ("أبحث عن أملاح الاستحمام", "looking for bath salts"),  # ar
        ("יש לכם ספריי לשיער?", "do you have hair spray?"),  # he: a prefix glued on
        ("मुझे हेयर स्प्रे चाहिए", "i need hair spray"),  # hi: an English loan in Devanagari
        ("ヘアスプレーありますか", "do you have hair spray?"),  # ja: the loanword's parts
        ("有没有洗甲水", "do you have nail polish remover?"),  # zh
        ("헤어 오일 추천해 주세요", "recommend a hair oil"),  # ko
        ("có muối tắm không?", "do you have bath salts?"),  # vi: a question, no 'not'
        ("ada krim mata?", "do you have eye cream?"),  # id
    ],
)
def test_a_product_type_in_another_language_is_read_as_in_english(
    message: str, english: str
) -> None:
    category = _category(message)
    assert category is not None, message  # read as a search, in a category
    assert category == _category(english), message


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("a hair oil for dry ends", "Beauty > Hair Care"),
        ("do you have bath salts?", MINERALS_AND_SALTS),
        ("nail polish remover without acetone", NAIL_POLISH_REMOVER),
        ("Schwarzkopf shampoo", HAIR_CARE_SHAMPOOS),  # a brand two keys could spell stays a word
    ],
)
def test_english_is_read_as_before(message: str, category: str) -> None:
    assert _category(message) == category, message
