"""A type said before the form it comes in ("conditioner spray", "eyeliner pen"): the type is
what the need is, where the category its words named holds no title saying that type
("conditioner spray" named Eau de Parfum by its "spray", "concealer pen" Nail Polish, "liquid
eyeliner pen" the eye-care Rollers & Pens).

`type_before_its_form` is read by `category_by_words.named` over the category the words named.
"""

from __future__ import annotations

from assistant.dialogue.category.form_after_type import form_said_last
from assistant.dialogue.category.type_said_last import a_type_before_its_form, what_is_said
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.vocabulary import CatalogVocabulary
from catalog.category_paths import within
from retrieval.tokenize import stem


def type_before_its_form(
    need: str,
    stated: str | None,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """The category the words before a form said last name ("conditioner" of "a conditioner
    spray": Conditioners), where the word right before it names a type
    (`type_said_last.a_type_before_its_form`) that no title of ``stated``, the category the
    need's words named, says; else None ("sea salt spray": the hair sprays' titles say
    "salt"; "a setting spray": no type before the form; "a body lotion": a part of the body)."""
    counts = vocabulary.title_counts if vocabulary is not None else None
    if parse is None or not stated or not counts:
        return None
    said = what_is_said(need)  # before "for", "with" ...; none for several types joined
    if not form_said_last(said):
        return None
    before = said[:-1]
    if not a_type_before_its_form(before[-1], vocabulary) or any(
        n for path, n in counts.get(stem(before[-1]), {}).items() if within(path, stated)
    ):
        return None
    named = parse(" ".join(before)).category
    return named if named and named != stated else None
