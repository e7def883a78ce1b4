"""Prompt templates as package data: ``<name>.yaml`` files loaded by name, rendered with Jinja.

Each YAML file holds a ``template`` (Jinja, rendered with ``StrictUndefined`` so a missing
variable is an error, never an empty string; the ``quote`` filter writes a value as JSON text
without HTML escapes) and optional generation settings (``stop``,
``max_new_tokens``, ``temperature``) and documentation (``description``, ``variables``).

    >>> from prompts import render
    >>> text = render("copy_sms", product=..., audience=..., tone="friendly")
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from core.errors import ShopAssistError


class PromptError(ShopAssistError):
    """A prompt template is missing, malformed, or was rendered without a variable it needs."""


@dataclass(frozen=True)
class PromptSpec:
    """One prompt template and the generation settings that go with it."""

    name: str
    template: str
    description: str = ""
    variables: tuple[str, ...] = ()
    stop: tuple[str, ...] = ()
    max_new_tokens: int = 64
    temperature: float = 0.7
    extra: dict[str, Any] = field(default_factory=dict)

    def render(self, **values: Any) -> str:
        """Render the template with ``values`` (Jinja, StrictUndefined, no autoescape)."""
        import jinja2

        env = jinja2.Environment(
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        # Quoted data as JSON text, readable: Jinja's own `tojson` escapes & < > ' for HTML
        # ("Creams \u0026 Moisturizers"), which a model reads as noise.
        env.filters["quote"] = lambda value: json.dumps(value, ensure_ascii=False)
        try:
            # No trailing newline: a completion prompt ends right after "SMS:" / "Subject:".
            return env.from_string(self.template).render(**values).rstrip()
        except jinja2.UndefinedError as e:
            raise PromptError(
                f"prompt {self.name!r}: {e.message}; expected variables "
                f"{', '.join(self.variables) or '(none documented)'}"
            ) from e
        except jinja2.TemplateError as e:
            raise PromptError(f"prompt {self.name!r}: template error: {e}") from e


def available() -> list[str]:
    """The names of every packaged prompt (file names without ``.yaml``), not the data files
    beside them that hold no ``template`` (the parser's worked examples)."""
    root = resources.files(__name__)
    names = sorted(p.name[: -len(".yaml")] for p in root.iterdir() if p.name.endswith(".yaml"))
    return [name for name in names if _is_prompt(name)]


def _is_prompt(name: str) -> bool:
    """Whether the packaged file ``name`` is a prompt (`load` reads it)."""
    try:
        load(name)
    except PromptError:
        return False
    return True


@lru_cache(maxsize=64)
def load(name: str) -> PromptSpec:
    """The prompt called ``name`` (``prompts/<name>.yaml``).

    Raises:
        PromptError: no such prompt, the file gives a key twice, or it is not a mapping with a
            ``template`` string.
    """
    from core.yaml_files import read_yaml

    if not name.replace("_", "").replace("-", "").isalnum():
        raise PromptError(f"prompt name: expected letters, digits, '_' or '-', got {name!r}")
    resource = resources.files(__name__).joinpath(f"{name}.yaml")
    if not resource.is_file():
        raise PromptError(f"prompt {name!r} not found: expected one of {', '.join(available())}")
    text = resource.read_text(encoding="utf-8")
    data = read_yaml(text, f"prompts/{name}.yaml", PromptError, where=f"prompt {name!r}")
    if not isinstance(data, dict) or not isinstance(data.get("template"), str):
        raise PromptError(f"prompt {name!r}: expected a mapping with a 'template' string")
    known = {"template", "description", "variables", "stop", "max_new_tokens", "temperature"}
    return PromptSpec(
        name=name,
        template=data["template"],
        description=str(data.get("description", "")),
        variables=tuple(data.get("variables") or ()),
        stop=tuple(data.get("stop") or ()),
        max_new_tokens=int(data.get("max_new_tokens", 64)),
        temperature=float(data.get("temperature", 0.7)),
        extra={k: v for k, v in data.items() if k not in known},
    )


def render(name: str, **values: Any) -> str:
    """Load the prompt ``name`` and render it with ``values``."""
    return load(name).render(**values)


__all__ = ["PromptError", "PromptSpec", "available", "load", "render"]
