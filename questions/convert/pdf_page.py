"""What is on a PDF page, from pdfminer.six's layout: text boxes and their lines with font size,
boldness and position; which boxes are running headers, footers, page numbers or footnotes;
tables (single lines side by side, row after row); the reading order of a page in columns;
which font sizes are headings. `pdf` writes the boxes out as article text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .article import clean

if TYPE_CHECKING:
    from pdfminer.layout import LTPage

_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|seite)\s*)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?$", re.I
)
_SUPERSCRIPTS = re.compile(r"(?<=\S)[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
BULLET = re.compile(r"^(?:[-•*–▪◦·]|\d{1,3}[.)])\s+")


@dataclass
class Line:
    text: str
    size: float
    bold: bool
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class Box:
    lines: list[Line]
    x0: float
    x1: float
    top: float
    bottom: float
    table: list[list[str]] | None = None


def page_boxes(page: LTPage) -> list[Box]:
    """The page's text boxes with their lines (font size, boldness, position)."""
    from pdfminer.layout import LTChar, LTTextBox, LTTextLine

    boxes: list[Box] = []
    for element in page:
        if not isinstance(element, LTTextBox):
            continue
        lines: list[Line] = []
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
                lines.append(Line(text, size, bold, line.x0, line.x1, line.y1, line.y0))
        if lines:
            boxes.append(Box(lines, element.x0, element.x1, element.y1, element.y0))
    return tables(boxes)


def tables(boxes: list[Box]) -> list[Box]:
    """Single-line boxes side by side, two or more rows of them stacked: one table box."""
    single = [b for b in boxes if len(b.lines) == 1]
    rows: list[list[Box]] = []
    for box in sorted(single, key=lambda b: -b.top):
        row = next((r for r in rows if abs(r[0].bottom - box.bottom) < 3), None)
        if row is None:
            rows.append([box])
        else:
            row.append(box)
    rows = [sorted(r, key=lambda b: b.x0) for r in rows if len(r) >= 2]
    tables: list[list[list[Box]]] = []
    for row in sorted(rows, key=lambda r: -r[0].top):
        last = tables[-1][-1] if tables else None
        if last and len(last) == len(row) and last[0].bottom - row[0].top < 30:
            tables[-1].append(row)
        else:
            tables.append([row])
    used: set[int] = set()
    out: list[Box] = []
    for table in tables:
        if len(table) < 2:
            continue
        cells = [b for row in table for b in row]
        used.update(id(b) for b in cells)
        out.append(
            Box(
                [],
                min(b.x0 for b in cells),
                max(b.x1 for b in cells),
                max(b.top for b in cells),
                min(b.bottom for b in cells),
                [[b.lines[0].text for b in row] for row in table],
            )
        )
    return [b for b in boxes if id(b) not in used] + out


def body_size(pages: list[tuple[float, list[Box]]]) -> float:
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


def _edge_lines(pages: list[tuple[float, list[Box]]]) -> Iterator[tuple[int, str]]:
    for number, (height, boxes) in enumerate(pages):
        for box in boxes:
            if at_edge(box, height):
                yield number, _shape(" ".join(line.text for line in box.lines))


def running(pages: list[tuple[float, list[Box]]]) -> frozenset[str]:
    """Lines at the top or bottom edge that repeat on at least half of the pages (two or more)."""
    if len(pages) < 2:
        return frozenset()
    seen = Counter(shape for shape in set(_edge_lines(pages)))
    counts = Counter(shape for _, shape in seen)
    return frozenset(s for s, n in counts.items() if n >= max(2, len(pages) // 2))


def at_edge(box: Box, height: float) -> bool:
    """A box of one or two lines in the top tenth or the bottom twelfth of the page."""
    return len(box.lines) <= 2 and (box.bottom > height * 0.9 or box.top < height * 0.08)


def furniture(box: Box, height: float, repeated: frozenset[str], body: float) -> bool:
    """A running header or footer, a page number, or small print at the top edge (the header
    of a one-page document, which has no other page to repeat it)."""
    if box.table is not None or not at_edge(box, height):
        return False
    text = " ".join(line.text for line in box.lines)
    small_top = box.bottom > height * 0.9 and all(line.size < body * 0.9 for line in box.lines)
    return small_top or _shape(text) in repeated or bool(_PAGE_NUMBER.match(text.strip(" -–—")))


def footnote(box: Box, height: float, body: float) -> bool:
    """Small print in the lowest quarter of the page."""
    return box.top < height * 0.25 and all(line.size < body * 0.85 for line in box.lines)


def reading_order(boxes: list[Box]) -> list[Box]:
    """Top to bottom; where the page is in two columns, the left column before the right."""
    if not boxes:
        return []
    left = min(b.x0 for b in boxes)
    right = max(b.x1 for b in boxes)
    mid, slack = (left + right) / 2, (right - left) * 0.05
    ordered: list[Box] = []
    band: list[Box] = []
    for box in sorted(boxes, key=lambda b: -b.top):
        if box.x0 < mid - slack and box.x1 > mid + slack:  # full width: the band ends here
            ordered.extend(_columns(band, mid))
            band = []
            ordered.append(box)
        else:
            band.append(box)
    return ordered + _columns(band, mid)


def _columns(band: list[Box], mid: float) -> list[Box]:
    first = [b for b in band if b.x1 <= mid + 1 or b.x0 < mid - (b.x1 - mid)]
    second = [b for b in band if b not in first]
    return first + second


def heading_levels(pages: list[tuple[float, list[Box]]], body: float) -> dict[float, int]:
    """Heading font sizes, largest first: the largest is the title's (level 1) when the first
    heading has it, then sections (2), subsections (3), …"""
    sizes: list[float] = []
    for _, boxes in pages:
        for box in boxes:
            sizes.extend(line.size for line in box.lines if is_heading(line, body))
    ranked = sorted(set(sizes), reverse=True)
    first = 1 if sizes and sizes[0] == ranked[0] and sizes.count(ranked[0]) == 1 else 2
    return {size: min(first + n, 6) for n, size in enumerate(ranked)}


def is_heading(line: Line, body: float) -> bool:
    """A short line without a final stop, in a larger font than the body's or in bold."""
    if len(line.text) > 120 or line.text.endswith((".", ",", ";")) or BULLET.match(line.text):
        return False
    return line.size >= body * 1.15 or (line.bold and line.size >= body * 0.95)
