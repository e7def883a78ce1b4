"""The products the copy tests share, with the facts the tests check against."""

from __future__ import annotations

from catalog.schema import Product

POLISH = Product(
    id="N1",
    title="essie Nail Polish, Ballet Slippers, 0.46 fl oz",
    brand="essie",
    categories=["Beauty", "Makeup", "Nails", "Nail Polish"],
    price=8.0,
)


def shampoo(item_id: str, title: str, brand: str, price: float) -> Product:
    """A product in the catalog's shampoo category (Beauty > Hair Care > Shampoos)."""
    return Product(
        id=item_id,
        title=title,
        brand=brand,
        categories=["Beauty", "Hair Care", "Shampoos"],
        price=price,
    )


SHAMPOO = shampoo("H1", "Olay Daily Shampoo, 12 Ounce", "Olay", 5.5)


def lip_balm(item_id: str, title: str) -> Product:
    """An Olay lip balm at $4.50 whose ``title`` carries an injected instruction."""
    return Product(
        id=item_id, title=title, brand="Olay", categories=["Beauty", "Skin Care", "Lips"], price=4.5
    )
