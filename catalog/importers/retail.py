"""UCI Online Retail invoices (https://archive.ics.uci.edu/dataset/352/online+retail).

Columns: InvoiceNo, StockCode, Description, Quantity, InvoiceDate (``m/d/yy H:MM``), UnitPrice,
CustomerID, Country (the "Online Retail II" spelling Invoice, Price, Customer ID is accepted too).

Each invoice is a basket (``basket_id`` = InvoiceNo) of ``purchase`` events, one per line:
``value`` = quantity, ``timestamp`` = InvoiceDate, ``user_id`` = CustomerID without its ``.0``
(guests have none and stay anonymous baskets). Cancellation invoices (``C...``) become
``return`` events with the returned quantity as a positive value. Rejected with a reason:

- non-product codes (postage, discounts, manual adjustments, fees, gift vouchers:
  POST, DOT, M, D, C2, S, B, BANK CHARGES, AMAZONFEE, CRUK, gift_0001_*, ...);
- a negative quantity on an invoice that is not a cancellation (stock write-offs);
- a zero or negative unit price (notes such as "damaged", free samples), zero quantity;
- a second line with the same invoice, stock code and kind: it is rejected as a duplicate, not
  merged, so the first line's quantity is kept and the repeated one is in the quarantine file.

Products come from the accepted lines' stock codes, once each, after the events: title = the most
common description (cut to the schema's title limit), price = the median unit price of its
purchase lines, ``attributes.countries`` = the five countries that bought it most, with line
counts. Country is not stored per event.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from catalog.errors import CatalogError
from catalog.importers.base import (
    Parsed,
    Record,
    Rejected,
    checked_rows,
    make_event,
    make_product,
)
from catalog.importers.textio import iter_csv, open_text
from catalog.schema import MAX_TITLE_LENGTH

NON_PRODUCT_CODES = frozenset(
    {
        "POST",
        "DOT",
        "M",
        "D",
        "C2",
        "S",
        "B",
        "BANK CHARGES",
        "AMAZONFEE",
        "CRUK",
        "ADJUST",
        "ADJUST2",
        "TEST001",
        "TEST002",
    }
)
NON_PRODUCT_PREFIXES = ("GIFT_",)
ALIASES = {
    "Invoice": "InvoiceNo",
    "Price": "UnitPrice",
    "Customer ID": "CustomerID",
}
REQUIRED = ("InvoiceNo", "StockCode", "Quantity", "InvoiceDate", "UnitPrice")


def _header(path: Path) -> list[str]:
    with open_text(path) as f:
        first = f.readline().strip().lstrip("\ufeff")
    names = [h.strip().strip('"') for h in first.split(",")]
    return [ALIASES.get(h, h) for h in names]


def detect(path: Path) -> bool:
    """A CSV file whose header has InvoiceNo, StockCode, Quantity, InvoiceDate and UnitPrice."""
    if not path.is_file() or ".csv" not in path.suffixes:
        return False
    return set(REQUIRED) <= set(_header(path))


def parse_invoice_date(text: str) -> datetime:
    """``12/1/10 8:26`` (m/d/yy H:MM, as the UCI file writes it) or ISO ``2010-12-01 08:26:00``.

    Raises:
        ValueError: neither form.
    """
    text = text.strip()
    if "/" in text:
        day_part, _, time_part = text.partition(" ")
        month, day, year = (int(x) for x in day_part.split("/"))
        year += 2000 if year < 100 else 0
        hour, minute = (int(x) for x in (time_part or "0:0").split(":")[:2])
        return datetime(year, month, day, hour, minute)
    return datetime.fromisoformat(text)


@dataclass
class _ProductFacts:
    line: int
    descriptions: dict[str, int] = field(default_factory=dict)
    prices: list[float] = field(default_factory=list)
    countries: dict[str, int] = field(default_factory=dict)


def _customer(value: str) -> str | None:
    text = value.strip()
    if not text:
        return None
    return text[:-2] if text.endswith(".0") else text


def is_non_product(code: str) -> bool:
    """Postage, discounts, fees, manual adjustments and gift vouchers are not products."""
    upper = code.strip().upper()
    return upper in NON_PRODUCT_CODES or upper.startswith(NON_PRODUCT_PREFIXES)


def read(path: Path) -> Iterator[Record]:
    """Purchase and return events, one per accepted line; then one product per stock code."""
    source = str(path)
    header = _header(path)
    missing = [c for c in REQUIRED if c not in header]
    if header == [""]:
        raise CatalogError(f"{path}: the file is empty; expected a header row")
    if missing:
        raise CatalogError(
            f"{path}: missing column(s) {', '.join(missing)}; expected a header with "
            f"{', '.join(REQUIRED)} (got {', '.join(header)})"
        )
    renamed = any(name in ALIASES for name in header)
    facts: dict[str, _ProductFacts] = {}
    dates: dict[str, datetime] = {}
    seen: dict[tuple[str, str, str], int] = {}
    for checked in checked_rows(source, iter_csv(path)):
        if isinstance(checked, Rejected):
            yield checked
            continue
        line, raw_row, raw = checked
        row = raw_row if not renamed else {ALIASES.get(k, k): v for k, v in raw_row.items()}
        invoice = row["InvoiceNo"].strip()
        code = row["StockCode"].strip()
        if is_non_product(code):
            yield Rejected(
                source,
                line,
                f"stock_code: {code!r} is not a product (postage, discount, fee or adjustment)",
                raw,
            )
            continue
        try:
            quantity = float(row["Quantity"])
            price = float(row["UnitPrice"])
        except ValueError:
            yield Rejected(
                source,
                line,
                f"number: expected numeric Quantity and UnitPrice, got "
                f"{row['Quantity']!r} and {row['UnitPrice']!r}",
                raw,
            )
            continue
        cancellation = invoice.upper().startswith("C")
        if quantity == 0:
            yield Rejected(source, line, "quantity: expected a non-zero quantity, got 0", raw)
            continue
        if quantity < 0 and not cancellation:
            yield Rejected(
                source,
                line,
                f"quantity: negative ({quantity:g}) on invoice {invoice}, which is not a "
                "cancellation ('C...'): a stock adjustment, not a sale",
                raw,
            )
            continue
        if price <= 0:
            yield Rejected(
                source,
                line,
                f"price: expected a unit price above 0, got {price:g} (a note or free item)",
                raw,
            )
            continue
        kind = "return" if cancellation else "purchase"
        first = seen.setdefault((invoice, code, kind), line)
        if first != line:
            yield Rejected(
                source,
                line,
                f"duplicate: invoice {invoice} already lists stock code {code} on line {first}; "
                "the first line is kept (quantities are not summed)",
                raw,
            )
            continue
        when = dates.get(row["InvoiceDate"])
        if when is None:
            try:
                when = parse_invoice_date(row["InvoiceDate"])
            except ValueError:
                yield Rejected(
                    source,
                    line,
                    f"invoice_date: expected m/d/yy H:MM such as 12/1/10 8:26, got "
                    f"{row['InvoiceDate']!r}",
                    raw,
                )
                continue
            dates[row["InvoiceDate"]] = when
        record = make_event(
            source,
            line,
            raw,
            user_id=_customer(row.get("CustomerID", "")),
            item_id=code,
            kind=kind,
            value=abs(quantity),
            timestamp=when,
            basket_id=invoice,
        )
        if isinstance(record, Parsed):
            info = facts.get(code)
            if info is None:
                info = facts[code] = _ProductFacts(line)
            description = row.get("Description", "").strip()
            if description:
                info.descriptions[description] = info.descriptions.get(description, 0) + 1
            if not cancellation:
                info.prices.append(price)
            country = row.get("Country", "").strip()
            if country:
                info.countries[country] = info.countries.get(country, 0) + 1
        yield record
    for code, info in facts.items():
        descriptions = Counter(info.descriptions).most_common(1)
        title = descriptions[0][0][:MAX_TITLE_LENGTH] if descriptions else ""
        countries = Counter(info.countries).most_common(5)
        attributes = {"countries": dict(countries)} if countries else {}
        product = make_product(
            source,
            info.line,
            "",
            id=code,
            title=title,
            price=round(statistics.median(info.prices), 2) if info.prices else None,
            attributes=attributes,
        )
        if isinstance(product, Parsed):
            yield Parsed(source, info.line, product.record, derived=True)
        else:
            yield Rejected(source, info.line, product.reason, f"stock code {code}")
