"""A web page (HTML) → article text: its main text found by readability-lxml (the port of
Mozilla's Readability), then headings, paragraphs, list items and tables written out.

A page whose main text is too short to be an article is refused, and one that asks for a
password is named for what it is: a sign-in page.
"""

from __future__ import annotations

import re
from typing import Any

from .article import ArticleWriter, Converted, clean, table_items
from .errors import ConvertError

MIN_TEXT = 400  # characters of main text: less is a stub, a menu or a cookie banner
_PASSWORD = re.compile(rb"<input[^>]+type\s*=\s*[\"']?password", re.I)
_SIGN_IN = re.compile(r"\b(?:sign in|log in|login|subscribe to (?:read|continue))\b", re.I)
_SITE_SUFFIX = re.compile(r"\s+[|–—·•]\s+|\s+-\s+")
_SKIPPED = {"script", "style", "nav", "footer", "aside", "figure", "form", "noscript"}
_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre", "dd", "dt"}


def convert_html(data: bytes, url: str = "") -> Converted:
    """The main text of an HTML page, or ConvertError."""
    from lxml import html as lxml_html
    from readability import Document as Readable

    if not data.strip():
        raise ConvertError("is an empty page")
    try:
        readable = Readable(data, url=url or None)
        main = readable.summary(html_partial=True)
        tree = lxml_html.fromstring(main) if main.strip() else None
        title = _title(tree, readable.title() or "")
    except Exception as exc:  # readability and lxml raise many kinds on broken markup
        if type(exc).__module__.startswith(("readability", "lxml")):
            raise ConvertError("could not be read as a web page") from None
        raise
    writer = ArticleWriter()
    if title:
        writer.set_title(title)
    if tree is not None:
        _walk(writer, tree, title)
    result = writer.result(source=url)
    body = len(result.text) - len(title)
    if body < MIN_TEXT:
        if _PASSWORD.search(data) or _SIGN_IN.search(result.text):
            raise ConvertError(
                "asks to sign in; only the sign-in page could be read, not an article"
            )
        raise ConvertError("has no main text to read (nothing like an article was found on it)")
    return result


def _title(tree: Any, page_title: str) -> str:
    """The article's own heading (its first h1), else the page title without the site's name
    ("The Canal Age | History Site")."""
    heading = tree.find(".//h1") if tree is not None else None
    if heading is not None and clean(heading.text_content()):
        return clean(heading.text_content())
    return clean(_SITE_SUFFIX.split(page_title)[0]) or clean(page_title)


def _walk(writer: ArticleWriter, element: Any, title: str) -> None:
    """Write the block elements under `element` in document order; a container that holds
    only running text (no blocks) is one paragraph, and so is loose text between blocks."""
    if clean(element.text or ""):
        writer.paragraph(element.text)
    for node in element.iterchildren():
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _BLOCKS:
            _block(writer, node, tag, title)
        elif tag in _SKIPPED or not tag:
            pass
        elif any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in node.iterdescendants()):
            _walk(writer, node, title)
        else:
            writer.paragraph(node.text_content())
        if clean(node.tail or ""):
            writer.paragraph(node.tail)


def _block(writer: ArticleWriter, node: Any, tag: str, title: str) -> None:
    text = clean(node.text_content())
    if tag == "table":
        rows = [
            [clean(cell.text_content()) for cell in row.iter("td", "th")] for row in node.iter("tr")
        ]
        table_items(writer, rows)
    elif tag[:1] == "h" and tag[1:].isdigit():
        if text != title:
            writer.heading(int(tag[1]), text)
    elif tag == "li":
        writer.item(text)
    elif tag == "blockquote":  # someone's words, not the article's: no question source
        return
    elif text:
        writer.paragraph(text)
