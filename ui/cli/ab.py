"""`shopassist ab ...`: create, watch, analyse and stop A/B and interleaving tests."""

from __future__ import annotations

import math
import secrets
import time
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from ui.cli.common import JsonOutput, console, print_json, store_of

if TYPE_CHECKING:  # the experiments package (numpy, scipy) loads when an `ab` command runs
    from experiments.analysis import Report
    from experiments.store import ExperimentStore

ExperimentName = Annotated[str, typer.Argument(help="The experiment.")]

app = typer.Typer(help="A/B tests and interleaving on live traffic.", no_args_is_help=True)


def _store(ctx: typer.Context) -> ExperimentStore:
    from experiments.store import ExperimentStore

    return ExperimentStore.of(store_of(ctx))


def _pct(value: float, digits: int = 2) -> str:
    return "–" if not math.isfinite(value) else f"{100 * value:.{digits}f}%"


def _points(value: float, low: float, high: float) -> str:
    """A difference of rates in percentage points with its interval: +1.20 [+0.30, +2.10]."""
    if not math.isfinite(value):
        return "–"
    return f"{100 * value:+.2f} [{100 * low:+.2f}, {100 * high:+.2f}]"


def _lift(value: float, low: float, high: float) -> str:
    """A relative lift in percent with its interval: +12% [+3%, +21%]."""
    if not (math.isfinite(value) and math.isfinite(low) and math.isfinite(high)):
        return "–"
    return f"{100 * value:+.1f}% [{100 * low:+.1f}, {100 * high:+.1f}]"


@app.command("create")
def create(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="A unique name, e.g. fusion-2026-12."),
    arms: str = typer.Option(
        "control,treatment", "--arms", help="Arm names, control first, comma-separated."
    ),
    weights: str | None = typer.Option(
        None, "--weights", help="Relative traffic per arm, e.g. 50,50 (default: equal)."
    ),
    set_: list[str] = typer.Option(
        [],
        "--set",
        help="An arm's configuration, ARM.KEY=VALUE (fusion=weighted|rrf|learned, "
        "personal_weight=NUMBER, explore=shuffle); repeat for more.",
    ),
    salt: str | None = typer.Option(
        None, "--salt", help="Assignment salt (default: random; reuse one to keep a split)."
    ),
    holdout: float = typer.Option(
        0.0, "--holdout", help="Share of units served the control and left out of the analysis."
    ),
    kind: str = typer.Option("ab", "--kind", help="ab, or interleave (two rankers)."),
    metric: str = typer.Option("purchase", "--metric", help="Primary metric: click|cart|purchase."),
    plan: str = typer.Option(
        "fixed", "--plan", help="fixed (read at --horizon units per arm) or sequential (mSPRT)."
    ),
    horizon: int | None = typer.Option(
        None, "--horizon", help="Units per arm at which a fixed plan is read (see `ab plan`)."
    ),
    alpha: float = typer.Option(0.05, "--alpha", help="Significance level, two-sided."),
    tau: float = typer.Option(
        0.01, "--tau", help="Sequential plan: the effect size the test should find quickly."
    ),
    description: str = typer.Option("", "--description", help="What the test is about."),
    json_output: JsonOutput = False,
) -> None:
    """Define an experiment and start it (one runs at a time)."""
    from experiments.model import Arm, Experiment, parse_arms, parse_configs

    pairs = parse_arms(arms, weights)
    configs = parse_configs(set_, [n for n, _ in pairs])
    experiment = Experiment(
        name=name,
        salt=salt or secrets.token_hex(8),
        arms=tuple(Arm(n, w, configs[n]) for n, w in pairs),
        kind=kind,  # type: ignore[arg-type]  # validated (and converted) by Experiment
        metric=metric,  # type: ignore[arg-type]
        plan=plan,  # type: ignore[arg-type]
        horizon=horizon,
        holdout=holdout,
        alpha=alpha,
        tau=tau,
        description=description,
    )
    _store(ctx).create(experiment)
    if json_output:
        print_json(experiment.to_json())
        return
    arm_names = ", ".join(experiment.arm_names)
    console.print(
        f"started {experiment.name}: {experiment.kind.value}, arms {arm_names}"
        f", {experiment.plan.value} plan"
        + (f" at {experiment.horizon:,} units per arm" if experiment.horizon else "")
        + f", primary metric {experiment.metric.value}",
        highlight=False,
    )


@app.command("status")
def status(
    ctx: typer.Context,
    name: str | None = typer.Argument(None, help="One experiment (default: all)."),
    json_output: JsonOutput = False,
) -> None:
    """Experiments with their status, arms and exposures so far."""
    store = _store(ctx)
    experiments = [store.get(name)] if name else store.list()
    rows = []
    for e in experiments:
        counts = store.counts(e.name)
        rows.append(
            {
                "name": e.name,
                "status": e.status.value,
                "kind": e.kind.value,
                "plan": e.plan.value,
                "horizon": e.horizon,
                "metric": e.metric.value,
                "arms": [
                    {"name": a.name, "weight": a.weight, "config": dict(a.config)} for a in e.arms
                ],
                "holdout": e.holdout,
                "logged": {c.arm: {"exposures": c.exposures, "units": c.units} for c in counts},
            }
        )
    if json_output:
        print_json(rows)
        return
    if not rows:
        console.print("no experiments yet: shopassist ab create NAME --arms control,treatment ...")
        return
    table = Table(title="experiments")
    for col in ("name", "status", "kind", "plan", "metric", "arms", "units (exposures)"):
        table.add_column(col)
    for r in rows:
        arms = ", ".join(
            a["name"] + "".join(f" {k}={v}" for k, v in a["config"].items()) for a in r["arms"]
        )
        logged = ", ".join(
            f"{arm} {c['units']:,} ({c['exposures']:,})" for arm, c in r["logged"].items()
        )
        table.add_row(
            r["name"], r["status"], r["kind"],
            r["plan"] + (f" @ {r['horizon']:,}" if r["horizon"] else ""),
            r["metric"], arms, logged or "–",
        )  # fmt: skip
    console.print(table)


def print_report(report: Report) -> None:
    """The report as tables on the console."""
    e = report.experiment
    arms = Table(title=f"{e.name}: {e.kind.value}, {e.plan.value} plan, {report.events:,} events")
    for col in ("arm", "units", "analysed", "exposures", "click", "cart", "purchase"):
        arms.add_column(col, justify="left" if col == "arm" else "right")
    for a in report.arms:
        arms.add_row(
            a.name, f"{a.units:,}", f"{a.analysed:,}", f"{a.exposures:,}",
            *(_pct(a.rates[m]) for m in ("click", "cart", "purchase")),
        )  # fmt: skip
    if report.holdout_units:
        arms.add_row("holdout", f"{report.holdout_units:,}", "–", "–", "–", "–", "–")
    console.print(arms)
    if report.comparisons:
        table = Table(
            title=f"against {e.control.name} (* primary metric; differences in points and %)"
        )
        for col in ("arm", "metric", "difference [CI]", "lift [CI]", "p", "decision"):
            table.add_column(col)
        for c in report.comparisons:
            table.add_row(
                c.arm,
                c.metric + (" *" if c.primary else ""),
                _points(c.diff, c.diff_low, c.diff_high),
                _lift(c.lift, c.lift_low, c.lift_high),
                f"{c.p_value:.3g}",
                c.decision,
            )
        console.print(table)
        console.print(report.comparisons[0].method, highlight=False)
    if report.interleave:
        i = report.interleave
        console.print(
            f"interleaving ({i.metric} credit): {i.units:,} units; {e.arms[1].name} wins "
            f"{i.wins_treatment:,}, {e.control.name} wins {i.wins_control:,}, ties {i.ties:,}; "
            f"delta {i.delta:+.4f}, p = {i.p_value:.3g} ({i.method}): {i.decision}",
            highlight=False,
        )
    s = report.srm
    console.print(
        f"sample ratio: observed {s.observed}, expected {[round(x) for x in s.expected]}, "
        f"p = {s.p_value:.3g}" + (" [red]MISMATCH[/red]" if s.flagged else " (ok)"),
        highlight=False,
    )
    for note in report.notes:
        console.print(f"[yellow]note:[/yellow] {note}", highlight=False)


@app.command("report")
def report(ctx: typer.Context, name: ExperimentName, json_output: JsonOutput = False) -> None:
    """The analysis: per-arm rates, differences with intervals, p-values, SRM check."""
    from experiments.analysis import analyse

    store = _store(ctx)
    started = time.perf_counter()
    result = analyse(store.get(name), store.log(name))
    seconds = time.perf_counter() - started
    if json_output:
        print_json({**result.to_json(), "seconds": round(seconds, 4)})
        return
    print_report(result)
    console.print(f"({seconds:.2f} s)", highlight=False)


@app.command("stop")
def stop(ctx: typer.Context, name: ExperimentName) -> None:
    """Stop serving an experiment (its log and report stay)."""
    from experiments.model import Status

    _store(ctx).set_status(name, Status.STOPPED)
    console.print(f"stopped {name}; every shopper is served the defaults again", highlight=False)


@app.command("start")
def start(ctx: typer.Context, name: ExperimentName) -> None:
    """Serve a stopped experiment again (same salt: every unit keeps its arm)."""
    from experiments.model import Status

    _store(ctx).set_status(name, Status.RUNNING)
    console.print(f"{name} is running", highlight=False)


@app.command("plan")
def plan(
    baseline: float = typer.Option(..., "--baseline", help="The control's rate, e.g. 0.05."),
    lift: float = typer.Option(0.05, "--lift", help="Relative lift to detect, e.g. 0.05."),
    alpha: float = typer.Option(0.05, "--alpha", help="Significance level, two-sided."),
    power: float = typer.Option(0.8, "--power", help="Chance of detecting the lift."),
    json_output: JsonOutput = False,
) -> None:
    """Units per arm a fixed-horizon test needs (use it as --horizon)."""
    from experiments.errors import ExperimentError
    from experiments.stats import sample_size

    try:
        n = sample_size(baseline, lift, alpha=alpha, power=power)
    except ValueError as e:
        raise ExperimentError(f"{e}; e.g. --baseline 0.05 --lift 0.05") from None
    if json_output:
        print_json({"baseline": baseline, "lift": lift, "alpha": alpha, "power": power,
                    "units_per_arm": n})  # fmt: skip
        return
    console.print(
        f"{n:,} units per arm find a {lift:.1%} relative lift on a {baseline:.2%} baseline "
        f"with {power:.0%} power at alpha {alpha:g} (two-sided)",
        highlight=False,
    )
