"""`shopassist search "QUERY"`: hybrid product search with filters from options and the query."""

from __future__ import annotations

import typer

from ui.cli.common import JsonOutput, console, print_json, retriever_of, store_of


def search_command(
    ctx: typer.Context,
    query: str = typer.Argument(..., help="What to look for; 'under $30', 'not Olay' are parsed."),
    k: int = typer.Option(10, "--k", "-k", help="How many results."),
    min_price: float | None = typer.Option(None, "--min-price", help="Lowest price."),
    max_price: float | None = typer.Option(None, "--max-price", help="Highest price."),
    brand: list[str] = typer.Option([], "--brand", help="Only this brand (repeatable)."),
    exclude_brand: list[str] = typer.Option(
        [], "--exclude-brand", help="Never this brand (repeatable)."
    ),
    category: str | None = typer.Option(None, "--category", help="Category prefix 'A > B'."),
    no_parse: bool = typer.Option(
        False, "--no-parse", help="Do not read constraints out of QUERY."
    ),
    json_output: JsonOutput = False,
) -> None:
    """Search the catalog: dense + BM25 hybrid with hard filters."""
    from retrieval.brand_facts import store_brand_facts
    from retrieval.filters import Filters
    from retrieval.query import parse_query
    from retrieval.search import check_query

    Filters(min_price=min_price, max_price=max_price)  # fail fast on contradictory options
    check_query(query)
    store = store_of(ctx)
    text = query
    parsed_filters = Filters()
    facts = None
    if not no_parse:
        facts = store_brand_facts(store)
        parsed = parse_query(
            query,
            brands=[b for b, _ in store.brands()],
            categories=[c for c, _ in store.category_paths()],
            facts=facts,
        )
        text = parsed.text
        parsed_filters = parsed.filters()
    filters = Filters(
        min_price=min_price if min_price is not None else parsed_filters.min_price,
        max_price=max_price if max_price is not None else parsed_filters.max_price,
        brands=tuple(brand) or tuple(parsed_filters.brands),
        exclude_brands=tuple(exclude_brand) + tuple(parsed_filters.exclude_brands),
        category=category if category is not None else parsed_filters.category,
    )
    from retrieval.errors import EmptyQueryError
    from retrieval.tokenize import tokenize

    what = filters.describe(facts) or "no filters"
    if not tokenize(text):
        raise EmptyQueryError(
            f"query {query!r} states only constraints ({what}): expected words "
            "describing a product as well, e.g. 'mascara not L'Oreal'"
        )
    hits = retriever_of(ctx).search(text, filters, k)
    products = {p.id: p for p in store.get_products([h.item_id for h in hits])}
    rows = []
    for h in hits:
        p = products.get(h.item_id)
        rows.append(
            {
                "id": h.item_id,
                "title": p.title if p else None,
                "brand": p.brand if p else None,
                "price": p.price if p else None,
                "categories": p.categories if p else [],
                "score": round(h.score, 6),
                "source": h.source,
                "scores": {key: round(v, 4) for key, v in h.scores.items()},
            }
        )
    if json_output:
        print_json(rows)
        return
    from rich.table import Table

    table = Table(title=f"{text!r} ({what})")
    for col in ("#", "id", "title", "brand", "price", "score", "from"):
        table.add_column(col, justify="right" if col in {"#", "price", "score"} else "left")
    for n, row in enumerate(rows, start=1):
        price = "" if row["price"] is None else f"{row['price']:.2f}"
        table.add_row(
            str(n),
            row["id"],
            (row["title"] or "")[:70],
            row["brand"] or "",
            price,
            f"{row['score']:.4f}",
            row["source"],
        )
    if not rows:
        console.print(f"no products match {what}: loosen the filters")
        return
    console.print(table)
