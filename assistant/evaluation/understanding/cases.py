"""The labelled understanding set (tests/data/understanding/*.yaml) as typed cases.

The set's contract is tests/data/understanding/README.md: each case is a shopper message,
optionally with a dialogue context (history, a pending question, picks on screen, the request
so far), and ``expect``, the labels a correct understanding of the turn must match. An omitted
label means null / empty, and that is a label too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import ShopAssistError

INTENTS = frozenset(
    {
        "search", "refine", "compare", "ask", "why", "bundle", "feedback", "more_like",
        "clear", "greeting", "off_topic", "unsafe", "answer",
    }
)  # fmt: skip
RELATIVES = frozenset({"cheaper", "pricier", "other", "not_that_brand", "bigger", "smaller"})
DEFAULT_SET_DIR = Path(__file__).resolve().parents[3] / "tests" / "data" / "understanding"
"""The set in a source checkout (it is test data, not installed with the package)."""

Attributes = dict[str, str | list[str]]


class UnderstandingSetError(ShopAssistError):
    """The labelled set cannot be read: a missing file or a malformed case."""


@dataclass(frozen=True)
class Labels:
    """What a correct understanding contains (``expect``), or the request so far (a
    context's ``constraints``, where ``intent`` is None). Empty means "none stated"."""

    intent: str | None = None
    category: tuple[str, ...] = ()
    need: tuple[str, ...] = ()
    not_need: tuple[str, ...] = ()
    price_min: float | None = None
    price_max: float | None = None
    price_around: float | None = None
    brands: tuple[str, ...] = ()
    exclude_brands: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    attributes: Attributes = field(default_factory=dict)
    self_attributes: Attributes = field(default_factory=dict)
    recipient: str | None = None
    occasion: str | None = None
    references: tuple[int, ...] = ()
    answer: str | tuple[str, ...] | None = None
    relative: str | None = None


@dataclass(frozen=True)
class ShownPick:
    """A product on screen in a dialogue context (a real catalog item)."""

    title: str
    brand: str
    price: float | None
    category: str


@dataclass(frozen=True)
class PendingQuestion:
    """The assistant's question the shopper may be answering, and the options it offered."""

    text: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class DialogueContext:
    """What came before the message: prior turns, the pending question, picks, the request."""

    history: tuple[tuple[str, str], ...] = ()
    question: PendingQuestion | None = None
    picks: tuple[ShownPick, ...] = ()
    constraints: Labels = field(default_factory=Labels)


@dataclass(frozen=True)
class Case:
    """One labelled shopper turn."""

    id: str
    file: str
    lang: str
    message: str
    expect: Labels
    context: DialogueContext | None = None
    note: str = ""

    @property
    def kind(self) -> str:
        """``single`` (a message on its own) or ``dialogue`` (with a context)."""
        return "dialogue" if self.context is not None else "single"


def _fail(where: str, expected: str, got: Any) -> UnderstandingSetError:
    return UnderstandingSetError(
        f"{where}: expected {expected}, got {got!r}; fix the case (the contract is "
        "tests/data/understanding/README.md)"
    )


def _texts(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str | int | float) for v in items):
        raise _fail(where, "text or a list of texts", value)
    return tuple(str(v) for v in items)


def _number(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(where, "a number", value)
    return float(value)


def _attributes(value: Any, where: str) -> Attributes:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise _fail(where, "a mapping of attribute -> text or list", value)
    return {
        str(k): [str(x) for x in v] if isinstance(v, list) else str(v) for k, v in value.items()
    }


def parse_labels(data: Any, where: str) -> Labels:
    """Labels from a case's ``expect`` or a context's ``constraints`` mapping.

    Raises:
        UnderstandingSetError: a value of the wrong type, an unknown intent or relative.
    """
    if data is None:
        return Labels()
    if not isinstance(data, Mapping):
        raise _fail(where, "a mapping", data)
    intent = data.get("intent")
    if intent is not None and intent not in INTENTS:
        raise _fail(f"{where}.intent", f"one of {sorted(INTENTS)}", intent)
    relative = data.get("relative")
    if relative is not None and relative not in RELATIVES:
        raise _fail(f"{where}.relative", f"one of {sorted(RELATIVES)}", relative)
    references = data.get("references") or []
    if not isinstance(references, list) or not all(
        isinstance(r, int) and not isinstance(r, bool) for r in references
    ):
        raise _fail(f"{where}.references", "a list of 0-based pick indexes", references)
    answer = data.get("answer")
    if isinstance(answer, list):
        answer = _texts(answer, f"{where}.answer")
    elif answer is not None:
        answer = str(answer)
    recipient, occasion = data.get("recipient"), data.get("occasion")
    return Labels(
        intent=intent,
        category=_texts(data.get("category"), f"{where}.category"),
        need=_texts(data.get("need"), f"{where}.need"),
        not_need=_texts(data.get("not_need"), f"{where}.not_need"),
        price_min=_number(data.get("price_min"), f"{where}.price_min"),
        price_max=_number(data.get("price_max"), f"{where}.price_max"),
        price_around=_number(data.get("price_around"), f"{where}.price_around"),
        brands=_texts(data.get("brands"), f"{where}.brands"),
        exclude_brands=_texts(data.get("exclude_brands"), f"{where}.exclude_brands"),
        avoid=_texts(data.get("avoid"), f"{where}.avoid"),
        attributes=_attributes(data.get("attributes"), f"{where}.attributes"),
        self_attributes=_attributes(data.get("self_attributes"), f"{where}.self_attributes"),
        recipient=None if recipient is None else str(recipient),
        occasion=None if occasion is None else str(occasion),
        references=tuple(references),
        answer=answer,
        relative=relative,
    )


def _context(data: Any, where: str) -> DialogueContext | None:
    if data is None:
        return None
    if not isinstance(data, Mapping):
        raise _fail(where, "a mapping with history, question, picks, constraints", data)
    history = tuple(
        (str(turn.get("role", "")), str(turn.get("text", ""))) for turn in data.get("history") or []
    )
    question = None
    if (q := data.get("question")) is not None:
        if not isinstance(q, Mapping) or not q.get("options"):
            raise _fail(f"{where}.question", "{text, options: [...]}", q)
        question = PendingQuestion(
            str(q.get("text", "")), _texts(q["options"], f"{where}.question")
        )
    picks = []
    for i, pick in enumerate(data.get("picks") or []):
        if not isinstance(pick, Mapping) or "title" not in pick:
            raise _fail(f"{where}.picks[{i}]", "{title, brand, price, category}", pick)
        picks.append(
            ShownPick(
                title=str(pick["title"]),
                brand=str(pick.get("brand") or ""),
                price=_number(pick.get("price"), f"{where}.picks[{i}].price"),
                category=str(pick.get("category") or ""),
            )
        )
    return DialogueContext(
        history=history,
        question=question,
        picks=tuple(picks),
        constraints=parse_labels(data.get("constraints"), f"{where}.constraints"),
    )


def parse_case(data: Any, file: str) -> Case:
    """One case from its YAML mapping.

    Raises:
        UnderstandingSetError: a missing id, message or expect, or a malformed field.
    """
    if not isinstance(data, Mapping):
        raise _fail(f"{file}: case", "a mapping", data)
    case_id = data.get("id")
    where = f"{file}:{case_id}"
    for key in ("id", "message", "expect"):
        if data.get(key) is None:
            raise _fail(f"{where}.{key}", "a value", None)
    expect = parse_labels(data["expect"], f"{where}.expect")
    if expect.intent is None:
        raise _fail(f"{where}.expect.intent", f"one of {sorted(INTENTS)}", None)
    return Case(
        id=str(case_id),
        file=file,
        lang=str(data.get("lang") or "en"),
        message=str(data["message"]),
        expect=expect,
        context=_context(data.get("context"), f"{where}.context"),
        note=str(data.get("note") or ""),
    )


def load_cases(path: Path | str | None = None) -> list[Case]:
    """Every case of the set, in file then case order.

    Args:
        path: a folder of ``*.yaml`` files or one file; None is the set in this checkout.

    Raises:
        UnderstandingSetError: the path holds no set, a file is not YAML or gives a key twice
            (a case's ``category:`` given twice would keep only the last label), or a case is
            malformed.
    """

    from core.yaml_files import read_yaml

    root = Path(path) if path is not None else DEFAULT_SET_DIR
    files = sorted(root.glob("*.yaml")) if root.is_dir() else [root]
    if not files or not files[0].is_file():
        raise UnderstandingSetError(
            f"set: expected a YAML file or a folder of them, got {str(root)!r}; pass --set "
            "PATH (the set lives in tests/data/understanding of a source checkout)"
        )
    cases: list[Case] = []
    seen: set[str] = set()
    for file in files:
        data = read_yaml(file.read_text(encoding="utf-8"), str(file), UnderstandingSetError)
        if not isinstance(data, Mapping) or not isinstance(data.get("cases"), list):
            raise _fail(str(file), "a mapping with a 'cases' list", type(data).__name__)
        for raw in data["cases"]:
            case = parse_case(raw, file.stem)
            if case.id in seen:
                raise _fail(f"{file.stem}:{case.id}.id", "an id used once in the set", case.id)
            seen.add(case.id)
            cases.append(case)
    return cases


def shown_prices(picks: Sequence[ShownPick]) -> list[float]:
    """The prices of the picks on screen (unpriced ones left out)."""
    return [p.price for p in picks if p.price is not None]
