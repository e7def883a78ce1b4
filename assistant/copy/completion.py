"""A copy prompt's completion read: split into subject and body and cleaned (`parse_completion`,
which the copy chain's LangChain parser, `parser.CopyParser`, calls)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.copy.sentences import split_sentences


@dataclass(frozen=True)
class ParsedCopy:
    """The model's completion split into subject and body."""

    subject: str
    body: str


def parse_completion(text: str, channel: str) -> ParsedCopy:
    """Split a copy prompt's completion into subject and body, cleaned.

    Emails complete after ``Subject:`` (``<subject>\\nBody: <body>``); other channels are one
    line. A sentence cut off by the token limit is dropped when a complete one precedes it.
    """
    subject, body = "", text
    if channel == "email":
        head, _, rest = text.partition("\n")
        subject = head.strip()
        body = re.sub(r"^\s*Body:\s*", "", rest.strip(), flags=re.I)
        if not rest.strip() and "Body:" in head:
            subject, _, body = head.partition("Body:")
    return ParsedCopy(cleaned(subject, complete=False), cleaned(body, complete=True))


_FIELD = re.compile(
    r"\b(?:Product|Brand|Category|Price|Audience|Tone|Length|SMS|Push|Banner|Subject|Body):"
)


def cleaned(text: str, *, complete: bool) -> str:
    """Whitespace normalised, prompt field labels cut (the model starting a new example)."""
    text = " ".join(text.replace("###", " ").split()).strip(" \"'")
    while (m := _FIELD.match(text)) is not None:
        text = text[m.end() :].strip(" \"'")
    if (m := _FIELD.search(text)) is not None:
        text = text[: m.start()].strip(" \"'")
    if complete and text and text[-1] not in ".!?":
        sentences = split_sentences(text)
        if len(sentences) > 1:
            text = " ".join(sentences[:-1])
    return text
