"""The need's words as the search and the replies use them (`needs.search_words`)."""

from assistant.dialogue.needs.search_words import content_words, display, stated_type


def test_a_stated_skin_type_is_no_search_word_for_a_hair_product() -> None:
    """Issue 17 chats: "a shampoo" after "a moisturizer for dry skin" searched 'shampoo dry
    skin' and showed three dry shampoos."""
    dry = {"skin": "dry"}
    assert stated_type("shampoo", dry, "Beauty > Hair Care > Shampoos") == ""
    assert stated_type("moisturizer", dry, "Beauty > Skin Care > Face") == "dry skin"
    assert stated_type("moisturizer", dry, None) == "dry skin"
    assert stated_type("face cream", {"hair": "curly"}, "Beauty > Skin Care > Face") == ""
    assert stated_type("conditioner", {"hair": "curly"}, None) == "curly hair"
    # lead probe: "a hair dryer" after "the first one, is it for sensitive skin?" searched
    # 'hair dryer sensitive skin' in Body Scrubs; the category is not known when it is searched
    sensitive = {"skin": "sensitive"}
    assert stated_type("hair dryer", sensitive, None) == ""
    assert stated_type("a perfume", sensitive, None) == ""
    assert stated_type("hair removal cream", sensitive, None) == "sensitive skin"
    assert stated_type("face cream", {"hair": "curly"}, None) == ""
    # lead probe: "bobby pins" after a shampoo for dry hair searched 'bobby pins dry hair'
    pins = "Beauty > Hair Care > Styling Tools > Styling Accessories > Hair Pins"
    assert stated_type("bobby pins", {"hair": "dry"}, pins) == ""
    bag = "Beauty > Tools & Accessories > Bags & Cases > Cosmetic Bags"
    assert stated_type("makeup bag", {"skin": "oily"}, bag) == ""
    wig = "Beauty > Hair Care > Styling Products > Hair Extensions & Wigs > Wigs"
    assert stated_type("a wig", {"hair": "thin"}, wig) == ""
    brush = "Beauty > Hair Care > Styling Tools > Brushes"
    assert stated_type("brush", {"hair": "curly"}, brush) == "curly hair"  # it says how


def test_a_hair_type_said_of_the_scalp_is_not_added_again() -> None:
    """Issue 17 probe: "my scalp is so itchy and flaky" searched 'scalp itchy flaky flaky hair'
    (the hair type read from the scalp was added as 'flaky hair')."""
    flaky = {"hair": "flaky"}
    assert stated_type("my scalp is so itchy and flaky", flaky, None) == ""
    assert stated_type("shampoo", flaky, None) == "flaky hair"


def test_a_vitamin_s_letter_is_echoed() -> None:
    """The lead's probe: "vitamin e oil" was echoed 'vitamin oil' and "a vitamin c serum"
    'vitamin serum' (a letter alone was no content word)."""
    assert display("vitamin e oil") == "vitamin e oil"
    assert content_words("a vitamin c serum") == ["vitamin", "c", "serum"]
    assert content_words("a b c serum") == ["serum"]


def test_what_s_is_no_need_word() -> None:
    """The lead's probe: "what's a good gift for a 10 year old girl", then "she likes sparkly
    stuff", searched 'what's sparkly'."""
    assert content_words("what's a good gift") == ["gift"]
    assert display("whats sparkly") == "sparkly"
    assert content_words("do you have one without fragrance?") == ["without", "fragrance"]
