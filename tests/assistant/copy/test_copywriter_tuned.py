"""A copywriter over a model tuned by `shopassist tune copy` reads the tuned prompt; which adapter
the setting names."""

from __future__ import annotations

import pytest

from assistant.copy import Copywriter, GroundingChecker
from assistant.llm.errors import LLMError
from assistant.llm.tuning.copy_artifact import copy_dir, resolve_copy_adapter
from assistant.llm.tuning.copy_examples import load_examples
from assistant.llm.tuning.copy_pipeline import example_prompt, split_by_product
from tests.assistant.copy.products import POLISH
from tests.assistant.copy.scripted_llm import ScriptedLLM

CHECKER = GroundingChecker(["essie", "OPI"], [])


class TunedLLM(ScriptedLLM):
    tuned_for = "copy"


def test_a_tuned_model_gets_the_facts_without_worked_examples():
    llm = TunedLLM([" Soft pink nails: essie Nail Polish in Ballet Slippers, $8.00."])
    writer = Copywriter(llm, checker=CHECKER)
    assert writer.tuned
    [sms] = writer.write(POLISH, channel="sms")
    assert sms.source == "llm" and sms.text.startswith("Soft pink nails")
    prompt = llm.prompts[0]
    assert prompt.startswith("SMS for a beauty shop") and prompt.endswith("SMS:")
    assert "###" not in prompt and "OPI Nail Lacquer" not in prompt  # no few-shot examples
    assert 'Product: "essie Nail Polish, Ballet Slippers, 0.46 fl oz"' in prompt


def test_a_tuned_email_completes_the_subject_then_the_body():
    llm = TunedLLM(
        [" Soft pink for your nails\nBody: essie Nail Polish in Ballet Slippers is $8.00."]
    )
    [email] = Copywriter(llm, checker=CHECKER).write(POLISH, channel="email")
    assert llm.prompts[0].endswith("Subject:")
    assert email.subject == "Soft pink for your nails" and email.text.endswith("$8.00.")


def test_an_untuned_model_keeps_the_few_shot_prompt():
    llm = ScriptedLLM([" essie Nail Polish in Ballet Slippers, $8.00. Soft pink."])
    writer = Copywriter(llm, checker=CHECKER)
    assert not writer.tuned
    writer.write(POLISH, channel="push")
    assert "###" in llm.prompts[0]


def test_the_setting_names_none_latest_or_a_folder(tmp_path):
    assert resolve_copy_adapter("none", tmp_path) is None
    with pytest.raises(LLMError, match="tune copy"):
        resolve_copy_adapter("latest", tmp_path)
    with pytest.raises(LLMError, match="SHOPASSIST_COPY_ADAPTER"):
        resolve_copy_adapter(str(tmp_path / "nothing"), tmp_path)
    version = copy_dir(tmp_path) / "copy-1"
    version.mkdir(parents=True)
    (version / "adapter_config.json").write_text("{}")
    (copy_dir(tmp_path) / "LATEST").write_text("copy-1")
    assert resolve_copy_adapter("latest", tmp_path) == version
    assert resolve_copy_adapter(str(version), tmp_path) == version


def test_default_is_the_shipped_adapter_for_the_model_it_was_trained_on(tmp_path):
    """'default' names the adapter in the package for gemma-3-270m, the model its manifest
    says it was trained on; for any other model it names none (it would fit no other)."""
    from assistant.llm.tuning.artifact import read_manifest
    from assistant.llm.tuning.copy_artifact import PACKAGED_COPY_ADAPTER, PACKAGED_COPY_BASE

    manifest = read_manifest(PACKAGED_COPY_ADAPTER)
    assert manifest["task"] == "copy" and manifest["base_model"] == PACKAGED_COPY_BASE
    assert sum(f.stat().st_size for f in PACKAGED_COPY_ADAPTER.iterdir()) < 12_000_000
    assert resolve_copy_adapter("default", tmp_path, "gemma-3-270m") == PACKAGED_COPY_ADAPTER
    assert resolve_copy_adapter("default", tmp_path, "smollm2-135m-instruct") is None
    assert resolve_copy_adapter("default", tmp_path, str(tmp_path / "my-model")) is None


def test_the_training_prompt_is_the_tuned_copywriters_and_products_stay_on_one_side():
    email = next(e for e in load_examples() if e.channel == "email")
    prompt = example_prompt(email)
    assert prompt.startswith("Marketing email for a beauty shop") and prompt.endswith("Subject:")
    assert f'Product: "{email.name}"' in prompt and "###" not in prompt
    assert email.answer() == f" {email.subject}\nBody: {email.text}"
    train, held = split_by_product(load_examples(), 0.1, seed=42)
    assert len(train) + len(held) == len(load_examples()) and held
    assert not {e.item_id for e in train} & {e.item_id for e in held}
