"""What a teacher brings (a file or a link) read into article text, or a sentence saying why not.

Files are read by `questions.convert` (the same code as the command line): text and Markdown,
PDF, Word, HTML and Wikipedia's Special:Export XML. A link is fetched safely (`fetch`): a
Wikipedia article through its wikitext from the wiki's API, any other page by its main text,
a link to a PDF or Word file like an upload. Nothing here writes to the database; the caller
stores the article only once it was read whole.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import PurePath
from typing import Any

from questions import InputError
from questions.convert import FILE_SUFFIXES, SLOW_SUFFIXES, Converted, convert_file, kind_of
from questions.convert.pdf import page_count
from questions.convert.web import convert_html
from questions.convert.wiki import api_url, api_wikitext, convert_wikitext, wikipedia_title

from ..errors import ServiceError
from .fetch import FetchRefused, check, fetch

Progress = Callable[[int, int], None]


class ReadingError(ServiceError):
    """A file or page that is not an article; nothing was stored. Answered as 422."""

    status = 422


def size(n: int) -> str:
    """A size as people read it: '1.4 MB', '820 KB', '312 bytes'."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    return f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} bytes"


def file_limit(filename: str, config: Any) -> int:
    """The upload limit for a file of this name: documents (PDF, Word) may be larger than text."""
    slow = filename.lower().endswith(SLOW_SUFFIXES)
    return int(config["MAX_DOCUMENT_BYTES" if slow else "MAX_ARTICLE_BYTES"])


def in_background(filename: str, data: bytes, config: Any) -> bool:
    """True for a PDF or Word file large enough that reading it would hold a request too long:
    more than READ_INLINE_PAGES pages of PDF (read at tens of pages a second), or more than
    READ_INLINE_BYTES of either."""
    if not filename.lower().endswith(SLOW_SUFFIXES):
        return False
    if len(data) > int(config["READ_INLINE_BYTES"]):
        return True
    return kind_of(filename, data) == "pdf" and page_count(data) > int(config["READ_INLINE_PAGES"])


def check_upload(filename: str, data: bytes, limit: int, whole: int | None = None) -> None:
    """Refuse a file by its name or size before it is read; `whole` is the file's full size when
    only its first `limit + 1` bytes were read."""
    name = filename or "The file"
    if not filename.lower().endswith(FILE_SUFFIXES):
        raise ReadingError(
            f"{name} is not a file we can read; upload a PDF, a Word (.docx) or OpenDocument "
            "(.odt) file, plain text (.txt) or Markdown (.md), or paste the article."
        )
    if len(data) > limit:  # say how large the file is, not how much of it was read
        shown = max(whole or 0, len(data))
        raise ReadingError(
            f"{name} is too large ({size(shown)}; the limit is {size(limit)}). "
            "Shorten the article or split it in two."
        )


def read_upload(
    filename: str, data: bytes, max_text: int, progress: Progress | None = None
) -> Converted:
    """The article of an uploaded file (already checked by `check_upload`), or ReadingError."""
    name = filename or "The file"
    try:
        converted = convert_file(filename, data, progress=progress)
    except InputError as exc:
        raise ReadingError(f"{name} {exc}.") from None
    return _limited(name, converted, max_text)


def check_url(url: str, config: Any) -> None:
    """Refuse a link the fetch would refuse before connecting (ReadingError), in the request:
    the address that will be fetched (a Wikipedia article's is its wiki's API)."""
    url = url.strip()
    wiki = wikipedia_title(url)
    try:
        check(
            _wiki_query(*wiki, config) if wiki else url,
            allow_private=bool(config.get("FETCH_ALLOW_PRIVATE", False)),
        )
    except FetchRefused as exc:
        raise ReadingError(str(exc)) from None


def _wiki_query(language: str, title: str, config: Any) -> str:
    """The API address of a Wikipedia article's wikitext (the tests' recorded answers' with
    WIKIPEDIA_API)."""
    query = api_url(language, title)
    base = str(config.get("WIKIPEDIA_API") or "")
    return base.format(language=language) + query.partition("?")[2] if base else query


def read_url(url: str, config: Any) -> Converted:
    """The article a link points to, fetched under the safety rules of `fetch`."""
    url = url.strip()
    get = partial(
        fetch,
        max_bytes=int(config["FETCH_MAX_BYTES"]),
        timeout=float(config["FETCH_TIMEOUT"]),
        allow_private=bool(config.get("FETCH_ALLOW_PRIVATE", False)),
    )
    wiki = wikipedia_title(url)
    try:
        if wiki is not None:
            answer = get(_wiki_query(*wiki, config))
            converted = convert_wikitext(*api_wikitext(answer.body), source=url)
        else:
            got = get(url)
            name = PurePath(got.url.split("?")[0]).name or "page.html"
            if "html" in got.content_type or not got.content_type:
                converted = convert_html(got.body, got.url)
            else:
                converted = convert_file(name, got.body)
            converted = Converted(converted.text, converted.title, converted.pages, got.url)
    except FetchRefused as exc:
        raise ReadingError(str(exc)) from None
    except InputError as exc:
        raise ReadingError(f"The page {exc}.") from None
    return _limited("The page", converted, int(config["MAX_ARTICLE_BYTES"]))


def _limited(name: str, converted: Converted, max_text: int) -> Converted:
    """Refuse an article whose text is over the limit, with its size."""
    length = len(converted.text.encode("utf-8"))
    if length > max_text:
        raise ReadingError(
            f"{name} holds too much text ({size(length)}; the limit is {size(max_text)}). "
            "Split it into chapters."
        )
    return converted
