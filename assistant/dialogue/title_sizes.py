"""A product's size as its title states it ("8.5 oz", "250 mL"): in millilitres (`size_ml`) and
as said (`size_said`)."""

from __future__ import annotations

import re

from catalog.schema import Product

ML_PER_UNIT = {"ml": 1.0, "l": 1000.0, "oz": 29.57}
SIZE = re.compile(
    r"(\d+(?:\.\d+)?|\.\d+)\s*-?\s*(fl\.?\s*oz|fluid\s+ounces?|ounces?|oz|ml|millilit(?:er|re)s?"
    r"|lit(?:er|re)s?|l)\b",
    re.I,
)
"""A size in a title ("8.5 oz", "250 mL", "33.8 Fl Oz", "1 Liter", ".5oz")."""


def size_ml(product: Product) -> float | None:
    """The product's size in millilitres (ounces counted as fluid ounces) from its title, the
    largest the title names; None when it names none."""
    sizes = [size_ml_of(m) for m in SIZE.finditer(product.title or "")]
    return max(sizes) if sizes else None


def size_said(product: Product) -> str:
    """The size `size_ml` reads from the product's title, as the title says it ("16 oz",
    "250 ml"); "" when it names none."""
    found = [(m, size_ml_of(m)) for m in SIZE.finditer(product.title or "")]
    if not found:
        return ""
    best = max(found, key=lambda f: f[1])[0]
    return f"{best.group(1)} {best.group(2).lower()}"


def size_ml_of(size: re.Match[str]) -> float:
    """The millilitres of a `SIZE` match (ounces counted as fluid ounces)."""
    unit = size.group(2).lower()
    key = "oz" if "oz" in unit or "ounce" in unit else ("ml" if unit.startswith("m") else "l")
    return float(size.group(1)) * ML_PER_UNIT[key]
