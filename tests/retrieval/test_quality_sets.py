"""The need-query selection and second report sets and the embedder bench's ``--set`` switch
(issue 19)."""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Callable
from importlib import resources

import numpy as np
import pytest
import yaml

from retrieval import quality
from retrieval.quality import in_category, measure
from retrieval.tuning.needs import load_needs
from tests.paths import REPO
from tests.retrieval.conftest import make_products

STOP = {"a", "an", "the", "my", "me", "i", "for", "to", "of", "some", "something", "with", "in"}
STOP |= {"on", "at", "that", "it", "is", "and"}


def _words(text: str) -> frozenset[str]:
    """Lower-case words without the small ones, a plural 's' cut: near-exact texts match."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return frozenset(
        w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in STOP
    )


def _near(a: str, b: str) -> bool:
    """Exact or near-exact, screened loosely: half the words shared (of both texts' words), or
    75% of the characters in order."""
    wa, wb = _words(a), _words(b)
    if len(wa & wb) >= 0.5 * max(1, len(wa | wb)):
        return True
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.75


def _other_texts() -> list[str]:
    """The texts a need set must not repeat: the tuning and report sets, the fine-tune's need
    phrases and the reader's category_tuning*.yaml."""
    others = [q for q, *_ in quality.NEEDS_TUNING + quality.BRAND_TUNING]
    others += [q for q, *_ in quality.NEEDS_REPORT + quality.BRAND_REPORT]
    others += [p for phrases in load_needs().values() for p in phrases]
    folder = resources.files("retrieval").joinpath("data")
    for name in ("category_tuning.yaml", "category_tuning_r4.yaml", "category_tuning_vague.yaml"):
        others += [row[0] for row in yaml.safe_load(folder.joinpath(name).read_text())["needs"]]
    return others


@pytest.mark.parametrize("name", ["NEEDS_SELECTION", "NEEDS_REPORT2"])
def test_the_need_sets_are_large_spread_and_labelled_with_catalog_prefixes(name: str) -> None:
    needs = getattr(quality, name)
    assert len(needs) >= 200
    queries = [q.lower() for q, _ in needs]
    assert len(set(queries)) == len(queries)
    branches = set()
    for _, prefix in needs:
        prefixes = [prefix] if isinstance(prefix, str) else list(prefix)
        assert prefixes and all(p.startswith("Beauty > ") for p in prefixes)
        branches |= {p.split(" > ")[1] for p in prefixes}
    assert branches == {
        "Bath & Body", "Fragrance", "Hair Care", "Makeup", "Skin Care", "Tools & Accessories",
    }  # fmt: skip


def test_the_selection_set_shares_no_text_with_the_other_sets_or_the_training_needs() -> None:
    others = _other_texts()
    # only the selection query is named when one is near (the report set's texts stay unseen)
    near = sorted({q for q, _ in quality.NEEDS_SELECTION for o in others if _near(q, o)})
    assert near == []


def test_the_second_report_set_shares_no_text_with_any_other_set() -> None:
    others = _other_texts() + [q for q, _ in quality.NEEDS_SELECTION]
    # only the second report set's query is named when one is near (the others stay unseen)
    near = sorted({q for q, _ in quality.NEEDS_REPORT2 for o in others if _near(q, o)})
    assert near == []


def test_the_near_check_catches_a_reworded_copy() -> None:
    assert _near("a shampoo for oily roots", "Shampoo for oily roots!")
    assert _near("gentle shampoo for a toddler", "gentle shampoos for toddler")
    assert _near("a present for a guy who wants to smell good", "a gift for a guy who smells good")
    assert not _near("a shampoo for oily roots", "a conditioner for dry ends")


def test_a_need_may_name_several_prefixes_any_of_which_answers_it() -> None:
    by_id = {p.id: p for p in make_products()}
    shampoo, serum, lipstick = by_id["s1"], by_id["s4"], by_id["l1"]
    both = ("Beauty > Hair Care > Shampoos", "Beauty > Hair Care > Styling Products")
    assert in_category(shampoo, both) and in_category(serum, both)
    assert not in_category(lipstick, both)
    report = measure(
        lambda q: ["s1", "s4", "l1", "l2"],
        lambda ids: [by_id[i] for i in ids],
        [("frizz and a wash", both), ("a wash", "Beauty > Hair Care > Shampoos")],
        [],
    )
    assert report.per_query == {"frizz and a wash": 0.2, "a wash": 0.1}


def _bench():
    root = str(REPO)
    if root not in sys.path:
        sys.path.insert(0, root)
    import bench.embedder_bench as bench

    return bench


def test_the_bench_measures_one_query_set_the_tuning_set_unless_told() -> None:
    bench = _bench()
    parser = bench.build_parser()
    assert parser.parse_args(["quality", "--data-dir", "d", "--model", "base"]).set == "tuning"
    args = ["quality", "--data-dir", "d", "--model", "base", "--set", "selection"]
    assert parser.parse_args(args).set == "selection"
    with pytest.raises(SystemExit):
        parser.parse_args(["quality", "--data-dir", "d", "--model", "base", "--set", "all"])
    assert bench.quality_set("selection") == (list(quality.NEEDS_SELECTION), [])
    assert bench.quality_set("tuning") == (list(quality.NEEDS_TUNING), list(quality.BRAND_TUNING))
    assert bench.quality_set("report") == (list(quality.NEEDS_REPORT), list(quality.BRAND_REPORT))
    with pytest.raises(ValueError, match="one of tuning, selection, report"):
        bench.quality_set("all")


@pytest.fixture
def quality_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[[str], str]:
    """What ``quality --set SET_NAME --model base --model other`` prints, on fake vectors, by
    the set's name."""
    bench = _bench()
    products = make_products()

    class Store:
        def iter_products(self):
            return iter(products)

    class FakeEmbedder:
        def __init__(self, path: str) -> None:
            self.rng = np.random.default_rng(len(path))

        def encode_query(self, text: str) -> np.ndarray:
            return self.rng.normal(size=4)

    def encode(name, data_dir, items):
        return np.random.default_rng(len(name)).normal(size=(len(items), 4)), 1.0

    monkeypatch.setattr(bench, "open_store", lambda d: Store())
    monkeypatch.setattr(bench, "encode_catalog", encode)
    monkeypatch.setattr(bench, "model_path", lambda name, d: name)
    monkeypatch.setattr("retrieval.embedder.Embedder", FakeEmbedder)
    argv = ["quality", "--data-dir", "d", "--model", "base", "--model", "other", "--set"]

    def output(set_name: str) -> str:
        bench.cmd_quality(bench.build_parser().parse_args([*argv, set_name]))
        return capsys.readouterr().out

    return output


def _queries(*sets: list[tuple[str, ...]]) -> list[str]:
    """The queries of ``sets`` (each row's first field)."""
    return [q for rows in sets for q, *_ in rows]


@pytest.mark.parametrize(
    ("set_name", "needs", "lines", "least", "not_printed"),
    [
        # the selection set prints its changed queries and no report query, nor "report"
        pytest.param(
            "selection",
            quality.NEEDS_SELECTION,
            ["selection queries that changed"],
            20,
            [*_queries(quality.NEEDS_REPORT, quality.BRAND_REPORT), "report"],
            id="selection",
        ),
        # the second report set is read alone, with a paired interval
        pytest.param(
            "report2",
            quality.NEEDS_REPORT2,
            [
                "report2 category share other - base: ",
                f"2,000 draws over {len(quality.NEEDS_REPORT2)} queries",
            ],
            0,
            _queries(quality.NEEDS_REPORT, quality.BRAND_REPORT, quality.NEEDS_SELECTION),
            id="report2",
        ),
    ],
)
def test_quality_on_one_set_prints_that_set_alone(
    quality_output: Callable[[str], str],
    set_name: str,
    needs: list[tuple[str, ...]],
    lines: list[str],
    least: int,
    not_printed: list[str],
) -> None:
    out = quality_output(set_name)
    assert f"{set_name} set ({len(needs)} needs, 0 brand)" in out
    assert all(line in out for line in lines)
    assert sum(q in out for q in _queries(needs)) >= least  # its queries are printed
    assert not any(q in out for q in not_printed)


def test_the_bench_reads_the_second_report_set_as_needs_alone() -> None:
    bench = _bench()
    args = ["quality", "--data-dir", "d", "--model", "base", "--set", "report2"]
    assert bench.build_parser().parse_args(args).set == "report2"
    assert bench.quality_set("report2") == (list(quality.NEEDS_REPORT2), [])


def test_the_paired_gain_is_the_mean_per_query_gain_with_a_bootstrap_interval() -> None:
    paired_gain = _bench().paired_gain
    assert paired_gain([0.5, 0.7, 0.9], [0.5, 0.7, 0.9]) == (0.0, 0.0, 0.0)
    gain, low, high = paired_gain([0.1] * 50, [0.3] * 50)
    assert gain == pytest.approx(0.2) and low == pytest.approx(0.2) and high == pytest.approx(0.2)
    before = [0.5] * 100
    after = [0.6] * 60 + [0.4] * 40
    gain, low, high = paired_gain(before, after)
    assert gain == pytest.approx(0.02)
    assert low < 0.02 < high and high - low < 0.08
    assert paired_gain(before, after, seed=3) == paired_gain(before, after, seed=3)
