"""Search quality on the Amazon Beauty catalog: shopper queries with the answer they need.

Two kinds of hand-written queries, each split into a tuning set (used to choose the fusion
settings) and a report set (only measured):

* needs: a need described without brand or title words, with the category prefix a good answer
  belongs to. Measure: the share of the top 10 inside that category.
* brand needs: a brand plus a need. Measure: whether a product of that brand inside the
  expected category reaches the top 10.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from catalog.schema import Product

NEEDS_REPORT: list[tuple[str, str]] = [
    ("a palette of neutral eyeshadows", "Beauty > Makeup > Eyes"),
    ("something for frizzy hair", "Beauty > Hair Care"),
    ("a cream to hydrate very dry facial skin", "Beauty > Skin Care > Face"),
    ("lotion for cracked dry skin on my body in winter", "Beauty > Skin Care > Body"),
    ("polish for my nails in a bright summer colour", "Beauty > Makeup > Nails"),
    ("a tool to straighten curly hair", "Beauty > Hair Care > Styling Tools"),
    ("brushes for applying foundation and powder", "Beauty > Tools & Accessories"),
    ("a perfume for women with a floral scent", "Beauty > Fragrance"),
    ("protect my skin from the sun at the beach", "Beauty > Skin Care > Sun"),
    ("wash to clean my face and remove makeup", "Beauty > Skin Care > Face"),
    ("something to cover dark circles and blemishes", "Beauty > Makeup > Face"),
    ("a long lasting lip colour", "Beauty > Makeup > Lips"),
    ("a mask to treat acne and clear pores", "Beauty > Skin Care > Face"),
    ("wash hair that gets greasy quickly", "Beauty > Hair Care"),
    ("cover grey hair at home", "Beauty > Hair Care > Hair Color"),
    ("blow dry my hair quickly", "Beauty > Hair Care > Styling Tools"),
    ("a cologne for men", "Beauty > Fragrance"),
    ("anti-aging serum for wrinkles", "Beauty > Skin Care"),
    ("hold my hairstyle in place all day", "Beauty > Hair Care > Styling Products"),
    ("give me a tan without the sun", "Beauty > Skin Care > Sun"),
    ("a base coat and top coat to make manicures last", "Beauty > Makeup > Nails"),
    ("a shower gel that smells fresh", "Beauty > Bath & Body"),
    ("treatment for thinning hair", "Beauty > Hair Care"),
    ("smooth foundation for an even skin tone", "Beauty > Makeup > Face"),
    ("line my eyes with a precise wing", "Beauty > Makeup > Eyes"),
]
NEEDS_TUNING: list[tuple[str, str]] = [
    ("a foundation for oily skin", "Beauty > Makeup > Face"),
    ("conditioner for damaged hair", "Beauty > Hair Care"),
    ("gel polish that lasts two weeks", "Beauty > Makeup > Nails"),
    ("eye cream for wrinkles", "Beauty > Skin Care"),
    ("a bright red lipstick", "Beauty > Makeup > Lips"),
    ("body butter for stretch marks", "Beauty > Skin Care > Body"),
    ("face wash for sensitive skin", "Beauty > Skin Care > Face"),
    ("a blush for rosy cheeks", "Beauty > Makeup > Face"),
    ("men's aftershave fragrance", "Beauty > Fragrance"),
    ("a brush to detangle wet hair", "Beauty > Hair Care > Styling Tools"),
    ("bubble bath to relax", "Beauty > Bath & Body"),
    ("shampoo for dandruff and itchy scalp", "Beauty > Hair Care"),
    # added 2026-11-23 (before any fusion variant was measured) so that choices rest on more
    # than 12 needs
    ("remove old nail polish", "Beauty > Makeup > Nails"),
    ("scrub to exfoliate rough skin on my body", "Beauty > Bath & Body"),
    ("soothe tired puffy eyes", "Beauty > Skin Care > Eyes"),
    ("a cream for dry hands", "Beauty > Skin Care > Hands & Nails"),
    ("keep my curls defined without crunch", "Beauty > Hair Care > Styling Products"),
    ("a curling iron for beach waves", "Beauty > Hair Care > Styling Tools"),
    ("fake nails I can glue on", "Beauty > Tools & Accessories > Nail Tools"),
    ("a toner to tighten pores", "Beauty > Skin Care > Face"),
    ("a shiny gloss for my lips", "Beauty > Makeup > Lips"),
    ("set my makeup with a loose powder", "Beauty > Makeup > Face"),
    ("a bag to carry my cosmetics when travelling", "Beauty > Tools & Accessories"),
    ("fill in sparse eyebrows", "Beauty > Makeup > Eyes"),
    ("regrow hair on a balding scalp", "Beauty > Hair Care"),
]
BRAND_REPORT: list[tuple[str, str, str]] = [
    ("Maybelline mascara for volume", "Maybelline", "Beauty > Makeup > Eyes"),
    ("OPI nail polish in red", "OPI", "Beauty > Makeup > Nails"),
    ("Neutrogena face wash for acne", "Neutrogena", "Beauty > Skin Care > Face"),
    ("Olay anti-wrinkle cream", "Olay", "Beauty > Skin Care"),
    ("Conair hair dryer", "Conair", "Beauty > Hair Care > Styling Tools"),
    ("Revlon lipstick", "Revlon", "Beauty > Makeup > Lips"),
    ("L'Oreal hair colour", "L'Oreal Paris", "Beauty > Hair Care > Hair Color"),
    ("Essie pastel nail polish", "Essie", "Beauty > Makeup > Nails"),
    ("NYX eyeliner pencil", "NYX", "Beauty > Makeup > Eyes"),
    ("e.l.f. makeup brushes", "e.l.f. Cosmetics", "Beauty > Tools & Accessories"),
    ("John Frieda serum for frizz", "John Frieda", "Beauty > Hair Care"),
    ("Dove body wash", "Dove", "Beauty > Bath & Body"),
    ("Garnier shampoo for damaged hair", "Garnier", "Beauty > Hair Care"),
    ("Pantene conditioner", "Pantene", "Beauty > Hair Care"),
    ("CoverGirl foundation", "COVERGIRL", "Beauty > Makeup > Face"),
    ("Sally Hansen top coat", "Sally Hansen", "Beauty > Makeup > Nails"),
    ("Aveeno moisturizing lotion for dry skin", "Aveeno", "Beauty > Skin Care"),
    ("China Glaze glitter polish", "China Glaze", "Beauty > Makeup > Nails"),
    ("Paul Mitchell styling gel", "Paul Mitchell", "Beauty > Hair Care"),
    ("Burt's Bees lip balm", "Burt's Bees", "Beauty"),
]
BRAND_TUNING: list[tuple[str, str, str]] = [
    ("Nivea body lotion", "Nivea", "Beauty > Skin Care"),
    ("TRESemme hairspray", "TRESemme", "Beauty > Hair Care"),
    ("Clinique moisturizer", "Clinique", "Beauty > Skin Care"),
    ("Remington flat iron", "Remington", "Beauty > Hair Care"),
    ("Gelish gel polish", "Gelish", "Beauty > Makeup > Nails"),
    ("Physicians Formula bronzer", "Physicians Formula", "Beauty > Makeup"),
    ("Bare Escentuals mineral foundation", "Bare Escentuals", "Beauty > Makeup > Face"),
    ("Murad acne treatment", "Murad", "Beauty > Skin Care"),
    ("Redken shampoo", "Redken", "Beauty > Hair Care"),
    ("Too Faced eyeshadow palette", "Too Faced", "Beauty > Makeup > Eyes"),
    # added 2026-11-23 with the needs above
    ("Cetaphil gentle cleanser", "Cetaphil", "Beauty > Skin Care"),
    ("St. Ives apricot scrub", "St. Ives", "Beauty"),
    ("Moroccanoil hair treatment oil", "Moroccanoil", "Beauty > Hair Care"),
    ("Real Techniques makeup brush set", "Real Techniques", "Beauty > Tools & Accessories"),
    ("NARS blush", "NARS", "Beauty > Makeup > Face"),
    ("Hot Tools curling iron", "Hot Tools", "Beauty > Hair Care > Styling Tools"),
    ("Jergens moisturizer for dry skin", "Jergens", "Beauty > Skin Care"),
    ("Benefit mascara", "Benefit Cosmetics", "Beauty > Makeup > Eyes"),
    ("Bumble and Bumble shampoo", "Bumble and Bumble", "Beauty > Hair Care"),
    ("Vaseline body lotion", "Vaseline", "Beauty > Skin Care"),
]


def in_category(product: Product, prefix: str) -> bool:
    """Whether the product's category path starts with ``prefix`` (whole levels)."""
    path = " > ".join(product.categories)
    return path == prefix or path.startswith(prefix + " > ")


@dataclass
class QualityReport:
    """Mean category share of the top 10 (needs), brand hit rate and MRR (brand needs)."""

    category_share: float
    brand_hit_rate: float
    per_query: dict[str, float]
    brand_mrr: float = 0.0


def measure(
    search: Callable[[str], Sequence[str]],
    lookup: Callable[[Sequence[str]], Sequence[Product]],
    needs: Sequence[tuple[str, str]],
    brand_needs: Sequence[tuple[str, str, str]],
) -> QualityReport:
    """Run the queries through ``search`` (query -> top-10 ids) and score them.

    Args:
        search: returns the top-10 product ids of a query.
        lookup: ids -> products (the store's `get_products`).
        needs: (query, category prefix) pairs.
        brand_needs: (query, brand, category prefix) triples.
    """
    per_query: dict[str, float] = {}
    shares = []
    for query, prefix in needs:
        products = lookup(list(search(query))[:10])
        share = sum(in_category(p, prefix) for p in products) / 10
        per_query[query] = share
        shares.append(share)
    hits = []
    reciprocal = []
    for query, brand, prefix in brand_needs:
        products = lookup(list(search(query))[:10])
        ranks = [
            n
            for n, p in enumerate(products, start=1)
            if (p.brand or "").lower() == brand.lower() and in_category(p, prefix)
        ]
        per_query[query] = float(bool(ranks))
        hits.append(float(bool(ranks)))
        reciprocal.append(1.0 / ranks[0] if ranks else 0.0)
    return QualityReport(
        category_share=sum(shares) / len(shares) if shares else 0.0,
        brand_hit_rate=sum(hits) / len(hits) if hits else 0.0,
        per_query=per_query,
        brand_mrr=sum(reciprocal) / len(reciprocal) if reciprocal else 0.0,
    )
