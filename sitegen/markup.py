"""Markdown in and out: escape scraped text as Markdown, render Markdown to safe HTML."""
from __future__ import annotations

import re
from functools import lru_cache

import markdown
import nh3

_INLINE = re.compile(r"([\\`*_\[\]|])")
_BLOCK_START = re.compile(r"^(\s*)(?:([#+\-])|(\d+)([.)])(?=\s))")
_ALLOWED_TAGS = {
    "p", "a", "h1", "h5", "h6", "em", "strong", "blockquote", "ul", "ol", "li", "h2", "h3", "h4", "code", "pre",
    "br", "hr", "img", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "sup", "sub",
}


def escape_markdown(text: str) -> str:
    """Plain text as Markdown that renders back to exactly that text, never as markup."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(r"\\\1", text)
    return _BLOCK_START.sub(_escape_block_start, text)


def _escape_block_start(m: re.Match) -> str:
    if m.group(2):
        return f"{m.group(1)}\\{m.group(2)}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"


def paragraphs_to_markdown(paragraphs: list[str]) -> str:
    return "\n\n".join(escape_markdown(" ".join(p.split())) for p in paragraphs)


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    """One Markdown instance per process: building one costs more than converting a page."""
    return markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")


def render_markdown(source: str) -> str:
    """Markdown (possibly an editor's, with raw HTML) to sanitised HTML."""
    html = _converter().reset().convert(source)
    return nh3.clean(html, tags=_ALLOWED_TAGS, link_rel="noopener noreferrer")
