"""What the profile tests share (tests/assistant and tests/ui/api): a store seeded with a
shopper's purchases (`seed_purchases`) and a capable fake model that counts its calls
(`CountingLLM`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from assistant.llm.base import LLM, GenerationOptions
from catalog.schema import Event, Product
from catalog.store import CatalogStore


def seed_purchases(store: CatalogStore) -> None:
    """Essie n1, n2 (nails) and Dove s1 (shampoo); u1 bought n1, s1, n2."""
    store.upsert_products(
        [
            Product(id="n1", title="Red polish", brand="Essie", price=8.0,
                    categories=["Beauty", "Makeup", "Nails", "Nail Polish"]),
            Product(id="n2", title="Top coat", brand="Essie", price=10.0,
                    categories=["Beauty", "Makeup", "Nails", "Top & Base Coats"]),
            Product(id="s1", title="Shampoo", brand="Dove", price=4.0,
                    categories=["Beauty", "Hair Care", "Shampoos"]),
        ]
    )  # fmt: skip
    store.upsert_events(
        [
            Event(user_id="u1", item_id=item, kind="purchase", position=i)
            for i, item in enumerate(["n1", "s1", "n2"])
        ]
    )


class CountingLLM(LLM):
    """A capable model that answers every prompt with ``answer`` and counts its calls."""

    name = "counting"
    capable = True

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.calls = 0

    def _complete(
        self, prompts: Sequence[str], options: GenerationOptions
    ) -> Iterator[tuple[int, str]]:
        self.calls += len(prompts)
        yield from ((i, self.answer) for i in range(len(prompts)))

    def _stream(self, prompt: str, options: GenerationOptions) -> Iterator[str]:
        yield self.answer
