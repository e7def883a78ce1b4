"""Grounded marketing copy: audiences (customer facts, segments), the copywriter, and the
grounding checker that verifies every claim against the product record."""

from __future__ import annotations

from assistant.copy.audience import CustomerFacts, customer_facts, segment_facts, segments
from assistant.copy.claims import ClaimKind, GroundingReport
from assistant.copy.copywriter import Copywriter
from assistant.copy.delivered import Copy
from assistant.copy.errors import CopyError
from assistant.copy.grounding import GroundingChecker, check

__all__ = [
    "ClaimKind",
    "Copy",
    "CopyError",
    "Copywriter",
    "CustomerFacts",
    "GroundingChecker",
    "GroundingReport",
    "check",
    "customer_facts",
    "segment_facts",
    "segments",
]
