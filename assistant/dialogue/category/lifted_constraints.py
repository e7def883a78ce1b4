"""A search's price and brand constraints, and its filters without them: where the constraints
leave no product of a need's type, the category readers look for the type whoever makes it and
whatever it costs.
"""

from __future__ import annotations

from dataclasses import replace

from retrieval.filters import Filters


def constrained(filters: Filters) -> bool:
    """Whether ``filters`` hold a price or brand constraint."""
    return bool(
        filters.brands
        or filters.exclude_brands
        or filters.min_price is not None
        or filters.max_price is not None
    )


def unconstrained(filters: Filters) -> Filters:
    """``filters`` without their price and brand constraints."""
    return replace(filters, brands=(), exclude_brands=(), min_price=None, max_price=None)
