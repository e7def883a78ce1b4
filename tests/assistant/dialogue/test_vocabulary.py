"""What the rules know of the catalog's words (`assistant.dialogue.vocabulary`): words compared
in the singular by the one English plural stripper (`retrieval.tokenize.stem`)."""

from __future__ import annotations

from assistant.dialogue.vocabulary import (
    CatalogVocabulary,
    branch_nodes,
    kinds_in_many_departments,
    leaf_types,
    names_a_type,
    path_words,
    plain_words,
)

CATEGORIES = [
    "Beauty > Skin Care > Face > Cleansers > Washes",
    "Beauty > Makeup > Lips > Lip Glosses",
    "Beauty > Tools & Accessories > Makeup Brushes & Tools > Brushes & Applicators",
    "Beauty > Tools & Accessories > Bags & Cases > Train Cases",
    "Beauty > Makeup > Eyes > Mascara",
]


def test_english_plurals_are_read_in_the_singular() -> None:
    """The lead's probe: the rules' singular stripped a plain "s" ("Brushes" -> 'brushe',
    "gloss" -> 'glo'), so "a face wash" named no type of Washes and "a lip gloss" none of Lip
    Glosses; mascaras and kits keep what is before their "s"."""
    said = "brushes boxes glasses polishes lashes patches mascaras kits gloss accessories"
    assert plain_words(said) == {
        "brush", "box", "glass", "polish", "lash", "patch", "mascara", "kit", "gloss", "accessory"
    }  # fmt: skip
    assert {"brush", "applicator", "accessory"} <= path_words(CATEGORIES[2])
    assert {"wash", "gloss", "brush", "case", "mascara"} <= leaf_types(tuple(CATEGORIES))
    vocabulary = CatalogVocabulary(categories=CATEGORIES)
    for need in ("a face wash", "a lip gloss", "a makeup brush", "a train case", "mascaras"):
        assert names_a_type(need, vocabulary), need
    assert not names_a_type("something for my glasses", vocabulary)


def test_the_branches_are_the_nodes_with_a_category_under_them() -> None:
    """Every level above a category is a branch (read once per catalog); the categories with
    none under them are not."""
    branches = branch_nodes(tuple(CATEGORIES))
    assert {"Beauty", "Beauty > Makeup", "Beauty > Skin Care > Face > Cleansers"} <= branches
    assert "Beauty > Makeup > Eyes > Mascara" not in branches
    assert not set(CATEGORIES) & branches
    assert branch_nodes(tuple(CATEGORIES)) is branches


def test_a_word_of_categories_in_three_departments_names_no_one_kind() -> None:
    """ "set" names Makeup Sets, Skin Care's Sets & Kits and Nail Tools' Sets & Kits: said alone
    it names no one kind; "kit" and "cleanser" of two departments and a department's own name
    do."""
    paths = (
        "Beauty > Makeup > Makeup Sets",
        "Beauty > Skin Care > Sets & Kits",
        "Beauty > Tools & Accessories > Nail Tools > Sets & Kits",
        "Beauty > Skin Care > Face > Cleansers",
        "Beauty > Bath & Body > Cleansers",
        "Beauty > Hair Care",
    )
    assert kinds_in_many_departments(paths) == {"set"}
