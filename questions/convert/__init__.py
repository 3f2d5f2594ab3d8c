"""Files and pages teachers bring, turned into article text the generator reads.

Pure and typed like the rest of `questions/`: bytes in, `Converted` (text, title, where each
page starts) out, or `ConvertError` saying what is wrong in a teacher's words. Nothing here
touches the network: fetching a URL is the web app's business (`app/services/bank/fetch.py`),
which hands the bytes it got to `convert_html` or `convert_wikitext`. The command line and the
app both read files through `convert_file`.

| input | module | library |
| --- | --- | --- |
| `.txt`, `.md` | `..inputs.decode` | — |
| `.pdf` (its text layer) | `pdf` | pdfminer.six |
| `.docx` | `word` | python-docx |
| `.odt` | `odt` | defusedxml (content.xml) |
| `.html`, `.htm` | `web` | readability-lxml |
| Special:Export `.xml`, API answers | `wiki` | mwparserfromhell |
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from ..inputs import decode
from .article import ArticleWriter, Converted, page_at
from .errors import ConvertError

Progress = Callable[[int, int], None]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
FILE_SUFFIXES = (*TEXT_SUFFIXES, ".pdf", ".docx", ".odt", ".html", ".htm", ".xml")
# Formats whose reading takes long enough on a large file to belong in a background job.
SLOW_SUFFIXES = (".pdf", ".docx", ".odt")


def kind_of(name: str, data: bytes) -> str:
    """'pdf', 'docx', 'odt', 'html', 'wiki-export' or 'text', by the bytes first, then the name."""
    suffix = PurePath(name.lower()).suffix
    head = data[:1024].lstrip().lower()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and suffix in (".docx", ".odt"):
        return suffix[1:]
    if head.startswith(b"<mediawiki") or (suffix == ".xml" and b"<mediawiki" in head):
        return "wiki-export"
    if suffix in (".html", ".htm") or head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def convert_file(
    name: str, data: bytes, max_bytes: int | None = None, progress: Progress | None = None
) -> Converted:
    """A file's article text by its kind (see the table above), or an InputError."""
    if max_bytes is not None and len(data) > max_bytes:
        raise ConvertError(f"is too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    kind = kind_of(name, data)
    if kind == "pdf":
        from .pdf import convert_pdf

        return convert_pdf(data, progress)
    if kind == "docx":
        from .word import convert_docx

        return convert_docx(data)
    if kind == "odt":
        from .odt import convert_odt

        return convert_odt(data)
    if kind == "wiki-export":
        from .wiki import convert_wikitext, export_wikitext

        return convert_wikitext(*export_wikitext(data))
    if kind == "html":
        from .web import convert_html

        return convert_html(data)
    if name.lower().endswith(".xml"):
        raise ConvertError("is an XML file but not a Special:Export file of Wikipedia")
    text = decode(data)
    return Converted(text=text, title="")


__all__ = [
    "FILE_SUFFIXES",
    "SLOW_SUFFIXES",
    "TEXT_SUFFIXES",
    "ArticleWriter",
    "ConvertError",
    "Converted",
    "convert_file",
    "kind_of",
    "page_at",
]
