"""Small versions of the bench's simulations (the published sizes run in bench/ab_bench.py)."""

from __future__ import annotations

import numpy as np

from experiments import simulate, stats
from tests.experiments.conftest import ab_experiment


def test_aa_through_the_pipeline_flags_at_about_the_nominal_rate() -> None:
    experiment = ab_experiment(horizon=450, holdout=0.05)
    p = simulate.aa_through_pipeline(experiment, 200, 1000, 0.2, np.random.default_rng(1))
    low, high = simulate.binomial_acceptance(200, 0.05)
    assert low <= float((p <= 0.05).mean()) <= high
    assert 0.3 < float(np.median(p)) < 0.7  # p-values are roughly uniform under the null


def test_fixed_horizon_false_positives_and_power() -> None:
    rng = np.random.default_rng(2)
    null = simulate.fixed_p_values(rng, 4000, 2000, 0.1, 0.1)
    low, high = simulate.binomial_acceptance(4000, 0.05)
    assert low <= float((null <= 0.05).mean()) <= high
    n = stats.sample_size(0.1, 0.2)
    power = float((simulate.fixed_p_values(rng, 2000, n, 0.1, 0.12) <= 0.05).mean())
    assert abs(power - 0.8) < 0.04


def test_peeking_inflates_false_positives_and_msprt_does_not() -> None:
    rng = np.random.default_rng(3)
    peeked = simulate.peeking_rejections(simulate.simulate_paths(rng, 2000, 5000, 20, 0.1, 0.1))
    paths = simulate.simulate_paths(rng, 2000, 5000, 50, 0.1, 0.1)
    sequential, _ = simulate.sequential_rejections(paths, tau=0.02)
    assert float(peeked.mean()) > 0.12  # twenty looks at a fixed-horizon test: far above 5%
    assert float(sequential.mean()) <= 0.05
    paths = simulate.simulate_paths(rng, 500, 5000, 50, 0.1, 0.13)
    found, stopped = simulate.sequential_rejections(paths, tau=0.02)
    assert float(found.mean()) > 0.8 and float(np.median(stopped[found])) < 5000


def test_interleaving_needs_fewer_sessions_than_ab() -> None:
    sessions = simulate.simulate_sessions(simulate.ClickModel(), np.random.default_rng(4), 100_000)
    sens = simulate.sensitivity(sessions)
    assert sens.rate_treatment > sens.rate_control  # the treatment ranker is the better one
    assert sens.wins_treatment > sens.wins_control
    assert sens.ratio > 1.0
    ab, il = simulate.detection_rates(sens, np.random.default_rng(5), 1000)
    assert abs(ab - 0.8) < 0.05 and abs(il - 0.8) < 0.05
