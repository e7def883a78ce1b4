"""Dialogue state, clarifying questions and catalog-fact answers on tiny synthetic products."""

from __future__ import annotations

import pytest

from assistant.dialogue.clarifying.clarify import (
    dominant_prefix,
    focus_branch,
    match_option,
    question_for,
    split_options,
)
from assistant.dialogue.facts import (
    answer_about,
    asked_topic,
    best_match_pick,
    comparison,
    comparison_text,
    listing_opening,
)
from assistant.dialogue.state import Constraints, DialogueState, PriceSide
from catalog.schema import Product
from retrieval.query import ParsedQuery


def _p(i: int, path: list[str], price: float | None = 10.0, brand: str | None = "Acme") -> Product:
    return Product(id=f"p{i}", title=f"Product {i}", brand=brand, categories=path, price=price)


FACE = ["Beauty", "Skin Care", "Face", "Creams"]
BODY = ["Beauty", "Skin Care", "Body", "Lotions"]


def test_state_round_trips_through_json() -> None:
    state = DialogueState()
    state.constraints.max_price = 30.0
    state.show(["a", "b"])
    state.feedback("a", "like")
    state.feedback("a", "dislike")
    state.feedback("b", "cart")
    again = DialogueState.from_json(state.to_json())
    assert again == state
    assert again.disliked == ["a"] and again.liked == ["b"] and again.carted == ["b"]


def test_a_session_saved_with_a_constraint_since_removed_still_loads() -> None:
    """A session row written by an older version may hold a constraint field this one no
    longer has, in the current need and in the needs kept for "go back": it still loads."""
    state = DialogueState()
    state.constraints.need = "lipstick"
    state.keep_need()
    saved = state.to_json()
    saved["constraints"]["retired_field"] = 1
    saved["past"][0]["retired_field"] = 1
    again = DialogueState.from_json(saved)
    assert again.constraints.need == "lipstick"
    assert again.need_back("first") is not None and again.constraints.need == "lipstick"


def test_split_options_find_where_candidates_disagree() -> None:
    candidates = [_p(i, FACE) for i in range(5)] + [_p(10 + i, BODY) for i in range(4)]
    options = split_options(candidates)
    assert options == ["Beauty > Skin Care > Face", "Beauty > Skin Care > Body"]
    assert question_for(options) == "Face or body?"
    assert match_option("face please", options) == "Beauty > Skin Care > Face"
    assert match_option("for the body", options) == "Beauty > Skin Care > Body"
    assert match_option("no idea", options) is None


def test_no_question_when_one_branch_dominates() -> None:
    candidates = [_p(i, FACE) for i in range(9)] + [_p(20, BODY)]
    assert split_options(candidates) == []


def test_dominant_prefix_walks_down_while_one_branch_holds_the_share() -> None:
    paths = [FACE] * 7 + [BODY] * 3
    assert dominant_prefix(paths, share=0.7) == FACE
    assert dominant_prefix(paths, share=0.75) == ["Beauty", "Skin Care"]
    assert dominant_prefix(paths[:3], share=0.7) == []  # too few to say
    assert dominant_prefix([], share=0.5) == []


def test_focus_branch_needs_agreement_below_the_root() -> None:
    hair = ["Beauty", "Hair Care", "Shampoos"]
    assert focus_branch([FACE] * 6 + [BODY] * 4) == FACE  # 60% is enough
    assert focus_branch([FACE] * 5 + [BODY] * 5) == ["Beauty", "Skin Care"]
    assert focus_branch([FACE] * 5 + [BODY] * 5, share=0.5) == FACE  # a looser share
    assert focus_branch([FACE] * 5 + [hair] * 5) == []  # they agree on the root alone
    # only the first 10 count: a long tail of another branch does not move the focus
    assert focus_branch([FACE] * 10 + [hair] * 30) == FACE
    # the best match stays inside: the branch is cut to what it shares with the others...
    assert focus_branch([BODY] + [FACE] * 5 + [BODY] * 4) == ["Beauty", "Skin Care"]
    assert focus_branch([hair] + [FACE] * 6 + [hair] * 3) == []  # 6 of 10: not enough
    # ...unless 70% of them agree on another branch: then the best match is the odd one out
    assert focus_branch([BODY] + [FACE] * 9) == FACE
    assert focus_branch([hair] + [FACE] * 7 + [hair] * 2) == FACE
    assert focus_branch([hair] + [FACE] * 6 + [BODY] * 3) == FACE  # 9 of 10 in Skin Care
    # below the branch under the department ("Beauty > Skin Care > Face") the others decide
    serums = ["Beauty", "Skin Care", "Face", "Serums"]
    assert focus_branch([serums] + [FACE] * 9) == FACE
    face = ["Beauty", "Skin Care", "Face"]
    assert focus_branch([serums] + [FACE] * 6 + [serums] * 3, kept=4) == face
    assert focus_branch([serums] + [FACE] * 9, kept=4) == FACE  # 9 of 10: the odd one out


def test_comparison_uses_only_record_facts() -> None:
    a, b = _p(1, FACE, price=12.5), _p(2, BODY, price=20.0, brand=None)
    rows = comparison([a, b])
    assert [r["price"] for r in rows] == ["$12.50", "$20.00"]
    assert rows[1]["brand"] == "unknown brand"
    assert "$7.50 cheaper" in comparison_text([a, b])
    big = Product(id="b", title="Big Lotion 16 oz", price=8.0, rating=4.6)
    small = Product(id="s", title="Small Lotion 2 oz", price=6.0, rating=3.9)
    said = comparison_text([small, big])
    assert "Big Lotion 16 oz is rated higher (4.6 against 3.9 out of 5)" in said
    assert "Big Lotion 16 oz is bigger (16 oz against 2 oz)" in said
    unknown = comparison_text([Product(id="x", title="X", rating=4.0), small])
    assert "rated" not in comparison_text([a, b]) and "bigger" not in unknown


def test_comparison_names_a_shared_brand_only_when_every_product_has_it() -> None:
    """Issue 15: "both are from J.R. Watkins" when one product had no brand."""
    watkins = _p(1, FACE, brand="J.R. Watkins")
    assert "both are from J.R. Watkins" in comparison_text(
        [watkins, _p(2, FACE, brand="J.R. Watkins")]
    )
    assert "from" not in comparison_text([watkins, _p(2, FACE, brand=None)])
    assert "from" not in comparison_text([watkins, _p(2, FACE, brand="")])


def test_the_best_value_is_the_least_price_for_the_size() -> None:
    """The lead's probe: "which one is cheaper per ounce?" named the cheapest pick ($22.48,
    no size) over a 2 oz one: the best value is the least price per fl oz the titles tell."""
    from assistant.dialogue.facts import superlative_pick

    small = Product(id="a", title="Cream 2 Ounce", price=10.0)
    big = Product(id="b", title="Cream 8 oz", price=20.0)
    unsized = Product(id="c", title="Cream", price=5.0)
    best, said = superlative_pick([small, big, unsized], "best_value")
    assert best is big and said.startswith("The best value of these is Cream 8 oz: $2.50 per fl oz")
    assert said.endswith("The titles of the others name no size.")
    assert superlative_pick([unsized], "best_value")[0] is None


def test_answers_about_a_product() -> None:
    p = _p(1, FACE, price=9.99)
    assert "$9.99" in answer_about(p, "how much is it?")
    assert "no price" in answer_about(_p(2, FACE, price=None), "what does it cost")
    assert "Acme" in answer_about(p, "which brand is it")
    # the size a title names, when the record lists none ("EDT SPRAY 1.35 OZ")
    cologne = Product(id="c1", title="Cool Water Cologne for Men (EDT SPRAY 1.35 OZ)")
    assert answer_about(cologne, "how big is the bottle?").endswith(": 1.35 oz, as its title says.")
    # the lead's probe: "how many ml is the second one" was answered in ounces only
    assert answer_about(cologne, "how many ml is it?").endswith(
        "1.35 oz (about 40 ml), as its title says."
    )
    creme = Product(id="n1", title="Nivea Creme 250 ml")
    assert "250 ml (about 8.5 fl oz)" in answer_about(creme, "how many ounces is it?")
    assert "lists no size" in answer_about(p, "how big is it?")
    # what a question asks about, without the verbs around it: a record says "white cast"
    sunscreen = Product(id="s1", title="Sheer Mineral SPF 30", description="No white cast.")
    assert "No white cast" in answer_about(sunscreen, "does the second one leave a white cast?")
    assert "says nothing about breakouts" in answer_about(sunscreen, "does it cause breakouts")
    assert "says nothing about sulfates," in answer_about(sunscreen, "is it without sulfates?")
    # "what's in it?" and "how do i use it?": the listing's ingredients and directions
    mask = Product(
        id="m1", title="Hair Mask", description="Ingredients: argan oil. Apply to damp hair."
    )
    assert "Ingredients: argan oil" in answer_about(mask, "what's in the first one?")
    assert "Apply to damp hair." in answer_about(mask, "how do i use it?")
    assert "gives no directions" in answer_about(sunscreen, "how should i apply it")
    assert "gives no ingredient list" in answer_about(sunscreen, "what is in it")
    # "tell me more": what the record says, its size and the start of its description
    said = "A light lotion for every day. Apply after a shower."
    lotion = Product(id="l1", title="Body Lotion, 8 oz", brand="Acme", price=5.0, description=said)
    more = answer_about(lotion, "the third one sounds good, tell me more")
    assert more.startswith("Body Lotion, 8 oz: Acme, $5.00, 8 oz, in ") and "no rating" not in more
    assert more.endswith("Its listing says: \u201cA light lotion for every day.\u201d")
    assert "says nothing about" not in answer_about(lotion, "tell me more about the first one")
    long = Product(id="l2", title="Long", description="word " * 100)
    assert listing_opening(long).endswith("word…") and len(listing_opening(long)) <= 201


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("is the first one good for my mom, she is 60?", "mom"),
        ("would it suit my sister", "sister"),
        ("is it ok for my 12 year old daughter", "daughter"),
        ("is it good for my mum, she's in her 70s", "mum"),
    ],
)
def test_whether_a_pick_suits_a_person_is_no_topic_of_its_record(question: str, who: str) -> None:
    """The lead's probe: "is the first one good for my mom, she is 60" was answered "the listing
    says nothing about mom she 60"; no record says whom it suits, so the reply says so and asks
    about the person."""
    said = answer_about(_p(1, FACE), question)
    assert f"doesn't say whom it suits, so I can't tell whether your {who} would like it" in said
    assert "says nothing about" not in said


def test_what_is_asked_beside_a_person_is_still_the_topic() -> None:
    lotion = Product(id="l1", title="Lip Balm", description="For dry lips.")
    assert "mentions dry lips" in answer_about(lotion, "is it good for my daughter's dry lips")
    assert "says nothing about acne," in answer_about(lotion, "is it ok for my son's acne?")
    assert "says nothing about sensitive skin," in answer_about(lotion, "good for sensitive skin?")


def test_one_item_describer(store) -> None:  # type: ignore[no-untyped-def]
    """Replies, comparisons and ranking reasons name a product the same way."""
    from assistant.dialogue.product_names import item_describer, short_title

    long = Product(id="l1", title="One two three four five six seven", categories=FACE)
    store.upsert_products([long, Product(id="s1", title="Short name")])
    describe = item_describer(store)
    assert describe("l1") == short_title(long) == "One two three four five six…"
    assert describe("s1") == "Short name"
    assert describe("ghost") == "ghost"


def test_a_question_about_a_pick_is_answered_from_its_record() -> None:
    p = Product(
        id="c1",
        title="Gentle Cleanser for Sensitive Skin",
        description="Soap-free. Fragrance free and hypoallergenic.",
        categories=FACE,
        price=9.5,
    )
    assert asked_topic("the second one, is it good for sensitive skin?") == "sensitive skin"
    assert asked_topic("is it good?") == ""
    assert asked_topic("the second one looks nice, is it oil free?") == "oil"  # not 'looks oil'
    said = answer_about(p, "the second one, is it good for sensitive skin?")
    assert "mentions sensitive skin" in said and "Gentle Cleanser for Sensitive Skin" in said
    unknown = answer_about(p, "is it vegan")
    assert "says nothing about vegan" in unknown and "can't confirm" in unknown
    assert "no rating" in answer_about(p, "is it good?")
    assert "rated" not in answer_about(p, "tell me about the first one")  # no 'rated not rated'


def test_a_value_after_the_asked_word_still_names_it() -> None:
    """Issue 17 chats: "the second one, does it have spf?" about "BareMinerals Foundation SPF15"
    answered that the listing says nothing about spf; "whats the wattage" asked about 'whats
    wattage' and "does it come in pink?" about 'come pink'."""
    p = Product(id="b1", title="BareMinerals Foundation SPF15 - Medium Beige 8g", categories=FACE)
    said = answer_about(p, "the second one, does it have spf?")
    assert "mentions spf" in said and "SPF15" in said
    assert "says nothing about oil" in answer_about(p, "is it oil free?")  # "oil8" is no oil
    assert asked_topic("whats the wattage of the first one") == "wattage"
    assert asked_topic("does it come in pink?") == "pink"


@pytest.mark.parametrize(
    ("move", "price", "side", "bound"),
    [("below", 6.37, "max_price", 6.36), ("above", 6.37, "min_price", 6.38)],
)
def test_a_price_from_the_picks_ends_with_their_need(
    move: str, price: float, side: str, bound: float
) -> None:
    """Issue 17 chats: "a cheaper set" of brushes (under $6.36, the cheapest brush set), then
    "actually never mind, show me eye shadow palettes" kept 'under $6.36'; HOUSE3 probe: "a
    face moisturizer", "something pricier" (over $12.65), then "now a lip balm" showed lip balms
    'over $12.65'. The same need said again keeps the picks' price; a price the shopper said
    stays for the next need."""
    from retrieval.query import ParsedQuery

    c = DialogueState().constraints
    c.merge(ParsedQuery(text="makeup brushes set"), need="makeup brushes set")
    getattr(c, move)(price)
    assert getattr(c, side) == bound
    c.merge(ParsedQuery(text="makeup brushes set"), need="makeup brushes set")
    assert getattr(c, side) == bound
    c.merge(ParsedQuery(text="eye shadow palettes"), need="eye shadow palettes")
    assert getattr(c, side) is None
    c.merge(ParsedQuery(text="blush", **{side: 20.0}), need="blush")
    c.merge(ParsedQuery(text="bronzer"), need="bronzer")
    assert getattr(c, side) == 20.0


def test_a_plural_asked_about_finds_the_singular_in_the_listing() -> None:
    """Issue 17 chats: "does the first one have sulfates?" about "L'Oreal EverPure Sulfate-Free
    ..." answered that the listing says nothing about sulfates."""
    p = Product(id="s1", title="L'Oreal Paris EverPure Sulfate-Free Shampoo", categories=FACE)
    said = answer_about(p, "does the first one have sulfates?")
    assert "mentions sulfates" in said and "Sulfate-Free" in said
    glass = Product(id="g1", title="Nail file, glass", categories=FACE)
    assert "mentions glass" in answer_about(glass, "is it glass?")


def test_cheap_said_of_the_picks_asks_for_the_cheaper_half() -> None:
    """ "not too pricey" refining the picks: the need's cheaper half (`cheap_ceiling`), unless a
    highest price already holds."""
    from retrieval.query import ParsedQuery

    c = DialogueState().constraints
    c.merge(ParsedQuery(text="mascara"), need="mascara")
    c.merge(ParsedQuery(text="", cheap=True))
    assert c.cheap_half.wanted and c.cheap_ceiling([1.0, 5.0, 9.0]) == 5.0
    c.merge(ParsedQuery(text="", cheap=True))
    assert c.max_price == 5.0 and not c.cheap_half.wanted


def test_the_picks_ceiling_stays_with_its_need_said_again() -> None:
    """'cheaper' caps the need's prices under the cheapest pick; the same need said again
    keeps the cap (tests/ui/test_workers.py relies on it across processes), another need
    drops it."""
    from retrieval.query import ParsedQuery

    c = Constraints()
    c.merge(ParsedQuery(text="face cream", max_price=30.0), need="face cream")
    c.below(8.49)
    c.merge(ParsedQuery(text="face cream"), need="Face cream ")
    assert c.max_price == 8.48
    c.merge(ParsedQuery(text="eye shadow palette"), need="eye shadow palette")
    assert c.max_price is None


def test_an_answer_quotes_no_sales_rank() -> None:
    """Issue 17 chats: "does it have spf?" quoted 'BareMinerals Foundation SPF15 - Medium Beige
    8g. . sales_rank: 65542. sales_rank_category: Beauty' (store data, an empty description)."""
    p = Product(
        id="b2",
        title="BareMinerals Foundation SPF15 - Medium Beige 8g",
        categories=FACE,
        attributes={"sales_rank": 65542, "sales_rank_category": "Beauty"},
    )
    said = answer_about(p, "does it have spf?")
    assert "mentions spf" in said and "sales_rank" not in said and ". ." not in said


def test_a_refinement_naming_a_branch_above_the_need_keeps_the_need_s() -> None:
    """Issue 17 chats: "something in glitter" under nail polish read 'glitter' as Makeup and
    widened the search to all makeup; a deeper or another branch still replaces it."""
    polish = "Beauty > Makeup > Nails > Nail Polish"
    c = Constraints(need="nail polish", category=polish)
    c.merge(ParsedQuery(text="glitter", category="Beauty > Makeup"))
    assert c.category == polish
    c.merge(ParsedQuery(text="a toner", category="Beauty > Skin Care > Toners"))
    assert c.category == "Beauty > Skin Care > Toners"


def test_the_pick_to_recommend_names_most_of_what_is_weighed() -> None:
    first = Product(id="a", title="Daily Face Cream", price=9.0)
    second = Product(id="b", title="Rich Cream for Thick Hair", price=12.0)
    chosen, said = best_match_pick([first, second], ["thick", "hair"])
    assert (
        chosen is second
        and said == "I'd pick Rich Cream for Thick Hair ($12.00): its listing names 'thick hair'."
    )
    chosen, said = best_match_pick([first, second], [])
    assert chosen is first and "closest match" in said  # the best ranked on a tie


def test_the_part_a_trait_is_of_is_no_criterion_of_its_own() -> None:
    """CONVO17 probe: beside shampoos "which is better for curly hair?" (in German) answered
    "I'd pick Suave Professionals Shampoo, Rosemary Mint for All Hair Types: its listing names
    'hair'": 'hair' was weighed alone. The part a trait is of ("curly hair") is not."""
    first = Product(id="a", title="Volume Shampoo", price=5.0)
    second = Product(id="b", title="Rosemary Shampoo for All Hair Types", price=20.0)
    chosen, said = best_match_pick([first, second], ["curly", "hair"])
    assert chosen is first and said.startswith("None of these listings mentions curly hair")
    curls = Product(id="c", title="Curly Hair Shampoo", price=9.0)
    chosen, said = best_match_pick([first, second, curls], ["curly", "hair"])
    assert chosen is curls and said.endswith("its listing names 'curly hair'.")
    chosen, said = best_match_pick([first, second], ["hair"])  # the part alone is weighed
    assert chosen is second
    shave = Product(id="d", title="Smooth Legs Shave Gel", price=4.0)
    wash = Product(id="e", title="Body Wash for Dry Skin", price=6.0)
    chosen, _ = best_match_pick([shave, wash], ["dry", "legs"])  # every part: dry, not legs
    assert chosen is wash


def test_the_pick_to_recommend_for_a_criterion_no_title_names_says_so() -> None:
    """CONVO7's probe: beside face washes "which is better for acne?" was answered "I'd pick
    <the first>: it is the closest match to what you asked for" (acne ignored)."""
    first = Product(id="a", title="Daily Face Wash", price=9.0)
    second = Product(id="b", title="Gentle Wash", price=12.0, attributes={"skin": "acne-prone"})
    chosen, said = best_match_pick([first, second], ["acne"])
    assert chosen is second and said.startswith("I'd pick Gentle Wash ($12.00): its listing")
    assert "acne-prone" in said  # quoted from the record
    chosen, said = best_match_pick([first], ["acne"])
    assert chosen is first and "closest match" in said
    third = Product(id="c", title="Foam Wash", price=5.0)
    chosen, said = best_match_pick([first, third], ["acne"])
    assert chosen is first and said.startswith("None of these listings mentions acne")


def test_dropping_a_constraint_lifts_only_it() -> None:
    """Another person's turn drops the last one's budget (with what "cheap" meant) and keeps
    the rest; `merge` lifts what the shopper dropped the same way."""
    c = Constraints(
        need="face cream", max_price=30.0, cheap_half=PriceSide(came_to=30.0), category="Beauty"
    )
    c.exclude_brands = ["Revlon"]
    c.drop(["price"])
    assert (c.min_price, c.max_price, c.cheap_half.came_to) == (None, None, None)
    assert (c.need, c.category, c.exclude_brands) == ("face cream", "Beauty", ["Revlon"])
    c.merge(ParsedQuery(text="any brand"), drop=("brand",))
    assert c.exclude_brands == [] and c.category == "Beauty"


def test_a_session_saved_with_flat_price_halves_still_loads() -> None:
    """A session saved before the price halves were `PriceSide` objects (flat ``cheap``,
    ``cheap_max_price``, ``dear``, ``dear_min_price``) keeps what they said; one saved now comes
    back as it was."""
    saved = {
        "need": "serum",
        "max_price": 12.5,
        "cheap": False,
        "cheap_max_price": 12.5,
        "dear": True,
        "dear_min_price": None,
    }
    c = Constraints.from_json(saved)
    assert c.cheap_half == PriceSide(wanted=False, came_to=12.5)
    assert c.dear_half == PriceSide(wanted=True)
    state = DialogueState(constraints=c)
    assert DialogueState.from_json(state.to_json()) == state
    c.merge(ParsedQuery(text="toner"), need="toner")  # the price "cheap" came to: the serum's
    assert c.max_price is None and not c.dear_half.wanted


def test_an_earlier_need_comes_back_as_it_was() -> None:
    state = DialogueState(constraints=Constraints(need="red lipstick", max_price=20.0))
    assert state.need_back("first") is None  # nothing earlier yet
    for need in ("face cream", "toner"):
        state.keep_need()
        state.constraints = Constraints(need=need, avoid=["almond"] if need == "toner" else [])
    back = state.need_back("first")
    assert back is not None and (back.need, back.max_price) == ("red lipstick", 20.0)
    assert back.avoid == ["almond"]  # an ingredient ruled out since stays ruled out
    assert state.need_back("previous").need == "toner"  # the need left is kept
    assert state.need_back("lipsticks").need == "red lipstick"
    assert state.need_back("shampoo") is None
    assert DialogueState.from_json(state.to_json()).past == state.past


def test_a_new_need_drops_the_brand_wanted_for_the_last() -> None:
    """Issue 17 chats: "a makeup brush set" after La Roche-Posay sunscreens looked for La
    Roche-Posay brushes and found nothing; a brand ruled out stays out, the same need said
    again keeps its brand."""
    c = Constraints(need="sunscreen", brands=["La Roche-Posay"], exclude_brands=["Revlon"])
    c.merge(ParsedQuery(text="sunscreen"), need="sunscreen")
    assert c.brands == ["La Roche-Posay"]
    c.merge(ParsedQuery(text="a makeup brush set"), need="a makeup brush set")
    assert c.brands == [] and c.exclude_brands == ["Revlon"]
    c.merge(ParsedQuery(text="Olay cream", brands=["Olay"]), need="Olay cream")
    assert c.brands == ["Olay"]


def test_an_ordinal_is_no_topic_of_a_question() -> None:
    """Issue 17 chats: "the 3rd one - is it matte?" answered that the listing says nothing
    about '3rd matte'."""
    assert asked_topic("the 3rd one - is it matte?") == "matte"


def test_a_dear_need_keeps_the_dearer_half_until_a_price_or_the_next_need() -> None:
    """A "luxury" need with no price: the median of what its matches cost becomes its lowest
    price, said once; a price stated, "cheaper" or the next need drops it."""
    from retrieval.query import ParsedQuery

    c = Constraints()
    c.merge(ParsedQuery(text="luxury perfume", dear=True), need="luxury perfume")
    assert c.dear_half.wanted and c.dear_floor([30.0, 10.0, 50.0, 70.0]) == 50.0
    assert (c.min_price, c.dear_half.wanted, c.dear_floor([1.0])) == (50.0, False, None)
    c.merge(ParsedQuery(text="under 100", max_price=100.0))  # the floor kept, still derived
    assert (c.min_price, c.max_price) == (50.0, 100.0)
    c.merge(ParsedQuery(text="body lotion"), need="body lotion")
    assert c.min_price is None and not c.dear_half.wanted  # what "luxury" meant goes with its need
    assert c.max_price == 100.0  # what was said stays
    c.merge(ParsedQuery(text="a premium hair dryer", dear=True, max_price=50.0), need="dryer")
    assert not c.dear_half.wanted and c.max_price == 50.0  # a price said: no dearer half
    c.merge(ParsedQuery(text="serum", dear=True), need="serum")
    c.below(20.0)
    assert not c.dear_half.wanted and c.dear_floor([30.0]) is None  # "cheaper" than the picks
    c.merge(ParsedQuery(text="creams"), need="creams")
    c.merge(ParsedQuery(text="something luxurious", dear=True))  # said of the need: dearer half
    assert c.dear_half.wanted


def test_pricier_after_cheaper_drops_the_cheaper_half() -> None:
    """Issue 17 chats: "cheaper" then "pricier" showed 'over $2.46' capped at $10.38: the
    cheaper half "cheaper" asked for (``cheap``) still held under the new floor."""
    from retrieval.query import ParsedQuery

    c = Constraints()
    c.merge(ParsedQuery(text="coconut"), need="coconut")
    c.merge(ParsedQuery(text="cheaper", cheap=True))
    c.below(3.12)
    assert not c.cheap_half.wanted  # "cheaper" priced by the picks: no cheaper half asked any more
    c.above(2.45)
    assert (c.min_price, c.max_price, c.cheap_half.wanted, c.cheap_ceiling([1.0, 5.0, 9.0])) == (
        2.46,
        None,
        False,
        None,
    )


def test_a_brand_ruled_out_is_no_longer_wanted() -> None:
    c = Constraints(need="lipstick", brands=["Revlon", "NYX"], exclude_brands=["Olay"])
    c.rule_out_brands(["Revlon"])
    assert (c.brands, c.exclude_brands) == (["NYX"], ["Olay", "Revlon"])


def test_an_option_is_matched_by_its_whole_name_before_a_word_it_shares() -> None:
    options = ["Beauty > Skin Care", "Beauty > Hair Care"]
    assert match_option("hair care", options) == "Beauty > Hair Care"  # not Skin Care's "care"
    assert match_option("hair stuff", options) == "Beauty > Hair Care"
    gender = ["Beauty > Fragrance > Men's", "Beauty > Fragrance > Women's"]
    assert match_option("women's please", gender) == "Beauty > Fragrance > Women's"


def test_a_brand_ruled_out_and_asked_for_later_is_let_back_in() -> None:
    """CONVO7's probe: "no cetaphil", then "cetaphil is fine actually" kept it ruled out."""
    c = Constraints()
    c.merge(ParsedQuery(text="face wash", exclude_brands=["Cetaphil", "Olay"]), need="face wash")
    c.merge(ParsedQuery(text="cetaphil is fine", brands=["Cetaphil"]))
    assert (c.brands, c.exclude_brands) == (["Cetaphil"], ["Olay"])


def test_a_price_revised_on_one_side_keeps_the_other() -> None:
    """CONVO7's probe: "a shampoo over 20", then "under 40 instead" dropped the $20 floor."""
    c = Constraints()
    c.merge(ParsedQuery(text="shampoo", min_price=20), need="shampoo")
    c.merge(ParsedQuery(text="", max_price=40))
    assert (c.min_price, c.max_price) == (20, 40)
    c.merge(ParsedQuery(text="", min_price=30))
    assert (c.min_price, c.max_price) == (30, 40)
    c.merge(ParsedQuery(text="", max_price=25))  # below the floor: the floor goes
    assert (c.min_price, c.max_price) == (None, 25)
    c.merge(ParsedQuery(text="", around_price=10))  # a price to aim at sets both
    assert (c.min_price, c.max_price) == (7.5, 12.5)
    c.merge(ParsedQuery(text="conditioner", max_price=50), need="conditioner")  # a new need
    assert (c.min_price, c.max_price) == (None, 50)


def test_a_word_every_title_names_tells_no_pick_apart() -> None:
    """Lead's probe: beside straighteners "which is best for thick hair?" was answered "its
    listing names 'hair'" (every straightener's title says hair): the criterion is "thick"."""
    first = Product(id="a", title="Hair Straightener 1 inch", price=9.0)
    second = Product(id="b", title="Hair Straightener for Thick Hair", price=12.0)
    chosen, said = best_match_pick([first, second], ["thick", "hair"])
    assert chosen is second and said.endswith("its listing names 'thick'.")
    third = Product(id="c", title="Ceramic Hair Straightener", price=15.0)
    chosen, said = best_match_pick([first, third], ["thick", "hair"])
    assert said.startswith("None of these listings mentions thick")


def test_an_accented_word_is_asked_about_and_echoed_whole() -> None:
    """CONVO9 probe: "does it have karité?" was answered "says nothing about karit" and
    "¿tienen crème brûlée?" searched 'tienen cream br': the rules' words were ASCII."""
    from assistant.dialogue.needs.search_words import display
    from assistant.dialogue.needs.wording import WORD

    assert asked_topic("does it have karité?") == "karité"
    assert display("crème brûlée") == "crème brûlée"
    assert WORD.findall("rosácea, l'oréal 2") == ["rosácea", "l'oréal", "2"]


def test_a_question_of_two_options_says_both_names_alike() -> None:
    """CONVO20: two options were asked as "Eau de Toilette or cologne?" (the second name
    lower-cased, the first as the catalog writes it): both as a sentence says them now."""
    fragrance = "Beauty > Fragrance > Men's"
    options = [f"{fragrance} > Eau de Toilette", f"{fragrance} > Cologne"]
    assert question_for(options) == "Eau de toilette or cologne?"
    creams = ["Beauty > Makeup > Face > BB & CC Creams", "Beauty > Makeup > Face > Foundation"]
    assert question_for(creams) == "BB & CC creams or foundation?"


def _brand_of_by_regex(title: str, brands: list[str]) -> str | None:
    """brand_of as 13b6d03 wrote it: one regex per brand (the reference the lookup must match)."""
    import re

    lowered = title.lower()
    opening = [b for b in brands if b and re.match(rf"{re.escape(b.lower())}(?![a-z0-9])", lowered)]
    return max(opening, key=len) if opening else None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Benefit Cosmetics Full-Finish Lipstick", "Benefit Cosmetics"),
        ("BENEFIT lip tint", "Benefit"),
        ("Benefits of Argan Oil", None),  # 'Benefit' is not a whole word here
        ("e.l.f. Studio Blush", "e.l.f."),
        ("NYX", "NYX"),  # the whole title; the first spelling of a name
        ("Revlonista Nail Art", None),
        ("L'Oreal Paris Voluminous", "L'Oreal Paris"),
        ("", None),
    ],
)
def test_a_brandless_pick_takes_the_longest_brand_its_title_opens_with(title, expected) -> None:
    from assistant.dialogue.product_names import brand_of

    brands = ["Bene", "Benefit", "Benefit Cosmetics", "e.l.f.", "NYX", "Nyx", "Revlon",
              "L'Oreal", "L'Oreal Paris", ""]  # fmt: skip
    product = Product(id="x", title=title or "x", brand=None)
    assert brand_of(product, brands) == expected == _brand_of_by_regex(product.title, brands)
    assert brand_of(Product(id="y", title=title or "x", brand="Own"), brands) == "Own"


def test_the_brand_lookup_matches_one_regex_per_brand_on_random_titles() -> None:
    import random

    from assistant.dialogue.product_names import brand_of

    rng = random.Random(7)
    words = ["a", "ab", "abc", "b", "bc", "c.", "d-e", "o'f", "1", "x2"]
    brands = [" ".join(rng.choices(words, k=rng.randint(1, 3))) for _ in range(60)]
    brands += [b.upper() for b in brands[:10]]
    for _ in range(2000):
        title = " ".join(rng.choices(words, k=rng.randint(1, 5)))
        title = title.title() if rng.random() < 0.3 else title
        got = brand_of(Product(id="x", title=title, brand=None), brands)
        assert got == _brand_of_by_regex(title, brands), title
