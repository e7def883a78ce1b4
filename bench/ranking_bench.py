"""Ranking speed on Amazon Beauty: training time (all models but SASRec) and the latency of
scoring 100 candidates for one user with the fused ranker (p50/p95 over many calls), beside a raw
baseline measured in the same run (one model's `score` on the same candidates).

    .venv/bin/python bench/ranking_bench.py [--dataset PATH] [--calls 300] [--runs 3]

Quality is measured by `shopassist eval ranking` (see docs/BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import numpy as np

DEFAULT_DATASET = Path(__file__).resolve().parents[2] / "shared/data/amazon-beauty-2014"
WEIGHTS = {"popularity": 0.5, "itemcf": 1.0, "transitions": 2.0, "seqknn": 1.0, "mf": 1.0}


def load_sequences(path: Path):
    """Beauty sequences through the importer's reader (no store needed for a speed test)."""
    from catalog.importers import detect_format
    from catalog.importers.base import Parsed
    from catalog.schema import Event
    from ranking.data import Interactions

    fmt = detect_format(path)
    seqs: dict[str, list[tuple[int, str]]] = {}
    for rec in fmt.read(path):
        if isinstance(rec, Parsed) and isinstance(rec.record, Event):
            e = rec.record
            seqs.setdefault(e.user_id or "", []).append((e.position or 0, e.item_id))
    return Interactions.from_sequences({u: [i for _, i in sorted(v)] for u, v in seqs.items()})


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100)."""
    return float(np.percentile(np.array(values), q))


def main() -> None:
    parser = argparse.ArgumentParser(description="ranking speed")
    parser.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from ranking.fusion import LearnedFusion
    from ranking.models import make_model
    from ranking.ranker import Ranker
    from ranking.state import UserState

    data = load_sequences(args.dataset)
    print(f"{len(data.user_ids):,} users, {data.n_items:,} items, {data.n_events:,} events")

    fit_times: dict[str, list[float]] = {n: [] for n in WEIGHTS}
    models = {}
    for _ in range(args.runs):
        for name in WEIGHTS:
            start = time.perf_counter()
            models[name] = make_model(name).fit(data)
            fit_times[name].append(time.perf_counter() - start)
    total_fit = [sum(ts[i] for ts in fit_times.values()) for i in range(args.runs)]
    print("\ntraining on all of Beauty (median of runs)")
    for name, ts in fit_times.items():
        print(f"  {name:12s} {statistics.median(ts):7.2f} s")
    print(f"  {'total':12s} {statistics.median(total_fit):7.2f} s   (target <= 180 s, no SASRec)")

    ranker = Ranker(models, WEIGHTS)
    # The learned fusion's latency does not depend on its parameter values: seeded random ones
    # of the served shape (the quality run fits them on validation).
    learned = LearnedFusion(list(WEIGHTS))
    prng = np.random.default_rng(0)
    n_in, hidden = len(WEIGHTS) + 1, learned.hidden
    learned.params = {
        "w1": prng.normal(size=(n_in, hidden)).astype(np.float32),
        "b1": np.zeros(hidden, np.float32),
        "w2": prng.normal(size=(hidden, 1)).astype(np.float32),
        "b2": np.zeros(1, np.float32),
    }
    learned_ranker = Ranker(models, WEIGHTS, method="learned", learned=learned)
    rng = np.random.default_rng(0)
    users = rng.choice(len(data.user_ids), size=args.calls, replace=True)
    states = [UserState.of([data.item_ids[i] for i in data.sequences[u]]) for u in users]
    cands = [list(rng.choice(data.item_ids, size=100, replace=False)) for _ in users]
    ranker.rank(states[0], cands[0], 10)  # warm up

    def timed(fn) -> list[float]:
        out = []
        for s, c in zip(states, cands, strict=True):
            t = time.perf_counter()
            fn(s, c)
            out.append((time.perf_counter() - t) * 1000)
        return out

    rows = {
        "raw: transitions.score": lambda s, c: models["transitions"].score(s, c),
        "fused Ranker.rank (+reasons)": lambda s, c: ranker.rank(s, c, 10),
        "learned Ranker.rank (+reasons)": lambda s, c: learned_ranker.rank(s, c, 10),
        "ItemCF.bought_with (k=10)": lambda s, c: models["itemcf"].bought_with(s.history[-3:], 10),
    }
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in rows}
    for _ in range(args.runs):
        for name, fn in rows.items():
            ms = timed(fn)
            results[name].append((percentile(ms, 50), percentile(ms, 95)))
    base = statistics.median(p50 for p50, _ in results["raw: transitions.score"])
    print(f"\nlatency for one user, 100 candidates, {args.calls} calls x {args.runs} runs (ms)")
    print(f"  {'call':32s} {'p50':>7s} {'p95':>7s} {'p50 / raw':>10s}")
    for name, vals in results.items():
        p50 = statistics.median(v[0] for v in vals)
        p95 = statistics.median(v[1] for v in vals)
        print(f"  {name:32s} {p50:7.2f} {p95:7.2f} {p50 / base:9.1f}x")
    print("  target: fused p95 <= 10 ms on CPU")


if __name__ == "__main__":
    main()
