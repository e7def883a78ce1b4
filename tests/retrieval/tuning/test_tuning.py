"""The embedder fine-tune: pair mining without leaks, the versioned artifact, a real short tune."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from ranking.data import Interactions, LeaveOneOut
from retrieval.errors import RetrievalError
from retrieval.tuning.artifact import TUNED, latest, publish, read_manifest, resolve_embedder
from retrieval.tuning.needs import load_needs
from retrieval.tuning.pairs import DEFAULT_SHARES, mine_pairs, parse_shares
from retrieval.tuning.trainer import TuneParams, fine_tune, load_base
from tests.retrieval.conftest import make_products

# Each shopper's last two purchases are held out (leave-one-out: validation, test). The items
# "n3" and "p1" are bought ONLY in those positions, so no training pair may mention them.
SEQUENCES = {
    "u1": ["s1", "s5", "s2", "n3", "p1"],
    "u2": ["l1", "l2", "l4", "p1", "n3"],
    "u3": ["e1", "e2", "e3", "e4", "n3", "p1"],
    "u4": ["f1", "f2", "f4", "b1", "b2", "p1", "n3"],
}
HELD_OUT_ONLY = {"n3", "p1"}


def _split() -> LeaveOneOut:
    full = Interactions.from_sequences(SEQUENCES, [p.id for p in make_products()])
    return LeaveOneOut.split(full)


def test_training_sequences_drop_the_held_out_purchases() -> None:
    split = _split()
    seqs = split.train_item_sequences()
    assert seqs == [s[:-2] for s in SEQUENCES.values()]
    assert not HELD_OUT_ONLY & {i for s in seqs for i in s}


def test_pair_miner_never_emits_a_held_out_purchase() -> None:
    products = make_products()
    split = _split()
    pairs = mine_pairs(
        products, split.train_item_sequences(), load_needs(), max_pairs=400, window=3,
        shares={"bought": 1.0}, held_out_share=0.1,
    )  # fmt: skip
    everything = pairs.train + pairs.held_out
    bought = [p for p in everything if p.kind == "bought"]
    assert bought, "the training sequences hold co-purchases"
    # anchor and positive are purchases; neither may come from a held-out position
    assert not HELD_OUT_ONLY & {i for p in bought for i in p.items[:2]}
    texts = {p.anchor for p in bought} | {p.positive for p in bought}
    held_titles = [p.title for p in products if p.id in HELD_OUT_ONLY]
    assert not [t for t in texts for title in held_titles if title in t]
    # every bought pair is a pair of one shopper's training purchases within the window
    allowed = set()
    for seq in split.train_item_sequences():
        for n, a in enumerate(seq):
            allowed |= {frozenset((a, b)) for b in seq[n + 1 : n + 4]}
    assert {frozenset(p.items[:2]) for p in bought} <= allowed


def test_pairs_are_split_deterministic_and_negatives_are_siblings() -> None:
    products = make_products()
    by_id = {p.id: p for p in products}
    seqs = _split().train_item_sequences()
    needs = {"Beauty > Makeup > Lips": ["colour for my mouth"], "Beauty > Hair Care": ["hair"]}
    a = mine_pairs(products, seqs, needs, max_pairs=200, seed=3)
    b = mine_pairs(products, seqs, needs, max_pairs=200, seed=3)
    assert a.fingerprint() == b.fingerprint()
    assert a.held_out and a.train
    assert not {id(p) for p in a.held_out} & {id(p) for p in a.train}
    assert a.counts["need"] > 0 and a.counts["category"] > 0 and a.counts["brand"] > 0
    for p in a.train + a.held_out:
        if p.kind == "need":
            pos, neg = by_id[p.items[0]], by_id[p.items[1]]
            assert pos.categories[:3] != neg.categories[:3]
            assert pos.categories[:2] == neg.categories[:2] or p.anchor == "hair"


def test_the_default_mix_is_mostly_co_purchases_with_sibling_negatives() -> None:
    products = make_products()
    by_id = {p.id: p for p in products}
    leaves = {tuple(p.categories[:3]) for p in products}
    seqs = [[p.id for p in products]]  # one long basket: 53 co-purchase candidates at window 2
    pairs = mine_pairs(products, seqs, load_needs(), max_pairs=40, seed=5)
    everything = pairs.train + pairs.held_out
    assert pairs.counts["bought"] >= 0.6 * len(everything)
    assert pairs.counts["bought"] > pairs.counts["need"] > 0
    assert pairs.counts["category"] + pairs.counts["brand"] < pairs.counts["need"]
    for p in everything:
        if p.kind == "bought":
            pos, neg = by_id[p.items[1]], by_id[p.items[2]]
            has_sibling = any(
                leaf[:2] == tuple(pos.categories[:2]) and leaf != tuple(pos.categories[:3])
                for leaf in leaves
            )
            assert neg.categories[:3] != pos.categories[:3]
            assert neg.categories[:2] == pos.categories[:2] or not has_sibling


def test_the_mix_option_sets_the_shares_and_says_what_is_wrong() -> None:
    products = make_products()
    seqs = [[p.id for p in products]]
    assert parse_shares("bought=0.7, need=0.2,category=0.05,brand=0.05") == DEFAULT_SHARES
    mix = parse_shares("bought=0.5,need=0.5")
    assert mix == {"bought": 0.5, "need": 0.5, "category": 0.0, "brand": 0.0, "neighbour": 0.0}
    pairs = mine_pairs(products, seqs, load_needs(), max_pairs=40, shares=mix, seed=5)
    assert pairs.counts["category"] == pairs.counts["brand"] == 0
    assert pairs.counts["bought"] == 20 and 0 < pairs.counts["need"] <= 20
    for text, message in (
        ("bought", "expected entries kind=share"),
        ("bought=lots", "expected entries kind=share"),
        ("bought=nan", "expected entries kind=share"),
        ("views=1", "expected kinds among"),
        ("bought=-0.1,need=0.5", "expected shares >= 0"),
        ("bought=0.8,need=0.4", "adding up to more than 0 and at most 1, got 1.2"),
        ("bought=0", "adding up to more than 0"),
    ):
        with pytest.raises(RetrievalError, match=message):
            parse_shares(text)
    with pytest.raises(RetrievalError, match="at most 1"):
        mine_pairs(products, seqs, {}, shares={"bought": 2.0})


def _base_vectors(products: list, seed: int = 0) -> dict[str, np.ndarray]:
    """Stand-in base-model vectors: random, with l1/l2 and s1/s2 near-duplicates of each other."""
    rng = np.random.default_rng(seed)
    vectors = {p.id: rng.normal(size=16) for p in products}
    vectors["l2"] = vectors["l1"] + 0.05 * rng.normal(size=16)
    vectors["s2"] = vectors["s1"] + 0.05 * rng.normal(size=16)
    return vectors


def test_neighbour_pairs_keep_the_base_models_nearest_product_against_a_far_one_of_its_leaf(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from retrieval.tuning import pairs as pairs_module

    products = make_products()
    by_id = {p.id: p for p in products}
    vectors = _base_vectors(products)
    ids = sorted(vectors)
    matrix = np.stack([vectors[i] / np.linalg.norm(vectors[i]) for i in ids])
    rank = {a: [ids[j] for j in np.argsort(-(matrix @ matrix[n]))] for n, a in enumerate(ids)}
    monkeypatch.setattr(pairs_module, "NEIGHBOUR_NEGATIVE_RANKS", (3, 28))
    mix = parse_shares("neighbour=1")
    assert mix["neighbour"] == 1.0
    got = mine_pairs(products, [], {}, max_pairs=20, shares=mix, vectors=vectors, seed=4)
    everything = got.train + got.held_out
    assert got.counts["neighbour"] == len(everything) == 20
    assert len({p.items[0] for p in everything}) == 20  # anchors drawn without replacement
    same_leaf = 0
    for p in everything:
        anchor, positive, negative = (by_id[i] for i in p.items)
        assert positive.id == rank[anchor.id][1]  # the nearest other product under the base
        assert p.positive.startswith(positive.title) or positive.title in p.positive
        leaf, neg_leaf = anchor.categories[:3], negative.categories[:3]
        if neg_leaf == leaf:  # a product of the same kind that the base ranks far below
            same_leaf += 1
            assert rank[anchor.id].index(negative.id) >= 3
        else:  # no such product in the leaf: a sibling category's, as for the other kinds
            others = [i for i in rank[anchor.id][3:] if by_id[i].categories[:3] == leaf]
            assert not others
            assert neg_leaf[:2] == leaf[:2] or not any(
                q.categories[:2] == leaf[:2] and q.categories[:3] != leaf for q in products
            )
    assert same_leaf > 0
    pair = {p.items[0]: p.items[1] for p in everything}
    assert pair.get("l1", "l2") == "l2" and pair.get("s2", "s1") == "s1"


def test_neighbour_pairs_need_the_base_vectors_and_mix_with_the_other_kinds() -> None:
    products = make_products()
    mix = parse_shares("neighbour=0.5,need=0.5")
    with pytest.raises(RetrievalError, match="neighbour pairs: expected the base model's"):
        mine_pairs(products, [], load_needs(), max_pairs=20, shares=mix)
    got = mine_pairs(products, [], load_needs(), max_pairs=20, shares=mix,
                     vectors=_base_vectors(products))  # fmt: skip
    assert got.counts["neighbour"] == 10 and 0 < got.counts["need"] <= 10
    assert got.counts["bought"] == got.counts["category"] == got.counts["brand"] == 0
    assert {p.kind for p in got.train + got.held_out} == {"neighbour", "need"}


def test_need_negatives_from_the_base_are_the_sibling_products_it_ranks_first_for_the_phrase(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from retrieval.tuning import pairs as pairs_module

    products = make_products()
    by_id = {p.id: p for p in products}
    vectors = _base_vectors(products, seed=7)
    prefix, phrase = "Beauty > Hair Care > Shampoos", "a wash for my hair"
    # the base confuses the phrase with a conditioner (s5) first and a flat iron (t1) second
    need_vectors = {phrase: vectors["s5"] / np.linalg.norm(vectors["s5"])
                    + 0.6 * vectors["t1"] / np.linalg.norm(vectors["t1"])}  # fmt: skip
    pool = ["s4", "s5", "t1", "t2"]  # the sibling leaves' products, outside the prefix
    unit = {i: vectors[i] / np.linalg.norm(vectors[i]) for i in pool}
    ranked = sorted(pool, key=lambda i: -float(unit[i] @ need_vectors[phrase]))
    assert ranked[:2] == ["s5", "t1"]
    monkeypatch.setattr(pairs_module, "NEED_NEGATIVE_TOP", 2)
    mix = parse_shares("need=1")
    kwargs = dict(max_pairs=30, shares=mix, seed=11, vectors=vectors)
    hard = mine_pairs(products, [], {prefix: [phrase]}, need_vectors=need_vectors, **kwargs)
    negatives = [p.items[1] for p in hard.train + hard.held_out]
    assert len(negatives) == 30 and set(negatives) == {"s5", "t1"}
    assert all(by_id[p.items[0]].categories[:3] == prefix.split(" > ") for p in hard.train)
    # without the phrase's vector: any product of a sibling category, as before
    plain = mine_pairs(products, [], {prefix: [phrase]}, **kwargs)
    plain_negatives = {p.items[1] for p in plain.train + plain.held_out}
    assert plain_negatives <= set(pool) and plain_negatives - {"s5", "t1"}
    assert plain.fingerprint() == mine_pairs(products, [], {prefix: [phrase]}, need_vectors={},
                                             **kwargs).fingerprint()  # fmt: skip


def test_the_tune_draws_need_negatives_from_the_base_when_asked(tmp_path: Path) -> None:
    from retrieval.tuning.pipeline import tune_embedder

    products = make_products()
    params = TuneParams(batch_size=4, max_seq_length=16, eval_steps=2, learning_rate=1e-3)
    with pytest.raises(RetrievalError, match="need negatives: expected one of"):
        tune_embedder(products, [], tmp_path, need_negatives="random", params=params)
    manifest = tune_embedder(
        products, [], tmp_path, max_pairs=12, shares=parse_shares("need=1"), params=params,
        progress=False, blend=1.0, need_negatives="base",
    )  # fmt: skip
    assert manifest["parameters"]["need_negatives"] == "base"
    assert manifest["data"]["pairs"]["need"] >= 10
    assert manifest["metrics"]["steps_run"] >= 2


def test_the_need_negatives_option_says_what_it_expects(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from ui.cli.main import app

    runner = CliRunner(env={"SHOPASSIST_DATA_DIR": str(tmp_path)})
    wrong = runner.invoke(app, ["tune", "embedder", "--need-negatives", "random"])
    assert wrong.exit_code == 2
    said = " ".join(re.sub("[│╭╮╰╯─]", " ", wrong.output).split())  # rich's box, unwrapped
    assert "--need-negatives" in said and "expected one of sibling, base, got 'random'" in said


def test_needs_are_package_data_and_never_the_report_queries() -> None:
    from retrieval.quality import BRAND_REPORT, NEEDS_REPORT

    needs = load_needs()
    phrases = {p.lower() for ps in needs.values() for p in ps}
    assert len(needs) >= 20 and len(phrases) >= 60
    report = {q.lower() for q, _ in NEEDS_REPORT} | {q.lower() for q, *_ in BRAND_REPORT}
    assert not phrases & report


def test_bad_arguments_say_what_was_expected(tmp_path: Path) -> None:
    with pytest.raises(RetrievalError, match="max_pairs: expected at least 2"):
        mine_pairs(make_products(), [], {}, max_pairs=1)
    with pytest.raises(RetrievalError, match="shares: expected kinds"):
        mine_pairs(make_products(), [], {}, shares={"views": 1.0})
    with pytest.raises(RetrievalError, match="tuned embedder"):
        resolve_embedder(TUNED, tmp_path)
    assert resolve_embedder("some/path", None) == "some/path"


class _Saveable:
    def save(self, path: str) -> None:
        Path(path).mkdir(parents=True)
        (Path(path) / "weights.bin").write_bytes(b"w")


def test_artifact_round_trips_with_its_manifest(tmp_path: Path) -> None:
    first = publish(_Saveable(), {"base_model": "m", "metrics": {"x": 1}}, tmp_path, "tuned-1")
    second = publish(_Saveable(), {"base_model": "m", "metrics": {"x": 2}}, tmp_path, "tuned-2")
    assert latest(tmp_path) == second
    assert resolve_embedder(TUNED, tmp_path) == str(second)
    assert read_manifest(first) == {"base_model": "m", "metrics": {"x": 1}, "version": "tuned-1"}
    assert read_manifest(second)["metrics"] == {"x": 2}
    assert (first / "weights.bin").exists()
    assert not list(tmp_path.glob("embedders/*.partial"))
    (second / "manifest.json").write_text("{broken")
    with pytest.raises(RetrievalError, match=r"manifest\.json"):
        read_manifest(second)


def test_a_short_real_fine_tune_moves_the_embeddings_and_reloads(tmp_path: Path) -> None:
    from sentence_transformers import SentenceTransformer

    products = make_products()
    seqs = _split().train_item_sequences()
    pairs = mine_pairs(products, seqs, load_needs(), max_pairs=10, seed=1, held_out_share=0.2)
    model = load_base("all-MiniLM-L6-v2", "cpu")
    probe = ["colour for my mouth", products[0].title]
    before = model.encode(probe, normalize_embeddings=True)
    params = TuneParams(epochs=1, batch_size=4, max_seq_length=24, eval_steps=2,
                        learning_rate=1e-3, patience=5)  # fmt: skip
    metrics = fine_tune(model, pairs.train, pairs.held_out, params, progress=False)
    after = model.encode(probe, normalize_embeddings=True)
    assert metrics["steps_run"] >= 2
    assert metrics["stopped_by"] == "all_steps"
    assert np.abs(after - before).max() > 1e-3
    folder = publish(model, {"base_model": "all-MiniLM-L6-v2", "metrics": metrics}, tmp_path, "v")
    reloaded = SentenceTransformer(str(folder), device="cpu")
    assert np.allclose(reloaded.encode(probe, normalize_embeddings=True), after, atol=1e-5)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["metrics"]["held_out_loss_before"] > 0


TINY_PROBE = ["colour for my mouth", "a gentle face wash"]


def _tiny_tune(**limits: float) -> tuple[dict, np.ndarray]:
    """A 9-step tune (36 training triples, batch 4, no evaluation before step 50) under
    ``limits``; its metrics and the tuned model's vectors of `TINY_PROBE`."""
    products = make_products()
    seqs = [[p.id for p in products]]
    pairs = mine_pairs(products, seqs, load_needs(), max_pairs=40, seed=2, held_out_share=0.1)
    model = load_base("all-MiniLM-L6-v2", "cpu")
    params = TuneParams(batch_size=4, max_seq_length=16, eval_steps=50, **limits)
    metrics = fine_tune(model, pairs.train, pairs.held_out, params, progress=False)
    return metrics, model.encode(TINY_PROBE, normalize_embeddings=True)


def test_the_time_limit_stops_training_at_an_evaluated_step(
    capsys: pytest.CaptureFixture[str],
) -> None:
    metrics, _ = _tiny_tune(max_minutes=1e-6)
    assert metrics["steps_planned"] == 9
    assert metrics["steps_run"] == 1
    assert metrics["stopped_by_time_limit"] is True
    assert metrics["stopped_by"] == "time_limit"
    assert [h["step"] for h in metrics["eval_history"]][:1] == [1]
    # without a progress bar nothing reaches stdout (`tune embedder --json` prints one JSON
    # document there; the trainer's PrinterCallback printed its log dicts before it)
    assert "eval_loss" not in capsys.readouterr().out


def test_the_step_cap_stops_training_at_an_evaluated_step_and_keeps_the_best() -> None:
    metrics, _ = _tiny_tune(max_steps=3)
    assert (metrics["steps_planned"], metrics["steps_run"]) == (9, 3)
    assert metrics["stopped_by"] == "step_limit"
    assert metrics["stopped_by_time_limit"] is False
    assert [h["step"] for h in metrics["eval_history"]][:1] == [3], "evaluated where it stopped"
    assert metrics["best_checkpoint"] == "checkpoint-3", "saved there, and kept as the best"
    assert metrics["params"]["max_steps"] == 3


def test_a_step_cap_of_every_planned_step_runs_them_all() -> None:
    metrics, _ = _tiny_tune(max_steps=9)
    assert metrics["steps_run"] == metrics["steps_planned"] == 9
    assert metrics["stopped_by"] == "all_steps"


def test_a_step_cap_reruns_a_time_limited_run_to_the_same_model() -> None:
    timed, timed_vectors = _tiny_tune(max_minutes=1e-6)
    capped, capped_vectors = _tiny_tune(max_steps=1)
    assert timed["steps_run"] == capped["steps_run"] == 1
    assert (timed["stopped_by"], capped["stopped_by"]) == ("time_limit", "step_limit")
    assert timed["held_out_loss_after"] == pytest.approx(capped["held_out_loss_after"], abs=1e-4)
    assert np.allclose(timed_vectors, capped_vectors, atol=1e-5), "same schedule, same steps"


def test_the_cli_checks_the_limits_before_reading_the_store(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from ui.cli.main import app

    runner = CliRunner(env={"SHOPASSIST_DATA_DIR": str(tmp_path)})
    wrong = runner.invoke(app, ["tune", "embedder", "--max-steps", "-1"])
    assert isinstance(wrong.exception, RetrievalError)
    assert "expected max_steps and max_minutes of 0 or more" in str(wrong.exception)


def test_negative_limits_say_what_was_expected() -> None:
    with pytest.raises(RetrievalError, match="max_steps and max_minutes of 0 or more"):
        TuneParams(max_steps=-1)
    with pytest.raises(RetrievalError, match="max_steps and max_minutes of 0 or more"):
        TuneParams(max_minutes=-0.5)
