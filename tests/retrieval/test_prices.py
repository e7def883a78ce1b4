"""find_prices on the price phrasings of the label contract (tests/data/understanding/README.md)
and issue 17's examples, written from the contract, not from the labelled set."""

from __future__ import annotations

import pytest

from retrieval.prices import find_prices

# (message, (min, max, around))
CASES: list[tuple[str, tuple[float | None, float | None, float | None]]] = [
    # a highest price: under / no more than / up to / max / budget X
    ("shampoo under $15", (None, 15, None)),
    ("no more than 20 dollars", (None, 20, None)),
    ("up to 30 bucks", (None, 30, None)),
    ("max 25", (None, 25, None)),
    ("25 max", (None, 25, None)),
    ("budget 40", (None, 40, None)),
    ("my budget is $35", (None, 35, None)),
    ("budget: 12 quid", (None, 12, None)),
    ("under a tenner", (None, 10, None)),
    ("$25 or less", (None, 25, None)),
    ("my limit is 25", (None, 25, None)),
    ("max. $20", (None, 20, None)),
    # a raised budget is a highest price too (CONVO96's "i could stretch to 40 actually")
    ("i could stretch to 40 actually", (None, 40, None)),
    ("can stretch it to $40", (None, 40, None)),
    ("i'd go as high as 60 for a good one", (None, 60, None)),
    # a sum to spend is a highest price, not one to aim at
    ("i have $50 to spend", (None, 50, None)),
    ("i've got 40 bucks to play with", (None, 40, None)),
    ("i only have 30 dollars", (None, 30, None)),
    ("$25 is all i have", (None, 25, None)),
    ("i have 25 dollars for a face wash", (None, 25, None)),
    ("i've got 25 bucks for a face wash", (None, 25, None)),
    ("ive got $30 for a gift", (None, 30, None)),
    ("I've £20 for my sister's present", (None, 20, None)),
    ("we have €40 between us", (None, 40, None)),
    ("all i have is 20 bucks, need a lipstick", (None, 20, None)),
    ("all i've got is $15", (None, 15, None)),
    ("ive got like 15 bucks for shampoo", (None, None, 15)),  # "like X" is one to aim at
    ("i have 2 kids and need a shampoo", (None, None, None)),  # no currency: no price
    ("i have a $30 gift card", (None, None, 30)),  # the card's sum, said as a thing
    # small change is a hundredth of the store's unit (currencies.yaml: CENTS)
    ("a mascara under 20 cents", (None, 0.2, None)),
    ("a lip balm for 99¢", (None, None, 0.99)),
    ("100 percent cotton pads", (None, None, None)),
    # a note is money by itself ("a tenner" = £10), whatever is said around it
    ("got a tenner to spend on a nail file", (None, 10, None)),
    ("a fiver to spend on lip balm", (None, 5, None)),
    ("my budget is a tenner", (None, 10, None)),
    ("a tenner max", (None, 10, None)),
    ("a lipstick for about a fiver", (None, None, 5)),
    ("one of the two", (None, None, None)),  # no note, no cue: no price
    # "not over X" is a highest price, "not under X" a lowest
    ("not over 25", (None, 25, None)),
    ("nothing above $40 please", (None, 40, None)),
    ("I'd rather not spend more than 20", (None, 20, None)),
    ("I don't want to spend more than $30", (None, 30, None)),
    ("can't pay over 40 dollars", (None, 40, None)),
    ("I want to spend more than 50", (50, None, None)),
    ("it shouldn't cost more than 20", (None, 20, None)),
    ("I don't want it to cost more than $25", (None, 25, None)),
    ("it can't be more than 20", (None, 20, None)),
    ("mustn't be over 30 quid", (None, 30, None)),
    ("not a penny over 40", (None, 40, None)),
    ("I don't mind paying more than 50", (50, None, None)),
    ("not under 10", (10, None, None)),
    # a lowest price: at least / over X
    ("at least £25", (25, None, None)),
    ("hair dryer over $40", (40, None, None)),
    ("50 dollars and up", (50, None, None)),
    ("a palette starting from $30", (30, None, None)),
    ("from $30", (30, None, None)),
    # both: X-Y / X to Y / between X and Y
    ("budget 25-30", (25, 30, None)),
    ("$10-$20", (10, 20, None)),
    ("10 to 20 euros", (10, 20, None)),
    ("between 15 and 25", (15, 25, None)),
    ("between $20 and $10", (10, 20, None)),
    ("price range 30-50", (30, 50, None)),
    ("something in the 20-30 range", (20, 30, None)),
    ("twenty to thirty dollars", (20, 30, None)),
    ("a shampoo 10-20", (10, 20, None)),
    ("face cream 15 to 25", (15, 25, None)),
    ("from 15 up to 25", (15, 25, None)),
    ("between twenty and thirty bucks", (20, 30, None)),
    # a price to aim at: around / about / X-ish / like X
    ("around 40 bucks", (None, None, 40)),
    ("about thirty dollars", (None, None, 30)),
    ("20ish", (None, None, 20)),
    ("$30-ish", (None, None, 30)),
    ("thirty-ish", (None, None, 30)),
    ("something like $25", (None, None, 25)),
    ("like 20 quid?", (None, None, 20)),
    # the lead's probe: "stocking stuffers for 3 teenage girls, like 10 each" had no price
    ("stocking stuffers for 3 teenage girls, like 10 each", (None, None, 10)),
    ("they like 10 each", (None, None, None)),
    # the lead's probes: a range's end in words, "budget's", a band of ten
    ("between 10 and fifteen", (10, 15, None)),
    ("my budget's 30", (None, 30, None)),
    ("conditioner, my limit's 15", (None, 15, None)),  # the lead's probe, round twenty-two
    ("the cap’s 20", (None, 20, None)),
    ("something in the $30s", (30, 39.99, None)),
    ("in the 20s range", (20, 29.99, None)),
    ("a cream for women in their 40s", (None, None, None)),
    ("she is in the 40s", (None, None, None)),
    ("spf in the 30s", (None, None, None)),
    # the lead's probes: "not more than" in other languages was a lowest price (or none)
    ("non più di 20 euro", (None, 20, None)),
    ("pas plus de 25 euros", (None, 25, None)),
    ("no más de 30", (None, 30, None)),
    ("nicht mehr als 20 euro", (None, 20, None)),
    ("más de 30 euros", (30, None, None)),
    ("roughly 15 euros", (None, None, 15)),
    ("a $30 gift set", (None, None, 30)),
    # any currency, no conversion; decimal commas; numbers in words
    ("menos de 50 euros", (None, 50, None)),
    ("moins de 30 €", (None, 30, None)),
    ("unter 20 Euro", (None, 20, None)),
    ("mehr als 20 Euro", (20, None, None)),
    ("até 80 reais", (None, 80, None)),
    ("19,99 €", (None, None, 19.99)),
    ("R$ 45", (None, None, 45)),
    ("entre 10 y 20 euros", (10, 20, None)),
    ("twenty-five bucks", (None, None, 25)),
    ("a hundred and fifty dollars", (None, None, 150)),
    ("under fifty", (None, 50, None)),
    ("over 1,000 dollars", (1000, None, None)),
    # CONVO25's probes: too much said of what it buys, either of two amounts, ranges said
    # loosely, a hedge after a price word, "is the max"
    ("more than 80 for a straightener is too much", (None, 80, None)),
    ("paying more than 40 for shampoo is crazy", (None, 40, None)),
    ("anything over a hundred is out of the question", (None, 100, None)),
    ("more than 60 is a no", (None, 60, None)),
    ("30 for a lip balm is fine", (None, None, None)),
    ("3 or 4 dollars each is fine", (None, 4, None)),
    ("2 or 3 bucks each", (None, 3, None)),
    ("a kit with 10 or 12 brushes", (None, None, None)),
    ("spf 30 or 50", (None, None, None)),
    ("between 20ish and 30", (20, 30, None)),
    ("20-ish to 30 dollars", (20, 30, None)),
    ("from about 20 up to 30", (20, 30, None)),
    ("nothing above like 40", (None, 40, None)),
    ("under like 20 bucks", (None, 20, None)),
    ("$15 would be ideal but 20 is the max", (None, 20, None)),
    ("50 is my absolute limit", (None, 50, None)),
    ("50 would be my limit", (None, 50, None)),
    ("i wouldn't pay more than 30 for a serum", (None, 30, None)),
    ("over 50 bucks for a dryer? no way", (None, 50, None)),
    ("a dryer over 50, no way too cheap ones", (50, None, None)),
    ("i'm okay with 15 to 20ish", (15, 20, None)),
    ("20 to 25-ish dollars", (20, 25, None)),
    ("$10/$12 each", (None, 12, None)),
    # not prices
    ("spf 50 sunscreen", (None, None, None)),
    ("spf 50+", (None, None, None)),
    ("spf over 30", (None, None, None)),
    ("under 50ml", (None, None, None)),
    ("shampoo 12 oz", (None, None, None)),
    ("3 pack of lip gloss", (None, None, None)),
    ("over 40 years old", (None, None, None)),
    ("for my 10-12 year old", (None, None, None)),
    ("spf 30-50", (None, None, None)),
    ("3-4 oz", (None, None, None)),
    ("1-2 bottles of shampoo", (None, None, None)),
    ("a 2-in-1 shampoo", (None, None, None)),
    ("about two of them", (None, None, None)),
    ("one of the two", (None, None, None)),
    ("I'd like 2", (None, None, None)),
    ("love it <3", (None, None, None)),
    ("at least 4.5 stars", (None, None, None)),
    ("over 4 stars and under $20", (None, 20, None)),
    ("12+ colors", (None, None, None)),
    ("more than 100 reviews", (None, None, None)),
    # CONVO84 (#17): a bound said after its amount with "and", or "at the (very) most"
    ("perfume 60 and under", (None, 60, None)),
    ("a toner, 15 and below", (None, 15, None)),
    ("perfume 40 or over", (40, None, None)),
    ("at the most 30 for a cologne", (None, 30, None)),
    ("a serum, 50 at the very most", (None, 50, None)),
    # a range joined by "through" or "~"
    ("perfume 15 through 20", (15, 20, None)),
    ("shampoo 15~20", (15, 20, None)),
    ("a 20-30 dollar perfume", (20, 30, None)),
    # a price to aim at said as a mark, a ballpark, with "-ish" after a hedge, or hyphenated
    ("around the 60 mark", (None, None, 60)),
    ("in the ballpark of 60", (None, None, 60)),
    ("night cream around 25ish", (None, None, 25)),
    ("a fifty-dollar perfume", (None, None, 50)),
    ("a 50-dollar one", (None, None, 50)),
    # a letter before the dollar sign, a code before the amount, a currency the table added
    ("beard oil under s$25", (None, 25, None)),
    ("cologne under ca$60", (None, 60, None)),
    ("cologne under nz$ 60", (None, 60, None)),
    ("toner under hk$100", (None, 13, None)),
    ("toner under hkd 100", (None, 13, None)),
    ("perfume under sgd 50", (None, 50, None)),
    ("body lotion under 150 rand", (None, 8.25, None)),
    ("body lotion under zar 150", (None, 8.25, None)),
    ("shampoo under rs. 1000", (None, 12, None)),
    ("shampoo under rs 1000", (None, 12, None)),
    ("perfume under 400 hong kong dollars", (None, 52, None)),
    # "won't" is no won (before: "won't spend over 50" was under 4 cents)
    ("perfume, i won't spend over 50", (None, 50, None)),
    ("shampoo, won't go above 20", (None, 20, None)),
    ("i won't pay more than 30 dollars", (None, 30, None)),
    # still no price: an age, a count, a word before a number
    ("shampoo for kids 12 and under", (None, None, None)),
    ("a cream for women 40 and over", (None, None, None)),
    ("i want to try 3 shampoos", (None, None, None)),
]  # fmt: skip


@pytest.mark.parametrize(("message", "expected"), CASES, ids=[m for m, _ in CASES])
def test_prices(message: str, expected: tuple[float | None, ...]) -> None:
    found = find_prices(message.lower())
    assert (found.min_price, found.max_price, found.around_price) == expected


def test_the_phrase_is_blanked_and_positions_kept() -> None:
    message = "red lipstick under thirty dollars, not matte"
    found = find_prices(message)
    assert len(found.text) == len(message)
    assert found.text.split() == ["red", "lipstick", ",", "not", "matte"]
    assert found.text.index("not") == message.index("not")
    assert found.spans and all(found.text[a:b].strip() == "" for a, b in found.spans)


def test_a_number_in_words_stays_a_word_outside_a_price() -> None:
    assert find_prices("the first two under 20").text.split()[:3] == ["the", "first", "two"]


AGES = (
    "a cream for women over 40", "she's over 60 and has dry skin", "anti aging cream for over 50s",
    "skincare for 40+ skin", "foundation for 50+ women", "waterproof for over 8 hrs",
    "a gift for 2 kids under 10", "a set for girls over 12",
)  # fmt: skip


@pytest.mark.parametrize("message", AGES)
def test_an_age_or_a_duration_is_no_price(message: str) -> None:
    """READER9's probes: 'for women over 40' set a lowest price of $40."""
    found = find_prices(message.lower())
    assert (found.min_price, found.max_price, found.around_price) == (None, None, None)


def test_a_price_said_to_be_too_much_is_the_highest_and_upwards_the_lowest() -> None:
    read = {
        m: (p.min_price, p.max_price)
        for m in ("over £20 is too much", "30 is a bit steep", "anything from 10 upwards")
        for p in [find_prices(m)]
    }
    assert read == {
        "over £20 is too much": (None, 20),
        "30 is a bit steep": (None, 30),
        "anything from 10 upwards": (10, None),
    }
    assert find_prices("cologne for men under 50").max_price == 50  # a price, not an age
    assert find_prices("a gift for kids under $10").max_price == 10  # a currency: a price
    assert find_prices("kids shampoo under 10").max_price == 10
    assert find_prices("perfume for women 30 max").max_price == 30
    assert find_prices("perfume for women over $40").min_price == 40


def test_what_a_price_said_to_be_too_much_buys_stays_the_need() -> None:
    """CONVO25's probe: "more than 80 for a straightener is too much" was a lowest price of 80;
    as a highest, its phrase must not blank the need ("for a straightener") with it."""
    message = "more than 80 for a revlon straightener is too much"
    found = find_prices(message)
    assert (found.min_price, found.max_price) == (None, 80)
    assert found.text.split() == ["for", "a", "revlon", "straightener"]
    assert found.text.index("revlon") == message.index("revlon")
    assert all(found.text[a:b].strip() == "" for a, b in found.spans)
