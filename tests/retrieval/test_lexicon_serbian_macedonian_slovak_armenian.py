"""CONVO91: the sections of Serbian (Cyrillic, and its Latin words that are not Croatian),
Macedonian, Slovak and Armenian, and "маскара" read as mascara where Russian reads a mask
stem (`retrieval/data/lexicon.yaml`)."""

from __future__ import annotations

from retrieval.lexicon import to_catalog_words
from tests.tables import reads_as

test_the_shop_words_of_the_four_languages = reads_as(
    to_catalog_words,
    [
        ("имате ли шампон за суву косу?", "do you have shampoo for dry hair?"),  # sr
        ("треба ми лак за нокте, црвени", "i need nail polish, red"),
        ("tražim fen za kosu do 5000 dinara", "looking for hair dryer up to 5000 dinars"),
        ("имате ли кармин?", "do you have lipstick?"),  # mk
        ("барам фен за коса", "looking for hair dryer"),
        ("hľadám šampón na suché vlasy", "looking for shampoo for dry hair"),  # sk
        ("potrebujem riasenku", "i need mascara"),
        ("krém na tvár pre suchú pleť", "cream for face for dry skin"),
        ("ունեք շամպուն?", "do you have shampoo?"),  # hy
        ("ուզում եմ օծանելիք կնոջս համար", "i want perfume for my wife"),  # "for" said after
        ("դեմքի կրեմ չոր մաշկի համար", "face cream for dry skin"),
    ],
)

test_mascara_is_no_mask = reads_as(
    to_catalog_words,
    [
        ("търся маскара за обем", "looking for mascara for обем"),  # bg
        ("маскара водостойкая", "mascara waterproof"),  # ru
        ("тражим маскару за волумен", "looking for mascara for волумен"),  # sr
        ("маска для лица", "face mask"),  # the mask stays a mask
    ],
)
