"""A/B tests and interleaving: the statistics checked by simulation, and `ab report`'s speed.

Prints four tables:

(a) A/A tests: the share flagged at alpha = 0.05, with its 95% Wilson interval and the range a
    true 5% rate gives over the same number of runs. Through the real code (salted-hash
    assignment with a 5% holdout, `experiments.analysis.analyse`) for the fixed and the
    sequential plan, and on counts for a fixed test read once, the same test peeked at 20 times,
    and the mSPRT looked at 100 times.
(b) Power for a planted 5% relative lift on a 10% baseline at the stated sample size
    (`stats.sample_size`, 80% planned), fixed and sequential.
(c) Sessions needed to detect the same ranker difference by A/B (share of sessions with a click)
    and by team-draft interleaving (sign test), under a position-based click model; the ratio.
(d) `ab report` on 100k logged events in SQLite: the analysis in-process (median of runs) against
    plainly reading the same rows, and the whole `shopassist ab report` command.

    .venv/bin/python bench/ab_bench.py [--runs 1000] [--sessions 500000] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from experiments import stats
from experiments.analysis import analyse
from experiments.model import Arm, Experiment, Exposure, Outcome
from experiments.simulate import (
    ClickModel,
    aa_through_pipeline,
    binomial_acceptance,
    detection_rates,
    fixed_p_values,
    peeking_rejections,
    rate_interval,
    sensitivity,
    sequential_rejections,
    simulate_paths,
    simulate_sessions,
)
from experiments.store import ExperimentStore

ALPHA = 0.05
BASELINE = 0.10
LIFT = 0.05


def _row(name: str, hits: int, runs: int, note: str = "") -> dict[str, object]:
    share, low, high = rate_interval(hits, runs)
    accept_low, accept_high = binomial_acceptance(runs, ALPHA)
    return {
        "test": name,
        "runs": runs,
        "flagged": share,
        "ci_low": low,
        "ci_high": high,
        "nominal_range": [accept_low, accept_high],
        "at_most_nominal": share <= accept_high,
        "note": note,
    }


def aa_table(runs: int, seed: int) -> list[dict[str, object]]:
    """(a): A/A false-positive rates."""
    rng = np.random.default_rng(seed)
    units = 10_000
    arms = (Arm("control"), Arm("treatment"))
    fixed = Experiment("aa", "bench", arms, horizon=4500, holdout=0.05)
    sequential = replace(fixed, plan="sequential", horizon=None, tau=0.01)  # type: ignore[arg-type]
    rows = []
    p = aa_through_pipeline(fixed, runs, units, BASELINE, rng)
    rows.append(_row("pipeline, fixed, read at 4,500/arm", int((p <= ALPHA).sum()), runs))
    p = aa_through_pipeline(sequential, runs, units, BASELINE, rng)
    rows.append(
        _row(
            "pipeline, sequential (mSPRT)", int((p <= ALPHA).sum()), runs, "looked after every unit"
        )
    )
    many = 10 * runs
    p = fixed_p_values(rng, many, 5000, BASELINE, BASELINE)
    rows.append(_row("counts, fixed, read once", int((p <= ALPHA).sum()), many))
    peeked = peeking_rejections(simulate_paths(rng, many, 5000, 20, BASELINE, BASELINE))
    rows.append(
        _row("counts, fixed, peeked 20x", int(peeked.sum()), many, "stop at first p <= 0.05")
    )
    paths = simulate_paths(rng, many, 5000, 100, BASELINE, BASELINE)
    rejected, _ = sequential_rejections(paths, tau=0.01)
    rows.append(_row("counts, mSPRT, 100 looks", int(rejected.sum()), many))
    return rows


def power_table(runs: int, seed: int) -> list[dict[str, object]]:
    """(b): power for a 5% relative lift on a 10% baseline."""
    rng = np.random.default_rng(seed)
    n = stats.sample_size(BASELINE, LIFT, alpha=ALPHA, power=0.8)
    treated = BASELINE * (1 + LIFT)
    p = fixed_p_values(rng, runs, n, BASELINE, treated)
    found = int((p <= ALPHA).sum())
    share, low, high = rate_interval(found, runs)
    rows = [{"plan": "fixed", "units_per_arm": n, "power": share, "ci": [low, high],
             "median_units_at_stop": n}]  # fmt: skip
    for tau, cap in ((0.005, n), (0.01, n), (0.005, 2 * n)):
        paths = simulate_paths(rng, runs, cap, 100, BASELINE, treated)
        rejected, stopped = sequential_rejections(paths, tau=tau)
        share, low, high = rate_interval(int(rejected.sum()), runs)
        median = int(np.median(np.where(rejected, stopped, cap)))
        rows.append({"plan": f"sequential, tau={tau:g}", "units_per_arm": cap, "power": share,
                     "ci": [low, high], "median_units_at_stop": median})  # fmt: skip
    return rows


def interleaving_table(sessions: int, batches: int, seed: int) -> dict[str, object]:
    """(c): sessions each design needs, the ratio, and detection at those sizes."""
    rng = np.random.default_rng(seed)
    models = {
        "default (1 turn, intent Beta(1,1))": ClickModel(),
        "3 turns per session": ClickModel(turns=3),
        "mostly browsing (intent Beta(1,3))": ClickModel(intent_a=1.0, intent_b=3.0),
    }
    out: dict[str, object] = {"models": []}
    for name, model in models.items():
        chunks = [simulate_sessions(model, rng, sessions) for _ in range(batches)]
        sens = [sensitivity(c) for c in chunks]
        ratios = [s.ratio for s in sens]
        pooled = sensitivity(
            type(chunks[0])(
                *(np.concatenate([getattr(c, f) for c in chunks]) for f in
                  ("clicked_control", "clicked_treatment", "preference"))
            )
        )  # fmt: skip
        ab_power, il_power = detection_rates(pooled, rng, 2000)
        out["models"].append(  # type: ignore[union-attr]
            {
                "model": name,
                "sessions_simulated": sessions * batches,
                **asdict(pooled),
                "ratio_batches": ratios,
                "ratio_sd": float(np.std(ratios, ddof=1)) if len(ratios) > 1 else None,
                "ab_power_at_size": ab_power,
                "il_power_at_size": il_power,
            }
        )
    # direct check for the default model: interleaved experiments of the computed size, each
    # simulated session by session (team draft and clicks), and the sign test over them
    default = out["models"][0]  # type: ignore[index]
    n_il = int(default["interleaving_sessions"])
    runs = 300
    detected = 0
    for _ in range(runs):
        prefs = simulate_sessions(ClickModel(), rng, n_il).preference
        detected += bool(stats.sign_test(int((prefs > 0).sum()), int((prefs < 0).sum())) <= ALPHA)
    out["direct_interleaving_power"] = {"runs": runs, "sessions": n_il,
                                        "power": detected / runs}  # fmt: skip
    return out


def _fill(url: str, events: int, seed: int) -> str:
    """An A/B experiment with ``events`` logged events (60% exposures, 40% outcomes)."""
    from catalog.store import make_store

    rng = np.random.default_rng(seed)
    store = make_store(url)
    experiments = ExperimentStore.of(store)
    name = "bench"
    experiments.create(
        Experiment(name, "bench", (Arm("control"), Arm("treatment")), horizon=20_000,
                   holdout=0.05)
    )  # fmt: skip
    n_exposures = int(events * 0.6)
    units = n_exposures // 2
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    arm_of = rng.choice(["control", "treatment", "holdout"], units, p=[0.475, 0.475, 0.05])
    exposures = [
        Exposure(name, arm_of[i % units], f"u{i % units}", ("p1", "p2", "p3", "p4"),
                 session_id=f"s{i % units}", timestamp=t0 + timedelta(seconds=i))
        for i in range(n_exposures)
    ]  # fmt: skip
    kinds = rng.choice(["click", "cart", "purchase"], events - n_exposures, p=[0.6, 0.25, 0.15])
    who = rng.integers(0, units, events - n_exposures)
    outcomes = [
        Outcome(name, arm_of[u], f"u{u}", "p2", kind,
                timestamp=t0 + timedelta(seconds=n_exposures + j))
        for j, (u, kind) in enumerate(zip(who, kinds, strict=True))
    ]  # fmt: skip
    experiments.log_exposures(exposures)
    experiments.log_outcomes(outcomes)
    store.close()
    return name


def report_table(events: int, repeats: int, seed: int) -> dict[str, object]:
    """(d): `ab report` on ``events`` logged events."""
    from sqlalchemy import select

    from catalog import tables
    from catalog.store import make_store

    with tempfile.TemporaryDirectory(prefix="shopassist-ab-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'shop.db'}"
        name = _fill(url, events, seed)
        store = make_store(url)
        experiments = ExperimentStore.of(store)
        e, o = tables.experiment_exposures, tables.experiment_outcomes
        raw, report_s, analyse_s = [], [], []
        for _ in range(repeats):
            start = time.perf_counter()
            with store.engine.connect() as c:
                c.execute(
                    select(e.c.unit, e.c.arm, e.c.timestamp).where(e.c.experiment == name)
                ).all()
                c.execute(
                    select(o.c.unit, o.c.arm, o.c.kind, o.c.timestamp).where(o.c.experiment == name)
                ).all()
            raw.append(time.perf_counter() - start)
            start = time.perf_counter()
            log = experiments.log(name)
            mid = time.perf_counter()
            report = analyse(experiments.get(name), log)
            report_s.append(time.perf_counter() - start)
            analyse_s.append(time.perf_counter() - mid)
        store.close()
        env = {**os.environ, "SHOPASSIST_DATABASE_URL": url, "SHOPASSIST_DATA_DIR": tmp}
        cli = Path(sys.executable).with_name("shopassist")
        command = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run([str(cli), "ab", "report", name, "--json"], env=env, check=True,
                           capture_output=True)  # fmt: skip
            command.append(time.perf_counter() - start)
        help_s = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run([str(cli), "ab", "--help"], env=env, check=True, capture_output=True)
            help_s.append(time.perf_counter() - start)
    med = statistics.median
    return {
        "events": report.events,
        "repeats": repeats,
        "read_rows_s": med(raw),
        "report_s": med(report_s),
        "analyse_s": med(analyse_s),
        "report_over_raw_read": med(report_s) / med(raw),
        "cli_report_s": med(command),
        "cli_help_s": med(help_s),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000, help="A/A runs through the pipeline")
    parser.add_argument("--sessions", type=int, default=500_000, help="sessions per batch (c)")
    parser.add_argument("--batches", type=int, default=4)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    started = time.perf_counter()
    results = {
        "aa": aa_table(args.runs, args.seed),
        "power": power_table(2 * args.runs, args.seed + 1),
        "interleaving": interleaving_table(args.sessions, args.batches, args.seed + 2),
        "report": report_table(args.events, args.repeats, args.seed + 3),
    }
    results["seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(results, indent=2, default=float))
        return

    print("(a) A/A tests, alpha 0.05: share flagged [95% CI]; 95% range of a true 5% rate")
    for r in results["aa"]:
        lo, hi = r["nominal_range"]
        ok = "ok" if r["at_most_nominal"] else "ABOVE 5%"
        interval = f"[{r['ci_low']:.4f}, {r['ci_high']:.4f}]"
        print(f"  {r['test']:38s} {r['runs']:>6,} runs  {r['flagged']:.4f} {interval}  "
              f"[{lo:.4f}, {hi:.4f}] {ok}  {r['note']}")  # fmt: skip
    print(f"(b) power, {LIFT:.0%} relative lift on {BASELINE:.0%}, planned 80%:")
    for r in results["power"]:
        print(f"  {r['plan']:22s} {r['units_per_arm']:>7,}/arm  power {r['power']:.3f} "
              f"[{r['ci'][0]:.3f}, {r['ci'][1]:.3f}]  median units at stop "
              f"{r['median_units_at_stop']:,}")  # fmt: skip
    print("(c) sessions to detect the better ranker at 80% power (alpha 0.05):")
    for m in results["interleaving"]["models"]:
        print(f"  {m['model']:36s} click rate {m['rate_control']:.4f} -> {m['rate_treatment']:.4f}"
              f" ({m['rate_treatment'] / m['rate_control'] - 1:+.1%}); wins "
              f"{m['wins_control']:.4f} / {m['wins_treatment']:.4f}; A/B {m['ab_sessions']:,} vs "
              f"interleaving {m['interleaving_sessions']:,}: ratio {m['ratio']:.2f} "
              f"(batches sd {m['ratio_sd']:.2f}); power at size {m['ab_power_at_size']:.3f} / "
              f"{m['il_power_at_size']:.3f}")  # fmt: skip
    d = results["interleaving"]["direct_interleaving_power"]
    print(f"  direct check: {d['runs']} interleaved experiments of {d['sessions']:,} simulated "
          f"sessions: power {d['power']:.3f}")  # fmt: skip
    r = results["report"]
    print(f"(d) ab report on {r['events']:,} events (median of {r['repeats']}): "
          f"{r['report_s']:.3f} s in-process (analysis {r['analyse_s']:.3f} s; reading the rows "
          f"alone {r['read_rows_s']:.3f} s, ratio {r['report_over_raw_read']:.2f}); the command "
          f"{r['cli_report_s']:.2f} s (`ab --help` {r['cli_help_s']:.2f} s)")  # fmt: skip
    print(f"total {results['seconds']:.0f} s")


if __name__ == "__main__":
    main()
