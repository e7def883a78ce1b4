"""The Agent tab shows the structured profile and its summary, every catalog or chat string as
text (catalog strings are untrusted)."""

from __future__ import annotations

from gradio_client import Client

from assistant.profiles import load_profile, save_dialogue_profile
from assistant.shopper_profile import Budget, ShopperProfile, shopper_profile
from tests.ui.hostile import HOSTILE_BRAND, IMG, LINK
from tests.ui.sign_in import agent_cookie
from tests.ui.web.markup_checks import assert_markdown_is_text
from ui.services import Services
from ui.web.agent import structured_markdown

PANEL_TAGS = {"h4", "p", "em", "ul", "li", "strong"}


def test_the_panel_shows_the_profile_and_escapes_it(hostile_services: Services) -> None:
    store = hostile_services.store
    profile = load_profile(store, "u1")
    profile.needs = {"skin": f"dry {IMG}", "scent": f"lavender {IMG}"}
    profile.add_recipient(f"mother {LINK}")
    profile.disliked_items = ["h2"]
    save_dialogue_profile(store, profile)
    built = shopper_profile(store, load_profile(store, "u1"))
    assert built is not None and HOSTILE_BRAND in built.brands
    panel = structured_markdown(built)
    assert_markdown_is_text(panel, allowed=PANEL_TAGS)
    assert panel.startswith("#### Summary\nHas bought 3 items") and "_(template)_" in panel
    assert "- **Own skin type:** dry &lt;img" in panel
    assert "- **Stated preferences:** scent: lavender &lt;img" in panel
    assert "- **Buys for:** mother \\[checkout\\]" in panel  # recipients are kept in lower case
    assert "- **Recent purchases:** " in panel and "Rose cream \\[Checkout\\]" in panel
    assert "- **Turned down:** &lt;img src\\=http\\://127\\.0\\.0\\.1" in panel
    assert structured_markdown(None) == ""


def test_the_panel_says_who_wrote_the_summary() -> None:
    built = ShopperProfile(
        user_id="u1",
        brands=["Essie"],
        budget=Budget(low=4.0, high=10.0),
        summary="Buys Essie. Has dry skin.",
        summary_source="model",
    )
    panel = structured_markdown(built)
    assert panel.splitlines()[1] == (
        "Buys Essie\\. Has dry skin\\. _(written by the language model)_"
    )
    assert "- **Preferred brands:** Essie" in panel and "Own hair type" not in panel


def test_the_served_agent_tab_shows_the_summary(live_url: str) -> None:
    agent = Client(live_url, verbose=False, download_files=False, headers=agent_cookie(live_url))
    panel = agent.predict("u1", api_name="/agent_show")[0]
    assert "Customer u1" in panel and "#### Summary" in panel
    assert "Has bought 1 item, mostly Face \\(Skin Care\\), from Nivea" in panel
