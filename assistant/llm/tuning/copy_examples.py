"""The copywriter's tuning examples: team-written copy per channel from catalog facts.

``copy_examples.yaml`` (package data) holds one entry per example: the product's facts as the
copy prompt shows them (``item_id``, ``name``, ``brand``, ``category``, ``price``), the
``channel`` and the copy (``text``, and ``subject`` for email). Every claim is grounded in those
facts (tests run each through the grounding checker). ``copy_holdout.yaml`` lists the copy rubric
bench's products, about which no example may be written.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from catalog.schema import Product
from core.yaml_files import parse_yaml

EXAMPLES_FILE = Path(__file__).resolve().parent / "copy_examples.yaml"
HOLDOUT_FILE = Path(__file__).resolve().parent / "copy_holdout.yaml"


@dataclass(frozen=True)
class CopyExample:
    """One team-written copy and the facts it was written from."""

    item_id: str
    name: str
    brand: str
    category: str
    price: float
    channel: str
    text: str
    subject: str = ""

    def product(self) -> Product:
        """The facts as a product record (what the grounding checker checks against)."""
        return Product(
            id=self.item_id,
            title=self.name,
            brand=self.brand or None,
            categories=["Beauty", self.category],
            price=self.price,
        )

    def answer(self) -> str:
        """The completion the tuned model learns (after ``Subject:`` or the channel label)."""
        if self.channel == "email":
            return f" {self.subject}\nBody: {self.text}"
        return f" {self.text}"


@lru_cache(maxsize=1)
def load_examples(path: Path = EXAMPLES_FILE) -> tuple[CopyExample, ...]:
    """Every example in the file, in file order (`RepeatedKeyError`: it gives a key twice)."""
    rows = parse_yaml(path.read_text("utf-8"), str(path)) or []
    out: list[CopyExample] = []
    for row in rows:
        facts = row["product"]
        for channel in ("email", "push", "sms", "banner"):
            if channel not in row:
                continue
            value = row[channel]
            subject, text = (value["subject"], value["body"]) if channel == "email" else ("", value)
            out.append(
                CopyExample(
                    item_id=str(facts["id"]),
                    name=facts["name"],
                    brand=facts.get("brand") or "",
                    category=facts["category"],
                    price=float(facts["price"]),
                    channel=channel,
                    text=" ".join(str(text).split()),
                    subject=" ".join(str(subject).split()),
                )
            )
    return tuple(out)


def load_holdout(path: Path = HOLDOUT_FILE) -> list[str]:
    """The copy rubric bench's product ids (never written about in the examples)."""
    if not path.is_file():
        return []
    return [str(i) for i in (parse_yaml(path.read_text("utf-8"), str(path)) or [])]
