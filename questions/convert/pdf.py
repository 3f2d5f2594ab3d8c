"""PDF (its text layer) → article text, through pdfminer.six's layout analysis.

`pdf_page` says what is on each page (boxes in reading order, headers and footers, footnotes,
tables, heading sizes); this module writes it out: lines in a larger or bold font as headings
(the largest for the title), lines joined into paragraphs (a paragraph ends where a line stops
short of its column's edge; a word hyphenated across lines is joined; a paragraph cut off by the
end of a page or column goes on), list items, an infobox, tables one item per row, footnotes in
a "Notes" section at the end, and where every page starts.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator

from .article import ArticleWriter, Converted, table_items
from .errors import ConvertError
from .pdf_page import (
    BULLET,
    Box,
    Line,
    body_size,
    footnote,
    furniture,
    heading_levels,
    is_heading,
    page_boxes,
    reading_order,
    running,
)

Progress = Callable[[int, int], None]
MAX_PAGES = 2000
_SENTENCE_END = re.compile(r"[.!?:\"”)]$")


def convert_pdf(data: bytes, progress: Progress | None = None) -> Converted:
    """The article text of a PDF, or ConvertError in words a teacher understands."""
    pages = list(_pages(data, progress))
    if not any(box.lines or box.table for page in pages for box in page[1]):
        raise ConvertError("has no text; it looks scanned. Only PDFs with a text layer can be read")
    body = body_size(pages)
    repeated = running(pages)
    levels = heading_levels(pages, body)
    writer = ArticleWriter()
    notes: list[str] = []
    runs_on = False  # the last paragraph's last line ran to the edge of its column
    for height, boxes in pages:
        writer.page()
        kept = [b for b in boxes if not furniture(b, height, repeated, body)]
        order = reading_order(kept)
        for n, box in enumerate(order):
            opens = n == 0 or box.top > order[n - 1].top + 1  # a new page or column
            if box.table is not None:
                table_items(writer, box.table)
                runs_on = False
            elif footnote(box, height, body):
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


def _pages(data: bytes, progress: Progress | None) -> Iterator[tuple[float, list[Box]]]:
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
            yield page.height, page_boxes(page)
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


def _box(
    writer: ArticleWriter,
    box: Box,
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

    def full(line: Line) -> bool:
        return line.x1 >= right - 0.1 * max(right - box.x0, 1.0)

    previous: Line | None = None
    for line in box.lines:
        ended = previous is None or not full(previous)
        if is_heading(line, body):
            if not heading or line.size != size[0]:
                flush()
            size[0] = line.size
            heading.append(line.text)
        elif BULLET.match(line.text):
            if heading or (prose and not (len(prose) == 1 and prose[0].lower() == "infobox")):
                flush()
            items.append(BULLET.sub("", line.text, count=1))
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
