"""A need that states a concern and names no type ("nails break all the time") is guessed by the
concern as the trait reader says it, where its own words found no branch
(`NeedPurpose.of_the_concern`). A scripted guesser stands in for search."""

from __future__ import annotations

from assistant.dialogue.category.need_purpose import NeedPurpose
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.filters import Filters
from tests.catalog_paths import NAIL_POLISH

STRENGTHENING = "Beauty > Skin Care > Hands & Nails > Nail Treatments > Nail Strengthening"
VOCABULARY = CatalogVocabulary(categories=[NAIL_POLISH, STRENGTHENING])


class ConcernGuesser:
    """Search that finds a branch only for the concerns' words, and records what it searched."""

    def __init__(self) -> None:
        self.searched: list[str] = []

    def guess(self, need: str, filters: object) -> str | None:
        self.searched.append(need)
        return STRENGTHENING if "weak nails" in need else None


def test_a_concern_with_no_type_is_guessed_by_the_concern() -> None:
    """CONVO92's probe: "nails break all the time" found polishes, false nails and
    strengtheners (no branch); its concern, weak and peeling nails, finds the strengtheners."""
    guesser = ConcernGuesser()
    purpose = NeedPurpose(guesser, None, VOCABULARY)
    assert purpose.of_the_concern("nails break all the time", Filters()) == STRENGTHENING
    assert "nails break all the time" not in guesser.searched  # the concern, as read


def test_a_type_beside_the_concern_or_no_concern_guesses_nothing() -> None:
    """Must not change: a need naming a type of its own beside the concern ("a polish, my
    nails break all the time") is the type's to place; a need with no concern has none."""
    purpose = NeedPurpose(ConcernGuesser(), None, VOCABULARY)
    assert purpose.of_the_concern("a polish, my nails break all the time", Filters()) is None
    assert purpose.of_the_concern("something for my sister", Filters()) is None
