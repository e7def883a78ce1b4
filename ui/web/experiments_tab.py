"""The Experiments panel (admins only): running and past tests, their arms, exposures and report.

Every handler checks the caller's role from the request itself, so calling the app's HTTP
endpoints directly does not get around it. Tables are Dataframes (cells are shown as text, never
as markup); every name and note in the summary's Markdown goes through `md_text`.
"""

# No `from __future__ import annotations` here: Gradio reads the `gr.Request` annotation.

import math
from dataclasses import dataclass
from typing import Any

import gradio as gr

from core.errors import ShopAssistError
from experiments.analysis import Report, analyse
from experiments.store import ExperimentStore
from ui.auth import Principal, Role
from ui.services import Services
from ui.web.views import MARKDOWN_AS_DATA, StaffTab, md_text

LOCKED = (
    "### Experiments are for admins\n"
    "[Sign in as an admin](/login) to see the running A/B and interleaving tests."
)
LIST_HEADERS = ["name", "status", "kind", "plan", "metric", "arms", "units", "exposures"]
ARM_HEADERS = ["arm", "units", "analysed", "exposures", "click", "cart", "purchase"]
COMPARISON_HEADERS = ["arm", "metric", "diff", "95% CI", "lift", "lift CI", "p", "decision"]


@dataclass
class ExperimentsTab(StaffTab):
    """The components the page-load handler shows or hides, and the panel's refresh event
    (``load`` over ``inputs`` -> ``outputs``), which the tab's own ``select`` event may also run."""

    load: Any
    inputs: list[Any]
    outputs: list[Any]


def require_admin(services: Services, request: gr.Request | None) -> Principal:
    """The caller, if they are an admin; a readable gr.Error otherwise."""
    return services.require(
        request,
        lambda p: p.role is Role.ADMIN,
        "The experiments panel needs an admin sign-in (/login).",
    )


def _store(services: Services) -> ExperimentStore:
    if services.experiments is None:
        raise gr.Error("Experiments are not set up on this server.")
    return services.experiments


def _pct(value: float, digits: int = 2) -> str:
    return "–" if not math.isfinite(value) else f"{100 * value:.{digits}f}%"


def overview(services: Services, request: gr.Request | None) -> tuple[list[list[Any]], list[str]]:
    """Rows of the experiments table (running first) and the experiment names."""
    require_admin(services, request)
    store = _store(services)
    experiments = sorted(store.list(), key=lambda e: e.status.value != "running")
    rows = []
    for e in experiments:
        counts = {c.arm: c for c in store.counts(e.name)}
        arms = ", ".join(a.name + "".join(f" {k}={v}" for k, v in a.config.items()) for a in e.arms)
        rows.append(
            [
                e.name,
                e.status.value,
                e.kind.value,
                e.plan.value + (f" @ {e.horizon:,}/arm" if e.horizon else ""),
                e.metric.value,
                arms,
                ", ".join(f"{arm} {c.units:,}" for arm, c in counts.items()),
                sum(c.exposures for c in counts.values()),
            ]
        )
    return rows, [e.name for e in experiments]


def report_tables(report: Report) -> tuple[list[list[Any]], list[list[Any]], str]:
    """(per-arm rows, comparison rows, summary Markdown) of a report."""
    arms = [
        [a.name, a.units, a.analysed, a.exposures, *(_pct(a.rates[m]) for m in ARM_HEADERS[4:])]
        for a in report.arms
    ]
    if report.holdout_units:
        arms.append(["holdout", report.holdout_units, 0, "–", "–", "–", "–"])
    comparisons = [
        [
            c.arm,
            c.metric + (" (primary)" if c.primary else ""),
            _pct(c.diff),
            f"[{_pct(c.diff_low)}, {_pct(c.diff_high)}]",
            _pct(c.lift, 1),
            f"[{_pct(c.lift_low, 1)}, {_pct(c.lift_high, 1)}]",
            f"{c.p_value:.3g}",
            c.decision,
        ]
        for c in report.comparisons
    ]
    e, s = report.experiment, report.srm
    lines = [
        f"**{md_text(e.name)}**: {md_text(e.kind.value)}, {md_text(e.plan.value)} plan, "
        f"primary metric {md_text(e.metric.value)}, {report.events:,} events.",
        f"Sample ratio: observed {md_text(s.observed)}, p = {s.p_value:.3g} "
        + ("— **mismatch: do not trust this result**" if s.flagged else "(ok)."),
    ]
    if report.comparisons:
        lines.append(f"Method: {md_text(report.comparisons[0].method)}.")
    if report.interleave:
        i = report.interleave
        lines.append(
            f"Interleaving: {i.units:,} units; {md_text(e.arms[1].name)} wins "
            f"{i.wins_treatment:,}, {md_text(e.control.name)} wins {i.wins_control:,}, ties "
            f"{i.ties:,}; delta {i.delta:+.4f}, p = {i.p_value:.3g}: **{md_text(i.decision)}**."
        )
    lines += [f"Note: {md_text(n)}" for n in report.notes]
    return arms, comparisons, "\n\n".join(lines)


def report_view(
    services: Services, name: str | None, request: gr.Request | None
) -> tuple[list[list[Any]], list[list[Any]], str]:
    """The report of experiment ``name`` as the panel shows it."""
    require_admin(services, request)
    if not name:
        return [], [], "Pick an experiment."
    store = _store(services)
    try:
        return report_tables(analyse(store.get(name), store.log(name)))
    except ShopAssistError as e:
        raise gr.Error(str(e)) from None


def _table(headers: list[str], label: str, name: str, *, wrap: bool = False) -> gr.Dataframe:
    """A read-only table of the tab, with the element id ``experiments-<name>``."""
    return gr.Dataframe(
        headers=headers, label=label, interactive=False, wrap=wrap, elem_id=f"experiments-{name}"
    )


def build_experiments_tab(services: Services) -> ExperimentsTab:
    """Lay out the Experiments tab (inside a `gr.Tab`) and wire its events."""
    locked = gr.Markdown(LOCKED, elem_id="experiments-locked")
    with gr.Column(visible=False, elem_id="experiments-panel") as panel:
        with gr.Row(equal_height=True):
            chosen = gr.Dropdown(
                label="Experiment", choices=[], elem_id="experiments-choice", scale=4
            )
            refresh = gr.Button("Refresh", elem_id="experiments-refresh", scale=1)
        listing = _table(LIST_HEADERS, "Experiments (running first)", "list", wrap=True)
        summary = gr.Markdown(elem_id="experiments-summary", **MARKDOWN_AS_DATA)
        arms = _table(ARM_HEADERS, "Arms", "arms")
        comparisons = _table(COMPARISON_HEADERS, "Against the control", "comparisons", wrap=True)

    def load(current: str | None, request: gr.Request) -> tuple[Any, ...]:
        rows, names = overview(services, request)
        pick = current if current in names else (names[0] if names else None)
        return (rows, gr.update(choices=names, value=pick), *report_view(services, pick, request))

    def show(name: str | None, request: gr.Request) -> tuple[Any, ...]:
        return report_view(services, name, request)

    outputs = [listing, chosen, arms, comparisons, summary]
    refresh.click(load, [chosen], outputs, api_name="experiments_refresh")
    chosen.input(show, [chosen], [arms, comparisons, summary], api_name="experiments_report")
    return ExperimentsTab(locked, panel, load, [chosen], outputs)
