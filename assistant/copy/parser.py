"""The LangChain output parser of the copy chain (kept apart: langchain-core loads lazily)."""

from __future__ import annotations

from langchain_core.output_parsers import BaseOutputParser

from assistant.copy.completion import ParsedCopy, parse_completion


class CopyParser(BaseOutputParser[ParsedCopy]):
    """Parses a completion of a copy prompt into subject and body (see `parse_completion`)."""

    channel: str = "sms"

    def parse(self, text: str) -> ParsedCopy:
        """Split and clean a completion."""
        return parse_completion(text, self.channel)

    @property
    def _type(self) -> str:
        return "shopassist-copy"
