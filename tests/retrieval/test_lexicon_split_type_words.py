"""The words shoppers of other languages name a split type's tool or its part of the body by
(CONVO55): a makeup brush in the singular ("pincel", "brocha", "pennello"), "corporal" said
after a body product, hair wax ("cera para el pelo": not the Polish "cera", the skin) and nail
clippers are read in the catalog's English, so the rules find the brushes, body oils, pomades
and clippers instead of eye bases, face oils or skin care. Words read before stay as they were."""

from __future__ import annotations

import pytest

from retrieval.lexicon import to_catalog_words


@pytest.mark.parametrize(
    ("said", "english"),
    [
        ("pincel para maquillaje", "brush for makeup"),
        ("una brocha para polvos", "a brush for powder"),
        ("pennello per fondotinta", "brush for foundation"),
        ("pincel de maquiagem", "makeup brush"),
        ("aceite corporal", "body oil"),  # convo54's es-types reads the pair whole
        ("óleo corporal", "body oil"),
        ("cera para el pelo", "hair wax"),
        ("cera per capelli", "hair wax"),
        ("cera para cabelo", "hair wax"),
        ("cortaúñas", "nail clippers"),
        ("coupe-ongles", "nail clippers"),
        ("Nagelknipser", "nail clippers"),
        ("tagliaunghie", "nail clippers"),
        # read before, unchanged
        ("pinceles de maquillaje", "makeup brushes"),
        ("crema corporal", "body cream"),
        ("Cera sucha, krem?", "dry skin, cream?"),
    ],
)
def test_a_split_types_words_are_read_in_catalog_english(said: str, english: str) -> None:
    assert to_catalog_words(said) == english
