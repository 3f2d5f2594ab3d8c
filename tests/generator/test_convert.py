"""questions.convert: real PDF and Word files (tests/documents/make.py), web pages and recorded
Wikipedia answers become article text the generator reads; hostile inputs get a sentence."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

import questions
from questions.convert import ConvertError, convert_file, kind_of, page_at
from questions.convert.web import convert_html
from questions.convert.wiki import (
    api_url,
    api_wikitext,
    convert_wikitext,
    export_wikitext,
    wikipedia_title,
)

RECORDED = Path(__file__).resolve().parents[1] / "documents" / "recorded"
ROOT = Path(__file__).resolve().parents[2]


# -- PDF ----------------------------------------------------------------------------------------


def test_a_pdf_handout_reads_as_an_article(documents: ModuleType) -> None:
    read = convert_file("handout.pdf", documents.handout_pdf())
    text = read.text
    assert read.title == "The Canal Age" and text.startswith("= The Canal Age =\n")
    # heading hierarchy by font size: 15 pt sections, 12 pt subsections
    assert "\n== Engineers ==\n\n=== James Brindley ===\n" in text
    assert "had an extraordinary memory" in text  # "extra-" + "ordinary" across lines
    # running header and page numbers are gone
    assert "History handout" not in text and "Page 1" not in text and "Page 2" not in text
    # the footnote leaves the paragraph and goes to Notes (not a question source)
    assert "after his death.\n" in text
    assert text.rstrip().endswith(
        "== Notes ==\n\n1 Its summit tunnel at Harecastle took eleven years to dig."
    )
    # two columns: the whole left column before the right one
    assert text.index("30 tons each.") < text.index("The railways arrived")
    # a table: one item per row, cells named by their column
    assert "- Canal: Bridgewater; Opened: 1761; Miles: 39\n" in text


def test_each_pdf_page_starts_where_its_text_does(documents: ModuleType) -> None:
    read = convert_file("handout.pdf", documents.handout_pdf())
    assert len(read.pages) == 3
    expected = {"Bridgewater Canal opened in 1761": 1, "The railways arrived": 2, "Ship Canal": 3}
    for phrase, page in expected.items():
        assert read.page_at(read.text.index(phrase)) == page
    assert page_at((), 10) is None


@pytest.mark.parametrize(
    ("make", "message"),
    [
        ("scanned_pdf", "has no text; it looks scanned"),
        ("encrypted_pdf", "is protected by a password"),
        ("truncated_pdf", "is damaged or incomplete"),
        ("garbled_pdf", "is damaged or incomplete"),
    ],
)
def test_pdfs_that_cannot_be_read_say_why(documents: ModuleType, make: str, message: str) -> None:
    data = {
        "truncated_pdf": lambda: documents.handout_pdf()[:3000],
        "garbled_pdf": lambda: b"%PDF-1.7\n" + bytes(range(256)) * 40,
    }.get(make, getattr(documents, make, None))
    assert data is not None
    with pytest.raises(ConvertError, match=message):
        convert_file("chapter.pdf", data())


# -- Word ---------------------------------------------------------------------------------------


def test_a_word_handout_reads_as_an_article(documents: ModuleType) -> None:
    text = convert_file("handout.docx", documents.handout_docx()).text
    assert text.startswith("= The Canal Age =\n")
    assert "\n== Engineers ==\n\n=== James Brindley ===\n" in text
    assert "- He surveyed the Grand Trunk Canal\n" in text
    assert "- Canal: Grand Trunk; Opened: 1777; Miles: 93\n" in text
    doc = questions.read(text)
    assert [b.text for b in []] == [] and doc.title == "The Canal Age"


def test_an_opendocument_handout_reads_like_the_word_one(documents: ModuleType) -> None:
    text = convert_file("handout.odt", documents.handout_odt()).text
    assert text == convert_file("handout.docx", documents.handout_docx()).text
    assert "He could barely write" not in text  # the footnote is not part of the sentence


@pytest.mark.parametrize(
    ("make", "message"),
    [
        ("odt_bomb", r"would unpack to \d+ MB"),
        ("odt_cut", "cannot be read as an OpenDocument file"),
        ("bomb", r"would unpack to 41 MB from \d+ KB \(a zip bomb\?\)"),
        ("truncated", "is damaged or incomplete"),
        ("not_word", "is damaged or incomplete"),
    ],
)
def test_word_files_that_cannot_be_read_say_why(
    documents: ModuleType, make: str, message: str
) -> None:
    if make == "odt_bomb":
        raw = io.BytesIO(documents.handout_odt())
        with zipfile.ZipFile(raw, "a", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("Pictures/padding.bin", b"\0" * (8 * 1024 * 1024))
        data = raw.getvalue()
    elif make == "odt_cut":
        data = documents.handout_odt()[: len(documents.handout_odt()) // 2]
    elif make == "bomb":
        data = documents.bomb_docx()
    elif make == "truncated":
        data = documents.handout_docx()[:5000]
    else:
        raw = io.BytesIO()
        with zipfile.ZipFile(raw, "w") as zf:
            zf.writestr("hello.txt", "not a Word document")
        data = raw.getvalue()
    with pytest.raises(ConvertError, match=message):
        convert_file("notes.odt" if make.startswith("odt") else "notes.docx", data)


# -- web pages ----------------------------------------------------------------------------------

ARTICLE_PAGE = b"""<!doctype html><html><head><title>The Canal Age | History Site</title></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>The Canal Age</h1>
<p>The Bridgewater Canal opened in 1761 and carried coal from Worsley to Manchester. Its success
began a wave of canal building across Britain, and the price of coal fell by half.</p>
<h2>Engineers</h2>
<p>James Brindley surveyed the route. He was born in 1716 in Tunstead and died in 1772, five
years before the Grand Trunk Canal was finished in 1777.</p>
<ul><li>The Trent and Mersey Canal opened in 1777.</li><li>The Oxford Canal opened in 1790.</li></ul>
<h2>Traffic</h2>
<p>By 1830 Britain had about 4,000 miles of navigable canals, and narrowboats carried about 30
tons each. The railways arrived in the 1840s and canal traffic fell.</p>
</article><footer>Copyright</footer></body></html>"""

LOOSE_PAGE = (
    b"<html><head><title>Canals</title></head><body><div id='content'><div>"
    + b"The Bridgewater Canal opened in <b>1761</b> and carried coal to Manchester. " * 8
    + b"</div><p>The Grand Trunk Canal was finished in 1777.</p>"
    + b"Loose text after the paragraph, long enough to be kept by the reader. " * 3
    + b"</div></body></html>"
)

LOGIN_PAGE = b"""<html><head><title>Sign in</title></head><body><form action="/login">
<label>Email <input name="email"></label><label>Password <input type="password" name="pw">
</label><button>Log in</button></form></body></html>"""


def test_a_web_page_keeps_its_main_text_title_and_sections() -> None:
    read = convert_html(ARTICLE_PAGE, "https://history.example/canals")
    assert read.source == "https://history.example/canals"
    assert read.text.startswith("= The Canal Age =\n")
    assert "== Engineers ==" in read.text and "== Traffic ==" in read.text
    assert "- The Oxford Canal opened in 1790.\n" in read.text
    assert "Home" not in read.text and "Copyright" not in read.text


def test_running_text_outside_paragraphs_is_kept() -> None:
    text = convert_html(LOOSE_PAGE).text
    assert "opened in 1761 and carried coal" in text  # inline markup inside a bare div
    assert "The Grand Trunk Canal was finished in 1777." in text


@pytest.mark.parametrize(
    ("page", "message"),
    [
        (LOGIN_PAGE, "asks to sign in"),
        (b"<html><body><nav><a href='/'>Home</a></nav><p>Hello.</p></body></html>", "no main text"),
        (b"   ", "empty page"),
    ],
)
def test_pages_without_an_article_say_why(page: bytes, message: str) -> None:
    with pytest.raises(ConvertError, match=message):
        convert_html(page)


# -- Wikipedia ----------------------------------------------------------------------------------


def test_a_recorded_api_answer_gives_the_infobox_block_the_generator_reads() -> None:
    title, wikitext = api_wikitext((RECORDED / "deir-ez-zor-offensive-2016.api.json").read_bytes())
    read = convert_wikitext(title, wikitext, "https://en.wikipedia.org/wiki/X")
    text = read.text
    assert text.startswith("= Deir ez-Zor offensive (2016) =\n\nInfobox\n- Conflict: ")
    assert "- Date: 16 January 2016–21 January 2016\n" in text  # {{start date}} written out
    assert "- Combatant2: Syrian Army, Syrian Air Force, National Defence Forces\n" in text
    assert "- Image:" not in text  # a file is not a fact
    assert "<ref" not in text and "cite" not in text and "{{" not in text
    assert "wikitable" not in text and "Category:" not in text
    assert "== See also ==" not in text and "== References ==" not in text
    assert "delivered 50 tonnes of humanitarian aid" in text  # {{convert|50|t}}
    doc = questions.read(text)
    keys = {b.key for b in doc.blocks if b.kind == "infobox"}
    assert {"Conflict", "Date", "Place", "Strength1", "Casualties2"} <= keys
    stems = [item.stem.text for item in questions.generate([questions.Source("w", text)]).items]
    assert any("Deir ez-Zor offensive (2016)" in stem for stem in stems)


def test_special_export_xml_gives_the_same_article() -> None:
    api = api_wikitext((RECORDED / "deir-ez-zor-offensive-2016.api.json").read_bytes())
    export = (RECORDED / "deir-ez-zor-offensive-2016.export.xml").read_bytes()
    assert export_wikitext(export) == api
    assert convert_file("page.xml", export).text == convert_wikitext(*api).text


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://en.wikipedia.org/wiki/Deir_ez-Zor_offensive_(2016)",
            ("en", "Deir ez-Zor offensive (2016)"),
        ),
        ("https://fr.m.wikipedia.org/wiki/Canal_du_Midi", ("fr", "Canal du Midi")),
        ("https://en.wikipedia.org/wiki/Special:Random", None),
        ("https://en.wikipedia.org/wiki/Talk:Canal_du_Midi", None),
        ("https://en.wikipedia.org/wiki/Star_Wars:_Episode_IV", ("en", "Star Wars: Episode IV")),
        ("https://example.org/wiki/Canal", None),
        ("https://en.wikipedia.org/w/index.php?title=X", None),
    ],
)
def test_wikipedia_article_urls(url: str, expected: tuple[str, str] | None) -> None:
    assert wikipedia_title(url) == expected


def test_the_api_query_asks_for_the_current_wikitext() -> None:
    query = api_url("en", "Deir ez-Zor offensive (2016)")
    assert query.startswith("https://en.wikipedia.org/w/api.php?action=query&prop=revisions")
    assert "rvslots=main" in query and "titles=Deir%20ez-Zor%20offensive%20%282016%29" in query


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ((RECORDED / "missing.api.json").read_bytes(), "no page has that title"),
        (b"<html>not json</html>", "did not answer as Wikipedia's API does"),
    ],
)
def test_api_answers_without_an_article(data: bytes, message: str) -> None:
    with pytest.raises(ConvertError, match=message):
        api_wikitext(data)


def test_other_xml_is_not_taken_for_an_article() -> None:
    with pytest.raises(ConvertError, match="not a Special:Export file"):
        convert_file("feed.xml", b"<rss><channel><title>News</title></channel></rss>")


def test_a_redirect_page_is_named() -> None:
    with pytest.raises(ConvertError, match="redirect"):
        convert_wikitext("Canal", "#REDIRECT [[Canals of the United Kingdom]]")


# -- dispatch and the command line --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("a.txt", b"%PDF-1.4 ...", "pdf"),
        ("a.docx", b"PK\x03\x04...", "docx"),
        ("a.odt", b"PK\x03\x04...", "odt"),
        ("a.zip", b"PK\x03\x04...", "text"),
        ("a.xml", b"<mediawiki xmlns='x'>", "wiki-export"),
        ("a.htm", b"<p>x</p>", "html"),
        ("a.md", b"# Title", "text"),
    ],
)
def test_files_are_read_by_their_bytes_then_their_name(name: str, data: bytes, kind: str) -> None:
    assert kind_of(name, data) == kind


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "questions", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_hostile_files_on_the_command_line_exit_2_with_one_line_each(
    documents: ModuleType, tmp_path: Path
) -> None:
    files = {
        "locked.pdf": documents.encrypted_pdf(),
        "cut.pdf": documents.handout_pdf()[:3000],
        "bomb.docx": documents.bomb_docx(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    done = _cli("generate", *(str(tmp_path / n) for n in files))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert [line.rsplit(": ", 1)[0] for line in lines] == [f"error: {tmp_path / n}" for n in files]
    assert "is protected by a password" in lines[0] and "damaged or incomplete" in lines[1]
    assert "would unpack to 41 MB" in lines[2]


def test_the_command_line_reads_pdf_and_word(documents: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "chapter.pdf").write_bytes(documents.handout_pdf())
    (tmp_path / "chapter.docx").write_bytes(documents.handout_docx())
    (tmp_path / "scan.pdf").write_bytes(documents.scanned_pdf())
    done = _cli(
        "generate",
        str(tmp_path / "chapter.pdf"),
        str(tmp_path / "chapter.docx"),
        str(tmp_path / "scan.pdf"),
        "--format",
        "text",
    )
    assert done.returncode == 2  # one file was refused, the others still read
    assert "When did the Manchester Ship Canal open?" in done.stdout
    assert done.stderr.strip() == (
        f"error: {tmp_path / 'scan.pdf'}: has no text; it looks scanned. "
        "Only PDFs with a text layer can be read"
    )
