"""The bundle handler (`assistant/dialogue/handlers/bundle.py`) through a conversation: what goes
with a pick, and a routine within a budget."""

from __future__ import annotations

from assistant.adapters import query_parser
from assistant.conversation import Conversation
from assistant.dialogue.product_names import short_title
from assistant.dialogue.vocabulary import CatalogVocabulary
from catalog.schema import Product
from catalog.store import CatalogStore
from tests.assistant.fakes import BODY, CLEANSER, FACE, MASK, PRODUCTS, build_assistant


def test_bundle_has_a_total_and_complementary_categories(assistant: Conversation) -> None:
    sid = assistant.new_session()
    assistant.respond(sid, "u1", "face cream dry skin")
    bundle = assistant.respond(sid, "u1", "what goes with the first one?")
    assert bundle.intent == "bundle"
    assert {p.id for p in bundle.picks} >= {"c1", "m1"}
    assert bundle.total is not None and bundle.total > 0


def test_routine_within_budget(store: CatalogStore) -> None:
    assistant = build_assistant(store, parse=query_parser(CatalogVocabulary()))
    sid = assistant.new_session()
    turn = assistant.respond(sid, "u1", "build me a face routine under $20")
    assert turn.picks
    assert sum(p.price for p in turn.picks) <= 20
    assert len({tuple(p.categories) for p in turn.picks}) == len(turn.picks)


def test_bundle_leaves_out_records_the_shop_cannot_show(
    assistant: Conversation, store: CatalogStore
) -> None:
    """The mask's record loses its title (a catalog update): search still finds it, but the
    set holds only products with a title and a price."""
    mask = store.get_product("m1")
    assert mask is not None
    store.upsert_products([mask.model_copy(update={"title": " "})])
    sid = assistant.new_session()
    assistant.respond(sid, "u1", "face cream dry skin")
    bundle = assistant.respond(sid, "u1", "what goes with the first one?")
    assert bundle.picks
    assert "m1" not in {p.id for p in bundle.picks}
    assert all(p.title.strip() and p.price is not None for p in bundle.picks)


def test_a_set_honours_the_conversations_constraints(store: CatalogStore) -> None:
    """Bought together with the first pick are the cleanser ($10, Cerave) and the mask ($4,
    Garnier); under $8 and not Garnier, neither may join the set, whatever ranking says."""
    brands = sorted({p.brand for p in PRODUCTS if p.brand})
    assistant = build_assistant(store, parse=query_parser(CatalogVocabulary(brands=brands)))
    sid = assistant.new_session()
    assistant.respond(sid, "u1", "face cream dry skin under $8")
    allowed = assistant.respond(sid, "u1", "what goes with the first one?")
    assert "c1" not in {p.id for p in allowed.picks}  # over the $8 ceiling
    assert "m1" in {p.id for p in allowed.picks}
    assert all(p.price <= 8 for p in allowed.picks)

    assistant.respond(sid, "u1", "not Garnier")
    refused = assistant.respond(sid, "u1", "what goes with the first one?")
    assert not {"c1", "m1"} & {p.id for p in refused.picks}
    assert all(p.brand != "Garnier" and p.price <= 8 for p in refused.picks)


def test_a_sets_own_budget_replaces_the_ceiling_of_the_search(store: CatalogStore) -> None:
    """Under $8 for the cream, then a set within $20: the set's budget holds its total, not
    the cream's ceiling per item (the $10 cleanser may join)."""
    brands = sorted({p.brand for p in PRODUCTS if p.brand})
    assistant = build_assistant(store, parse=query_parser(CatalogVocabulary(brands=brands)))
    sid = assistant.new_session()
    assistant.respond(sid, "u1", "face cream dry skin under $8")
    turn = assistant.respond(sid, "u1", "what goes with the first one? a set under $20")
    assert turn.intent == "bundle"
    assert "c1" in {p.id for p in turn.picks}
    assert sum(p.price for p in turn.picks) <= 20


def test_it_is_the_pick_last_pointed_at(assistant: Conversation, store: CatalogStore) -> None:
    """Issue 17: after a question about the second pick, "what goes with it?" builds the set
    around the second pick, not the first; new picks on screen forget it."""
    sid = assistant.new_session()
    first = assistant.respond(sid, "u1", "face cream dry skin")
    second = first.picks[1]
    asked = assistant.respond(sid, "u1", "the second one, is it good for sensitive skin?")
    assert second.title in asked.reply
    bundle = assistant.respond(sid, "u1", "what goes with it?")
    assert bundle.intent == "bundle" and bundle.picks
    named = short_title(store.get_product(second.id))
    assert named in bundle.reply
    assert all(named in p.reason for p in bundle.picks)
    assert short_title(store.get_product(first.picks[0].id)) not in bundle.reply

    again = assistant.respond(sid, "u1", "body lotion")
    assert again.picks
    after = assistant.respond(sid, "u1", "what goes with it?")
    assert short_title(store.get_product(again.picks[0].id)) in after.reply


def test_a_type_named_with_it_is_a_choice_of_that_type(store: CatalogStore) -> None:
    """Issue 17: "and a cleanser to go with it" showed a shampoo, bath salts and a cleanser
    (one per category, whatever was named); now picks of the named type, no set total, each
    reason saying where it came from."""
    from tests.assistant.fakes import CLEANSER, FACE

    paths = [" > ".join(FACE), " > ".join(CLEANSER)]
    vocabulary = CatalogVocabulary(categories=paths, words=frozenset({"cleanser", "cream"}))
    assistant = build_assistant(store, parse=query_parser(vocabulary))
    sid = assistant.new_session()
    assistant.respond(sid, "u1", "face cream dry skin")
    turn = assistant.respond(sid, "u1", "and a cleanser to go with the first one")
    assert turn.intent == "bundle" and turn.picks and turn.total is None
    assert all(p.categories == CLEANSER for p in turn.picks)
    assert "to go with" in turn.reply
    assert all(p.reason.startswith("bought together with") for p in turn.picks if p.id == "c1")
    # CONVO13 probe: "a black one" after "and an eyeliner to go with it" refined the mascaras;
    # the type chosen is the need now
    refined = assistant.respond(sid, "u1", "a gentle one")
    assert refined.intent == "refine" and refined.picks
    assert all(p.categories == CLEANSER for p in refined.picks)


def test_a_type_the_words_do_not_place_is_found_by_the_category_guesser(
    store: CatalogStore,
) -> None:
    """Issue 17 chats: "ok and a primer to go with it" (no category named by the words) showed
    an eye pencil, a gloss balm and a blush; the guesser's branch for 'primer' is the type."""
    from tests.assistant.fakes import CLEANSER

    class Guesser:
        def __init__(self) -> None:
            self.asked: list[str] = []

        def guess(self, need: str, filters: object) -> str | None:
            self.asked.append(need)
            return " > ".join(CLEANSER) if "gentle" in need else None

    guesser = Guesser()
    assistant = build_assistant(store, categories=guesser)
    sid = assistant.new_session()
    assistant.respond(sid, "u1", "face cream dry skin")
    turn = assistant.respond(sid, "u1", "ok and something gentle to go with it")
    assert turn.intent == "bundle" and turn.picks and turn.total is None
    assert all(p.categories == CLEANSER for p in turn.picks)
    assert "gentle" in guesser.asked[-1] and "it" not in guesser.asked[-1].split()
    assistant.respond(sid, "u1", "face cream dry skin")
    assistant.respond(sid, "u1", "what goes with the first one?")
    assert "first" not in guesser.asked  # no words of its own: a set, no guess


def test_a_type_named_beside_a_pick_is_the_one_of_the_picks_world() -> None:
    """Issue 17 chats: "a brush to go with it" beside foundations showed hair brushes and "a
    mask to go with it" beside shampoos face masks (search's branch for the word alone). A home
    in the anchor's department, or in a branch named after a level of its category, comes
    first: by a category's own name (Makeup Brushes & Tools), else by where search finds it
    there when titles there name it (hair masks among the hair treatments)."""
    from assistant.dialogue.handlers.bundle_type import type_guessed
    from retrieval.filters import Filters

    foundation = "Beauty > Makeup > Face > Foundation"
    makeup_brushes = "Beauty > Tools & Accessories > Makeup Brushes & Tools > Brushes & Applicators"
    nail_brushes = "Beauty > Tools & Accessories > Nail Tools > Nail Brushes"
    hair_brushes = "Beauty > Hair Care > Styling Tools > Brushes"
    shampoos, treatments = "Beauty > Hair Care > Shampoos", "Beauty > Hair Care > Treatments"
    face_masks = "Beauty > Skin Care > Face > Masks"
    polish = "Beauty > Makeup > Nails > Nail Polish"
    paths = [foundation, makeup_brushes, nail_brushes, hair_brushes, shampoos, treatments]
    paths += [face_masks, polish]

    class Guesser:
        def guess(self, need: str, filters: Filters) -> str | None:
            under = filters.category or ""
            if under == "Beauty > Hair Care":
                return treatments
            return {"brush": hair_brushes, "mask": face_masks}.get(need) if not under else None

    titles = {"mask": frozenset({treatments, face_masks})}
    vocabulary = CatalogVocabulary(categories=paths, title_words=titles)
    guesser = Guesser()
    assert type_guessed("a brush to go with it", guesser, foundation, vocabulary) == makeup_brushes
    assert type_guessed("a brush to go with it", guesser, polish, vocabulary) == nail_brushes
    assert type_guessed("a brush to go with it", guesser, shampoos, vocabulary) == hair_brushes
    assert type_guessed("a mask to go with it", guesser, shampoos, vocabulary) == treatments
    assert type_guessed("a mask to go with it", guesser, foundation, vocabulary) == face_masks
    assert type_guessed("a brush to go with it", guesser) == hair_brushes  # no anchor known


def test_a_brush_beside_a_face_cleanser_is_a_face_cleansing_brush() -> None:
    """CONVO7's probe: "a brush to go with it" beside a face cleanser showed hair brushes (no
    branch of another department is named after a level of Face Cleansers): a category of
    another department named after one ("Face Cleansing Brushes") is its home, after the
    branches ("a brush" beside a face powder stays a makeup brush)."""
    from assistant.dialogue.handlers.bundle_type import type_guessed
    from retrieval.filters import Filters

    washes = "Beauty > Skin Care > Face > Cleansers > Washes"
    powder = "Beauty > Makeup > Face > Powder"
    tools = "Beauty > Tools & Accessories > Makeup Brushes & Tools"
    makeup_brushes, face_brushes = f"{tools} > Brushes & Applicators", f"{tools} > Face Brushes"
    hair_brushes = "Beauty > Hair Care > Styling Tools > Brushes"
    paths = [washes, powder, makeup_brushes, face_brushes, hair_brushes]

    class Guesser:
        def guess(self, need: str, filters: Filters) -> str | None:
            return hair_brushes if not filters.category else None

    vocabulary = CatalogVocabulary(categories=paths)
    guesser = Guesser()
    assert type_guessed("a brush to go with it", guesser, washes, vocabulary) == face_brushes
    assert type_guessed("a brush to go with it", guesser, powder, vocabulary) == makeup_brushes


def test_a_moisturizer_beside_a_face_wash_is_no_tinted_moisturizer() -> None:
    """CONVO20's probe: "a moisturizer to go with it" beside a face wash built a set of a
    sunscreen, a scrub and a body lotion (the words read as Skin Care, the anchor's own
    department), then, read as a type, showed tinted moisturizers (the deepest category named
    for it). A department said is no type: the type's home is looked for; and where the
    guess lies outside the deepest home, a home above it named for the word too is chosen."""
    from assistant.dialogue.handlers.bundle_type import type_guessed
    from retrieval.filters import Filters

    washes = "Beauty > Skin Care > Face > Cleansers > Washes"
    creams = "Beauty > Skin Care > Face > Creams & Moisturizers"
    tinted, lotions = f"{creams} > Tinted Moisturizers", f"{creams} > Lotions"
    paths = [washes, creams, tinted, lotions]

    class Guesser:
        def guess(self, need: str, filters: Filters) -> str | None:
            return lotions

    vocabulary = CatalogVocabulary(categories=paths)
    assert type_guessed("a moisturizer to go with it", Guesser(), washes, vocabulary) == creams
    assert type_guessed("a tinted moisturizer with it", Guesser(), washes, vocabulary) == tinted


def test_an_add_on_costs_no_more_than_twice_its_anchor(
    assistant: Conversation, store: CatalogStore
) -> None:
    """Issue 17 chats: bought-together data put a $92 vanity table beside a $6 lipstick, and a
    $49 perfume beside an $11 gel polish remover tool. With no budget and no type named, an
    add-on costs at most twice the anchor (or $15, when that is more)."""
    from assistant.dialogue.handlers.bundle_complements import add_on_ceiling

    sid = assistant.new_session()
    anchor = assistant.respond(sid, "u1", "face cream dry skin").picks[0]
    cap = add_on_ceiling([store.get_product(anchor.id)])
    assert cap == max(2 * anchor.price, 15.0)
    cleanser = store.get_product("c1")
    store.upsert_products([cleanser.model_copy(update={"price": cap + 1})])
    bundle = assistant.respond(sid, "u1", "what goes with the first one?")
    assert bundle.picks and "c1" not in {p.id for p in bundle.picks}
    assert "m1" in {p.id for p in bundle.picks}
    assert all(p.price <= cap for p in bundle.picks)
    assert add_on_ceiling([]) is None


def test_a_set_takes_from_the_anchors_department_first() -> None:
    """Probe: "what goes well with it?" beside a hair fringe added a foundation, a nail file and
    a perfume (bought together across the shop) before any hair accessory."""
    from assistant.dialogue.handlers.bundle_complements import _near_first
    from assistant.dialogue.ports import Candidate

    def product(item: str, *levels: str) -> Product:
        return Product(id=item, title=item, price=5.0, categories=["Beauty", *levels])

    fringe = product("fringe", "Hair Care", "Hair Extensions")
    shelf = {
        p.id: p
        for p in (
            product("foundation", "Makeup", "Face", "Foundation"),
            product("clip", "Hair Care", "Styling Tools", "Clips"),
            product("file", "Tools & Accessories", "Nail Files"),
            product("band", "Hair Care", "Headbands"),
        )
    }

    class Shelf:
        def products(self, ids: list[str]) -> list[Product]:
            return [shelf[i] for i in ids if i in shelf]

    pool = [Candidate(i, 1.0) for i in ("foundation", "clip", "file", "band")]
    near = _near_first(pool, Shelf(), [fringe])  # type: ignore[arg-type]
    assert [c.item_id for c in near] == ["clip", "band", "foundation", "file"]


def test_a_routine_is_one_of_each_type_in_the_branch_its_need_finds(store: CatalogStore) -> None:
    """The lead's probe: "a skincare routine for oily skin" put a body butter for eczema beside
    face products, and "a skincare routine for dry skin" was three moisturizers; "a hair care
    routine for curly hair" was no routine at all (a search: "hair" names Hair Dryers). A
    routine with no pick to go with is built in the branch search finds under the department
    its words name, one product per type right under that branch."""
    from retrieval.filters import Filters
    from retrieval.query import ParsedQuery

    skin, face = "Beauty > Skin Care", "Beauty > Skin Care > Face"

    class Guesser:
        def guess(self, need: str, filters: Filters) -> str | None:
            return f"{face} > Cleansers" if filters.category == skin else None

    def parse(text: str) -> ParsedQuery:
        return ParsedQuery(text=text, category=skin if "skincare" in text else None)

    paths = sorted({" > ".join(p.categories) for p in PRODUCTS})
    vocabulary = CatalogVocabulary(
        categories=paths, words=frozenset(w for p in PRODUCTS for w in p.title.lower().split())
    )
    assistant = build_assistant(store, parse=parse, categories=Guesser(), vocabulary=vocabulary)
    said = "a skincare routine for dry skin on my face"
    turn = assistant.respond(assistant.new_session(), "u1", said)
    assert turn.intent == "bundle" and len(turn.picks) == 3
    assert all(" > ".join(p.categories).startswith(face) for p in turn.picks)  # no body butter
    assert len({p.categories[3] for p in turn.picks}) == 3  # a cleanser, a cream, a mask


def test_a_routine_takes_no_kit_of_every_step(store: CatalogStore) -> None:
    """The lead's probe: "build me a simple skincare routine under 50" spent $44.21 of it on
    an acne treatment kit (Skin Care > Sets & Kits) and added one moisturizer: a routine's
    steps are types, never a category of whole sets."""
    from assistant.dialogue.context import Components, TurnOptions
    from retrieval.query import ParsedQuery
    from tests.assistant.fakes import FakeSearcher

    kit = Product(
        id="k1",
        title="Dry skin face routine kit cleanser cream mask",
        price=44.0,
        categories=["Beauty", "Skin Care", "Face", "Sets & Kits"],
    )
    store.upsert_products([kit])

    def parse(text: str) -> ParsedQuery:
        return ParsedQuery(text=text, category="Beauty > Skin Care > Face")

    paths = sorted({" > ".join(p.categories) for p in [*PRODUCTS, kit]})
    vocabulary = CatalogVocabulary(
        categories=paths, words=frozenset(w for p in PRODUCTS for w in p.title.lower().split())
    )
    store.upsert_products(PRODUCTS)
    parts = Components(
        store=store, searcher=FakeSearcher([*PRODUCTS, kit]), parse=parse, vocabulary=vocabulary
    )
    chat = Conversation(parts, TurnOptions(picks=3))
    turn = chat.respond(chat.new_session(), "u1", "a face routine for dry skin under 50")
    assert turn.intent == "bundle" and len(turn.picks) >= 2, turn.reply
    assert "k1" not in {p.id for p in turn.picks}


def test_else_is_no_type_of_a_set() -> None:
    """The lead's probe: "what else goes with it?" beside eyelid tape gave eye shadows ('else'
    was guessed as the type wanted)."""
    from assistant.dialogue.handlers.bundle_type import type_words

    assert type_words("what else goes with it?") == []
    assert type_words("what else goes with it, a toner?") == ["toner"]


def test_a_set_around_a_product_not_on_screen_searches_it_first(assistant: Conversation) -> None:
    """The lead's probe: "what goes well with a red lipstick?" with nothing on screen showed
    the lipstick alone ('1 item that goes'); the product named is searched, shown first, and
    the set built around it like a pick's."""
    turn = assistant.respond(assistant.new_session(), "u1", "what goes well with a face cream?")
    assert turn.intent == "bundle" and len(turn.picks) >= 2
    anchor = turn.picks[0]
    assert "cream" in anchor.title.lower() and anchor.reason == "the one you asked about"
    assert f"with {short_title(anchor)}" in turn.reply and turn.reply.endswith("including it.")
    assert {p.id for p in turn.picks[1:]} >= {"c1", "m1"}  # what goes with a face cream
    assert turn.reply.startswith(f"{len(turn.picks) - 1} items that go")


def test_a_set_around_a_product_of_one_s_own_said_with_go_nicely(assistant: Conversation) -> None:
    """CONVO14 probe: "what would go nicely with my new eyeshadow palette" searched 'go nicely
    eyeshadow palette' (eye shadows): phrases.questions.BUNDLE read only 'go(es) (well) with', and
    the anchor's pattern only 'goes', not 'go'."""
    for said in (
        "what would go nicely with my new face cream",
        "what goes great with a face cream?",
    ):
        turn = assistant.respond(assistant.new_session(), "u1", said)
        assert turn.intent == "bundle" and len(turn.picks) >= 2, said
        assert turn.picks[0].reason == "the one you asked about", said
        assert "cream" in turn.picks[0].title.lower(), said


def test_a_budget_in_total_beside_one_types_picks_is_their_price(store: CatalogStore) -> None:
    """CONVO17 probe: "under 60 total" beside four shampoos built a hair set within $60 (a
    shampoo, a pre-shampoo treatment, a bar shampoo): a total said beside picks of one type
    is a price for the one to choose. Beside a set (picks of several categories) it is still
    the set's budget."""
    paths = [" > ".join(path) for path in (FACE, BODY, CLEANSER, MASK)]
    vocab = CatalogVocabulary(
        categories=paths, words=frozenset(w for p in PRODUCTS for w in p.title.lower().split())
    )
    assistant = build_assistant(store, parse=query_parser(vocab), vocabulary=vocab)
    sid = assistant.new_session()
    creams = assistant.respond(sid, "u1", "a moisturiser for my body")
    assert creams.picks and all(p.categories == BODY for p in creams.picks)
    capped = assistant.respond(sid, "u1", "under 10 total")
    assert capped.intent == "refine" and capped.total is None
    assert capped.picks and all(p.categories == BODY and p.price <= 10 for p in capped.picks)
    assert "under $10.00" in capped.reply

    sid = assistant.new_session()
    assistant.respond(sid, "u1", "face cream dry skin")
    around = assistant.respond(sid, "u1", "what goes with the first one?")
    assert len({tuple(p.categories) for p in around.picks}) > 1
    budget = assistant.respond(sid, "u1", "under 20 total")
    assert budget.intent == "bundle" and sum(p.price for p in budget.picks) <= 20


def test_a_total_beside_a_set_around_a_pick_keeps_the_pick(store: CatalogStore) -> None:
    """CONVO20's probe: "under 40 total" beside a set built around a moisturiser dropped the
    moisturiser and built a routine of other creams. A total said beside a set is the same
    set's budget, its anchor included (the total says so); an anchor dearer than it is said."""
    assistant = build_assistant(store, parse=query_parser(CatalogVocabulary()))
    sid = assistant.new_session()
    first = assistant.respond(sid, "u1", "face cream dry skin").picks[0]
    around = assistant.respond(sid, "u1", "what goes with the first one?")
    assert around.total is not None and first.id not in {p.id for p in around.picks}
    budget = first.price + 12
    held = assistant.respond(sid, "u1", f"under {budget:.0f} total")
    assert held.intent == "bundle" and held.picks and first.id not in {p.id for p in held.picks}
    assert all(p.categories != first.categories for p in held.picks)  # goes with it
    assert held.total == round(first.price + sum(p.price for p in held.picks), 2) <= budget
    assert "including it" in held.reply and short_title(store.get_product(first.id)) in held.reply
    short = assistant.respond(sid, "u1", f"under {first.price - 1:.0f} total")
    assert not short.picks and "alone costs more than" in short.reply


def test_a_type_to_go_with_a_pick_is_for_the_skin_type_said(store: CatalogStore) -> None:
    """CONVO20's probe: "a cleanser to go with it" after moisturisers for oily skin showed a
    foot scrub, face towelettes and a cream cleanser (bought together with the pick). The
    skin or hair type said in the conversation holds for the type asked to go with it: those
    whose records name it first, searched for it where co-purchases have none."""
    from assistant.dialogue.context import Components, TurnOptions
    from tests.assistant.fakes import CLEANSER, FACE, FakeScorer, FakeSearcher

    oily = [
        Product(id="o1", title="Face cream for oily skin", price=12.0, categories=FACE),
        Product(
            id="o2", title="Foaming face cleanser for oily skin", price=8.0, categories=CLEANSER
        ),
        Product(id="o3", title="Creamy face cleanser", price=7.0, categories=CLEANSER),
    ]
    products = [*PRODUCTS, *oily]
    store.upsert_products(products)
    paths = [" > ".join(FACE), " > ".join(CLEANSER)]
    vocabulary = CatalogVocabulary(categories=paths, words=frozenset({"cleanser", "cream"}))
    parts = Components(
        store=store,
        searcher=FakeSearcher(products),
        scorer=FakeScorer(store),
        parse=query_parser(vocabulary),
        vocabulary=vocabulary,
    )
    assistant = Conversation(parts, TurnOptions(picks=3, clarify=False))
    sid = assistant.new_session()
    assistant.respond(sid, None, "a face cream for oily skin")
    turn = assistant.respond(sid, None, "a cleanser to go with the first one")
    assert turn.intent == "bundle" and turn.picks[0].id == "o2"  # not c1, bought with it
    assert all(p.categories == CLEANSER for p in turn.picks)


def test_cheaper_beside_a_set_is_a_cheaper_set_around_the_same_pick(
    store: CatalogStore,
) -> None:
    """CONVO20's probe: "cheaper" after "what goes with the first one?" searched moisturisers
    under the $4.99 of the set's cheapest add-on. Said alone beside a set built around a pick,
    it rebuilds the set under its total, the pick still paid for; when none is cheaper, the
    reply says so and the set stays."""
    assistant = build_assistant(store, parse=query_parser(CatalogVocabulary()))
    sid = assistant.new_session()
    first = assistant.respond(sid, "u1", "face cream dry skin").picks[0]
    around = assistant.respond(sid, "u1", "what goes with the first one?")
    assert around.total is not None
    cheaper = assistant.respond(sid, "u1", "cheaper")
    assert cheaper.intent == "bundle" and cheaper.reply.startswith("A cheaper set")
    assert cheaper.total is not None and cheaper.total < around.total
    assert cheaper.total == round(first.price + sum(p.price for p in cheaper.picks), 2)
    for _ in range(5):  # down to the cheapest set there is
        last = assistant.respond(sid, "u1", "cheaper")
        if not last.picks:
            break
    assert not last.picks and "already the cheapest set" in last.reply


def test_a_set_around_the_cheaper_or_the_cheapest_pick(store: CatalogStore) -> None:
    """CONVO20's probe: after "the first two, which is cheaper?" beside night creams, "what
    goes with the cheaper one?" built a set around nothing ('3 items that go') of perfumes
    named "The One" (the words left, 'the one', searched). The cheaper one is the pick the
    comparison named; the cheapest the cheapest on screen."""
    assistant = build_assistant(store, parse=query_parser(CatalogVocabulary()))
    sid = assistant.new_session()
    picks = assistant.respond(sid, "u1", "face cream dry skin").picks
    assistant.respond(sid, "u1", "the first two, which is cheaper?")
    cheaper = min(picks[:2], key=lambda p: p.price)
    around = assistant.respond(sid, "u1", "what goes with the cheaper one?")
    named = store.get_product(cheaper.id)
    assert named is not None and f"go with {short_title(named)}" in around.reply
    assert cheaper.id not in {p.id for p in around.picks}
    sid = assistant.new_session()
    picks = assistant.respond(sid, "u1", "face cream dry skin").picks
    cheapest = store.get_product(min(picks, key=lambda p: p.price).id)
    around = assistant.respond(sid, "u1", "what goes with the cheapest one?")
    assert cheapest is not None and f"go with {short_title(cheapest)}" in around.reply


def test_it_stays_the_pick_a_set_on_screen_was_built_around(
    assistant: Conversation, store: CatalogStore
) -> None:
    """CONVO37: after "what goes with it?" showed a set around the second pick, "it" is still
    that pick ("and what removes it at night?" built a remover set around a blush of the set)."""
    sid = assistant.new_session()
    first = assistant.respond(sid, "u1", "face cream dry skin")
    assistant.respond(sid, "u1", "tell me about the second one")
    anchor = short_title(store.get_product(first.picks[1].id))
    bundle = assistant.respond(sid, "u1", "what goes with it?")
    assert anchor in bundle.reply and bundle.picks
    again = assistant.respond(sid, "u1", "anything else to go with it?")
    assert again.intent == "bundle" and anchor in again.reply
    assert short_title(store.get_product(bundle.picks[0].id)) not in again.reply
