"""People named by what they do ("my dog walker", "our babysitter", "my personal trainer") are
everyday words (`retrieval.everyday`): a brand spelt like one (Walker) is read only when written
as a name or before a type it sells. Before, "a present for my dog walker" filtered by Walker."""

from __future__ import annotations

import pytest

from retrieval.everyday import everyday


@pytest.mark.parametrize(
    "role", ["walker", "babysitter", "trainer", "hairdresser", "neighbour", "bridesmaids"]
)
def test_a_person_by_their_role_is_an_everyday_word(role: str) -> None:
    assert everyday(role), role
