"""What the markup tests share: markdown rendered as the page renders it (`MARKDOWN`), an HTML
fragment's elements and text (`elements`), and the checks that a fragment is inert
(`assert_inert`) and that markdown renders to text (`assert_markdown_is_text`)."""

from __future__ import annotations

from html.parser import HTMLParser

from markdown_it import MarkdownIt

from tests.ui.hostile import MARKERS

MARKDOWN = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])

URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "poster", "data", "style"}


class Elements(HTMLParser):
    """The tags and attributes of an HTML fragment, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def elements(fragment: str) -> Elements:
    """The elements and text of the HTML ``fragment``."""
    parser = Elements()
    parser.feed(fragment)
    parser.close()
    return parser


def assert_inert(fragment_html: str) -> None:
    """No link, image or other fetching/clickable element, and no URL-bearing attribute naming
    a hostile URL, in an HTML fragment (a tooltip may quote a title: it is text)."""
    for tag, attrs in elements(fragment_html).tags:
        assert tag not in {"a", "img", "script", "iframe", "object", "embed", "link"}, (
            tag,
            fragment_html,
        )
        for name, value in attrs.items():
            if name in URL_ATTRIBUTES or name.startswith("on"):
                assert not any(m in (value or "") for m in MARKERS), (tag, attrs)


def assert_markdown_is_text(markdown: str, *, allowed: set[str] | None = None) -> None:
    """``markdown`` renders to inert HTML whose only elements are in ``allowed``."""
    rendered = MARKDOWN.render(markdown)
    assert_inert(rendered)
    if allowed is not None:
        tags = {tag for tag, _ in elements(rendered).tags}
        assert tags <= allowed, (tags - allowed, markdown)
