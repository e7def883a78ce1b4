"""Picks on screen that the dialogue tests read messages beside: a few named scenes of three
picks found for a need (three lipsticks, three mascaras, ...), and a vocabulary over each that
knows its category and its picks' brands (and a reader over it); the brand facts of a few
listings. A test whose messages name the picks by brand or by place reuses a scene; a test whose
exact titles matter keeps its own picks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.brand_facts import BrandFacts, brand_facts
from tests.assistant.dialogue.readers import picks_shown, reader_over
from tests.catalog_paths import HAIR_CARE_CONDITIONERS, HAIR_DRYERS, LIPSTICK, MASCARA


@dataclass(frozen=True)
class Scene:
    """``picks`` on screen, found for ``need`` in ``category``."""

    need: str
    category: str
    picks: tuple[PickLine, ...]

    def shown(self, count: int | None = None) -> TurnSituation:
        """The scene as a turn's situation: its picks (the first ``count`` of them), found for
        its need in its category, no question pending."""
        return picks_shown(self.picks[:count], self.need, self.category)

    def vocabulary(
        self,
        categories: Iterable[str] = (),
        brands: Iterable[str] = (),
        words: Iterable[str] = (),
        **options: Any,
    ) -> CatalogVocabulary:
        """A vocabulary of the scene's category then ``categories``, its picks' brands then
        ``brands``, ``words`` and the vocabulary's other ``options``."""
        return CatalogVocabulary(
            categories=[self.category, *categories],
            brands=[*dict.fromkeys(pick.brand for pick in self.picks), *brands],
            words=frozenset(words),
            **options,
        )

    def reader(self, **options: Any) -> TurnReader:
        """A turn reader (`reader_over`, no category guess) over the scene's `vocabulary` of
        ``options`` (its categories, brands, words and the vocabulary's other options)."""
        return reader_over(self.vocabulary(**options))


def picks_listed(table: str) -> tuple[PickLine, ...]:
    """The picks of ``table``, one a line: "title | brand | price"."""
    rows = (line.split(" | ") for line in table.strip().splitlines())
    return tuple(PickLine(title.strip(), brand, float(price)) for title, brand, price in rows)


def scene(need: str, category: str, table: str) -> Scene:
    """A scene of the picks listed in ``table`` (`picks_listed`), found for ``need`` in
    ``category``."""
    return Scene(need, category, picks_listed(table))


THREE_LIPSTICKS = scene(
    "lipstick",
    LIPSTICK,
    """
    Lime Crime Opaque Nude Lipstick Coquette | Lime Crime | 18.0
    Revlon Super Lustrous Lipstick Copperglow Berry | Revlon | 12.25
    Loreal Colour Riche Lipstick The Queen's Kiss | L'Oreal Paris | 5.5
""",
)
"""Lime Crime's nude, Revlon's Copperglow Berry and L'Oreal's Queen's Kiss."""

THREE_MASCARAS = scene(
    "mascara",
    MASCARA,
    """
    Maybelline Volum' Express Colossal Mascara | Maybelline | 8.99
    Covergirl Natureluxe Mousse Mascara | COVERGIRL | 7.25
    NYX Doll Eye Mascara | NYX | 7.14
""",
)
"""Maybelline's, COVERGIRL's and NYX's."""

THREE_CONDITIONERS = scene(
    "conditioner",
    HAIR_CARE_CONDITIONERS,
    """
    AG Hair Fast Food Leave On Conditioner | AG Hair Cosmetics | 26.87
    Alba Botanica Leave-In Conditioner | Alba Botanica | 8.37
    Just For Me Hair Milk Conditioner | Just For Me | 4.99
""",
)
"""AG's and Alba Botanica's leave-in ones, and Just For Me's hair milk."""

THREE_HAIR_DRYERS = scene(
    "hair dryer",
    HAIR_DRYERS,
    """
    Conair 276R Infiniti Pro Volume Dryer | Conair | 11.99
    T3 Micro Featherweight Hair Dryer | T3 | 94.72
    DevaCurl Dryer & DevaFuser | DevaCurl | 123.52
""",
)
"""Conair's, T3's and DevaCurl's."""


def reader_beside_lipsticks() -> TurnReader:
    """A reader for `THREE_LIPSTICKS` that also knows what goes with a lipstick (a lip liner, a
    gloss, a makeup remover) and types of other departments (mascara, shampoo)."""
    return THREE_LIPSTICKS.reader(
        categories=[
            "Beauty > Makeup > Lips > Lip Liners",
            "Beauty > Makeup > Lips > Lip Glosses",
            "Beauty > Makeup > Makeup Remover",
            "Beauty > Makeup > Eyes > Mascara",
            "Beauty > Hair Care > Shampoos",
        ],
        words={"lipstick", "liner", "gloss", "remover", "mascara", "shampoo", "lip"},
    )


def listed_brand_facts(listings: Iterable[tuple[str, str, str]]) -> BrandFacts:
    """The brand facts (`brand_facts`) of a catalog of ``listings``, each a product's (brand,
    title, category path "A > B")."""
    return brand_facts((brand, title, path.split(" > ")) for brand, title, path in listings)
