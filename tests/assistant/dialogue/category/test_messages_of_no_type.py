"""Messages that name no product type (issue 17, round twenty-one, CONVO52), read as
`TurnReader` reads them over a small catalog: whom it is for said first is a new need, not a
refinement of nothing; a product asked for without its name ("something sparkly") is a want
whose kind the chat asks for, not off the shop's topic; a number names no product ("i'm 60":
no serum whose titles say "60 ml"); a word that names several departments names no type
("she's into self care": no Self-Tanners); a like of a trait with nothing on screen is a want
("i like floral scents"), and so is one beside a product type, no feedback."""

from __future__ import annotations

from assistant.adapters import query_parser
from assistant.dialogue.category.no_product import names_no_product
from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.needs.shopping_words import glued_type, names_a_product
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary, root_of, words_of_many_departments
from retrieval.query import ParsedQuery
from tests.assistant.dialogue.readers import intents_read, picks_shown, reader_over
from tests.catalog_paths import HAIR_CARE_SHAMPOOS, OILS_AND_SERUMS

VOCABULARY = CatalogVocabulary(
    categories=[HAIR_CARE_SHAMPOOS, OILS_AND_SERUMS],
    words=frozenset({"shampoo", "serum", "sofa", "groceries", "floral", "scent", "vanilla"}),
    title_counts={
        "60": {OILS_AND_SERUMS: 30},  # "60 ml": every title saying it a serum's
        "serum": {OILS_AND_SERUMS: 30},
        "sofa": {HAIR_CARE_SHAMPOOS: 1},
    },
)
PICKS = (PickLine(title="Silk Shampoo", brand="Silk", price=9.0),)
BESIDE_PICKS = picks_shown(PICKS, "shampoo", HAIR_CARE_SHAMPOOS)
SO_FAR = TurnSituation(so_far=f"need=shampoo; category={HAIR_CARE_SHAMPOOS}")


READER = TurnReader(vocabulary=VOCABULARY)
NOTHING = TurnSituation()  # nothing on screen, nothing so far

test_whom_said_first_is_a_new_need = intents_read(
    READER,
    [
        (NOTHING, Intent.SEARCH, ["for my husband", "for him", "what about for my dad"]),
        # must not change: beside the picks, or after a need with nothing on screen, whom it is
        # for refines the need
        (BESIDE_PICKS, Intent.REFINE, ["what about for my dad"]),
        (SO_FAR, Intent.REFINE, ["for my husband"]),
    ],
)


test_a_product_asked_for_without_its_name_is_a_want = intents_read(
    READER,
    [
        # no catalog word, but a thing asked for
        (
            NOTHING,
            Intent.SEARCH,
            [
                "something sparkly",
                "anything cute",
                "im looking for something",
                "smth for a job interview tomorrow",
                "any stuff for my road trip",
            ],
        ),
        # must not change: a thing named that the shop does not sell, or no thing asked for
        (
            NOTHING,
            Intent.OFF_TOPIC,
            ["i need a new laptop", "do you sell garden chairs", "what's 25 times 17"],
        ),
        # must not change: beside the picks, "something subtle" is about them
        (BESIDE_PICKS, Intent.REFINE, ["something subtle"]),
    ],
)


def test_a_number_names_no_product() -> None:
    """An age, a price, a size or a shade: "60" is no serum though serums' titles say "60 ml"."""
    assert not names_a_product("60", VOCABULARY)
    assert names_a_product("serum", VOCABULARY)


def test_an_age_alone_gets_no_category() -> None:
    assert READER.read("i'm 60, what should i use", NOTHING).parsed.category is None


DEPARTMENTS = [
    "Beauty > Skin Care > Face > Night Creams",
    "Beauty > Skin Care > Sun > Self-Tanners & Bronzers",
    "Beauty > Hair Care > Shampoos",
    "Beauty > Makeup > Eyes > Mascara",
]
CARE = CatalogVocabulary(
    categories=DEPARTMENTS,
    title_counts={"tanner": {DEPARTMENTS[1]: 12}, "shampoo": {DEPARTMENTS[2]: 30}},
)


def test_a_word_of_several_departments_names_none() -> None:
    """ "care" names Skin Care and Hair Care: said alone, no one department."""
    assert words_of_many_departments(tuple(DEPARTMENTS)) == frozenset({"care"})


def _gift(text: str, whom: str = "girlfriend") -> Request:
    return Request(
        intent=Intent.SEARCH, text=text, parsed=ParsedQuery(text=text), attributes={"for": whom}
    )


def test_a_gift_for_someone_into_self_care_names_no_product() -> None:
    """ "she's really into self care" searched Self-Tanners: "self" is whom, "care" no type."""
    assert names_no_product(_gift("my girlfriend is really into self care"), CARE)
    assert names_no_product(_gift("self care gift for my sister", "sister"), CARE)
    assert not names_no_product(_gift("a self tanner for my sister", "sister"), CARE)
    assert not names_no_product(_gift("a shampoo for my sister", "sister"), CARE)


def test_the_root_every_category_shares_names_no_kind() -> None:
    """ "beauty gift for my sister" searched Blush, "beauty products for my mum" got the root,
    Beauty, as its category: the root's words name every product, so none."""
    assert root_of(tuple(DEPARTMENTS)) == "Beauty"
    assert root_of(("Beauty > Makeup", "Home > Kitchen")) is None
    assert names_no_product(_gift("beauty gift for my sister", "sister"), CARE)
    assert names_no_product(_gift("beauty products for my mum", "mum"), CARE)


def test_a_root_category_is_no_category() -> None:
    """ "do you only sell beauty stuff" had the root, Beauty, for its category."""
    reader = reader_over(CARE, ShampooGuesser())
    assert query_parser(CARE)("beauty stuff").category == "Beauty"
    assert reader.read("beauty stuff", TurnSituation()).parsed.category != "Beauty"


class ShampooGuesser:
    """Search that finds Shampoos for anything."""

    def guess(self, need: str, filters: object) -> str | None:
        return DEPARTMENTS[2]


def _want(text: str) -> Request:
    return Request(intent=Intent.SEARCH, text=text, parsed=ParsedQuery(text=text))


def test_a_vibe_alone_names_no_product() -> None:
    """ "cozy autumn vibes" searched Makeup: how a want should feel, not what it is."""
    assert names_no_product(_want("cozy autumn vibes"), CARE)
    assert names_no_product(_want("that clean girl aesthetic"), CARE)
    assert not names_no_product(_want("beachy vibes shampoo"), CARE)  # must not change


test_a_like_of_a_trait_with_nothing_on_screen_is_a_want = intents_read(
    READER,
    [
        # no pick to like: a want
        (NOTHING, Intent.SEARCH, ["i like floral scents", "i love vanilla", "i love red"]),
        # nor a like beside a product type (CONVO73: "my nails look amazing but I want to keep
        # them nice, a top coat maybe" was feedback on nothing)
        (NOTHING, Intent.SEARCH, ["they look amazing, but a shampoo to keep them nice"]),
        # must not change: a like of the shop or of nothing named
        (NOTHING, Intent.FEEDBACK, ["i love this shop", "love it"]),
        # must not change: beside the picks, a like is of them
        (BESIDE_PICKS, Intent.FEEDBACK, ["i love the vanilla one"]),
    ],
)


BRUSHES = "Beauty > Hair Care > Styling Tools > Brushes"
BEAUTY_TOOLS = "Beauty > Tools & Accessories > Cotton & Swabs"
TOOLS = CatalogVocabulary(categories=[BRUSHES, HAIR_CARE_SHAMPOOS], title_counts={})


def test_a_type_glued_to_a_word_of_the_tree_names_a_product() -> None:
    """CONVO92: "a hairbrush for my daughter with knots" was a gift of no type (no category):
    "hairbrush" is "hair" + "brush", words of the tree, the second a product type."""
    categories = tuple(TOOLS.categories)
    assert glued_type("hairbrush", categories) == ("hair", "brush")
    assert names_a_product("hairbrushes", TOOLS)
    assert not names_no_product(_gift("a hairbrush for my daughter with knots", "daughter"), TOOLS)
    # must not change: a word of the tree itself, one whose tail is no type, or one no path
    # says both parts of ("football": cotton balls are no foot's)
    assert glued_type("brush", categories) is None
    rasps = "Beauty > Tools & Accessories > Nail Tools > Foot Rasps"
    assert glued_type("football", (*categories, rasps, f"{BEAUTY_TOOLS} > Cotton Balls")) is None
    assert glued_type("haircare", categories) is None
    assert not names_a_product("hairdo", TOOLS)
