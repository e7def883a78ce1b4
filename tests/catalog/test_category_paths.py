"""Category paths compare by whole levels (`catalog.category_paths`)."""

from catalog.category_paths import below, is_department, nested, nodes, shared_branch, within
from tests.catalog_paths import HAIR_CARE, HAIR_CARE_SHAMPOOS


def test_below_is_strictly_deeper_by_whole_levels() -> None:
    assert below(HAIR_CARE_SHAMPOOS, HAIR_CARE)
    assert not below(HAIR_CARE, HAIR_CARE)
    assert not below(HAIR_CARE, HAIR_CARE_SHAMPOOS)
    assert not below("Beauty > Hair Care > Shampoos", "Beauty > Hair")


def test_a_department_is_the_level_right_under_the_root() -> None:
    assert is_department(HAIR_CARE)
    assert not is_department(HAIR_CARE_SHAMPOOS)
    assert not is_department("Beauty")  # the root
    assert not is_department("")


def test_within_also_holds_the_path_itself() -> None:
    assert within(HAIR_CARE, HAIR_CARE)
    assert within(HAIR_CARE_SHAMPOOS, HAIR_CARE)
    assert not within("Beauty > Hair Carefree", HAIR_CARE)


def test_nested_holds_either_way_round() -> None:
    assert (
        nested(HAIR_CARE, HAIR_CARE_SHAMPOOS)
        and nested(HAIR_CARE_SHAMPOOS, HAIR_CARE)
        and nested(HAIR_CARE, HAIR_CARE)
    )
    assert not nested(HAIR_CARE_SHAMPOOS, "Beauty > Hair Care > Conditioners")


def test_the_shared_branch_is_the_deepest_path_all_lie_in() -> None:
    conditioners = "Beauty > Hair Care > Conditioners"
    assert shared_branch([HAIR_CARE_SHAMPOOS, conditioners]) == HAIR_CARE
    assert shared_branch([HAIR_CARE_SHAMPOOS]) == HAIR_CARE_SHAMPOOS
    # levels that match again after the paths part are no shared branch
    assert shared_branch(["Beauty > Bath > Sets", "Beauty > Body > Sets"]) == "Beauty"
    assert shared_branch(["Beauty > Hair Care", "Gifts > Hair Care"]) == ""
    assert shared_branch([]) == ""


def test_the_nodes_of_the_tree_paths_make() -> None:
    paths = ["Beauty > Skin Care > Face", "Beauty > Skin Care > Body", "Beauty > Fragrance"]
    assert nodes(paths) == {
        "Beauty",
        "Beauty > Skin Care",
        "Beauty > Skin Care > Face",
        "Beauty > Skin Care > Body",
        "Beauty > Fragrance",
    }
    assert nodes(paths, 2) == nodes(paths) - {"Beauty"}
    assert nodes(paths, themselves=False) == {"Beauty", "Beauty > Skin Care"}
    assert nodes([]) == frozenset()
