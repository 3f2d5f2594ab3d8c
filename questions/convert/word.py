"""Word (.docx) → article text, through python-docx.

The Title style is the title, "Heading N" styles are sections (Heading 1 a section, Heading 2 a
subsection, …), list paragraphs are list items, a table is one list item per row, and a line
"Infobox" followed by a two-column table is the infobox. The package is checked before it is
opened: a .docx is a ZIP archive, and one that unpacks to far more than it weighs (a zip bomb)
is refused without being unpacked.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import TYPE_CHECKING

from .article import ArticleWriter, Converted, clean, table_items
from .errors import ConvertError

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

MAX_UNPACKED = 64 * 1024 * 1024  # a long chapter with pictures is a few megabytes unpacked
MAX_RATIO = 200  # text and XML pack ten to twenty times; a thousand times is a bomb
_HEADING = re.compile(r"^heading\s*(\d)$", re.I)


def check_package(data: bytes, what: str = "a Word file") -> None:
    """Refuse a ZIP package that is damaged or that would unpack to too much."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ConvertError(f"is damaged or incomplete; it cannot be read as {what}") from None
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED or any(
        i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1)
        for i in infos
    ):
        raise ConvertError(
            f"would unpack to {total / (1024 * 1024):,.0f} MB from {len(data) / 1024:,.0f} KB "
            "(a zip bomb?); it was not opened"
        )


def convert_docx(data: bytes) -> Converted:
    """The article text of a .docx file, or ConvertError."""
    check_package(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        content = list(document.iter_inner_content())
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile):
        raise ConvertError("is damaged or incomplete; it cannot be read as a Word file") from None
    except Exception as exc:  # lxml's syntax errors and the like: a broken part inside
        if type(exc).__module__.startswith(("lxml", "docx")):
            raise ConvertError(
                "is damaged or incomplete; it cannot be read as a Word file"
            ) from None
        raise
    writer = ArticleWriter()
    pending_infobox = False
    for block in content:
        if isinstance(block, Table):
            rows = _rows(block)
            if pending_infobox and rows and all(len(r) == 2 for r in rows):
                writer.infobox([(r[0], r[1]) for r in rows])
            else:
                table_items(writer, rows)
            pending_infobox = False
            continue
        pending_infobox = clean(block.text).lower() == "infobox"
        if not pending_infobox:
            _paragraph(writer, block)
    result = writer.result()
    if not result.text.strip():
        raise ConvertError("has no text")
    return result


def _rows(table: Table) -> list[list[str]]:
    """The table's rows as text; a cell merged across columns counts once."""
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(clean(" ".join(p.text for p in cell.paragraphs)))
        rows.append(cells)
    return rows


def _paragraph(writer: ArticleWriter, paragraph: Paragraph) -> None:
    """One paragraph by its style: title, heading, list item or prose."""
    text = clean(paragraph.text)
    if not text:
        return
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    heading = _HEADING.match(style)
    if style.lower() == "title":
        writer.set_title(text)
    elif heading:
        writer.heading(int(heading.group(1)) + 1, text)
    elif (
        style.lower().startswith("list")
        or paragraph._p.pPr is not None
        and (paragraph._p.pPr.numPr is not None)
    ):
        writer.item(text)
    else:
        writer.paragraph(text)
