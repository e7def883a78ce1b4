"""The copywriter's own gates on a delivered copy: the model's and whole (`acceptable`), and
saying something beyond the product's name (`passes_gates`)."""

from __future__ import annotations

from assistant.copy.claims import ClaimKind
from assistant.copy.clauses import looks_cut_off, own_words
from assistant.copy.delivered import Copy
from catalog.schema import Product

NAMING_KINDS = frozenset({ClaimKind.BRAND, ClaimKind.PRODUCT_NAME, ClaimKind.CATEGORY})
"""Claims that name the product (its price alone does not)."""


def passes_gates(copy: Copy, product: Product) -> bool:
    """Whether a delivered copy passes the copywriter's own gates (`acceptable`, and it says
    something beyond the product's title, brand and categories: `clauses.own_words`, the rule
    that keeps a bare name out of the clause cuts)."""
    name = " ".join([product.title, product.brand or "", *product.categories])
    return acceptable(copy) and bool(own_words(copy.text, name))


def acceptable(copy: Copy) -> bool:
    """Whether a delivered copy is the model's and whole: neither its text nor an email's
    subject is the template; it does not stop mid-phrase (`clauses.looks_cut_off`); a push, SMS
    or email body ends a sentence; and it names the product (a brand, product name or product
    type the checker supported: a price alone, "It costs $8.78.", does not)."""
    text = copy.text.rstrip("\"')”’")
    if copy.source == "template" or copy.template_subject or not text or looks_cut_off(text):
        return False
    if copy.channel != "banner" and text[-1] not in ".!?":
        return False
    return any(c.supported and c.kind in NAMING_KINDS for c in copy.report.claims)
