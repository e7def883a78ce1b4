"""HTML and Markdown for the app's panels: product cards, cart, profile, timeline, reports.

Pure functions of catalog facts; every piece of catalog or shopper text is HTML-escaped, so a
product title cannot inject markup or script into the page. `StaffTab` is the part of a staff
tab (agent, marketing, experiments) that the page-load handler shows or hides.
"""

from __future__ import annotations

import string
import time
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from assistant.dialogue.turn import Pick
from assistant.profiles import Profile, trait_words
from assistant.support import CustomerOverview


@dataclass
class StaffTab:
    """A staff tab's components that the page-load handler shows or hides: the locked notice
    and the panel."""

    locked: Any
    panel: Any


def _price(value: float | None) -> str:
    return f"${value:,.2f}" if value is not None else "no price"


def _stars(rating: float | None) -> str:
    if rating is None:
        return "no rating yet"
    return f"★ {rating:.1f} / 5"


def card_html(
    pick: Pick, index: int, *, ready_ms: float | None = None, mark: str = "", pending: bool = False
) -> str:
    """One product card: title, brand, price, rating, reason, and its copy (while ``pending``
    and the copy is not there yet, a placeholder for it).

    ``ready_ms`` (epoch milliseconds when the card's data was ready on the server) is kept in a
    data attribute, so a browser test can measure how long the card took to show.
    """
    ready = f' data-ready-ms="{ready_ms:.0f}"' if ready_ms is not None else ""
    copy = ""
    if pick.copy:
        copy = f'<p class="sa-copy">{escape(pick.copy)}</p>'
    elif pending:
        copy = '<p class="sa-copy sa-pending">writing a note for you…</p>'
    badge = f'<span class="sa-mark">{escape(mark)}</span>' if mark else ""
    return (
        f'<div class="sa-card" data-item-id="{escape(pick.id)}" data-index="{index}"{ready}>'
        f'<div class="sa-head"><span class="sa-n">{index + 1}</span>{badge}</div>'
        f'<h4 class="sa-title" title="{escape(pick.title)}">{escape(pick.title)}</h4>'
        f'<div class="sa-meta"><span class="sa-brand">{escape(pick.brand or "unbranded")}</span>'
        f' · <span class="sa-price">{_price(pick.price)}</span>'
        f' · <span class="sa-rating">{_stars(pick.rating)}</span></div>'
        f'<p class="sa-reason"><b>Why:</b> {escape(pick.reason)}</p>{copy}</div>'
    )


def now_ms() -> float:
    """Epoch milliseconds (the clock the browser's Date.now() uses too)."""
    return time.time() * 1000


def cart_markdown(cart: Sequence[dict[str, Any]]) -> str:
    """The cart summary: items, and the total of the priced ones."""
    if not cart:
        return "**Cart:** empty"
    lines = [f"**Cart:** {len(cart)} item{'s' if len(cart) != 1 else ''}"]
    total = 0.0
    for item in cart:
        price = item.get("price")
        total += price or 0.0
        lines.append(f"- {md_text(item['title'])} — {_price(price)}")
    lines.append(f"\n**Total:** {_price(total)}")
    return "\n".join(lines)


MARKDOWN_AS_DATA: dict[str, Any] = {"latex_delimiters": [], "sanitize_html": True}
"""Settings of every `gr.Markdown` and `gr.Chatbot` that shows catalog or shopper text: no
LaTeX (``$$...$$`` in a title would be typeset) and Gradio's HTML sanitiser on, behind the
escaping of `md_text`."""

_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_NEVER_MARKUP = set(",;?'\"%/")  # left as they are, so replies read well in the API's output
_MD_PUNCTUATION = frozenset(string.punctuation) - set(_HTML_ENTITIES) - _NEVER_MARKUP


def md_text(text: object) -> str:
    """``text`` as literal text in Markdown: it renders as written, never as markup.

    For every catalog or shopper string that reaches a Markdown sink (chat replies, the why
    panel, the signed-in line, cart, agent panels). ``&``, ``<`` and ``>`` become HTML entities
    (no raw HTML, so no ``<img>`` fetched and no tag injected); every other ASCII punctuation
    mark that Markdown gives a meaning to (all but ``, ; ? ' " % /``) is backslash-escaped,
    which CommonMark renders as the mark itself, so no link, image, emphasis, heading, list,
    table cell (``|``) or code span can start inside the text, and no bare ``http://``,
    ``www.`` or e-mail address is turned into a link. Line breaks become spaces, so the text
    cannot open a new block (or break a table row).
    """
    out = []
    for ch in str(text if text is not None else ""):
        if ch in _HTML_ENTITIES:
            out.append(_HTML_ENTITIES[ch])
        elif ch in _MD_PUNCTUATION:
            out.append("\\" + ch)
        elif ch in "\r\n\u2028\u2029":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def toast_text(text: object) -> str:
    """``text`` for a toast (`gr.Info`, `gr.Warning`, `gr.Error`): Gradio shows those messages
    as HTML, so every catalog or shopper string in one is HTML-escaped."""
    return escape(str(text if text is not None else ""))


def why_markdown(profile: Profile, picks: Sequence[Pick], *, signed_in: str | None) -> str:
    """'Why am I seeing this?': the profile signals in use and each pick's reason."""
    if signed_in is None:
        who = "You are shopping anonymously: picks follow what you asked for in this chat."
    elif profile.opted_out:
        who = f"Signed in as {md_text(signed_in)}, with personalisation turned off."
    else:
        who = f"Signed in as {md_text(signed_in)}. What we use: {md_text(profile.summary())}."
    lines = [who]
    if picks:
        lines.append("")
        for n, pick in enumerate(picks, 1):
            signals = ", ".join(
                f"{md_text(name)} {value:.2f}" for name, value in pick.signals.items()
            )
            extra = f" _(signals: {signals})_" if signals else ""
            lines.append(f"{n}. **{md_text(pick.title)}**: {md_text(pick.reason)}{extra}")
    return "\n".join(lines)


def profile_markdown(overview: CustomerOverview) -> str:
    """The agent's profile panel: top categories and brands, price band, needs, feedback."""
    p = overview.profile
    lines = [f"### Customer {md_text(overview.user_id)}"]
    if p.opted_out:
        lines.append("_Opted out of personalisation: no profile is kept._")
    lines.append(f"- **Purchases and reviews:** {p.purchases}")
    if p.top_categories:
        cats = ", ".join(f"{md_text(c.split(' > ')[-1])} ({n})" for c, n in p.top_categories)
        lines.append(f"- **Top categories:** {cats}")
    if p.top_brands:
        brands = ", ".join(f"{md_text(b)} ({n})" for b, n in p.top_brands)
        lines.append(f"- **Top brands:** {brands}")
    if p.price_band:
        lines.append(f"- **Price band:** {_price(p.price_band[0])} – {_price(p.price_band[1])}")
    if p.needs:
        named = (trait_words(k, v) for k, v in p.needs.items())
        needs = ", ".join(f"{md_text(k)}: {md_text(v)}" for k, v in named)
        lines.append(f"- **Needs from chats:** {needs}")
    if p.avoided_brands:
        lines.append("- **Avoids:** " + ", ".join(md_text(b) for b in p.avoided_brands))
    if overview.note:
        lines.append(f"\n_{md_text(overview.note)}_")
    return "\n".join(lines)


def suggestions_markdown(overview: CustomerOverview) -> str:
    """The agent's suggestion list with reasons."""
    if not overview.suggestions:
        return "_No suggestions._"
    lines = ["### Suggestions"]
    for n, s in enumerate(overview.suggestions, 1):
        why = "; ".join(md_text(r) for r in s.reasons) or "popular with similar customers"
        brand = md_text(s.brand or "unbranded")
        lines.append(f"{n}. **{md_text(s.title)}** ({brand}, {_price(s.price)}): {why}")
    return "\n".join(lines)


def timeline_rows(overview: CustomerOverview) -> list[list[Any]]:
    """The purchase timeline as table rows: when, what, item, brand, price."""
    return [[e.when, e.kind, e.title, e.brand or "", _price(e.price)] for e in overview.timeline]


def report_summary(row: dict[str, Any]) -> str:
    """A one-line grounding report for a copy row (claims supported / found, removed)."""
    parts = [f"{row['claims_supported']}/{row['claims_found']} claims supported"]
    if row["removed"]:
        parts.append(f"{row['removed']} sentence(s) removed")
    if row["repaired"]:
        parts.append(f"{row['repaired']} repaired")
    if row["fallback"] == "true":
        parts.append("template used")
    return "; ".join(parts)
