"""Personal data: redaction before a message is stored or reaches a prompt, and forgetting
a user everywhere in the data dir."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from catalog.errors import CatalogError
from catalog.forget import forget_user_rows
from catalog.store import CatalogStore

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b")
CARD = re.compile(r"\b(?:\d[ -]?){12,18}\d\b")
PHONE = re.compile(r"(?<!\w)(\+?\d{1,3}[\s.-]?)?(\(?\d{2,4}\)?[\s.-]?){2,4}\d{3,4}(?!\w)")
ADDRESS = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,4}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|"
    r"boulevard|blvd|way|court|ct|place|pl|terrace|close|crescent)\b\.?",
    re.IGNORECASE,
)
POSTCODE_UK = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")


def redact(text: str) -> str:
    """Replace emails, card-like numbers, phone numbers and street addresses with tags.

    Card-like means 13-19 digits (spaces or dashes allowed), redacted whether or not they pass
    the Luhn check, since a mistyped card number is still personal data.
    Prices ("$12.99") and sizes ("50 ml") are left alone.
    """
    text = EMAIL.sub("[email]", text)
    text = CARD.sub("[card]", text)
    text = ADDRESS.sub("[address]", text)
    text = POSTCODE_UK.sub("[postcode]", text)
    return PHONE.sub(_phone, text)


def _phone(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group())
    return "[phone]" if 7 <= len(digits) <= 15 else match.group()


def mentions_id(line: str, user_id: str) -> bool:
    """Does a quarantine JSONL line name ``user_id`` as a whole id?

    The id counts where it stands alone: not inside a longer id, so forgetting ``AKMEY1`` keeps
    the lines of ``AKMEY1X`` and ``XAKMEY1``. The line is checked as written and, when it is
    JSON, in its decoded strings (escapes resolved), since the raw source row sits inside it.
    """
    pattern = re.compile(rf"(?<![\w.\-@]){re.escape(user_id)}(?![\w.\-@])")
    if pattern.search(line):
        return True
    try:
        record = json.loads(line)
    except ValueError:
        return False
    return any(pattern.search(text) for text in _strings(record))


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def forget_user(store: CatalogStore, user_id: str, data_dir: Path) -> dict[str, int]:
    """Delete a user everywhere: store rows (events, profile, sessions, user) and quarantine
    lines that name them. Trained models hold no user ids (users are folded in at scoring
    time), so no artifact needs rewriting. Returns what was removed, by place.
    """
    if not user_id:
        raise CatalogError("user_id: expected a user id, got an empty string")
    removed = forget_user_rows(store.engine, user_id)
    lines = 0
    for path in sorted((data_dir / "quarantine").glob("*.jsonl")):
        kept = []
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if mentions_id(line, user_id):
                    lines += 1
                else:
                    kept.append(line)
        if lines:
            tmp = path.with_suffix(".jsonl.tmp")
            tmp.write_text("".join(kept), encoding="utf-8")
            os.replace(tmp, path)
    removed["quarantine_lines"] = lines
    return removed
