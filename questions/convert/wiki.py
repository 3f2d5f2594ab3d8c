"""Wikipedia articles through their wikitext (mwparserfromhell), not their rendered page.

The infobox template becomes the `Infobox` block of `- Key: Value` lines that the generator
reads for its own stems (the sample article's format: `- Date: 16–21 January 2016`), references
are dropped, the templates that carry text ({{convert|50|t}}, {{lang|ar|…}}, dates) are written
out as text and every other template, table, file and category is removed. Sections keep the
wiki's own `== Heading ==` lines. Input is the wikitext of one page, from the MediaWiki API's
answer (`api_wikitext`) or from a `Special:Export` XML file (`export_wikitext`).
"""

from __future__ import annotations

import contextlib
import json
import re
from datetime import date
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from .article import ArticleWriter, Converted, clean
from .errors import ConvertError

# Pages that are not articles: "Special:Random", "Talk:Canal", "File:Map.svg", …
_NAMESPACES = frozenset(
    "special file image media category talk user wikipedia project help portal template draft "
    "module mediawiki book timedtext gadget".split()
) | frozenset({"user talk", "wikipedia talk", "template talk", "category talk", "file talk"})
_WIKI_HOST = re.compile(r"^([a-z\-]{2,20})(?:\.m)?\.wikipedia\.org$")
_MONTHS = "January February March April May June July August September October November December"
_DROP_SECTIONS = {"references", "notes", "external links", "further reading", "see also"}
# {{convert}}'s unit codes as the rendered page spells them out.
_UNITS = {
    "t": "tonnes",
    "km": "kilometres",
    "mi": "miles",
    "m": "metres",
    "ft": "feet",
    "kg": "kilograms",
    "lb": "pounds",
    "km2": "square kilometres",
    "sqmi": "square miles",
    "ha": "hectares",
    "acre": "acres",
    "cm": "centimetres",
    "in": "inches",
    "L": "litres",
    "km/h": "kilometres per hour",
    "mph": "miles per hour",
    "nmi": "nautical miles",
}
_DROP_TAGS = {"ref", "gallery", "math", "score", "timeline", "table", "references", "div"}
_PLAIN_TEMPLATES = {"lang", "nowrap", "nobr", "small", "transl", "nihongo", "langx", "ill"}
_LIST_TEMPLATES = {
    "plainlist",
    "plain list",
    "ubl",
    "unbulleted list",
    "hlist",
    "flatlist",
    "bulleted list",
}
_DATE_TEMPLATES = ("start date", "end date", "birth date", "death date", "film date", "date")
_HEADING = re.compile(r"^(={2,6})\s*(.+?)\s*\1\s*$")


def wikipedia_title(url: str) -> tuple[str, str] | None:
    """(language, title) of a Wikipedia article URL, or None for any other URL."""
    parts = urlsplit(url)
    host = _WIKI_HOST.match((parts.hostname or "").lower())
    if host is None or not parts.path.startswith("/wiki/"):
        return None
    title = unquote(parts.path[len("/wiki/") :]).replace("_", " ").strip()
    namespace = title.partition(":")[0].strip().lower() if ":" in title else ""
    if not title or namespace in _NAMESPACES:
        return None
    return host.group(1), title


def api_url(language: str, title: str) -> str:
    """The MediaWiki API query for one page's current wikitext (redirects followed)."""
    return (
        f"https://{language}.wikipedia.org/w/api.php?action=query&prop=revisions"
        "&rvprop=content&rvslots=main&format=json&formatversion=2&redirects=1"
        f"&titles={quote(title)}"
    )


def api_wikitext(data: bytes) -> tuple[str, str]:
    """(title, wikitext) from the API's JSON answer, or ConvertError (no such article)."""
    try:
        page = json.loads(data)["query"]["pages"][0]
    except (ValueError, KeyError, IndexError, TypeError):
        raise ConvertError("did not answer as Wikipedia's API does") from None
    if page.get("missing") or page.get("invalid"):
        raise ConvertError("is not an article on Wikipedia (no page has that title)")
    try:
        return str(page["title"]), str(page["revisions"][0]["slots"]["main"]["content"])
    except (KeyError, IndexError, TypeError):
        raise ConvertError("did not answer as Wikipedia's API does") from None


def export_wikitext(data: bytes) -> tuple[str, str]:
    """(title, wikitext) of the first page of a `Special:Export` XML file, or ConvertError."""
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        root = ElementTree.fromstring(data)
    except (ElementTree.ParseError, DefusedXmlException, ValueError):
        raise ConvertError("is not a readable Special:Export XML file") from None
    ns = root.tag.partition("}")[0] + "}" if root.tag.startswith("{") else ""
    page = root.find(f"{ns}page")
    if not root.tag.endswith("mediawiki") or page is None:
        raise ConvertError("is not a Special:Export XML file of Wikipedia")
    title = page.findtext(f"{ns}title") or ""
    texts = page.findall(f"{ns}revision/{ns}text")
    if not texts or not (texts[-1].text or "").strip():
        raise ConvertError("holds no article text")
    return title, texts[-1].text or ""


def convert_wikitext(title: str, wikitext: str, source: str = "") -> Converted:
    """Article text from a page's wikitext, with its infobox as the `Infobox` block."""
    import mwparserfromhell

    if wikitext.lstrip().upper().startswith("#REDIRECT"):
        raise ConvertError("is only a redirect to another article")
    code = mwparserfromhell.parse(wikitext)
    writer = ArticleWriter()
    writer.set_title(title)
    infobox = next(
        (t for t in code.filter_templates(recursive=False) if _name(t).startswith("infobox")),
        None,
    )
    if infobox is not None:
        writer.infobox(
            [
                (str(p.name).strip().capitalize(), _text(p.value))
                for p in infobox.params
                if not p.showkey or str(p.name).strip()
            ]
        )
    _body(writer, _text(code))
    result = writer.result(source=source)
    if len(result.text) < 200:
        raise ConvertError("has almost no text")
    return result


def _body(writer: ArticleWriter, text: str) -> None:
    """The plain text's lines: headings, list items, paragraphs; link sections dropped."""
    skipping = False
    for line in text.splitlines():
        line = line.strip()
        heading = _HEADING.match(line)
        if heading:
            name = clean(heading.group(2))
            skipping = name.lower() in _DROP_SECTIONS
            if not skipping:
                writer.heading(len(heading.group(1)), name)
        elif skipping or not line:
            writer.close()
        elif line[0] in "*#":
            writer.item(line.lstrip("*#:; "))
        elif line[0] in ":;":
            writer.paragraph(line.lstrip(":; "))
        else:
            writer.paragraph(line)


def _name(template: Any) -> str:
    return str(template.name).strip().lower().replace("_", " ")


def _text(code: Any) -> str:
    """Wikitext as plain text: references, comments, tables, files and categories dropped, text
    templates written out, headings and list items kept as lines the body reader knows."""
    import mwparserfromhell
    from mwparserfromhell.nodes import Comment, Heading, Tag, Template, Wikilink

    code = mwparserfromhell.parse(str(code))
    for node in code.filter(recursive=True, forcetype=(Tag, Comment, Wikilink)):
        if isinstance(node, Comment):
            _remove(code, node)
        elif isinstance(node, Wikilink):
            target = str(node.title).strip().lower()
            if target.startswith(("file:", "image:", "category:", "media:")):
                _remove(code, node)
        elif str(node.tag).lower() in _DROP_TAGS:
            _remove(code, node)
        elif str(node.tag).lower() == "li":
            _replace(code, node, "\n* ")
    for template in code.filter(recursive=False, forcetype=Template):
        _replace(code, template, _template_text(template))
    for heading in code.filter(recursive=False, forcetype=Heading):
        marks = "=" * heading.level
        title = " ".join(str(heading.title).split())
        _replace(code, heading, f"\n{marks} {_text(title)} {marks}\n")
    text = code.strip_code(normalize=True, collapse=True, keep_template_params=False)
    return re.sub(r"[ \t]+", " ", text)


def _remove(code: Any, node: Any) -> None:
    with contextlib.suppress(ValueError):  # already gone with its parent
        code.remove(node)


def _replace(code: Any, node: Any, text: str) -> None:
    """Put plain text in the node's place (a Text node: a string would be parsed again)."""
    from mwparserfromhell.nodes import Text

    with contextlib.suppress(ValueError):
        code.replace(node, Text(text))


def _template_text(template: Any) -> str:
    """What a template shows as text, for the few that carry the article's words."""
    name = _name(template)
    if name in _LIST_TEMPLATES:
        raw = " ".join(str(p.value) for p in template.params if not p.showkey)
        return ", ".join(t for t in (_text(i).strip() for i in re.split(r"\n\s*\*", raw)) if t)
    args = [_text(p.value).strip() for p in template.params if not p.showkey]
    if name in ("convert", "cvt") and len(args) >= 2:
        return f"{args[0]} {_UNITS.get(args[1], args[1])}"
    if name in _PLAIN_TEMPLATES and args:
        return args[-1] if name in ("lang", "langx", "transl") else args[0]
    if name.startswith(_DATE_TEMPLATES) and len(args) >= 1:
        return _date(args[:3])
    if name in ("flag", "flagcountry", "flagu", "flagdeco country") and args:
        return args[0]
    if name in ("circa", "c."):
        return f"c. {args[0]}" if args else "c."
    return ""


def _date(parts: list[str]) -> str:
    """{{start date|2016|1|16}} → "16 January 2016"."""
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        return " ".join(parts)
    if len(numbers) == 3:
        try:
            day = date(*numbers)
        except ValueError:
            return " ".join(parts)
        return f"{day.day} {_MONTHS.split()[day.month - 1]} {day.year}"
    if len(numbers) == 2 and 1 <= numbers[1] <= 12:
        return f"{_MONTHS.split()[numbers[1] - 1]} {numbers[0]}"
    return str(numbers[0])
