"""`retrieval/data/called_for.yaml`: the problems that call for a product type, read by
`kinds.kind_a_problem_calls_for`, and the states a homeless type treats, read by
`kinds.kind_for_a_state`, on first use (package data, not code)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.category.kinds import (
    CALLED_FOR_FILE,
    _problems,
    kind_a_problem_calls_for,
    kind_for_a_state,
)
from retrieval.data_files import load_yaml


def _data() -> dict:
    return load_yaml(CALLED_FOR_FILE)


def test_every_part_is_used_and_every_name_is_a_part() -> None:
    data = _data()
    written = [
        *data["parts"].values(),
        *data["after_sun"]["had"],
        *data["after_sun"]["preventing"],
        *(a for alternatives in data["called_for"].values() for a in alternatives),
        *(a for alternatives in data["treated_by"].values() for a in alternatives),
    ]
    named = {m for pattern in written for m in re.findall(r"\{([a-z_]+)\}", pattern)}
    assert named == set(data["parts"])


def test_the_types_are_tried_in_the_file_s_order() -> None:
    assert list(_problems().called_for) == list(_data()["called_for"])
    # "cover up the zits between washes": concealer (said first in the file), not dry shampoo
    assert kind_a_problem_calls_for("cover up the zits between washes")[0] == "concealer"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("we spent all day at the beach and my shoulders burn", "sunscreen"),
        ("hair is falling out in clumps", "hair loss"),
        ("need to hide these dark circles", "concealer"),
        ("skipping a wash today, need something", "dry shampoo"),
        ("my pedicure chipped after two days", "top coat"),
        ("sunburnt shoulders, help", "after sun"),
        ("i always get sunburnt on holiday", "sunscreen"),
    ],
)
def test_each_type_reads_its_problems(text: str, kind: str) -> None:
    assert kind_a_problem_calls_for(text)[0] == kind


def test_a_polish_that_must_not_chip_calls_for_nothing() -> None:
    assert kind_a_problem_calls_for("a polish that won't chip") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my lips get so chapped in winter", "lip balm"),
        ("peeling lips, help", "lip balm"),
        ("his beard is really itchy", "beard oil"),
        ("rough beard", "beard oil"),
    ],
)
def test_each_homeless_type_reads_the_states_it_treats(text: str, kind: str) -> None:
    assert list(_problems().treated_by) == list(_data()["treated_by"])
    assert kind_for_a_state(text, frozenset({"lip balm", "beard oil"}))[0] == kind  # type: ignore[index]
