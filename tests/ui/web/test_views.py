"""The HTML and Markdown panels: catalog text is escaped, totals and reports add up."""

from __future__ import annotations

from assistant.dialogue.turn import Pick
from assistant.profiles import Profile
from assistant.suggestions import Suggestion
from assistant.support import CustomerOverview, TimelineEntry
from ui.web.views import card_html, cart_markdown, profile_markdown, report_summary, why_markdown


def _pick(**kw: object) -> Pick:
    base = dict(id="p1", title="Rose Lip Balm", brand="Burt's Bees", price=4.5, rating=4.25,
                categories=["Beauty", "Lips"], reason="matches 'lip balm'")  # fmt: skip
    return Pick(**{**base, **kw})  # type: ignore[arg-type]


def test_card_shows_the_facts_and_escapes_catalog_text() -> None:
    html = card_html(
        _pick(title='<script>alert("x")</script> Balm'), 0, ready_ms=1234.0, pending=True
    )
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "$4.50" in html and "★ 4.2 / 5" in html and "Burt&#x27;s Bees" in html
    assert 'data-ready-ms="1234"' in html and "writing a note for you" in html
    done = card_html(_pick(copy="Soft lips all day."), 1, mark="liked")
    assert "Soft lips all day." in done and "writing a note" not in done and "liked" in done
    assert "no price" in card_html(_pick(price=None, rating=None), 2)
    assert "sa-copy" not in card_html(_pick(), 3)  # copy failed or off: no placeholder left


def test_cart_total_counts_priced_items() -> None:
    assert cart_markdown([]) == "**Cart:** empty"
    cart = [{"title": "A", "price": 4.5}, {"title": "B*", "price": 10.0}]
    text = cart_markdown([*cart, {"title": "C", "price": None}])
    assert "3 items" in text and "$14.50" in text and "B\\*" in text


def test_why_names_the_signals_used() -> None:
    profile = Profile(user_id="u1", top_brands=[("Olay", 3)], history=["x"])
    text = why_markdown(profile, [_pick(signals={"itemcf": 0.8})], signed_in="u1")
    assert "Signed in as u1" in text and "Olay" in text and "itemcf 0.80" in text
    assert "anonymously" in why_markdown(Profile(), [], signed_in=None)
    opted = why_markdown(Profile(user_id="u2", opted_out=True), [], signed_in="u2")
    assert "personalisation turned off" in opted


def test_agent_profile_and_draft_use_only_store_facts() -> None:
    overview = CustomerOverview(
        user_id="A1",
        profile=Profile(
            user_id="A1",
            purchases=2,
            top_categories=[("Beauty > Nails", 2)],
            price_band=(5.0, 9.0),
            needs={"skin": "dry"},
        ),
        timeline=[TimelineEntry("2014-01-02", "purchase", "n1", "Pink Polish", "Essie", 8.0)],
        suggestions=[Suggestion("n2", "Top Coat", "OPI", 10.5, 0.9, ["often bought with Pink"])],
    )
    panel = profile_markdown(overview)
    assert "Nails (2)" in panel and "$5.00" in panel and "skin type: dry" in panel
    draft = overview.reply_draft()
    assert "the Pink Polish" in draft and "Top Coat by OPI, $10.50" in draft
    assert "often bought with Pink" in draft


def test_agent_draft_ends_a_title_s_own_full_stop_once() -> None:
    """A title ending in "." ("Bobby Pins - 18 pk.") made the draft's sentence end in ".."."""
    entry = TimelineEntry("#3", "purchase", "n1", "Bobby Pins - 18 pk.", "Goody", 4.0)
    overview = CustomerOverview(user_id="A1", profile=Profile(user_id="A1"), timeline=[entry])
    assert "bought the Bobby Pins - 18 pk." in overview.reply_draft()
    assert ".." not in overview.reply_draft()


def test_report_summary() -> None:
    row = {"claims_supported": 2, "claims_found": 3, "removed": 1, "repaired": 0,
           "fallback": "false"}  # fmt: skip
    assert report_summary(row) == "2/3 claims supported; 1 sentence(s) removed"
