"""A tiny catalog for the topology test: 40 products, one group per need the load bench types
(`ui.testing.SHOPPER_NEEDS`), and 30 shoppers' purchases, written in our own format."""

from __future__ import annotations

import csv
import json
import random
from datetime import datetime, timedelta
from pathlib import Path

GROUPS = [
    ("Skin Care > Face > Moisturizers", "face moisturizer for dry skin", "rich cream"),
    ("Hair Care > Shampoos", "shampoo for curly hair", "sulfate free"),
    ("Makeup > Nails > Nail Polish", "red nail polish", "glossy lacquer"),
    ("Makeup > Eyes > Eyeshadow", "neutral eyeshadow palette", "matte shades"),
    ("Fragrance > Women", "perfume for women", "floral eau de parfum"),
    ("Skin Care > Sun > Sunscreen", "sunscreen for the face", "spf 50"),
    ("Skin Care > Face > Cleansers", "gentle cleanser for oily skin", "foaming gel"),
    ("Hair Care > Styling Tools > Hair Dryers", "hair dryer", "ionic 1875 watt"),
    ("Makeup > Eyes > Mascara", "waterproof mascara", "volume black"),
    ("Skin Care > Body > Lotions", "body lotion for dry skin", "shea butter"),
]
BRANDS = ["Acme", "Lumen", "Verde", "Corallo", "Nordia", "Sapphire"]
PER_GROUP = 4


def product_ids() -> list[str]:
    """Every product id of the tiny catalog, group by group."""
    return [f"p{g:02d}{i}" for g in range(len(GROUPS)) for i in range(PER_GROUP)]


def write_catalog(folder: Path, seed: int = 0) -> Path:
    """``products.jsonl`` and ``events.csv`` in ``folder`` (the `native` format); the folder."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "products.jsonl").open("w") as f:
        for g, (path, need, detail) in enumerate(GROUPS):
            for i in range(PER_GROUP):
                brand = BRANDS[(g + i) % len(BRANDS)]
                product = {
                    "id": f"p{g:02d}{i}",
                    "title": f"{brand} {need} {detail} no. {i + 1}",
                    "brand": brand,
                    "categories": ["Beauty", *path.split(" > ")],
                    "price": round(4.0 + 7.5 * i + g, 2),
                    "description": f"A {need}: {detail}.",
                    "rating": 3.5 + 0.4 * (i % 3),
                }
                f.write(json.dumps(product) + "\n")
    ids = product_ids()
    start = datetime(2025, 1, 1)
    with (folder / "events.csv").open("w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["user_id", "item_id", "kind", "value", "timestamp"])
        for u in range(30):
            group = rng.randrange(len(GROUPS))
            own = ids[group * PER_GROUP : (group + 1) * PER_GROUP]
            bought = rng.sample(own, 2) + rng.sample(ids, 2)
            for n, item in enumerate(bought):
                when = start + timedelta(days=u, hours=n)
                out.writerow([f"c{u:02d}", item, "purchase", 1, when.isoformat()])
    return folder


def write_new_product(folder: Path) -> str:
    """A products file with one product nobody has seen (a catalog update); its id."""
    folder.mkdir(parents=True, exist_ok=True)
    product = {
        "id": "p-new",
        "title": "Zephyrine hand cream with lavender",
        "brand": "Zephyrine",
        "categories": ["Beauty", "Skin Care", "Hands"],
        "price": 9.0,
        "description": "A zephyrine hand cream: lavender and shea.",
    }
    (folder / "products.jsonl").write_text(json.dumps(product) + "\n")
    return str(product["id"])
