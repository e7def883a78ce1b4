"""A running A/B test reaches the chat: each unit's arm ranks its picks, exposures and feedback
are logged in the real store, and a mistyped arm never breaks a turn."""

from __future__ import annotations

from dataclasses import replace

from assistant.conversation import Conversation
from assistant.dialogue.context import TurnOptions
from catalog.store import CatalogStore
from experiments.assignment import assign
from experiments.live import ExperimentLog
from experiments.model import Arm, Experiment
from experiments.store import ExperimentStore
from tests.assistant.fakes import build_assistant


def _running(
    store: CatalogStore, treatment: dict[str, str]
) -> tuple[Conversation, ExperimentStore]:
    experiments = ExperimentStore.of(store)
    experiments.create(
        Experiment(
            name="fusion-test",
            salt="s1",
            arms=(Arm("control"), Arm("treatment", config=treatment)),
            horizon=100,
        )
    )
    base = build_assistant(store)
    parts = replace(base.c, experiments=ExperimentLog(experiments))
    return Conversation(parts, TurnOptions(picks=3, clarify=False)), experiments


def _session_in(experiments: ExperimentStore, arm: str) -> str:
    running = experiments.running()
    assert running is not None
    return next(f"s{i:08d}" for i in range(10_000) if assign(running, f"s{i:08d}").arm == arm)


def test_each_arm_ranks_with_its_configuration_and_the_turn_is_logged(store: CatalogStore) -> None:
    chat, experiments = _running(store, {"fusion": "rrf", "personal_weight": "0"})
    treated, control = _session_in(experiments, "treatment"), _session_in(experiments, "control")
    turn = chat.respond(treated, None, "face cream for dry skin")
    assert turn.picks and chat.c.scorer.methods[-1] == "rrf"
    chat.respond(control, None, "face cream for dry skin")
    assert chat.c.scorer.methods[-1] is None  # the control keeps the ranker's own method
    chat.feedback(treated, None, turn.picks[0].id, "like")
    chat.feedback(treated, None, turn.picks[1].id, "cart")
    logged = {e.unit: e for e in experiments.exposures("fusion-test")}
    assert logged[treated].arm == "treatment" and logged[control].arm == "control"
    assert list(logged[treated].items) == [p.id for p in turn.picks]  # shown order = logged
    outcomes = [(u, i, k) for u, i, k, _ in experiments.outcomes("fusion-test")]
    assert outcomes == [
        (treated, turn.picks[0].id, "click"),
        (treated, turn.picks[1].id, "cart"),
    ]


def test_an_arm_the_chat_cannot_use_falls_back_to_the_default(store: CatalogStore) -> None:
    chat, experiments = _running(store, {"personal_weight": "lots"})
    turn = chat.respond(_session_in(experiments, "treatment"), None, "face cream for dry skin")
    assert turn.picks  # served with the default weight; the warning is in the log


def test_a_turn_in_an_order_the_shopper_chose_is_no_exposure(store: CatalogStore) -> None:
    """ "the cheapest face cream" shows the picks by price: no arm's ranking is shown, so no
    exposure is logged (the log's positions were the arm's, the screen's the price order)."""
    chat, experiments = _running(store, {"fusion": "rrf"})
    treated = _session_in(experiments, "treatment")
    turn = chat.respond(treated, None, "the cheapest face cream")
    assert turn.picks and "cheapest first" in turn.reply
    assert list(experiments.exposures("fusion-test")) == []
    chat.respond(treated, None, "face cream for dry skin")  # a ranked turn is logged
    assert [e.unit for e in experiments.exposures("fusion-test")] == [treated]
