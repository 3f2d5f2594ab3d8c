"""The article text a converted file becomes, in the format `read` understands.

Every converter (PDF, Word, web page, wikitext) writes through `ArticleWriter`: a title
(`= Title =`), an optional `Infobox` block of `- Key: Value` lines, sections (`== H ==`,
`=== H ===`), paragraphs separated by a blank line and list items (`- item`). The writer also
records where each page of the original starts in that text, so a fact's offset gives its page.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
# A line the reader would take for something else: a heading, a list item, a quote, "Infobox".
_MARKUP_START = re.compile(r"^(?:=+|#+\s|[-*•>]\s*|\d{1,3}[.)]\s|infobox$)", re.I)


@dataclass(frozen=True, slots=True)
class Converted:
    """A file or page turned into article text, with where each of its pages starts."""

    text: str
    title: str
    pages: tuple[int, ...] = ()  # offset of page 1, 2, …; empty when the original has no pages
    source: str = ""  # the URL the article came from, when it came from one

    def page_at(self, offset: int) -> int | None:
        """The page (1-based) holding the character at `offset`, or None without pages."""
        return page_at(self.pages, offset)


def page_at(pages: tuple[int, ...] | list[int], offset: int) -> int | None:
    """The page (1-based) whose text holds `offset`, given each page's starting offset."""
    if not pages:
        return None
    return max(1, bisect_right(pages, offset))


def clean(text: str) -> str:
    """One line of running text: spaces collapsed, no soft hyphens or control characters."""
    text = text.replace("\u00ad", "").replace("\ufeff", "")
    text = "".join(ch if ch >= " " or ch == "\t" else " " for ch in text)
    return _SPACES.sub(" ", text).strip()


class ArticleWriter:
    """Collects blocks into article text; pages are marked as the original's pages begin."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._open = False  # a paragraph that the next piece may continue
        self._pages: list[int] = []
        self._pending: list[int] = []  # pages begun whose first text is not written yet
        self.title = ""

    def page(self) -> None:
        """A new page of the original begins; its offset is where its first text lands."""
        self._pending.append(len(self._pages) + len(self._pending))

    def _write(self, piece: str) -> None:
        self._parts.append(piece)
        self._length += len(piece)

    def _start_block(self) -> None:
        self._open = False
        if self._length:
            self._write("\n\n")
        self._mark()

    def _mark(self) -> None:
        while self._pending:
            self._pending.pop(0)
            self._pages.append(self._length)

    def set_title(self, text: str) -> None:
        """The article's title, written once at the top."""
        text = clean(text)
        if text and not self.title and not self._length:
            self.title = text
            self._start_block()
            self._write(f"= {text} =")

    def heading(self, level: int, text: str) -> None:
        """A section heading; level 2 is a section, 3 a subsection and so on (at most 6)."""
        text = clean(text).strip("=").strip()
        if not text:
            return
        if not self.title and not self._length:
            self.set_title(text)
            return
        marks = "=" * min(max(level, 2), 6)
        self._start_block()
        self._write(f"{marks} {text} {marks}")

    def infobox(self, fields: list[tuple[str, str]]) -> None:
        """The `Infobox` block of key-value lines the generator reads for its own stems."""
        lines = [(clean(k), clean(v)) for k, v in fields]
        lines = [(k.replace(":", ""), v) for k, v in lines if k and v]
        if not lines:
            return
        self._start_block()
        self._write("Infobox\n" + "\n".join(f"- {k}: {v}" for k, v in lines))

    def paragraph(self, text: str) -> None:
        """A paragraph of its own."""
        self._open = False
        self.extend(text)

    def extend(self, text: str, joiner: str = " ") -> None:
        """Continue the open paragraph with `joiner` (a paragraph that runs on across a page or
        column), or start one."""
        text = _unmark(clean(text))
        if not text:
            return
        if self._open:
            self._write(joiner)
            self._mark()
            self._write(text)
            return
        self._start_block()
        self._write(text)
        self._open = True

    def ends_sentence(self) -> bool:
        """True when no paragraph is open or the open one ends a sentence."""
        if not self._open or not self._parts:
            return True
        return self._parts[-1].rstrip().endswith((".", "!", "?", ":", '"', "”", ")"))

    def item(self, text: str) -> None:
        """A list item (a bullet or numbered point of the original)."""
        text = clean(text)
        if text:
            self._start_block()
            self._write(f"- {text}")

    def close(self) -> None:
        """End the open paragraph: what follows starts a new one."""
        self._open = False

    def result(self, source: str = "") -> Converted:
        """The article text (ending with one newline) and the page offsets."""
        self._mark()
        text = "".join(self._parts).rstrip() + "\n"
        pages = tuple(min(p, len(text) - 1) for p in self._pages)
        return Converted(text=text, title=self.title, pages=pages, source=source)


def _unmark(text: str) -> str:
    """A paragraph never starts like markup: a leading bullet, '#' or '=' is dropped."""
    while _MARKUP_START.match(text) and text.lower() != "infobox":
        stripped = _MARKUP_START.sub("", text, count=1).lstrip()
        if stripped == text:
            break
        text = stripped
    return text


def table_items(writer: ArticleWriter, rows: list[list[str]]) -> None:
    """A table as text: the first row names the columns; each further row is one list item
    ("Canal: Bridgewater; Opened: 1761; Miles: 39")."""
    rows = [[clean(c) for c in row] for row in rows if any(clean(c) for c in row)]
    if not rows:
        return
    head, body = rows[0], rows[1:]
    if not body or len(set(head)) != len(head):
        for row in rows:
            writer.item("; ".join(c for c in row if c))
        return
    for row in body:
        writer.item(
            "; ".join(f"{h}: {c}" if h else c for h, c in zip(head, row, strict=False) if c)
        )
