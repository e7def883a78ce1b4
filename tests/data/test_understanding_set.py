"""Validation of the labelled understanding sets in tests/data/understanding*/*.yaml.

Nineteen sets follow one contract (tests/data/understanding/README.md), the one
`shopassist eval understanding` scores: the main set (tests/data/understanding/) and eighteen
held-out sets written blind later (tests/data/understanding_fresh/,
tests/data/understanding_blind2/, tests/data/understanding_blind3/,
tests/data/understanding_blind4/, tests/data/understanding_blind5/,
tests/data/understanding_blind6/, tests/data/understanding_blind7/,
tests/data/understanding_blind8/, tests/data/understanding_blind9/,
tests/data/understanding_blind10/, tests/data/understanding_blind11/,
tests/data/understanding_blind12/, tests/data/understanding_blind13/,
tests/data/understanding_blind14/, tests/data/understanding_blind15/,
tests/data/understanding_blind16/, tests/data/understanding_blind17/ and
tests/data/understanding_blind18/, see their READMEs).
These tests check the sets themselves, never a parser: shape, counts, allowed values,
internal consistency, and that every category, brand and shown pick is real in the Beauty
demo catalog (skipped when ../shared/data is absent). Per-case and catalog checks run on
every set; the count checks are each set's own.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.paths import SHARED_DATA, TEST_DATA

SET_DIR = TEST_DATA / "understanding"
FRESH_DIR = TEST_DATA / "understanding_fresh"
BLIND_DIRS = {n: TEST_DATA / f"understanding_blind{n}" for n in range(2, 19)}
"""The sets written blind later, by their number (blind2 to blind18)."""
SET_DIRS = [SET_DIR, FRESH_DIR, *BLIND_DIRS.values()]
BEAUTY_ITEMS = SHARED_DATA / "amazon-beauty-2014" / "items.jsonl.gz"

INTENTS = frozenset(
    {
        "search",
        "refine",
        "compare",
        "ask",
        "why",
        "bundle",
        "feedback",
        "more_like",
        "clear",
        "greeting",
        "off_topic",
        "unsafe",
        "answer",
    }
)
RELATIVES = frozenset({"cheaper", "pricier", "other", "not_that_brand", "bigger", "smaller"})
PRICE_BANDS = frozenset({"low", "mid", "high"})
ATTRIBUTE_KEYS = frozenset(
    {
        "skin_type",
        "skin_tone",
        "hair_type",
        "scent",
        "finish",
        "color",
        "concern",
        "formula",
        "size",
        "spf",
        "gender",
        "age_group",
        "price_band",
        "ethics",
        "ingredient",
        "other",
    }
)
CASE_KEYS = frozenset({"id", "lang", "context", "message", "expect", "note"})
CONTEXT_KEYS = frozenset({"history", "question", "picks", "constraints"})
PICK_KEYS = frozenset({"title", "brand", "price", "category"})
PRICE_KEYS = ("price_min", "price_max", "price_around")
LIST_KEYS = ("need", "not_need", "brands", "exclude_brands", "avoid", "references")
TEXT_KEYS = ("recipient", "occasion")
# Fields that describe a request; `constraints` in a context may hold any of them.
REQUEST_KEYS = frozenset(
    {"category", *PRICE_KEYS, *LIST_KEYS, *TEXT_KEYS, "attributes", "self_attributes"}
) - {"references"}
EXPECT_KEYS = frozenset({"intent", "answer", "relative", "references"}) | REQUEST_KEYS
# Intents whose turn is about the picks on screen and so needs picks to point at.
PICK_INTENTS = frozenset({"compare", "why", "more_like"})
LANG_CODE = re.compile(r"^[a-z]{2}$")
ID_FORMAT = re.compile(r"^[a-z][a-z0-9]*-\d{3}$")

MIN_CASES = 320
MIN_NON_ENGLISH = 25
MIN_DIALOGUE = 60


def _ids_of(prefix: str) -> re.Pattern[str]:
    """The id format of a held-out set whose ids are ``prefix``-NNN."""
    return re.compile(rf"^{prefix}-\d{{3}}$")


# Each held-out set's own size, id prefix and spread, at least: (folder, cases, id format,
# non-English, non-Latin, with context). The first written 2026-12-04, the second (blind2) on
# 2026-12-05, the third (blind3) on 2026-12-05/06, the fourth (blind4), fifth (blind5),
# sixth (blind6), seventh (blind7), eighth (blind8), ninth (blind9), tenth (blind10) and
# eleventh (blind11) on 2026-12-06, the twelfth (blind12), thirteenth (blind13), fourteenth
# (blind14), fifteenth (blind15), sixteenth (blind16), seventeenth (blind17) and eighteenth
# (blind18) on 2026-12-07.
# blind2 to blind8 share one spread, blind9 to blind18 a wider one.
HELD_OUT = [
    (FRESH_DIR, 150, _ids_of("fresh"), 12, 3, 30),
    *[(BLIND_DIRS[n], 160, _ids_of(f"blind{n}"), 20, 6, 40) for n in range(2, 9)],
    *[(BLIND_DIRS[n], 160, _ids_of(f"blind{n}"), 24, 6, 45) for n in range(9, 19)],
]


def _load_file(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def _cases(set_dir: Path) -> tuple[tuple[str, dict[str, Any]], ...]:
    """Every case of one set as (file name, case), in file then case order."""
    out: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(set_dir.glob("*.yaml")):
        for case in _load_file(path)["cases"]:
            out.append((path.name, case))
    return tuple(out)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _categories(case: dict[str, Any]) -> list[tuple[str, str]]:
    """Every category label in a case as (where, path)."""
    found = [("expect.category", c) for c in _as_list(case["expect"].get("category"))]
    context = case.get("context") or {}
    found += [
        ("context.constraints.category", c)
        for c in _as_list((context.get("constraints") or {}).get("category"))
    ]
    found += [
        (f"context.picks[{i}].category", p["category"])
        for i, p in enumerate(context.get("picks") or [])
    ]
    return found


def _brands(case: dict[str, Any]) -> list[tuple[str, str]]:
    """Every brand label in a case as (where, brand)."""
    found: list[tuple[str, str]] = []
    context = case.get("context") or {}
    for where, block in (
        ("expect", case["expect"]),
        ("context.constraints", context.get("constraints") or {}),
    ):
        for key in ("brands", "exclude_brands"):
            found += [(f"{where}.{key}", b) for b in _as_list(block.get(key))]
    found += [
        (f"context.picks[{i}].brand", p["brand"]) for i, p in enumerate(context.get("picks") or [])
    ]
    return found


def _words(text: str) -> str:
    return f" {re.sub(r'[^a-z0-9]+', ' ', text.lower()).strip()} "


def _contains_phrase(text: str, phrase: str) -> bool:
    """Whole-word, case-insensitive containment ("nut" is not in "coconut")."""
    return _words(phrase) in _words(text)


@lru_cache(maxsize=1)
def _catalog() -> tuple[frozenset[str], frozenset[str], frozenset[tuple[str, str, float, str]]]:
    """(category path prefixes, brands, (title, brand, price, category) of priced items)."""
    prefixes: set[str] = set()
    brands: set[str] = set()
    items: set[tuple[str, str, float, str]] = set()
    with gzip.open(BEAUTY_ITEMS, "rt", encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            path = item.get("categories") or []
            for depth in range(1, len(path) + 1):
                prefixes.add(" > ".join(path[:depth]))
            if item.get("brand"):
                brands.add(item["brand"])
            if item.get("title") and item.get("brand") and item.get("price") is not None:
                items.add(
                    (item["title"], item["brand"], round(float(item["price"]), 2), " > ".join(path))
                )
    return frozenset(prefixes), frozenset(brands), frozenset(items)


@pytest.fixture(scope="module")
def catalog() -> tuple[frozenset[str], frozenset[str], frozenset[tuple[str, str, float, str]]]:
    if not BEAUTY_ITEMS.exists():
        pytest.skip(
            f"Beauty items not found at {BEAUTY_ITEMS} "
            "(expected ../shared/data beside the checkout)"
        )
    return _catalog()


@pytest.fixture(params=SET_DIRS, ids=[d.name for d in SET_DIRS])
def set_dir(request: pytest.FixtureRequest) -> Path:
    """Each labelled set in turn, for the checks both sets share."""
    return request.param


# ---------------------------------------------------------------- the set as a whole


def test_every_file_loads_with_a_case_list(set_dir: Path) -> None:
    files = sorted(set_dir.glob("*.yaml"))
    assert files, f"no YAML files in {set_dir}"
    for path in files:
        data = _load_file(path)
        assert isinstance(data, dict), (
            f"{path.name}: expected a mapping at the top, got {type(data).__name__}"
        )
        assert set(data) <= {"file", "contexts", "cases"}, (
            f"{path.name}: unknown top-level keys {set(data)}"
        )
        assert data.get("file") == path.stem, (
            f"{path.name}: 'file' should be {path.stem!r}, got {data.get('file')!r}"
        )
        assert isinstance(data["cases"], list) and data["cases"], (
            f"{path.name}: 'cases' must be a non-empty list"
        )


def test_at_least_320_cases() -> None:
    assert len(_cases(SET_DIR)) >= MIN_CASES, (
        f"expected >= {MIN_CASES} cases, got {len(_cases(SET_DIR))}"
    )


def test_ids_are_unique_and_well_formed(set_dir: Path) -> None:
    ids = [case["id"] for _, case in _cases(set_dir)]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"
    bad = [i for i in ids if not ID_FORMAT.match(i)]
    assert not bad, f"ids must look like 'word-001': {bad}"


def test_id_format_accepts_a_word_with_digits_only_after_a_letter() -> None:
    good = (
        "pick-036",
        "fresh-150",
        "blind2-001",
        "blind3-160",
        "blind4-001",
        "blind5-160",
        "blind6-001",
        "blind7-160",
        "blind8-001",
        "blind9-160",
        "blind10-001",
        "blind10-160",
        "blind11-001",
        "blind11-160",
        "blind12-001",
        "blind12-160",
        "blind13-001",
        "blind13-160",
        "blind14-001",
        "blind14-160",
        "blind15-001",
        "blind15-160",
        "blind16-001",
        "blind16-160",
        "blind17-001",
        "blind17-160",
        "blind18-001",
        "blind18-160",
    )
    assert all(ID_FORMAT.match(i) for i in good)
    bad = ("2blind-001", "blind2-01", "Blind2-001", "blind2_001")
    assert not any(ID_FORMAT.match(i) for i in bad)


def test_enough_messages_in_other_languages() -> None:
    langs = Counter(case["lang"] for _, case in _cases(SET_DIR))
    non_english = sum(n for lang, n in langs.items() if lang != "en")
    assert non_english >= MIN_NON_ENGLISH, (
        f"expected >= {MIN_NON_ENGLISH} non-English cases, got {non_english}"
    )
    assert len(langs) - 1 >= 5, f"expected at least 5 other languages, got {sorted(langs)}"


def test_enough_dialogue_cases() -> None:
    dialogues = [case for _, case in _cases(SET_DIR) if case.get("context")]
    assert len(dialogues) >= MIN_DIALOGUE, (
        f"expected >= {MIN_DIALOGUE} cases with context, got {len(dialogues)}"
    )
    with_question = sum(1 for c in dialogues if c["context"].get("question"))
    with_picks = sum(1 for c in dialogues if c["context"].get("picks"))
    assert with_question >= 20, (
        f"expected >= 20 cases answering a pending question, got {with_question}"
    )
    assert with_picks >= 40, f"expected >= 40 cases with picks on screen, got {with_picks}"


def test_every_intent_is_covered() -> None:
    counts = Counter(case["expect"]["intent"] for _, case in _cases(SET_DIR))
    thin = {intent: counts.get(intent, 0) for intent in INTENTS if counts.get(intent, 0) < 3}
    assert not thin, f"every intent needs >= 3 cases; too few: {thin}"


def _non_latin(text: str) -> bool:
    """Whether a message is written in a script other than Latin (Cyrillic, CJK, Arabic...)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and not any(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


@pytest.mark.parametrize(
    ("held_dir", "size", "id_format", "min_foreign", "min_non_latin", "min_dialogue"),
    HELD_OUT,
    ids=[spec[0].name for spec in HELD_OUT],
)
def test_held_out_set_size_ids_and_spread(
    held_dir: Path,
    size: int,
    id_format: re.Pattern[str],
    min_foreign: int,
    min_non_latin: int,
    min_dialogue: int,
) -> None:
    cases = [case for _, case in _cases(held_dir)]
    assert len(cases) == size, f"expected {size} held-out cases, got {len(cases)}"
    bad = [c["id"] for c in cases if not id_format.match(c["id"])]
    assert not bad, f"held-out ids must match {id_format.pattern}: {bad}"
    others = {c["id"] for d in SET_DIRS if d != held_dir for _, c in _cases(d)}
    shared = {c["id"] for c in cases} & others
    assert not shared, f"ids used in another set: {sorted(shared)}"
    foreign = [c for c in cases if c["lang"] != "en"]
    assert len(foreign) >= min_foreign, (
        f"expected >= {min_foreign} non-English cases, got {len(foreign)}"
    )
    non_latin = [c["id"] for c in foreign if _non_latin(c["message"])]
    assert len(non_latin) >= min_non_latin, (
        f"expected >= {min_non_latin} messages in a non-Latin script, got {non_latin}"
    )
    assert any(c.get("context") for c in foreign), "expected a non-English case in a dialogue"
    dialogues = [c for c in cases if c.get("context")]
    assert len(dialogues) >= min_dialogue, (
        f"expected >= {min_dialogue} cases with context, got {len(dialogues)}"
    )
    missing = INTENTS - {c["expect"]["intent"] for c in cases}
    assert not missing, f"intents with no held-out case: {sorted(missing)}"


def test_non_latin_tells_scripts_apart() -> None:
    assert _non_latin("посоветуйте крем для рук")
    assert _non_latin("敏感肌用の洗顔料を探しています")
    assert not _non_latin("je cherche un vernis à ongles")
    assert not _non_latin("1234 !?")


# ---------------------------------------------------------------- each case
# Each check walks every case and reports all offenders at once.


def _check_shape(where: str, case: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    if not set(case) <= CASE_KEYS:
        errors.append(f"{where}: unknown keys {set(case) - CASE_KEYS}")
    if not (isinstance(case.get("message"), str) and case["message"].strip()):
        errors.append(f"{where}: message must be text")
    if not (isinstance(case.get("lang"), str) and LANG_CODE.match(case["lang"])):
        errors.append(f"{where}: lang must be an ISO 639-1 code, got {case.get('lang')!r}")
    expect = case.get("expect")
    if not isinstance(expect, dict):
        return [*errors, f"{where}: expect must be a mapping"]
    if not set(expect) <= EXPECT_KEYS:
        errors.append(f"{where}: unknown expect keys {set(expect) - EXPECT_KEYS}")
    if expect.get("intent") not in INTENTS:
        errors.append(
            f"{where}: intent must be one of {sorted(INTENTS)}, got {expect.get('intent')!r}"
        )
    for key in LIST_KEYS:
        if key in expect and not isinstance(expect[key], list):
            errors.append(f"{where}: {key} must be a list, got {expect[key]!r}")
    for key in TEXT_KEYS:
        value = expect.get(key)
        if value is not None and not (isinstance(value, str) and value == value.lower()):
            errors.append(f"{where}: {key} must be lower-case text, got {value!r}")
    if "relative" in expect and expect["relative"] not in RELATIVES:
        errors.append(
            f"{where}: relative must be one of {sorted(RELATIVES)}, got {expect['relative']!r}"
        )
    for key in ("attributes", "self_attributes"):
        attrs = expect.get(key) or {}
        if not isinstance(attrs, dict):
            errors.append(f"{where}: {key} must be a mapping")
            continue
        if not set(attrs) <= ATTRIBUTE_KEYS:
            errors.append(f"{where}: unknown {key} keys {set(attrs) - ATTRIBUTE_KEYS}")
        for attr, value in attrs.items():
            values = _as_list(value)
            if not (values and all(isinstance(v, str) and v for v in values)):
                errors.append(
                    f"{where}: {key}.{attr} must be text or a list of text, got {value!r}"
                )
        if "price_band" in attrs and attrs["price_band"] not in PRICE_BANDS:
            errors.append(
                f"{where}: price_band must be one of {sorted(PRICE_BANDS)}, "
                f"got {attrs['price_band']!r}"
            )
    if expect.get("self_attributes") and not expect.get("recipient"):
        errors.append(f"{where}: self_attributes only make sense beside a recipient")
    return errors


def _check_prices(where: str, case: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    blocks = [
        ("expect", case["expect"]),
        ("constraints", (case.get("context") or {}).get("constraints") or {}),
    ]
    for label, block in blocks:
        for key in PRICE_KEYS:
            value = block.get(key)
            if value is not None and not (
                isinstance(value, int | float) and not isinstance(value, bool) and value > 0
            ):
                errors.append(f"{where}: {label}.{key} must be a positive number, got {value!r}")
        low, high = block.get("price_min"), block.get("price_max")
        if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
            errors.append(f"{where}: {label}.price_min {low} > price_max {high}")
    return errors


def _check_context(where: str, case: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    expect, context = case["expect"], case.get("context") or {}
    if not set(context) <= CONTEXT_KEYS:
        errors.append(f"{where}: unknown context keys {set(context) - CONTEXT_KEYS}")
    history = context.get("history") or []
    if context and not 2 <= len(history) <= 4:
        errors.append(f"{where}: a dialogue needs 2-4 prior turns, got {len(history)}")
    for turn in history:
        if turn.get("role") not in {"user", "assistant"} or not turn.get("text"):
            errors.append(f"{where}: bad history turn {turn!r}")
    picks = context.get("picks") or []
    for pick in picks:
        if set(pick) != PICK_KEYS:
            errors.append(f"{where}: a pick needs exactly {sorted(PICK_KEYS)}, got {sorted(pick)}")
    constraints = context.get("constraints") or {}
    if not set(constraints) <= REQUEST_KEYS:
        errors.append(f"{where}: unknown constraint keys {set(constraints) - REQUEST_KEYS}")

    references = expect.get("references") or []
    if not all(isinstance(i, int) and 0 <= i < len(picks) for i in references):
        errors.append(f"{where}: references {references} must index the {len(picks)} picks shown")
    if expect.get("intent") in PICK_INTENTS and not references:
        errors.append(f"{where}: intent {expect['intent']} must reference the picks it is about")

    question = context.get("question")
    if expect.get("intent") == "answer" and not question:
        errors.append(f"{where}: intent answer needs a pending question in the context")
    if "answer" in expect:
        if not question:
            return [*errors, f"{where}: an answer label needs a pending question"]
        options, answer = question["options"], expect["answer"]
        if isinstance(answer, list):
            allowed = len(answer) >= 2 and all(a in options for a in answer)
        else:
            allowed = answer is None or answer == "any" or answer in options
        if not allowed:
            errors.append(
                f"{where}: answer must be an offered option, a list of them, 'any' or null; "
                f"got {answer!r}"
            )
    return errors


def _check_exclusions(where: str, case: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    expect = case["expect"]
    need = expect.get("need") or []
    for blocked in (expect.get("not_need") or []) + (expect.get("avoid") or []):
        clash = [n for n in need if _contains_phrase(n, blocked)]
        if clash:
            errors.append(f"{where}: need {clash} contains the excluded word {blocked!r}")
    wanted = {b.lower() for b in expect.get("brands") or []}
    excluded = {b.lower() for b in expect.get("exclude_brands") or []}
    if wanted & excluded:
        errors.append(f"{where}: brands both wanted and excluded: {wanted & excluded}")
    return errors


@pytest.mark.parametrize(
    "check",
    [_check_shape, _check_prices, _check_context, _check_exclusions],
    ids=["shape", "prices", "context_references_answers", "exclusions_not_searched"],
)
def test_every_case_passes(
    set_dir: Path, check: Callable[[str, dict[str, Any]], list[str]]
) -> None:
    """Shape, prices, context/references/answers, exclusions: all offenders listed at once."""
    errors = [
        error
        for name, case in _cases(set_dir)
        for error in check(f"{set_dir.name}/{name}:{case.get('id')}", case)
    ]
    assert not errors, "\n".join(errors)


def test_checks_reject_broken_cases() -> None:
    """Each per-case check fails on a case that breaks its rule."""
    base = {"id": "x-001", "lang": "en", "message": "hi", "expect": {"intent": "greeting"}}
    assert not _check_shape("x", base)
    assert _check_shape("x", {**base, "expect": {"intent": "shop"}})
    assert _check_shape("x", {**base, "expect": {"intent": "search", "brand": ["Dove"]}})
    assert _check_shape(
        "x", {**base, "expect": {"intent": "search", "attributes": {"price_band": "cheap"}}}
    )
    assert _check_prices(
        "x", {**base, "expect": {"intent": "search", "price_min": 30, "price_max": 25}}
    )
    dialogue = {"history": [{"role": "user", "text": "a"}, {"role": "assistant", "text": "b"}]}
    assert _check_context(
        "x", {**base, "context": dialogue, "expect": {"intent": "ask", "references": [0]}}
    )
    assert _check_context(
        "x", {**base, "context": dialogue, "expect": {"intent": "answer", "answer": "any"}}
    )
    question = {**dialogue, "question": {"text": "Face or body?", "options": ["Face", "Body"]}}
    assert _check_context(
        "x", {**base, "context": question, "expect": {"intent": "answer", "answer": "Hair"}}
    )
    assert not _check_context(
        "x", {**base, "context": question, "expect": {"intent": "answer", "answer": "Face"}}
    )
    assert _check_exclusions(
        "x", {**base, "expect": {"intent": "search", "need": ["almond oil"], "avoid": ["almond"]}}
    )
    assert not _check_exclusions(
        "x", {**base, "expect": {"intent": "search", "need": ["coconut oil"], "avoid": ["nut"]}}
    )


# ---------------------------------------------------------------- against the catalog


def _unknown(
    set_dir: Path,
    labels: Callable[[dict[str, Any]], list[tuple[str, str]]],
    known: frozenset[str],
) -> list[str]:
    return [
        f"{set_dir.name}/{name}:{case['id']} {where}={value!r}"
        for name, case in _cases(set_dir)
        for where, value in labels(case)
        if value not in known
    ]


def test_categories_are_real_prefixes(set_dir: Path, catalog: tuple) -> None:
    wrong = _unknown(set_dir, _categories, catalog[0])
    assert not wrong, "not a category path (prefix) in the Beauty items:\n" + "\n".join(wrong)


def test_brands_are_catalog_brands(set_dir: Path, catalog: tuple) -> None:
    wrong = _unknown(set_dir, _brands, catalog[1])
    assert not wrong, "not a brand (as in the brand field) of the Beauty items:\n" + "\n".join(
        wrong
    )


def test_picks_are_real_items(set_dir: Path, catalog: tuple) -> None:
    items = catalog[2]
    wrong = []
    for name, case in _cases(set_dir):
        for pick in (case.get("context") or {}).get("picks") or []:
            key = (pick["title"], pick["brand"], round(float(pick["price"]), 2), pick["category"])
            if key not in items:
                wrong.append(f"{set_dir.name}/{name}:{case['id']} {key}")
    assert not wrong, (
        "picks that are not Beauty items (title, brand, price, category):\n" + "\n".join(wrong)
    )


def test_catalog_checks_can_fail(catalog: tuple) -> None:
    """The catalog lookups reject what the traps in the set rely on being absent."""
    prefixes, brands, _ = catalog
    assert "Beauty > Hair Care > Shampoos" in prefixes
    assert "Beauty > Hair Care > Dry Shampoos" not in prefixes
    assert {"Gud", "Adore", "Simple", "The One", "M.A.C"} <= brands
    assert not {"Coral", "Summer", "Pure", "Natural", "Urban Decay", "Chanel"} & brands
