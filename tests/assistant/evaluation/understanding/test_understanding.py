"""The understanding scorer (`shopassist eval understanding`): field scorers on hand-made cases
with known answers, the loader on the real set, the rules adapter, and the end-to-end checks
over a fake conversation."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from assistant.evaluation.understanding import (
    FIELDS,
    Understood,
    Verdict,
    evaluate_understanding,
    load_cases,
    score_case,
)
from assistant.evaluation.understanding.cases import (
    DEFAULT_SET_DIR,
    Case,
    Labels,
    UnderstandingSetError,
    parse_case,
)
from assistant.evaluation.understanding.end_to_end import broken_constraints, run_end_to_end
from assistant.evaluation.understanding.fields import CategoryMiss, category_miss
from assistant.evaluation.understanding.report import labelled_departments
from tests.catalog_paths import HAIR_CARE_SHAMPOOS

FACE_CREAMS = "Beauty > Skin Care > Face > Creams"


def case(expect: dict[str, Any], message: str = "msg", **extra: Any) -> Case:
    return parse_case({"id": "t-001", "message": message, "expect": expect, **extra}, "test")


def perfect(c: Case) -> Understood:
    """What a perfect understanding of ``c`` produces: the labels, as a record (every field of
    `Understood` the labels name, lists for tuples; the first need as the query, the first
    category)."""
    e = c.expect
    labels = {
        f.name: _as_record(getattr(e, f.name))
        for f in dataclasses.fields(Understood)
        if hasattr(e, f.name)
    }
    labels.update(
        intent=e.intent or "",
        query=e.need[0] if e.need else "",
        category=e.category[0] if e.category else None,
    )
    return Understood(**labels)


def _as_record(label: Any) -> Any:
    """A label as `Understood` holds it: a tuple as a list, a mapping copied, else as is."""
    if isinstance(label, tuple):
        return list(label)
    return dict(label) if isinstance(label, dict) else label


GIFT = case(
    {
        "intent": "search",
        "category": FACE_CREAMS,
        "need": ["night cream"],
        "not_need": ["eye cream"],
        "price_max": 30,
        "brands": ["Olay"],
        "avoid": ["almond"],
        "attributes": {"skin_type": "dry"},
        "recipient": "mother",
        "occasion": "birthday",
    },
    "a night cream for my mum's birthday, dry skin, Olay, under 30, no almond",
)


def test_a_perfect_understanding_scores_one() -> None:
    cases = [
        GIFT,
        case({"intent": "greeting"}, "hi"),
        case(
            {"intent": "answer", "answer": ["Face", "Body"], "category": "Beauty > Skin Care"},
            "both",
            context={"question": {"text": "Face or body?", "options": ["Face", "Body"]}},
        ),
    ]
    report = evaluate_understanding(cases, lambda m, ctx: perfect(_by_message(cases, m)))
    overall = report.overall
    assert overall.headline_share == 1.0
    assert overall.all_right == 3
    for name in FIELDS:
        stats = overall.fields[name]
        assert stats.accuracy in (None, 1.0), name
        assert stats.false_positive_rate in (None, 0.0), name
    assert overall.fields["avoid"].labelled == 1 and overall.fields["avoid"].empty == 2


def test_cases_are_also_grouped_by_their_labelled_department() -> None:
    shampoo = case({"intent": "search", "category": HAIR_CARE_SHAMPOOS}, "a shampoo")
    cases = [GIFT, shampoo, case({"intent": "greeting"}, "hi")]
    wrong = Understood(intent="search", query="", category=FACE_CREAMS)
    report = evaluate_understanding(
        cases, lambda m, ctx: wrong if m == "a shampoo" else perfect(_by_message(cases, m))
    )
    groups = {g.name: g for g in report.groups}
    # below the root every label shares ("Beauty"), most cases first, then by name
    assert [g.name for g in report.groups[5:]] == [
        "labelled Hair Care", "labelled Skin Care", "labelled no category",
    ]  # fmt: skip
    assert groups["labelled Hair Care"].headline_share == 0.0
    assert groups["labelled Skin Care"].headline_share == 1.0
    assert groups["labelled no category"].fields["category"].empty == 1
    assert labelled_departments([case({"intent": "search", "category": "Shoes"})]) == ["Shoes"]


@pytest.mark.parametrize(
    ("predicted", "kind"),
    [
        (None, CategoryMiss.NONE),
        ("Beauty > Hair Care", CategoryMiss.BROADER),
        ("Beauty > Hair Care > Conditioners", CategoryMiss.NEARBY),
        (FACE_CREAMS, CategoryMiss.ELSEWHERE),
        ("Shoes", CategoryMiss.ELSEWHERE),
        (HAIR_CARE_SHAMPOOS, None),
        (HAIR_CARE_SHAMPOOS + " > Dry", None),
    ],
)
def test_a_category_miss_is_told_by_where_it_lies(predicted: str | None, kind: object) -> None:
    label = case({"intent": "search", "category": HAIR_CARE_SHAMPOOS}, "a shampoo")
    got = Understood(intent="search", query="", category=predicted)
    assert category_miss(label.expect, got) == kind
    row = evaluate_understanding([label], lambda m, ctx: got).overall.row()
    assert row["category_misses"] == {k.value: int(k == kind) for k in CategoryMiss}


def test_attribute_misses_are_counted_by_labelled_key() -> None:
    label = case(
        {"intent": "search", "attributes": {"skin_type": "oily", "size": "travel", "spf": "50"}},
        "a travel size spf 50 for oily skin",
    )
    got = Understood(intent="search", query="", attributes={"skin_type": "oily skin", "spf": "30"})
    row = evaluate_understanding([label], lambda m, ctx: got).overall.row()
    assert row["attribute_misses"] == {
        "size": {"labelled": 1, "missed": 1},
        "skin_type": {"labelled": 1, "missed": 0},
        "spf": {"labelled": 1, "missed": 1},
    }
    assert row["fields"]["attributes"]["accuracy"] == 0.0
    unlabelled = evaluate_understanding([case({"intent": "greeting"}, "hi")], lambda m, ctx: got)
    assert unlabelled.overall.row()["attribute_misses"] == {}


@pytest.mark.parametrize(
    ("labelled", "predicted"),
    [
        ({"hair_type": "colour-treated"}, {"hair_type": "color-treated"}),
        ({"hair_type": "color-treated"}, {"hair_type": "dry, colour-treated"}),
        ({"color": "grey"}, {"color": "gray"}),
        ({"color": ["gray", "plum"]}, {"color": "Grey, plum"}),
        ({"concern": "anti-ageing"}, {"concern": "anti-aging"}),
    ],
)
def test_an_attribute_value_matches_in_either_spelling(
    labelled: dict[str, Any], predicted: dict[str, str]
) -> None:
    """The contract's `attributes` row: both sides are folded to one spelling before compared
    (`retrieval.lexicon.in_american_spelling`), a label in British English is no miss."""
    label = case({"intent": "search", "attributes": labelled})
    got = Understood(intent="search", query="", attributes=predicted)
    assert score_case(label, got)["attributes"] == Verdict.HIT
    other = Understood(intent="search", query="", attributes={k: "blue" for k in predicted})
    assert score_case(label, other)["attributes"] == Verdict.MISS


def test_an_unlabelled_category_is_never_a_miss() -> None:
    label = case({"intent": "greeting"}, "hi")
    assert (
        category_miss(
            label.expect, Understood(intent="greeting", query="", category=HAIR_CARE_SHAMPOOS)
        )
        is None
    )


def _by_message(cases: list[Case], message: str) -> Case:
    return next(c for c in cases if c.message == message)


def test_a_wrong_price_is_counted_wrong() -> None:
    got = dataclasses.replace(perfect(GIFT), price_max=35.0)
    verdicts = score_case(GIFT, got)
    assert verdicts["price_max"] is Verdict.MISS
    report = evaluate_understanding([GIFT], lambda m, ctx: got)
    assert report.overall.headline_share == 0.0
    assert report.overall.fields["price_max"].accuracy == 0.0


def test_an_invented_brand_is_a_false_positive() -> None:
    label = case(
        {"intent": "search", "category": HAIR_CARE_SHAMPOOS, "need": ["shampoo"]}, "gud shampoo"
    )
    got = dataclasses.replace(perfect(label), brands=["Gud"])
    report = evaluate_understanding([label], lambda m, ctx: got)
    stats = report.overall.fields["brands"]
    assert (stats.labelled, stats.false_positives, stats.false_positive_rate) == (0, 1, 1.0)
    assert report.overall.headline_share == 0.0


def test_unproduced_fields_score_missed_where_labelled_and_right_where_empty() -> None:
    got = Understood(intent="search", query="night cream", category=FACE_CREAMS, price_max=30.0)
    got.brands = ["Olay"]
    verdicts = score_case(GIFT, got)
    for name in ("avoid", "recipient", "occasion", "attributes"):
        assert verdicts[name] is Verdict.MISS, name
    assert verdicts["references"] is Verdict.EMPTY_OK
    assert verdicts["relative"] is Verdict.EMPTY_OK
    assert "answer" not in verdicts  # no pending question: not applicable
    assert "self_attributes" not in verdicts


def test_category_accepts_the_label_or_deeper_only() -> None:
    label = case({"intent": "search", "category": ["Beauty > Hair Care", "Beauty > Makeup"]})
    for path, right in (
        ("Beauty > Hair Care", True),
        ("Beauty > Makeup > Lips", True),
        ("Beauty", False),
        ("Beauty > Hair Care Tools", False),
        (None, False),
    ):
        got = Understood(intent="search", category=path)
        assert score_case(label, got)["category"].right is right, path
    empty = case({"intent": "search"})
    assert score_case(empty, Understood("search", category="Beauty"))["category"] is (
        Verdict.FALSE_POSITIVE
    )


def test_need_and_traps_are_whole_words() -> None:
    label = case(
        {"intent": "search", "need": ["oil"], "not_need": ["dry shampoo"], "avoid": ["nut"]}
    )
    assert score_case(label, Understood("search", query="coconut oil"))["not_need"] is Verdict.HIT
    assert score_case(label, Understood("search", query="nut oil"))["not_need"] is Verdict.MISS
    assert score_case(label, Understood("search", query="Dry-Shampoo oil"))["not_need"] is (
        Verdict.MISS
    )
    assert score_case(label, Understood("search", query="oils"))["need"] is Verdict.MISS


def test_around_accepts_a_band_within_bounds() -> None:
    label = case({"intent": "search", "price_around": 40})
    band = Understood("search", price_min=30.0, price_max=50.0)
    verdicts = score_case(label, band)
    assert verdicts["price_around"] is Verdict.HIT
    assert verdicts["price_min"] is Verdict.EMPTY_OK and verdicts["price_max"] is Verdict.EMPTY_OK
    wide = score_case(label, Understood("search", price_min=10.0, price_max=50.0))
    assert wide["price_around"] is Verdict.MISS
    assert wide["price_min"] is Verdict.FALSE_POSITIVE


def test_cheaper_accepts_a_tighter_ceiling() -> None:
    picks = [{"title": "A", "brand": "X", "price": 20.0, "category": HAIR_CARE_SHAMPOOS}]
    label = case(
        {"intent": "refine", "relative": "cheaper", "price_max": 30},
        context={"picks": picks},
    )
    assert score_case(label, Understood("refine", price_max=19.99))["price_max"] is Verdict.HIT
    assert score_case(label, Understood("refine", price_max=31.0))["price_max"] is Verdict.MISS
    unlabelled = case({"intent": "refine", "relative": "cheaper"}, context={"picks": picks})
    verdicts = score_case(unlabelled, Understood("refine", price_max=19.99, relative="cheaper"))
    assert verdicts["price_max"] is Verdict.EMPTY_OK and verdicts["relative"] is Verdict.HIT
    assert score_case(unlabelled, Understood("refine", price_max=25.0))["price_max"] is (
        Verdict.FALSE_POSITIVE
    )


def test_brands_compare_normalised_with_prefixes() -> None:
    label = case({"intent": "search", "brands": ["M.A.C", "e.l.f."]})
    got = Understood("search", brands=["MAC", "e.l.f. Cosmetics"])
    assert score_case(label, got)["brands"] is Verdict.HIT
    extra = Understood("search", brands=["MAC", "e.l.f. Cosmetics", "Revlon"])
    assert score_case(label, extra)["brands"] is Verdict.MISS


def test_recipient_and_occasion_accept_synonyms() -> None:
    got = dataclasses.replace(perfect(GIFT), recipient="mum", occasion="bday")
    verdicts = score_case(GIFT, got)
    assert verdicts["recipient"] is Verdict.HIT and verdicts["occasion"] is Verdict.HIT
    wrong = dataclasses.replace(perfect(GIFT), recipient="sister")
    assert score_case(GIFT, wrong)["recipient"] is Verdict.MISS


def test_answer_is_scored_only_with_a_pending_question() -> None:
    question = {"question": {"text": "Face or body?", "options": ["Face", "Body"]}}
    label = case({"intent": "answer", "answer": "any"}, "either", context=question)
    assert score_case(label, Understood("answer", answer="any"))["answer"] is Verdict.HIT
    assert score_case(label, Understood("answer", answer="Face"))["answer"] is Verdict.MISS
    no_answer = case({"intent": "ask"}, "what's the difference?", context=question)
    assert score_case(no_answer, Understood("ask", answer="Face"))["answer"] is (
        Verdict.FALSE_POSITIVE
    )


# ---------------------------------------------------------------- the loader


def test_the_real_set_loads_into_typed_cases() -> None:
    cases = load_cases()
    assert len(cases) == 487
    assert len({c.id for c in cases}) == 487
    assert sum(c.kind == "dialogue" for c in cases) == 129
    assert sum(c.lang != "en" for c in cases) == 42
    assert sum(1 for c in cases if c.context and c.context.question) == 43
    by_id = {c.id: c for c in cases}
    ans = by_id["ans-007"]
    assert ans.expect.answer == ("Face", "Body")
    assert ans.context is not None and ans.context.question is not None
    assert ans.context.question.options == ("Face", "Body")
    refine = next(c for c in cases if c.file == "dialogue_refine" and c.context)
    assert refine.context is not None and refine.context.picks
    assert all(isinstance(p.price, float) for p in refine.context.picks if p.price is not None)
    assert load_cases(DEFAULT_SET_DIR / "prices.yaml") == [c for c in cases if c.file == "prices"]


def test_the_loader_names_the_broken_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "file: bad\ncases:\n  - {id: bad-001, message: hi, expect: {intent: shout}}\n",
        encoding="utf-8",
    )
    with pytest.raises(UnderstandingSetError, match=r"bad:bad-001\.expect\.intent: expected"):
        load_cases(path)
    with pytest.raises(UnderstandingSetError, match="--set"):
        load_cases(tmp_path / "missing")


# ---------------------------------------------------------------- end to end


class FakeConversation:
    """Answers every message with the same picks."""

    def __init__(self, picks: list[SimpleNamespace]) -> None:
        self.picks = picks
        self.cleared: list[str] = []

    def new_session(self) -> str:
        return f"session-{len(self.cleared):04d}"

    def respond(self, session_id: str, user_id: str | None, message: str) -> SimpleNamespace:
        return SimpleNamespace(picks=self.picks, question=None)

    def clear(self, session_id: str) -> None:
        self.cleared.append(session_id)


def pick(title: str, brand: str, price: float, path: str) -> SimpleNamespace:
    return SimpleNamespace(title=title, brand=brand, price=price, categories=path.split(" > "))


def test_end_to_end_counts_category_share_and_broken_constraints() -> None:
    picks = [
        pick("Almond Night Cream", "Olay", 25.0, FACE_CREAMS + " > Night"),
        pick("Rich Cream", "Olay", 45.0, FACE_CREAMS),
        pick("Body Lotion", "Olay", 10.0, "Beauty > Skin Care > Body > Lotions"),
        pick("Shampoo", "Revlon", 5.0, HAIR_CARE_SHAMPOOS),
    ]
    fake = FakeConversation(picks)
    dialogue = case({"intent": "search"}, "x", context={"history": []})
    report = run_end_to_end(fake, [GIFT, dialogue, case({"intent": "greeting"}, "hi")])
    row = report.to_json()
    assert row["cases"] == 1 and len(fake.cleared) == 1  # only single-message searches
    assert row["category_share"] == 0.5
    assert row["constraints_honoured_share"] == 0.0
    assert row["cases_breaking"] == {"price": 1, "brands": 1, "exclude_brands": 0, "avoid": 1}


@pytest.mark.parametrize(
    ("title", "broken"),
    [
        ("Almond Body Oil", True),
        ("Sweet Almonds Hand Cream", True),
        ("Almond-Free Body Oil", False),
        ("Body Oil, Free of Almond", False),
        ("Body Oil With No Almond", False),
        ("Coconut Body Oil", False),
    ],
)
def test_end_to_end_avoid_counts_an_ingredient_named_as_present(title: str, broken: bool) -> None:
    label = Labels(intent="search", avoid=("almond",))
    got = broken_constraints(pick(title, "Olay", 10.0, "Beauty > Skin Care > Body"), label)
    assert ("avoid" in got) is broken


def test_end_to_end_counts_turns_without_picks_apart() -> None:
    row = run_end_to_end(FakeConversation([]), [GIFT]).to_json()
    assert (row["without_picks"], row["constrained_without_picks"]) == (1, 1)
    assert row["constrained_cases"] == 0 and row["category_share"] is None


@pytest.mark.parametrize(
    ("labelled", "said", "verdict"),
    [
        (("sulfate",), ["sulfates"], Verdict.HIT),  # the filter rules out the same products
        (("paraben", "fragrance"), ["parabens", "fragrance"], Verdict.HIT),
        (("mineral oil",), ["mineral oils"], Verdict.HIT),
        (("nut",), ["coconut"], Verdict.MISS),  # still whole words
        (("sulfate",), ["silicones"], Verdict.MISS),
        (("sulfate",), ["sulphates"], Verdict.HIT),  # US and UK spellings as one
        (("sulphate",), ["sulfate"], Verdict.HIT),
    ],
)
def test_avoid_is_scored_with_plurals_as_the_singular(
    labelled: tuple[str, ...], said: list[str], verdict: Verdict
) -> None:
    """CONVO48: "no sulfates" read as 'sulfates' missed the label 'sulfate', though the filter
    stems them alike (`retrieval.filters.avoid_terms`)."""
    from assistant.evaluation.understanding.fields import score_avoid

    got = Understood(intent="search", query="shampoo", avoid=said)
    assert score_avoid(Labels(intent="search", avoid=labelled), got) is verdict
