"""What the grounding checker reports: the claims it found in a text and what it did about them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class ClaimKind(StrEnum):
    """What a claim is about."""

    PRICE = "price"
    NUMBER = "number"
    SIZE = "size"
    PERCENTAGE = "percentage"
    BRAND = "brand"
    PRODUCT_NAME = "product_name"
    CATEGORY = "category"
    SUPERLATIVE = "superlative"
    DISCOUNT = "discount"
    ATTRIBUTE = "attribute"
    INSTRUCTION = "instruction"


STRICT_KINDS = frozenset(
    {ClaimKind.PRICE, ClaimKind.NUMBER, ClaimKind.SIZE, ClaimKind.PERCENTAGE, ClaimKind.BRAND}
)
"""The kinds the issue's hard target is about: none may reach a delivered copy unsupported."""


@dataclass(frozen=True)
class Claim:
    """One checkable statement found in a text."""

    kind: ClaimKind
    text: str
    supported: bool
    reason: str
    sentence: int = 0


@dataclass
class GroundingReport:
    """What the checker found in a copy and what it did about it.

    Attributes:
        claims: every claim found in the text as checked (after repair, the delivered text's).
        raw_claims: the claims found in the text as generated, before any repair.
        removed: sentences removed because they held an unsupported claim.
        repaired: repairs made ("price $9.99 -> $8.00").
        fallback: whether the delivered text is the deterministic template.
        injection_suspected: whether the product text looked like it held instructions.
    """

    claims: list[Claim] = field(default_factory=list)
    raw_claims: list[Claim] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    fallback: bool = False
    injection_suspected: bool = False

    @property
    def found(self) -> int:
        """How many claims the delivered text makes."""
        return len(self.claims)

    @property
    def supported(self) -> int:
        """How many of them are supported."""
        return sum(c.supported for c in self.claims)

    @property
    def unsupported(self) -> list[Claim]:
        """The delivered text's unsupported claims (empty after `repair`)."""
        return [c for c in self.claims if not c.supported]

    @property
    def raw_unsupported(self) -> list[Claim]:
        """The generated text's unsupported claims, before repair."""
        return [c for c in self.raw_claims if not c.supported]

    @property
    def grounded(self) -> bool:
        """True when every claim of the checked text is supported."""
        return not self.unsupported

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (for CSV export and the API)."""
        return {
            "found": self.found,
            "supported": self.supported,
            "unsupported": [f"{c.kind.value}: {c.text}" for c in self.unsupported],
            "raw_found": len(self.raw_claims),
            "raw_unsupported": [
                f"{c.kind.value}: {c.text} ({c.reason})" for c in self.raw_unsupported
            ],
            "removed": self.removed,
            "repaired": self.repaired,
            "fallback": self.fallback,
            "injection_suspected": self.injection_suspected,
            "claims": [asdict(c) | {"kind": c.kind.value} for c in self.claims],
        }

    def summary(self) -> str:
        """One line: claims found / supported / removed."""
        return (
            f"{self.found} claims, {self.supported} supported; generated text had "
            f"{len(self.raw_unsupported)} unsupported, {len(self.removed)} sentences removed, "
            f"{len(self.repaired)} repaired{', template used' if self.fallback else ''}"
        )


def has_strict_violation(claims: Sequence[Claim]) -> bool:
    """Whether any unsupported claim is a price, number, size, percentage or brand."""
    return any(not c.supported and c.kind in STRICT_KINDS for c in claims)
