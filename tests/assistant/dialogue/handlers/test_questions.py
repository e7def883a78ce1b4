"""The questions handler (`assistant/dialogue/handlers/questions.py`): questions about picks that
were never shown."""

from __future__ import annotations

from assistant.conversation import Conversation
from catalog.schema import Event
from catalog.store import CatalogStore


def test_references_to_missing_picks(assistant: Conversation) -> None:
    sid = assistant.new_session()
    assert "no picks" in assistant.respond(sid, "u1", "compare the first two").reply
    assistant.respond(sid, "u1", "face cream dry skin")
    turn = assistant.respond(sid, "u1", "tell me about the fifth one?")
    assert "no number 5" in turn.reply


def test_the_cheapest_one_is_named_and_is_then_it(assistant: Conversation) -> None:
    """Issue 17: "the cheapest one?" answered with a price difference between two picks; now
    it names the cheapest pick on screen with its price, and "it" then means that pick."""
    sid = assistant.new_session()
    shown = assistant.respond(sid, "u1", "face cream dry skin").picks
    cheapest = min(shown, key=lambda p: p.price)
    turn = assistant.respond(sid, "u1", "the cheapest one?")
    assert turn.intent == "compare"
    assert (
        turn.reply.startswith("The cheapest of these is") and f"${cheapest.price:.2f}" in turn.reply
    )
    dearest = max(shown, key=lambda p: p.price)
    assert f"${dearest.price:.2f}" in assistant.respond(sid, "u1", "which is the priciest?").reply
    assert f"${dearest.price:.2f}" in assistant.respond(sid, "u1", "how much is it?").reply
    assert "no ratings" in assistant.respond(sid, "u1", "the best rated one?").reply


def test_the_most_popular_one_is_the_most_bought_on_record(
    assistant: Conversation, store: CatalogStore
) -> None:
    """ "the most popular one?" asked for a rating the catalog may not have; it is the pick
    bought most often in this shop, with the count on record."""
    sid = assistant.new_session()
    shown = assistant.respond(sid, "u9", "face cream dry skin").picks
    target = shown[2]
    store.upsert_events(
        [Event(user_id=f"b{n}", item_id=target.id, kind="purchase") for n in range(3)]
    )
    turn = assistant.respond(sid, "u9", "which one is the most popular?")
    assert turn.intent == "compare"
    assert turn.reply.startswith("The most bought of these here is")
    assert "purchases on record" in turn.reply
    assert assistant.respond(sid, "u9", "how much is it?").reply.endswith(f"${target.price:.2f}.")
    rated = assistant.respond(sid, "u9", "which is the best rated?").reply
    assert "no ratings" in rated and "the most bought of these here is" in rated  # what sells


def test_which_one_would_you_pick_names_one_pick(assistant: Conversation) -> None:
    """Issue 17 chats: "which one would you pick" answered with the price difference of the
    first two picks; now it names one pick, the best ranked unless another's title names more
    of what the shopper weighs them for, and "it" then means that pick."""
    sid = assistant.new_session()
    shown = assistant.respond(sid, "u1", "face cream dry skin").picks
    turn = assistant.respond(sid, "u1", "which one would you pick")
    assert turn.intent == "compare" and turn.reply.startswith("I'd pick ")
    assert f"${shown[0].price:.2f}" in turn.reply and "cheaper than" not in turn.reply
    assert f"${shown[0].price:.2f}" in assistant.respond(sid, "u1", "how much is it?").reply


def test_which_is_best_for_that_weighs_the_picks_by_the_need(assistant: Conversation) -> None:
    """The lead's probe: after "a shampoo, my hair is oily at the roots but dry at the ends",
    "which one is best for that?" picked the best ranked as 'the closest match' though another
    title names 'Oily Scalp and Dry Ends': a question pointing at the need weighs the picks by
    the need's words beyond its type."""
    sid = assistant.new_session()
    assert assistant.respond(sid, "u1", "a rich face cream for dry skin").picks
    turn = assistant.respond(sid, "u1", "which one is best for that?")
    assert turn.intent == "compare" and "Olay rich face cream" in turn.reply
    assert "names 'rich'" in turn.reply  # not 'face cream' (its type), not 'dry skin' (every one)


def test_which_is_best_of_two_named_picks_weighs_those_two(assistant: Conversation) -> None:
    """The lead's probe: "which one is best for dry skin, the first or the third?" answered a
    question about each of the two; it names one of them, weighed by what was said ('dry
    skin', not 'first third')."""
    sid = assistant.new_session()
    shown = assistant.respond(sid, "u1", "face cream dry skin").picks
    turn = assistant.respond(sid, "u1", "which one is best for dry skin, the first or the third?")
    assert turn.intent == "compare" and turn.reply.startswith("I'd pick ")
    named = [p for p in shown if p.title[:20] in turn.reply]
    assert named and named[0].id in {shown[0].id, shown[2].id}
    assert "first" not in turn.reply and "third" not in turn.reply


def test_and_the_other_ones_asks_the_last_question_about_them(assistant: Conversation) -> None:
    """Issue 17 chats: "and the other ones?" after "is the first one ...?" showed other
    products; now the same question is answered for the picks not asked about."""
    sid = assistant.new_session()
    shown = assistant.respond(sid, "u1", "face cream dry skin").picks
    first = assistant.respond(sid, "u1", "does the first one have spf?").reply
    assert "spf" in first.lower() and shown[0].title[:20] in first
    turn = assistant.respond(sid, "u1", "and the other ones?")
    assert turn.intent == "ask" and not turn.picks
    assert shown[0].title[:20] not in turn.reply
    assert all(p.title[:20] in turn.reply for p in shown[1:]) and "spf" in turn.reply.lower()
    again = assistant.respond(sid, "u1", "not the second one, the others").reply
    assert shown[1].title[:20] not in again and shown[0].title[:20] in again


def test_the_brand_that_names_a_pick_is_not_asked_about(assistant: Conversation) -> None:
    """Issue 17 chats: "is the Garnier one good for sensitive skin?" answered that the listing
    says nothing about 'garnier sensitive skin': the brand names the pick, it asks nothing."""
    from assistant.dialogue.request import Intent, Request

    sid = assistant.new_session()
    shown = assistant.respond(sid, "u1", "face cream dry skin").picks
    said = f"is the {shown[0].brand} one good for sensitive skin?"
    read = assistant.reader.read
    assistant.reader.read = lambda *_args, **_kw: Request(  # type: ignore[method-assign]
        intent=Intent.ASK, text=said, references=[0]
    )
    turn = assistant.respond(sid, "u1", said)
    assistant.reader.read = read  # type: ignore[method-assign]
    assert "sensitive" in turn.reply.lower()
    assert f"{shown[0].brand.lower()} sensitive" not in turn.reply.lower()


def test_a_question_about_all_the_picks_answers_for_each(assistant: Conversation) -> None:
    """The lead's probe: "do any of these come with a diffuser?" beside hair dryers answered
    about the first one only. A question about every pick says which records name it, quoted,
    and that the others say nothing about it."""
    from assistant.dialogue.request import Intent, Request

    sid = assistant.new_session()
    shown = assistant.respond(sid, "u1", "face cream dry skin").picks
    rich = [p for p in shown if "rich" in p.title.lower()]
    turn = assistant.respond(sid, "u1", "are any of these rich?")
    assert turn.intent == "ask"
    assert turn.reply.startswith(f"{len(rich)} of the {len(shown)} listings")
    assert rich and len(rich) < len(shown) and "nothing about it" in turn.reply
    none = assistant.respond(sid, "u1", "do any of these come with a pump?").reply
    assert none.startswith(f"None of these {len(shown)} listings mentions pump")
    # Lead probe: "which one is waterproof?" beside eyeliners was answered about the first one
    # only. (The reader reads it as a question with the real catalog's words; here it is set.)
    said = "which one comes with a pump?"
    read = assistant.reader.read
    assistant.reader.read = lambda *_args, **_kw: Request(  # type: ignore[method-assign]
        intent=Intent.ASK, text=said
    )
    which = assistant.respond(sid, "u1", said).reply
    assistant.reader.read = read  # type: ignore[method-assign]
    assert which.startswith(f"None of these {len(shown)} listings mentions pump")


def test_a_superlative_question_weighs_the_picks_by_its_adjective() -> None:
    """Lead's probe: beside straighteners "which one heats up fastest?" became a search for
    'heats up fastest' in Curling Irons, and "which one is the lightest?" was answered with the
    closest match, 'lightest' unread: both weigh the picks, by "fast" and "light"."""
    from assistant.dialogue.handlers.questions import _superlative_bases
    from assistant.dialogue.request import Intent
    from assistant.dialogue.understanding import understand

    for message in ("which one heats up fastest?", "which one is the lightest?"):
        assert understand(message, shown=4).intent == Intent.COMPARE, message
    assert _superlative_bases("which one heats up fastest?") == ["fast"]
    assert _superlative_bases("the easiest and the hottest, the best?") == ["easy", "hot"]


def test_a_comparative_question_weighs_the_picks_by_its_adjective() -> None:
    """CONVO8's probe: beside hair dryers "which is lighter?" asked the first pick about
    'lighter' ("says nothing about lighter"): it weighs the picks, by "light"."""
    from assistant.dialogue.handlers.questions import _comparative_bases
    from assistant.dialogue.request import Intent
    from assistant.dialogue.understanding import understand
    from catalog.schema import Product

    for message in ("which is lighter?", "which one is quieter?", "which of these is gentler"):
        request = understand(message, shown=4)
        assert (request.intent, request.superlative) == (Intent.COMPARE, "best_match"), message
    assert understand("which is better?", shown=4).intent == Intent.COMPARE
    gentle = [Product(id="a", title="Gentle Cleanser"), Product(id="b", title="Foam Wash")]
    assert _comparative_bases("which is lighter?", gentle) == ["light"]
    assert _comparative_bases("which is easier to use", gentle) == ["easy"]
    assert _comparative_bases("which one is hotter?", gentle) == ["hot"]
    assert _comparative_bases("which of these is gentler", gentle) == ["gentle"]


def test_a_trait_no_listing_names_is_searched_as_more_of_it(assistant: Conversation) -> None:
    """CONVO9 probe: beside hair dryers "which one is the lightest?" replied "Say “ones for
    light”", a wording for nouns ("ones for acne"): a trait is searched as "something lighter"
    (which refines the picks), and "the lightest and quietest" weighs by light and quiet."""
    sid = assistant.new_session()
    assistant.respond(sid, "u1", "face cream dry skin")
    turn = assistant.respond(sid, "u1", "which one is the lightest and quietest?")
    assert turn.intent == "compare"
    assert "says which is lighter and quieter" in turn.reply
    assert "Say “something lighter and quieter”" in turn.reply and "ones for" not in turn.reply
    gentle = assistant.respond(sid, "u1", "which is gentler?").reply
    assert "Say “something gentler”" in gentle
    acne = assistant.respond(sid, "u1", "which is best for acne?").reply
    assert "Say “ones for acne”" in acne  # a noun, as before
    # the lead's probe: "which one has the best ingredients?" offered 'ones for ingredients'
    made = assistant.respond(sid, "u1", "which one has the best ingredients?").reply
    assert made.startswith("The catalog can't tell me which has the better ingredients")
    assert "ones for" not in made


def test_a_superlative_of_what_a_pick_does_is_searched_as_doing_more_of_it() -> None:
    """CONVO9 probe: beside perfumes "which one lasts longest?" replied 'says which is longer
    ... Say “something longer”': what a pick does is asked for as "that lasts longer"."""
    from assistant.dialogue.facts import best_match_pick
    from assistant.dialogue.handlers.questions import _traits_said
    from catalog.schema import Product

    picks = [Product(id="a", title="Rose Mist", price=9.0), Product(id="b", title="Oud Spray")]
    traits = _traits_said("which one lasts longest?", picks)
    assert traits == {"long": "that lasts longer"}
    _, said = best_match_pick(picks, ["long"], traits)
    assert "says which one lasts longer" in said and "Say “something that lasts longer”" in said
    assert _traits_said("which heats up fastest", picks) == {"fast": "that heats up faster"}
    assert _traits_said("which one is the lightest?", picks) == {"light": "lighter"}


def test_cruelty_free_is_asked_about_as_said() -> None:
    """CONVO9's own probe: beside mascaras "is it cruelty free?" was answered 'says nothing about
    cruelty' ('free' is no topic after an ingredient); a listing saying "Cruelty-Free" is quoted."""
    from assistant.dialogue.facts import asked_topic, topic_quote
    from catalog.schema import Product

    assert asked_topic("is it cruelty free?") == "cruelty free"
    assert asked_topic("is the second one fragrance free?") == "fragrance"  # as before
    listed = Product(id="a", title="Lash Mascara, Vegan and Cruelty-Free")
    assert topic_quote(listed, "cruelty free") == "Lash Mascara, Vegan and Cruelty-Free"


def test_why_names_a_pick_by_its_short_title(assistant: Conversation, store: CatalogStore) -> None:
    """The lead's probe: "why did you pick the first one?" beside vitamin C serums answered
    with a 150-character title before the reason; a pick is named by its short title, the one
    way replies name products, so the reason is read."""
    from assistant.dialogue.product_names import short_title

    sid = assistant.new_session()
    first = assistant.respond(sid, "u1", "face cream dry skin").picks[0]
    product = store.get_product(first.id)
    assert product is not None
    long = product.title + " " + " ".join(f"word{i}" for i in range(30))
    store.upsert_products([product.model_copy(update={"title": long})])
    turn = assistant.respond(sid, "u1", "why did you pick the first one?")
    assert turn.intent == "why" and long not in turn.reply
    assert turn.reply.startswith(f"{short_title(product.model_copy(update={'title': long}))}: ")


def test_why_that_one_is_about_the_pick_last_pointed_at(
    assistant: Conversation, store: CatalogStore
) -> None:
    """CONVO17 probe: after "which is better for sensitive skin?" named one moisturizer, "why
    that one?" gave the reasons of all four picks. A why question pointing at one pick ("that
    one", "it") is about the pick last pointed at; "why these?" is about them all."""
    from assistant.dialogue.product_names import short_title

    sid = assistant.new_session()
    picks = assistant.respond(sid, "u1", "face cream dry skin").picks
    assistant.respond(sid, "u1", "the second one, is it good for sensitive skin?")
    second = short_title(store.get_product(picks[1].id))
    first = short_title(store.get_product(picks[0].id))
    for question in ("why that one?", "why did you pick it?"):
        turn = assistant.respond(sid, "u1", question)
        assert turn.intent == "why" and turn.reply.startswith(f"{second}: "), question
        assert first not in turn.reply, question
    every = assistant.respond(sid, "u1", "why these?")
    assert first in every.reply and second in every.reply


def test_what_about_another_pick_asks_the_last_question_of_it(
    assistant: Conversation, store: CatalogStore
) -> None:
    """CONVO17 probe: after "is the first one good for fine hair?", "what about the third?"
    listed the third pick's brand, price and size: a message that only points at a pick and
    follows up asks it the last question; "tell me about the third" still gives its facts."""
    from assistant.dialogue.product_names import short_title

    sid = assistant.new_session()
    picks = assistant.respond(sid, "u1", "face cream dry skin").picks
    assistant.respond(sid, "u1", "is the first one good for sensitive skin?")
    third = short_title(store.get_product(picks[2].id))
    for question in ("what about the third?", "and the 3rd one?"):
        turn = assistant.respond(sid, "u1", question)
        assert turn.intent == "ask" and third in turn.reply, question
        assert "sensitive skin" in turn.reply, question
    facts = assistant.respond(sid, "u1", "tell me about the third")
    assert third in facts.reply and "sensitive skin" not in facts.reply


def test_another_pick_named_by_its_brand_is_asked_the_last_question(
    assistant: Conversation, store: CatalogStore
) -> None:
    """Lead probe: after "is the garnier one ok for sensitive skin?", "and the mary kay?" was
    answered "mentions mary kay": naming another pick by its brand follows the question up,
    and the brand said of the first is no part of the question ('garnier sensitive skin')."""
    from assistant.dialogue.product_names import short_title

    sid = assistant.new_session()
    picks = assistant.respond(sid, "u1", "face cream dry skin").picks
    brands = [store.get_product(p.id).brand for p in picks]
    other = next(i for i, b in enumerate(brands) if i and b and brands.count(b) == 1)
    assistant.respond(sid, "u1", "is the first one ok for sensitive skin?")
    turn = assistant.respond(sid, "u1", f"and the {brands[other].lower()}?")
    assert turn.intent == "ask" and short_title(store.get_product(picks[other].id)) in turn.reply
    assert "sensitive skin" in turn.reply and f"mentions {brands[other].lower()}" not in turn.reply


def test_fine_lines_and_fine_hair_are_asked_about_as_said() -> None:
    """CONVO17 probe: beside conditioners "is the first one good for fine hair?" was answered
    about 'hair' ('mentions hair'), and "is it good for fine lines?" asked about 'lines':
    'fine' is a question word ("is it fine for ...?") except before hair or lines."""
    from assistant.dialogue.facts import asked_topic, topic_quote
    from catalog.schema import Product

    assert asked_topic("is the first one good for fine hair?") == "fine hair"
    assert asked_topic("is it good for fine lines?") == "fine lines"
    assert asked_topic("is it fine for sensitive skin?") == "sensitive skin"
    cream = Product(id="a", title="Night Cream for Wrinkles and Fine Lines")
    assert topic_quote(cream, "fine lines") is not None
    assert topic_quote(Product(id="b", title="Thick Hair Lines Gel"), "fine lines") is None


def test_most_and_least_weigh_the_picks_by_their_trait() -> None:
    """CONVO20's probe: beside moisturisers for oily skin "which one is the least sticky" was
    a search for 'least sticky' (hand soaps). "The most X" and "the least X" weigh the picks:
    by X, or by the milder side the listings say ("non-sticky"), never by X itself."""
    from assistant.dialogue.facts import best_match_pick
    from assistant.dialogue.handlers.questions import _traits_said
    from assistant.dialogue.request import Intent
    from assistant.dialogue.understanding import understand
    from catalog.schema import Product

    for message in ("which one is the least sticky", "which is the most moisturizing?"):
        request = understand(message, shown=4)
        assert (request.intent, request.superlative) == (Intent.COMPARE, "best_match"), message
    assert understand("which one is the most expensive?", shown=4).superlative == "dearest"
    sticky = Product(id="a", title="Rich Cream", description="A sticky, rich cream.", price=9.0)
    light = Product(id="b", title="Gel Lotion", description="Light and non-sticky.", price=7.0)
    traits = _traits_said("which one is the least sticky", [sticky, light])
    assert traits == {"non-sticky": "non-sticky"}
    chosen, said = best_match_pick([sticky, light], list(traits), traits)
    assert chosen.id == "b" and "non-sticky" in said
    assert _traits_said("which one is the least fragrant", [sticky]) == {
        "less fragrant": "less fragrant"
    }
    assert _traits_said("which is the most hydrating?", [sticky]) == {"hydrating": "more hydrating"}


def test_a_place_alone_is_about_that_pick(assistant: Conversation, store: CatalogStore) -> None:
    """CONVO20's probe: "the second one" said alone beside shampoos showed the same picks again
    (a refinement with nothing to refine). Pointing at a pick by its place says what it is (or
    asks the last question of it), and "it" then means it; "the second one please" is still a
    choice."""
    from assistant.dialogue.product_names import short_title
    from assistant.dialogue.request import Intent
    from assistant.dialogue.understanding import understand

    for message in ("the second one", "#2", "ok the 2nd one", "and the last one?"):
        request = understand(message, shown=4)
        assert request.intent == Intent.ASK and request.references, message
    assert understand("the second one please", shown=4).intent == Intent.FEEDBACK
    sid = assistant.new_session()
    picks = assistant.respond(sid, "u1", "face cream dry skin").picks
    turn = assistant.respond(sid, "u1", "the second one")
    second = store.get_product(picks[1].id)
    assert second is not None and turn.intent == "ask" and not turn.picks
    assert turn.reply.startswith(short_title(second)) and f"${second.price:.2f}" in turn.reply
    assert assistant.respond(sid, "u1", "why that one?").reply.startswith(short_title(second))


def test_a_pick_filed_with_no_brand_is_named_by_its_title_s_brand(store: CatalogStore) -> None:
    """CONVO20's probe: "the third one" said 'unknown brand' of "Maybelline the Colossal
    Volum' Express" (filed with no brand; 17% of Beauty records are). Answers and comparisons
    name the catalog brand its title opens with (`product_names.with_title_brand`), never a
    guess."""
    from assistant.dialogue.context import Components, TurnOptions
    from assistant.dialogue.vocabulary import CatalogVocabulary
    from catalog.schema import Product
    from tests.assistant.fakes import FakeSearcher

    path = ["Beauty", "Makeup", "Eyes", "Mascara"]
    products = [
        Product(id="m1", title="Maybelline the Colossal Mascara", price=9.0, categories=path),
        Product(id="m2", title="Lash Mascara by a small maker", price=7.0, categories=path),
    ]
    store.upsert_products(products)
    vocabulary = CatalogVocabulary(brands=["Maybelline"], words=frozenset({"mascara"}))
    parts = Components(store=store, searcher=FakeSearcher(products), vocabulary=vocabulary)
    chat = Conversation(parts, TurnOptions(picks=2, clarify=False))
    sid = chat.new_session()
    shown = [p.id for p in chat.respond(sid, None, "mascara").picks]
    place = f"#{shown.index('m1') + 1}"
    assert "Maybelline, $9.00" in chat.respond(sid, None, place).reply
    assert chat.respond(sid, None, "who makes it?").reply.endswith("is made by Maybelline.")
    other = f"#{shown.index('m2') + 1}"
    assert "unknown brand" in chat.respond(sid, None, other).reply  # no catalog brand opens it


def test_a_topic_said_by_a_derived_word_is_found_by_its_root() -> None:
    """CONVO22 probes (the lead's #7): "what's the wattage of the first one?" beside a "1875
    Watt" dryer said its listing says nothing about wattage, "is it good for curly hair?" the
    same of a "Dream Curls Shampoo": a topic said by an "-age" word or by the adjective of a
    hair texture or scent (`SAID_OF_A_ROOT`) is found by its root; "sticky" is no "Stick",
    "dry skin" no "Dry Shampoo"."""
    from assistant.dialogue.facts import topic_quote
    from catalog.schema import Product

    def quoted(title: str, topic: str) -> str | None:
        return topic_quote(Product(id="a", title=title), topic)

    assert quoted("Pro Style 1600 Watt Hair Dryer", "wattage") == "Pro Style 1600 Watt Hair Dryer"
    assert quoted("Frizz Ease Dream Curls Shampoo", "curly hair") is not None
    assert quoted("White Musk Perfume Oil", "musky") is not None
    assert quoted("Spice Bomb Eau de Toilette", "spicy") is not None
    assert quoted("Deodorant Stick", "sticky") is None
    assert quoted("Batiste Dry Shampoo", "dry skin") is None
    assert quoted("Curling Iron, 1 Inch", "curly") is None


def test_the_highest_of_a_measure_is_weighed_by_the_amounts_listings_say() -> None:
    """CONVO22 probe (the lead's #8): "which one has the highest wattage?" beside hair dryers
    said no listing mentions 'wattage high' (the superlative read as a trait "high"), and "which
    is the most water resistant?" weighed 'resistant water' ("water" alone the trait). A
    superlative of degree said of a measure picks by the amounts the listings say; a compound
    trait is weighed whole."""
    from assistant.dialogue.handlers.questions import _by_amount, _traits_said
    from catalog.schema import Product

    dryers = [
        Product(id="a", title="Ionic Dryer 1600 Watt", price=20.0),
        Product(id="b", title="Travel Dryer", price=15.0),
        Product(id="c", title="Turbo Dryer, 2000 Watt", price=40.0),
    ]
    chosen, said = _by_amount("which one has the highest wattage?", dryers) or (None, "")
    assert (
        chosen is dryers[2] and "\u201c2000 Watt\u201d" in said and "1 of them names none" in said
    )
    low = _by_amount("and the lowest wattage", dryers)
    assert low is not None and low[0] is dryers[0]
    spf = [Product(id="s", title="Sunscreen SPF 30"), Product(id="t", title="Sport SPF50+")]
    assert (_by_amount("which has the highest spf?", spf) or (None,))[0] is spf[1]
    assert _by_amount("which one is the lightest?", dryers) is None
    assert "high" not in _traits_said("which one has the highest wattage?", dryers)
    assert _traits_said("which is the most water resistant?", dryers) == {
        "water resistant": "more water resistant"
    }


def test_which_of_them_suits_a_need_weighs_them_by_the_need_alone(assistant: Conversation) -> None:
    """CONVO25's probe: beside shampoos "which of them works for curly hair" asked the first
    listing about 'works curly hair', "which would suit dark skin best" beside foundations
    searched Powder for 'suit dark skin'. The picks are weighed by the need, not by "works" or
    "suit"; the picks stay on screen."""
    session = assistant.new_session()
    shown = assistant.respond(session, None, "face cream dry skin")
    for asked in ("which of them works for sensitive skin", "which would suit sensitive skin best"):
        turn = assistant.respond(session, None, asked)
        assert turn.intent == "compare", asked
        assert "works" not in turn.reply and "suit " not in turn.reply, turn.reply
        assert "sensitive" in turn.reply, turn.reply
    assert assistant.respond(session, None, "why these?").intent == "why"
    assert shown.picks


def test_why_of_the_pick_its_price_names_is_about_that_pick(
    assistant: Conversation, store: CatalogStore
) -> None:
    """CONVO78 probe: "the most expensive one why" was a refinement to pricier picks, and "why
    the cheapest one?" gave the reasons of every pick: a why that names a pick by its price
    is about that pick alone."""
    from assistant.dialogue.product_names import short_title

    sid = assistant.new_session()
    picks = assistant.respond(sid, "u1", "face cream dry skin").picks
    priced = [p for p in picks if p.price is not None]
    cheapest = min(priced, key=lambda p: p.price or 0.0)
    dearest = max(priced, key=lambda p: p.price or 0.0)
    assert cheapest.id != dearest.id
    for question, pick in (("why the cheapest one?", cheapest), ("the priciest one why", dearest)):
        turn = assistant.respond(sid, "u1", question)
        title = short_title(store.get_product(pick.id))
        assert turn.intent == "why" and turn.reply.startswith(f"{title}: "), question
        others = [p for p in picks if p.id != pick.id]
        assert all(short_title(store.get_product(p.id)) not in turn.reply for p in others)
