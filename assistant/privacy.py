"""Redaction of personal data before a message is stored or reaches a prompt."""

from __future__ import annotations

import re

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
