"""PDF (its text layer) → article text, through pdfminer.six's layout analysis.

pdfminer gives text boxes and lines with their fonts and positions; this module puts them in
reading order (a page in two columns is read left column first, a full-width block between
columns is read in its place), drops what repeats at the top and bottom of the pages (running
headers and footers) and page numbers, takes lines in a larger or bold font for headings (the
largest for the title), moves footnotes (small print at the foot of a page) to a "Notes" section,
reads a table (single lines side by side, row after row) as one list item per row, joins a word
hyphenated across lines, and records where every page starts.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .article import ArticleWriter, Converted, clean, table_items
from .errors import ConvertError

if TYPE_CHECKING:
    from pdfminer.layout import LTPage

Progress = Callable[[int, int], None]
MAX_PAGES = 2000
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|seite)\s*)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?$", re.I
)
_SUPERSCRIPTS = re.compile(r"(?<=\S)[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_SENTENCE_END = re.compile(r"[.!?:\"”)]$")
_BULLET = re.compile(r"^(?:[-•*–▪◦·]|\d{1,3}[.)])\s+")


@dataclass
class _Line:
    text: str
    size: float
    bold: bool
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class _Box:
    lines: list[_Line]
    x0: float
    x1: float
    top: float
    bottom: float
    table: list[list[str]] | None = None


def convert_pdf(data: bytes, progress: Progress | None = None) -> Converted:
    """The article text of a PDF, or ConvertError in words a teacher understands."""
    pages = list(_pages(data, progress))
    if not any(box.lines or box.table for page in pages for box in page[1]):
        raise ConvertError("has no text; it looks scanned. Only PDFs with a text layer can be read")
    body = _body_size(pages)
    repeated = _running(pages)
    levels = _heading_levels(pages, body)
    writer = ArticleWriter()
    notes: list[str] = []
    runs_on = False  # the last paragraph's last line ran to the edge of its column
    for height, boxes in pages:
        writer.page()
        kept = [b for b in boxes if not _furniture(b, height, repeated, body)]
        order = _reading_order(kept)
        for n, box in enumerate(order):
            opens = n == 0 or box.top > order[n - 1].top + 1  # a new page or column
            if box.table is not None:
                table_items(writer, box.table)
                runs_on = False
            elif _footnote(box, height, body):
                notes.append(" ".join(line.text for line in box.lines))
            else:
                right = max(b.x1 for b in kept if b.x0 < box.x1 and b.x1 > box.x0)
                runs_on = _box(writer, box, body, right, levels, opens and runs_on)
    if notes:
        writer.heading(2, "Notes")
        for note in notes:
            writer.paragraph(note)
    return writer.result()


def page_count(data: bytes) -> int:
    """How many pages the PDF has (its page tree only: fast), or 0 when it cannot be told."""
    from pdfminer.pdfpage import PDFPage

    try:
        return sum(1 for _ in PDFPage.get_pages(io.BytesIO(data)))
    except Exception:  # a broken file: reading it will say what is wrong
        return 0


def _pages(data: bytes, progress: Progress | None) -> Iterator[tuple[float, list[_Box]]]:
    """Each page's height and text boxes, in pdfminer's order."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException

    try:
        total = sum(1 for _ in PDFPage.get_pages(io.BytesIO(data)))
        if total > MAX_PAGES:
            raise ConvertError(f"has {total:,} pages; the limit is {MAX_PAGES:,}")
        found = extract_pages(io.BytesIO(data), laparams=LAParams())
        for number, page in enumerate(found, 1):
            yield page.height, _boxes(page)
            if progress is not None:
                progress(number, total)
    except PDFPasswordIncorrect:
        raise ConvertError("is protected by a password; save a copy without one") from None
    except ConvertError:
        raise
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, IndexError) as exc:
        if "encrypt" in str(exc).lower() or "password" in str(exc).lower():
            raise ConvertError("is protected by a password; save a copy without one") from None
        raise ConvertError("is damaged or incomplete; it cannot be read as a PDF") from None
    except Exception as exc:  # pdfminer raises many kinds on broken files; the reason is ours
        if type(exc).__module__.startswith(("pdfminer", "cryptography")):
            raise ConvertError("is damaged or incomplete; it cannot be read as a PDF") from None
        raise


def _boxes(page: LTPage) -> list[_Box]:
    """The page's text boxes with their lines (font size, boldness, position)."""
    from pdfminer.layout import LTChar, LTTextBox, LTTextLine

    boxes: list[_Box] = []
    for element in page:
        if not isinstance(element, LTTextBox):
            continue
        lines: list[_Line] = []
        for line in element:
            if not isinstance(line, LTTextLine):
                continue
            chars = [c for c in line if isinstance(c, LTChar)]
            if not chars:
                continue
            sizes = Counter(round(c.size * 2) / 2 for c in chars if c.get_text().strip())
            size = sizes.most_common(1)[0][0] if sizes else 0.0
            # Raised small figures (footnote marks) are dropped, so "1777" stays "1777".
            kept = "".join(
                c.get_text()
                for c in chars
                if not (c.size < size * 0.75 and c.get_text().strip().isdigit())
            )
            text = _SUPERSCRIPTS.sub("", clean(kept))
            if text:
                bold = all("bold" in c.fontname.lower() for c in chars if c.get_text().strip())
                lines.append(_Line(text, size, bold, line.x0, line.x1, line.y1, line.y0))
        if lines:
            boxes.append(_Box(lines, element.x0, element.x1, element.y1, element.y0))
    return _tables(boxes)


def _tables(boxes: list[_Box]) -> list[_Box]:
    """Single-line boxes side by side, two or more rows of them stacked: one table box."""
    single = [b for b in boxes if len(b.lines) == 1]
    rows: list[list[_Box]] = []
    for box in sorted(single, key=lambda b: -b.top):
        row = next((r for r in rows if abs(r[0].bottom - box.bottom) < 3), None)
        if row is None:
            rows.append([box])
        else:
            row.append(box)
    rows = [sorted(r, key=lambda b: b.x0) for r in rows if len(r) >= 2]
    tables: list[list[list[_Box]]] = []
    for row in sorted(rows, key=lambda r: -r[0].top):
        last = tables[-1][-1] if tables else None
        if last and len(last) == len(row) and last[0].bottom - row[0].top < 30:
            tables[-1].append(row)
        else:
            tables.append([row])
    used: set[int] = set()
    out: list[_Box] = []
    for table in tables:
        if len(table) < 2:
            continue
        cells = [b for row in table for b in row]
        used.update(id(b) for b in cells)
        out.append(
            _Box(
                [],
                min(b.x0 for b in cells),
                max(b.x1 for b in cells),
                max(b.top for b in cells),
                min(b.bottom for b in cells),
                [[b.lines[0].text for b in row] for row in table],
            )
        )
    return [b for b in boxes if id(b) not in used] + out


def _body_size(pages: list[tuple[float, list[_Box]]]) -> float:
    """The font size of most of the text."""
    sizes: Counter[float] = Counter()
    for _, boxes in pages:
        for box in boxes:
            for line in box.lines:
                sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _shape(text: str) -> str:
    """A line with its numbers blanked: "Page 3" and "Page 4" repeat as the same line."""
    return re.sub(r"\d+", "#", text.lower())


def _edge_lines(pages: list[tuple[float, list[_Box]]]) -> Iterator[tuple[int, str]]:
    for number, (height, boxes) in enumerate(pages):
        for box in boxes:
            if _at_edge(box, height):
                yield number, _shape(" ".join(line.text for line in box.lines))


def _running(pages: list[tuple[float, list[_Box]]]) -> frozenset[str]:
    """Lines at the top or bottom edge that repeat on at least half of the pages (two or more)."""
    if len(pages) < 2:
        return frozenset()
    seen = Counter(shape for shape in set(_edge_lines(pages)))
    counts = Counter(shape for _, shape in seen)
    return frozenset(s for s, n in counts.items() if n >= max(2, len(pages) // 2))


def _at_edge(box: _Box, height: float) -> bool:
    return len(box.lines) <= 2 and (box.bottom > height * 0.9 or box.top < height * 0.08)


def _furniture(box: _Box, height: float, repeated: frozenset[str], body: float) -> bool:
    """A running header or footer, a page number, or small print at the top edge (the header
    of a one-page document, which has no other page to repeat it)."""
    if box.table is not None or not _at_edge(box, height):
        return False
    text = " ".join(line.text for line in box.lines)
    small_top = box.bottom > height * 0.9 and all(line.size < body * 0.9 for line in box.lines)
    return small_top or _shape(text) in repeated or bool(_PAGE_NUMBER.match(text.strip(" -–—")))


def _footnote(box: _Box, height: float, body: float) -> bool:
    """Small print in the lowest quarter of the page."""
    return box.top < height * 0.25 and all(line.size < body * 0.85 for line in box.lines)


def _reading_order(boxes: list[_Box]) -> list[_Box]:
    """Top to bottom; where the page is in two columns, the left column before the right."""
    if not boxes:
        return []
    left = min(b.x0 for b in boxes)
    right = max(b.x1 for b in boxes)
    mid, slack = (left + right) / 2, (right - left) * 0.05
    ordered: list[_Box] = []
    band: list[_Box] = []
    for box in sorted(boxes, key=lambda b: -b.top):
        if box.x0 < mid - slack and box.x1 > mid + slack:  # full width: the band ends here
            ordered.extend(_columns(band, mid))
            band = []
            ordered.append(box)
        else:
            band.append(box)
    return ordered + _columns(band, mid)


def _columns(band: list[_Box], mid: float) -> list[_Box]:
    first = [b for b in band if b.x1 <= mid + 1 or b.x0 < mid - (b.x1 - mid)]
    second = [b for b in band if b not in first]
    return first + second


def _heading_levels(pages: list[tuple[float, list[_Box]]], body: float) -> dict[float, int]:
    """Heading font sizes, largest first: the largest is the title's (level 1) when the first
    heading has it, then sections (2), subsections (3), …"""
    sizes: list[float] = []
    for _, boxes in pages:
        for box in boxes:
            sizes.extend(line.size for line in box.lines if _is_heading(line, body))
    ranked = sorted(set(sizes), reverse=True)
    first = 1 if sizes and sizes[0] == ranked[0] and sizes.count(ranked[0]) == 1 else 2
    return {size: min(first + n, 6) for n, size in enumerate(ranked)}


def _is_heading(line: _Line, body: float) -> bool:
    if len(line.text) > 120 or line.text.endswith((".", ",", ";")) or _BULLET.match(line.text):
        return False
    return line.size >= body * 1.15 or (line.bold and line.size >= body * 0.95)


def _box(
    writer: ArticleWriter,
    box: _Box,
    body: float,
    right: float,
    levels: dict[float, int],
    flow: bool,
) -> bool:
    """The lines of one text box: headings, list items, an infobox, paragraphs. `right` is the
    right edge of its column: a line that stops short of it ends its paragraph or item. With
    `flow` (the box opens a page or column), a first paragraph may continue the last one.
    Returns whether the box's last line runs to the edge (its paragraph may go on)."""
    heading: list[str] = []
    items: list[str] = []
    prose: list[str] = []
    size = [0.0]
    goes_on = [flow]

    def flush() -> None:
        if heading:
            writer.heading(levels.get(size[0], 2), " ".join(heading))
            heading.clear()
        if items:
            _items(writer, prose, items)
            items.clear()
            prose.clear()
        if prose:
            _prose(writer, prose, goes_on[0])
            prose.clear()
        goes_on[0] = False

    def full(line: _Line) -> bool:
        return line.x1 >= right - 0.1 * max(right - box.x0, 1.0)

    previous: _Line | None = None
    for line in box.lines:
        ended = previous is None or not full(previous)
        if _is_heading(line, body):
            if not heading or line.size != size[0]:
                flush()
            size[0] = line.size
            heading.append(line.text)
        elif _BULLET.match(line.text):
            if heading or (prose and not (len(prose) == 1 and prose[0].lower() == "infobox")):
                flush()
            items.append(_BULLET.sub("", line.text, count=1))
        elif items and not ended:
            items[-1] = _join(items[-1], line.text)
        else:
            if heading or items or (ended and prose and _SENTENCE_END.search(prose[-1])):
                flush()
            prose.append(line.text)
        previous = line
    flush()
    return previous is not None and full(previous)


def _items(writer: ArticleWriter, prose: list[str], items: list[str]) -> None:
    """List items; after a line "Infobox", the key-value lines of an infobox."""
    if prose and prose[0].lower() == "infobox":
        writer.infobox([(k, v) for k, _, v in (i.partition(":") for i in items)])
        return
    if prose:
        _prose(writer, prose, False)
    for item in items:
        writer.item(item)


def _prose(writer: ArticleWriter, lines: list[str], flow: bool) -> None:
    """Lines of a paragraph joined; with `flow`, a paragraph cut off by the end of a page or
    column (no full stop there) goes on."""
    text = lines[0]
    for line in lines[1:]:
        text = _join(text, line)
    if flow and not writer.ends_sentence():
        writer.extend(text)
    else:
        writer.paragraph(text)


def _join(before: str, after: str) -> str:
    """Two lines of a paragraph: a word hyphenated at the line end ("extra-" + "ordinary")
    is joined whole; otherwise a space."""
    if re.search(r"[a-z]-$", before) and after[:1].islower():
        return before[:-1] + after
    return f"{before} {after}"
