"""Stage 1, read: article text → `Document` (title, infobox, sections, paragraphs, list items).

Understands the sample's wiki-like format (`= Title =`, `Infobox` + `- Key: Value`, `== H ==`),
Markdown (`#` headings) and plain text. Every block keeps offsets into the text exactly as given.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import PurePath

from .model import Block, BlockKind, Document
from .text import BROKEN_SUBSCRIPT

WIKI_HEADING = re.compile(r"^(={1,6})\s*(.+?)\s*\1\s*$")
MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
INFOBOX_LINE = re.compile(r"^[-*]\s*([^:\n]{1,60}?)\s*:\s*(.*)$")
BLOCK_QUOTE = re.compile(
    r"^\s*>"
)  # "> They shouted three days": someone's words, not the article's
LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,3}[.)])\s+\S")
# Converted articles often end the infobox with the lead glued to a stray key:
# "- Military: *Benito Mussolini (29 July 1883 – 28 April 1945) was an Italian politician…".
# A value that starts with "*" and reads as prose (long, with a full stop) is that lead.
LEAD_IN_INFOBOX = re.compile(r"\*\s*(?=\S.{78,})(?=.*\.(?:\s|$))")

# Sections whose content is not a question source: link lists, references, media.
NON_SOURCE_SECTIONS = frozenset(
    {
        "see also",
        "references",
        "notes",
        "external links",
        "further reading",
        "bibliography",
        "sources",
        "citations",
        "gallery",
        "footnotes",
        "works cited",
        "notes and references",
        "selected works",
        "filmography",
        "discography",
        "publications",
        "works",
    }
)


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, line) for every line, end excluding the newline."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        yield pos, pos + len(line), line
        pos += len(raw)


def _heading(line: str, markdown: bool) -> tuple[int, str] | None:
    """Return (level, heading text) when the line is a heading."""
    m = WIKI_HEADING.match(line)
    if m:
        return len(m.group(1)), m.group(2)
    if markdown:
        m = MD_HEADING.match(line)
        if m:
            return len(m.group(1)), m.group(2)
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it has no surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Reader:
    """Walks the lines once and collects blocks; kept small and linear."""

    def __init__(self, text: str, name: str) -> None:
        self.text = text
        self.name = name
        self.blocks: list[Block] = []
        self.title = ""
        self.section = ""
        self.section_source = True
        self.in_infobox = False
        self.para_start = -1
        self.para_end = -1
        self.markdown = bool(re.search(r"^#{1,6}\s+\S", text, re.M))

    def flush(self) -> None:
        """Close the paragraph being collected."""
        if self.para_start >= 0:
            s, e = _trim(self.text, self.para_start, self.para_end)
            if e > s:
                self.add("paragraph", s, e)
        self.para_start = -1

    def add(self, kind: BlockKind, start: int, end: int, key: str = "", vstart: int = 0) -> None:
        """Append a block in the current section."""
        self.blocks.append(
            Block(kind, start, end, self.section, key, vstart or start, self.section_source)
        )

    def line(self, start: int, end: int, line: str) -> None:
        """Consume one line."""
        stripped = line.strip()
        if not stripped:
            self.flush()
            self.in_infobox = False
            return
        head = _heading(line, self.markdown)
        if head:
            self.heading(start, end, line, *head)
            return
        if stripped.lower() == "infobox" and self.para_start < 0:
            self.in_infobox = True
            return
        if self.in_infobox:
            self.infobox_line(start, end, line)
            return
        if BLOCK_QUOTE.match(line):
            self.flush()
            s, e = _trim(self.text, start, end)
            self.blocks.append(Block("paragraph", s, e, self.section, source=False))
            return
        if LIST_ITEM.match(line) and not (
            self.para_start >= 0 and BROKEN_SUBSCRIPT.search(self.text, max(0, start - 12), start)
        ):  # "Trioxygen (O\n3) is …": a formula's subscript, no numbered item
            self.flush()
            s, e = _trim(self.text, start, end)
            self.add("list_item", s, e)
            return
        if self.para_start < 0:
            self.para_start = start
        self.para_end = end

    def heading(self, start: int, end: int, line: str, level: int, text: str) -> None:
        """Start a section, or set the title for a level-1 heading at the top."""
        self.flush()
        self.in_infobox = False
        if level == 1 and not self.title:
            self.title = text
            self.add("title", *_trim(self.text, start, end))
            return
        self.section = text
        self.section_source = text.strip().lower() not in NON_SOURCE_SECTIONS
        self.add("heading", *_trim(self.text, start, end))

    def infobox_line(self, start: int, end: int, line: str) -> None:
        """Record an infobox `- Key: Value` line; other lines inside the box are skipped."""
        m = INFOBOX_LINE.match(line)
        if not m or not m.group(2).strip():
            return
        lead = LEAD_IN_INFOBOX.match(line, m.start(2))
        if lead:
            self.in_infobox = False
            self.para_start, self.para_end = start + lead.end(), end
            return
        s, e = _trim(self.text, start, end)
        self.add("infobox", s, e, m.group(1).strip(), start + m.start(2))


def read(text: str, name: str = "") -> Document:
    """Parse article text into a `Document`; offsets refer to `text` unchanged."""
    reader = _Reader(text, name)
    for start, end, line in _lines(text):
        reader.line(start, end, line)
    reader.flush()
    blocks = reader.blocks
    title = reader.title.strip()
    if not title:
        title, blocks = _plain_title(text, blocks, name)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(name=name, text=text, title=title, blocks=tuple(blocks), sha256=sha)


def _plain_title(text: str, blocks: list[Block], name: str) -> tuple[str, list[Block]]:
    """Plain text: a short first line without a final stop is the title, else the file name."""
    if blocks and blocks[0].kind == "paragraph":
        first = blocks[0]
        line_end = text.find("\n", first.start)
        line_end = first.end if line_end < 0 or line_end > first.end else line_end
        line = text[first.start : line_end].strip()
        if 0 < len(line) <= 100 and not line.endswith((".", "!", "?", ":")):
            title_block = Block("title", first.start, first.start + len(line), "", "", 0, True)
            rest_start, rest_end = _trim(text, first.start + len(line), first.end)
            rest = [Block("paragraph", rest_start, rest_end, "")] if rest_end > rest_start else []
            return line, [title_block, *rest, *blocks[1:]]
    stem = PurePath(name).stem.replace("-", " ").replace("_", " ").strip()
    return (stem[:1].upper() + stem[1:]) if stem else "Untitled", blocks
