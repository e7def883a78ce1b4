"""Per-session dialogue state: constraints that accumulate over turns, the picks on screen and
in-session feedback. Serialised as JSON into the SQL session store after every turn, so any
app process can serve the next turn (no state in module globals)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

MAX_REMEMBERED_TURNS = 12


@dataclass
class Constraints:
    """What the shopper asked for so far; each turn may add to, revise or drop a part."""

    need: str = ""
    min_price: float | None = None
    max_price: float | None = None
    brands: list[str] = field(default_factory=list)
    exclude_brands: list[str] = field(default_factory=list)
    category: str | None = None
    exclude_items: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """A short human phrase of the constraints ("under $30, not Olay")."""
        parts = []
        if self.min_price is not None and self.max_price is not None:
            parts.append(f"${self.min_price:.2f}-${self.max_price:.2f}")
        elif self.max_price is not None:
            parts.append(f"under ${self.max_price:.2f}")
        elif self.min_price is not None:
            parts.append(f"over ${self.min_price:.2f}")
        if self.brands:
            parts.append("from " + " or ".join(self.brands))
        if self.exclude_brands:
            parts.append("not " + ", ".join(self.exclude_brands))
        if self.category:
            parts.append("in " + self.category.split(" > ")[-1])
        return ", ".join(parts)


@dataclass
class DialogueState:
    """Everything one chat session remembers between turns."""

    constraints: Constraints = field(default_factory=Constraints)
    shown: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)
    liked: list[str] = field(default_factory=list)
    disliked: list[str] = field(default_factory=list)
    carted: list[str] = field(default_factory=list)
    needs: dict[str, str] = field(default_factory=dict)
    asked: bool = False
    pending_options: list[str] = field(default_factory=list)
    turns: int = 0
    transcript: list[dict[str, str]] = field(default_factory=list)

    def remember(self, role: str, text: str) -> None:
        """Keep the last few (already redacted) messages for context."""
        self.transcript.append({"role": role, "text": text[:500]})
        del self.transcript[:-MAX_REMEMBERED_TURNS]

    def show(self, item_ids: list[str]) -> None:
        """Record the picks now on screen."""
        self.shown = list(item_ids)
        self.seen.extend(i for i in item_ids if i not in self.seen)

    def feedback(self, item_id: str, kind: str) -> None:
        """Record 'like', 'dislike' or 'cart' for an item; a new opinion replaces the old."""
        for bucket in (self.liked, self.disliked):
            if item_id in bucket:
                bucket.remove(item_id)
        target = {"like": self.liked, "dislike": self.disliked, "cart": self.carted}[kind]
        if item_id not in target:
            target.append(item_id)
        if kind == "cart" and item_id not in self.liked:
            self.liked.append(item_id)

    def to_json(self) -> dict[str, Any]:
        """A JSON-compatible dict."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DialogueState:
        """Rebuild from :meth:`to_json` output (unknown keys are ignored)."""
        data = dict(data)
        constraints = Constraints(**data.pop("constraints", {}))
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(constraints=constraints, **known)
