"""The Experiments panel's handlers, called directly (no browser): admins only, real store."""

from __future__ import annotations

from collections.abc import Mapping
from types import SimpleNamespace

import gradio as gr
import pytest

from catalog.store import CatalogStore
from experiments.model import HOLDOUT, Arm, Experiment, Exposure, Outcome
from experiments.store import ExperimentStore
from ui.auth import Principal, Role
from ui.services import Services
from ui.web.experiments_tab import build_experiments_tab, overview, report_view


class RoleGate:
    """A gate that reads the role from an 'x-role' header (the real one checks cookies/keys)."""

    def principal(self, headers: Mapping[str, str], cookies: Mapping[str, str]) -> Principal:
        return Principal(role=Role(headers.get("x-role", "shopper")), name="test")


def request(role: str) -> SimpleNamespace:
    return SimpleNamespace(headers={"x-role": role}, cookies={})


@pytest.fixture
def services(store: CatalogStore) -> Services:
    experiments = ExperimentStore.of(store)
    experiments.create(
        Experiment(
            name="fusion",
            salt="s",
            arms=(Arm("control"), Arm("treatment", config={"fusion": "<b>learned</b>"})),
            horizon=2,
            holdout=0.1,
        )
    )
    experiments.log_exposures(
        [
            Exposure("fusion", "control", "u1", ("p1",)),
            Exposure("fusion", "control", "u2", ("p1",)),
            Exposure("fusion", "treatment", "u3", ("p1",)),
            Exposure("fusion", "treatment", "u4", ("p1",)),
            Exposure("fusion", HOLDOUT, "u5", ("p1",)),
        ]
    )
    experiments.log_outcomes([Outcome("fusion", "treatment", "u3", "p1", "purchase")])
    return Services(conversation=None, store=store, gate=RoleGate(), experiments=experiments)  # type: ignore[arg-type]


@pytest.mark.parametrize("role", ["shopper", "agent", "marketer"])
def test_only_admins_see_the_panel(services: Services, role: str) -> None:
    with pytest.raises(gr.Error, match="admin sign-in"):
        overview(services, request(role))
    with pytest.raises(gr.Error, match="admin sign-in"):
        report_view(services, "fusion", request(role))
    with pytest.raises(gr.Error):
        overview(services, None)


def test_admin_sees_running_tests_and_the_report(services: Services) -> None:
    rows, names = overview(services, request("admin"))
    assert names == ["fusion"]
    name, status, kind, plan, metric, arms, units, exposures = rows[0]
    assert plan == "fixed @ 2/arm"
    assert (name, status, kind, metric, exposures) == ("fusion", "running", "ab", "purchase", 5)
    assert "treatment fusion=<b>learned</b>" in arms  # a Dataframe cell: shown as text
    assert "holdout 1" in units and "control 2" in units
    arm_rows, comparison_rows, summary = report_view(services, "fusion", request("admin"))
    assert [r[0] for r in arm_rows] == ["control", "treatment", "holdout"]
    assert arm_rows[1][6] == "50.00%"  # treatment purchase rate
    primary = next(r for r in comparison_rows if r[1] == "purchase (primary)")
    assert primary[0] == "treatment" and primary[-1] in {"better", "no difference"}
    assert "**fusion**" in summary and "Sample ratio" in summary and "<b>" not in summary


def test_unknown_experiment_is_a_readable_error(services: Services) -> None:
    with pytest.raises(gr.Error, match="no experiment called 'nope'"):
        report_view(services, "nope", request("admin"))
    assert report_view(services, None, request("admin"))[2] == "Pick an experiment."


def test_the_tab_builds_inside_blocks(services: Services) -> None:
    with gr.Blocks():
        tab = build_experiments_tab(services)
    assert tab.locked is not None and tab.panel is not None and len(tab.outputs) == 5
    rows, *_ = tab.load(None, request("admin"))
    assert rows[0][0] == "fusion"


def test_the_page_shows_the_tab_to_admins_only(services: Services) -> None:
    """The Experiments tab is on the page: its panel shows for admins (its sign-in note for
    everyone else), and opening the tab loads the experiments list."""
    from ui.web.app import create_app

    page = create_app(services)
    (on_load,) = [f for f in page.fns.values() if f.name == "on_load"]
    ids = [getattr(block, "elem_id", None) for block in on_load.outputs]
    panel, locked = ids.index("experiments-panel"), ids.index("experiments-locked")
    for role, shown in (("admin", True), ("agent", False), ("marketer", False)):
        updates = on_load.fn({"demo_user": None}, request(role))
        assert (updates[panel]["visible"], updates[locked]["visible"]) == (shown, not shown)
    (tab,) = [b for b in page.blocks.values() if getattr(b, "elem_id", None) == "tab-experiments"]
    (select,) = [f for f in page.fns.values() if (tab._id, "select") in f.targets]
    rows, *_ = select.fn(None, request("admin"))
    assert rows[0][0] == "fusion"


def test_names_in_the_summary_are_text_not_markup(services: Services) -> None:
    """An experiment name may hold '_' (Markdown emphasis): the summary escapes it."""
    from experiments.model import Status

    experiments = services.experiments
    assert experiments is not None
    experiments.set_status("fusion", Status.STOPPED)
    experiments.create(
        Experiment(name="new_ranker_v2", salt="s", arms=(Arm("a"), Arm("b")), horizon=2)
    )
    summary = report_view(services, "new_ranker_v2", request("admin"))[2]
    assert "**new\\_ranker\\_v2**" in summary
