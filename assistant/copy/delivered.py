"""A delivered copy: one variant of the copywriter's, with its grounding report."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.copy.claims import GroundingReport


@dataclass(frozen=True)
class Copy:
    """One delivered copy variant.

    Attributes:
        item_id: the product.
        channel: email, push, sms or banner.
        text: the delivered text (the email body for email).
        subject: the email subject ('' for other channels).
        grounded: every claim in subject and text is supported by the record and the facts.
        report: what the checker found and did (claims, removed sentences, repairs, fallback).
        tone: the tone asked for.
        variant: 0-based variant number.
        source: 'llm' (as generated), 'repaired' (sentences fixed or removed) or 'template'.
        raw: what the model wrote, before the checker.
        template_subject: an email whose subject is the template's (the model's was rejected).
    """

    item_id: str
    channel: str
    text: str
    subject: str
    grounded: bool
    report: GroundingReport
    tone: str = "friendly"
    variant: int = 0
    source: str = "llm"
    raw: str = ""
    template_subject: bool = False
