"""`Filters.avoid` (issue 17, point 5): ingredients to leave out are hard filters on the catalog
text, whole words with simple plurals and a small family table, never search terms."""

from __future__ import annotations

import pytest

from retrieval.errors import RetrievalError
from retrieval.filters import Filters, avoid_terms, avoided_in, names_absent
from retrieval.search import Retriever, catalog_texts


@pytest.mark.parametrize(
    ("text", "avoid", "found"),
    [
        ("Sweet Almond Oil with Shea Butter", ["nut"], ["almond", "shea"]),  # the nut family
        ("Coconut Body Lotion", ["nut"], []),  # whole words: coconut is no nut
        ("Lotion with parabens", ["paraben"], ["paraben"]),  # plural
        ("Gentle Parabens cleanser", ["PARABENS"], ["paraben"]),  # any case, either number
        ("Fragrance-Free Lotion, no parabens", ["fragrance", "parabens"], []),  # said absent
        ("Macadamia hair mask", ["nuts"], ["macadamia"]),
        ("Aloe gel", ["almond"], []),
        # no fragrance: a scent named in the title is one (the lead's probe: "Everyone Lotion,
        # Lavender and Aloe" was shown for "a lotion for eczema, no fragrance please")
        ("Everyone Lotion, Lavender and Aloe", ["fragrance"], ["lavender"]),
        ("Unscented Body Lotion", ["fragrance"], []),
        ("Scented Candle Lotion", ["fragrance"], ["scented"]),
        # CONVO19 probe: "senza profumo" ruled out only the records that say "perfume"
        ("Lotion, Water, Glycerin, Parfum", ["perfume"], ["parfum"]),
        ("Daily Face Cream with Fragrance", ["scent"], ["fragrance"]),
        ("Lavender Body Lotion", ["lavender"], ["lavender"]),
        ("Vanilla Body Lotion", ["lavender"], []),  # a member rules out itself, not its family
        ("Body Lotion, No Added Fragrance", ["fragrance"], []),  # "no added": said absent
    ],
)
def test_avoided_in(text: str, avoid: list[str], found: list[str]) -> None:
    assert avoided_in(text, avoid) == found


@pytest.mark.parametrize(
    ("text", "term", "absent"),
    [
        ("Kinky Curly Shampoo Sulfate Free", "sulfates", True),  # the lead's probe: singular
        ("Paraben-free Body Lotion", "parabens", True),
        ("Cream free of fragrance", "fragrance", True),
        ("Lotion with no added fragrances", "fragrance", True),
        ("Alcohol-Free Toner", "alcohol", True),
        ("Sulfate cleansing shampoo", "sulfates", False),  # named, not said absent
        ("Shea butter lotion", "parabens", False),  # silent: the record does not answer
    ],
)
def test_names_absent(text: str, term: str, absent: bool) -> None:
    assert names_absent(text, term) is absent


def test_avoid_terms_and_the_filter_value() -> None:
    assert avoid_terms(["Tree nuts"])[:3] == ("tree nut", "nut", "almond")
    f = Filters(avoid=["Almond ", "almond", "shea"])
    assert f.avoid == ("almond", "shea") and not f.empty
    assert f.describe() == "without almond, shea"
    assert f.where() is None  # no index expresses it: the retriever post-filters
    assert f.matches({"text": "Sweet almond oil"}) is False
    assert f.matches({"text": "Jojoba oil"}) and f.allows_text("Jojoba oil")
    with pytest.raises(RetrievalError, match="avoid: expected at most"):
        Filters(avoid=[f"x{i}" for i in range(20)])


def test_an_avoid_said_the_british_way_rules_out_the_catalogs_spelling_and_family() -> None:
    """The reader reads a message as said: "no sulphates" rules out 'sulphate', which must rule
    out the titles saying "sulfate" and the sulfate family (SLS) too."""
    assert avoid_terms(["sulphates"]) == ("sulphate", "sulfate", "sls", "sles")
    assert avoid_terms(["colour"]) == ("colour", "color")
    assert avoided_in("Shampoo with Sodium Laureth Sulfate", ["sulphates"]) == ["sulfate"]
    assert Filters(avoid=["sulphate"]).matches({"text": "Sulfate Free Shampoo"})


def test_retriever_post_filters_on_the_catalog_text(ro_index, ro_store) -> None:
    retriever = Retriever(ro_index, ro_index.keyword, texts=catalog_texts(ro_store))
    plain = [h.item_id for h in retriever.search("body lotion", k=5)]
    assert "b1" in plain  # the shea butter lotion
    hits = retriever.search("body lotion", Filters(avoid=["nut"]), k=5)
    assert hits and "b1" not in [h.item_id for h in hits]
    similar = retriever.similar("b2", k=5, filters=Filters(avoid=["shea"]))
    assert "b1" not in [h.item_id for h in similar]
    with pytest.raises(RetrievalError, match="avoid: expected a retriever that can read"):
        Retriever(ro_index, ro_index.keyword).search("lotion", Filters(avoid=["shea"]), k=3)


def test_the_retriever_every_interface_builds_honours_avoid(ro_index, ro_store) -> None:
    """`make_retriever` (the composition root's, the CLI's) reads the catalog text itself: a
    chat that says "without shea" gets picks, never an error and an empty answer."""
    from retrieval import make_retriever

    hits = make_retriever(ro_store, ro_index).search("body lotion", Filters(avoid=["nut"]), k=5)
    assert hits and "b1" not in [h.item_id for h in hits]


def test_an_excluded_brand_rules_out_a_record_without_a_brand_that_opens_with_it() -> None:
    """Issue 17's "a cheap dupe for MAC Studio Fix" showed "MAC Studio Fix Powder Plus
    Foundation", a record with no brand field: the index's brand key is empty, so the title's
    opening words decide. A record with its own brand, or a word that only starts the same
    ("Macadamia"), stays."""
    f = Filters(exclude_brands=["MAC"])
    assert not f.allows_text("MAC Studio Fix Powder Plus Foundation NC35\nCategory: Beauty")
    assert not f.allows_text("M.A.C Pro Longwear Concealer")
    assert not f.matches({"brand_key": "", "text": "Mac Studio Fix Fluid SPF 15"})
    assert f.allows_text("Macadamia Oil Healing Treatment\nCategory: Beauty")
    assert f.allows_text("MAC-style brush set\nBrand: SHANY\nCategory: Beauty")
    # CONVO13: "a different brand" beside Maybelline mascaras still showed one filed under the
    # brand 'Eye Makeup' whose title opens with the excluded brand's name
    maybelline = Filters(exclude_brands=["Maybelline"])
    assert not maybelline.allows_text("Maybelline New York Lash Stiletto\nBrand: Eye Makeup")
    assert maybelline.allows_text("Blinc Kiss Me Mascara\nBrand: Blinc")
    assert f.allows_text("Studio Fix dupe by NYX")
    assert Filters(avoid=["shea"]).allows_text("MAC Studio Fix")


def test_the_retriever_leaves_out_a_brandless_record_named_for_an_excluded_brand(
    ro_index, ro_store
) -> None:
    retriever = Retriever(ro_index, ro_index.keyword, texts=catalog_texts(ro_store))
    assert "x1" in [h.item_id for h in retriever.search("makeup brush set", k=5)]
    ruled_out = Filters(exclude_brands=["Makeup Brush"])  # x1 has no brand; its title opens so
    hits = retriever.search("makeup brush set", ruled_out, k=5)
    assert hits and "x1" not in [h.item_id for h in hits]
