"""Real documents for the reader tests, written by real tools (fpdf2 for PDF, python-docx for
Word, odfpy for OpenDocument), never by hand-written bytes.

    python tests/documents/make.py OUT_DIR [ARTICLE.txt ...]

writes the handout fixtures, and a PDF and a Word file of each article given. The tests call the
same functions through the `documents` fixture (tests/conftest.py), so nothing binary is
committed; each document is made once per session.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from functools import cache
from pathlib import Path

from docx import Document as WordDocument
from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_HEADING = re.compile(r"^(={1,6})\s*(.+?)\s*\1\s*$")


def _pdf(header: str = "") -> FPDF:
    """An A4 PDF with a Unicode font, a running header and a page number in the footer."""

    class Pdf(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("Sans", "", 8)
                self.cell(0, 6, header, align="C")
                self.ln(10)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("Sans", "", 8)
            self.cell(0, 6, f"Page {self.page_no()}", align="C")

    pdf = Pdf(format="A4")
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 15, 20)
    return pdf


_SIZES = {1: 20.0, 2: 15.0, 3: 12.5, 4: 11.5}


@cache
def article_pdf(text: str) -> bytes:
    """An article in the sample's format laid out as a PDF: headings by font size, the infobox
    as a box of lines, paragraphs and list items, a header and page numbers on every page."""
    title = next((m.group(2) for m in map(_HEADING.match, text.splitlines()) if m), "Article")
    pdf = _pdf(header=f"{title} · a handout")
    pdf.add_page()
    for block in re.split(r"\n\s*\n", text.strip()):
        prose: list[str] = []
        for line in (line.strip() for line in block.splitlines() if line.strip()):
            head = _HEADING.match(line)
            if head:
                size = _SIZES.get(len(head.group(1)), 11.0)
                pdf.set_font("Sans", "B", size)
                pdf.ln(2)
                pdf.multi_cell(0, size * 0.5, head.group(2), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif line.lower() == "infobox" or line.startswith(("- ", "* ")):
                pdf.set_font("Sans", "", 10)
                pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            else:
                prose.append(line)
        if prose:
            pdf.set_font("Sans", "", 10)
            pdf.multi_cell(0, 5, " ".join(prose), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    return bytes(pdf.output())


@cache
def article_docx(text: str) -> bytes:
    """The same article as a Word document: Title and Heading styles, list items as List
    Bullet paragraphs, the infobox as a two-column table after an 'Infobox' line."""
    doc = WordDocument()
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line for line in block.splitlines() if line.strip()]
        rows: list[list[str]] = []
        for line in lines:
            head = _HEADING.match(line)
            if head:
                level = len(head.group(1))
                if level == 1:
                    doc.add_paragraph(head.group(2), style="Title")
                else:
                    doc.add_heading(head.group(2), level=level - 1)
            elif line.strip().lower() == "infobox":
                rows = []
            elif line.startswith(("- ", "* ")) and ":" in line and _is_infobox(lines):
                key, _, value = line[2:].partition(":")
                rows.append([key.strip(), value.strip()])
            elif line.startswith(("- ", "* ")):
                doc.add_paragraph(line[2:].strip(), style="List Bullet")
            else:
                doc.add_paragraph(" ".join(lines[lines.index(line) :]))
                break
        if rows:
            doc.add_paragraph("Infobox")
            table = doc.add_table(rows=0, cols=2)
            for key, value in rows:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = key, value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _is_infobox(lines: list[str]) -> bool:
    return bool(lines) and lines[0].strip().lower() == "infobox"


HANDOUT_TITLE = "The Canal Age"


@cache
def handout_pdf() -> bytes:
    """A three-page handout: a heading hierarchy, a word hyphenated across lines, a page with a
    footnote, a two-column page and a table; a running header and page numbers throughout."""
    pdf = _pdf(header="History handout · Year 9")
    pdf.add_page()
    pdf.set_font("Sans", "B", 20)
    pdf.multi_cell(0, 10, HANDOUT_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(
        0,
        5,
        "The Bridgewater Canal opened in 1761 and carried coal from Worsley to Manchester. "
        "Its success began a wave of canal building across Britain, and the price of coal "
        "in Manchester fell by half within a year.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(0, 8, "Engineers", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 12)
    pdf.multi_cell(0, 7, "James Brindley", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    # "extra-" ends a line and "ordinary" starts the next: the reader joins "extraordinary".
    pdf.multi_cell(0, 5, "Brindley surveyed the route and had an extra-", new_x="LMARGIN")
    pdf.multi_cell(
        0,
        5,
        "ordinary memory for levels. He was born in 1716 in Tunstead and died in 1772.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.multi_cell(
        0,
        5,
        "The Grand Trunk Canal was finished in 1777, five years after his death.\u00b9",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_y(-30)
    pdf.set_font("Sans", "", 7)
    pdf.multi_cell(0, 4, "1 Its summit tunnel at Harecastle took eleven years to dig.")
    pdf.add_page()
    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(0, 8, "Traffic", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    left = (
        "By 1830 Britain had about 4,000 miles of navigable canals. Narrowboats were pulled "
        "by horses along the towpath and carried about 30 tons each. "
    )
    right = (
        "The railways arrived in the 1840s. Canal traffic fell, and many companies were "
        "bought by railway companies before 1850."
    )
    with pdf.text_columns(ncols=2, gutter=10) as cols:
        cols.write(left * 3)
        cols.new_column()
        cols.write((right + " ") * 2)
    pdf.add_page()
    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(0, 8, "Canals in numbers", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    with pdf.table(col_widths=(60, 30, 30)) as table:
        for row in (
            ("Canal", "Opened", "Miles"),
            ("Bridgewater", "1761", "39"),
            ("Grand Trunk", "1777", "93"),
        ):
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    pdf.ln(4)
    pdf.multi_cell(0, 5, "The Manchester Ship Canal opened in 1894.", new_x="LMARGIN")
    return bytes(pdf.output())


@cache
def scanned_pdf() -> bytes:
    """Two pages with drawings and no text layer, as a scanner makes them."""
    pdf = FPDF(format="A4")
    for _ in range(2):
        pdf.add_page()
        for i in range(12):
            pdf.rect(20, 20 + i * 20, 170, 8, style="F")
    return bytes(pdf.output())


@cache
def encrypted_pdf() -> bytes:
    """A PDF that opens only with a password."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5, "The canal opened in 1761.")
    pdf.set_encryption(owner_password="owner-secret", user_password="reader-secret")
    return bytes(pdf.output())


@cache
def handout_docx() -> bytes:
    """A Word handout: title, heading levels, a bulleted list and a table."""
    doc = WordDocument()
    doc.add_paragraph(HANDOUT_TITLE, style="Title")
    doc.add_paragraph("The Bridgewater Canal opened in 1761 and carried coal to Manchester.")
    doc.add_heading("Engineers", level=1)
    doc.add_heading("James Brindley", level=2)
    doc.add_paragraph("James Brindley was born in 1716 and died in 1772.")
    doc.add_paragraph("He surveyed the Grand Trunk Canal", style="List Bullet")
    doc.add_paragraph("He worked without written plans", style="List Bullet")
    doc.add_heading("Canals in numbers", level=1)
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate(
        (("Canal", "Opened", "Miles"), ("Bridgewater", "1761", "39"), ("Grand Trunk", "1777", "93"))
    ):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    doc.add_paragraph("The Manchester Ship Canal opened in 1894.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@cache
def handout_odt() -> bytes:
    """The Word handout as an OpenDocument text, written by odfpy: a Title paragraph, outline
    headings, a list, a table and a footnote."""
    from odf.opendocument import OpenDocumentText
    from odf.style import Style
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, Note, NoteBody, NoteCitation, P

    doc = OpenDocumentText()
    title = Style(name="Title", family="paragraph")
    doc.styles.addElement(title)
    doc.text.addElement(P(stylename=title, text=HANDOUT_TITLE))
    doc.text.addElement(
        P(text="The Bridgewater Canal opened in 1761 and carried coal to Manchester.")
    )
    doc.text.addElement(H(outlinelevel=1, text="Engineers"))
    doc.text.addElement(H(outlinelevel=2, text="James Brindley"))
    born = P(text="James Brindley was born in 1716 and died in 1772.")
    note = Note(noteclass="footnote")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text="He could barely write."))
    note.addElement(body)
    born.addElement(note)
    doc.text.addElement(born)
    points = List()
    for point in ("He surveyed the Grand Trunk Canal", "He worked without written plans"):
        item = ListItem()
        item.addElement(P(text=point))
        points.addElement(item)
    doc.text.addElement(points)
    doc.text.addElement(H(outlinelevel=1, text="Canals in numbers"))
    table = Table(name="Canals")
    table.addElement(TableColumn(numbercolumnsrepeated=3))
    for cells in (
        ("Canal", "Opened", "Miles"),
        ("Bridgewater", "1761", "39"),
        ("Grand Trunk", "1777", "93"),
    ):
        row = TableRow()
        for text in cells:
            cell = TableCell()
            cell.addElement(P(text=text))
            row.addElement(cell)
        table.addElement(row)
    doc.text.addElement(table)
    doc.text.addElement(P(text="The Manchester Ship Canal opened in 1894."))
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


@cache
def bomb_docx(inflated: int = 40 * 1024 * 1024) -> bytes:
    """A real Word file with one extra part of `inflated` zero bytes, a few dozen KB packed."""
    raw = io.BytesIO(handout_docx())
    with (
        zipfile.ZipFile(raw, "a", compression=zipfile.ZIP_DEFLATED) as zf,
        zf.open("word/media/padding.bin", "w") as part,
    ):
        chunk = b"\0" * (1024 * 1024)
        for _ in range(inflated // len(chunk)):
            part.write(chunk)
    return raw.getvalue()


def main(argv: list[str]) -> int:
    """Write the fixtures (and each given article as PDF and Word) into the folder given."""
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    (out / "handout.pdf").write_bytes(handout_pdf())
    (out / "handout.docx").write_bytes(handout_docx())
    (out / "handout.odt").write_bytes(handout_odt())
    (out / "scanned.pdf").write_bytes(scanned_pdf())
    (out / "encrypted.pdf").write_bytes(encrypted_pdf())
    for name in argv[1:]:
        path = Path(name)
        text = path.read_text(encoding="utf-8")
        (out / f"{path.stem}.pdf").write_bytes(article_pdf(text))
        (out / f"{path.stem}.docx").write_bytes(article_docx(text))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
