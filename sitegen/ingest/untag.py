"""HTML left in a copied page: strip the tags, keep the text and its line structure."""
from __future__ import annotations

import html
import re

import lxml.html
from lxml import etree

_TAG = re.compile(r"</?(?:p|div|br|span|a|b|i|em|strong|h[1-6]|li|ul|ol|table|tr|td|section|article|header|footer|"
                  r"nav|script|style|img|figure|figcaption|blockquote|html|body|head|meta|link)\b[^>]*>", re.I)
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,8});", re.I)
_BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "section",
          "article", "header", "footer", "nav", "figure", "figcaption", "blockquote", "title", "aside", "dd", "dt"}
_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "head")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def has_markup(text: str) -> bool:
    return _TAG.search(text) is not None


def untag(text: str) -> str:
    """Plain text of ``text``: tags stripped (blocks become lines), entities decoded."""
    if has_markup(text):
        try:
            root = lxml.html.document_fromstring(text)
        except (etree.ParserError, ValueError):
            root = None
        if root is not None:
            for el in list(root.iter(*_DROP)):
                if el.getparent() is not None:
                    el.drop_tree()
            for el in root.iter():
                if isinstance(el.tag, str) and el.tag.lower() in _BLOCK:
                    el.tail = "\n" + (el.tail or "")
                    if el.tag.lower() != "br":
                        el.text = "\n" + (el.text or "")
            text = root.text_content()
    elif _ENTITY.search(text):
        text = html.unescape(text)
    return _INVISIBLE.sub("", text.replace("\u00a0", " "))
