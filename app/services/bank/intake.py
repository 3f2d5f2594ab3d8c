"""Adding an article from what a teacher gives: a file (read at once, or in the background when
it is a large PDF or Word file), a link (checked at once, fetched and read in the background),
or pasted text. Reading (`reading`) comes first and
stores nothing; only an article read whole is stored (`articles.add_article`), and its questions
start being written at once (`generation`)."""

from __future__ import annotations

from typing import Any

from questions.convert import Converted

from ...models import ReadingJob, User
from ..errors import ServiceError
from . import articles, generation, reading, reading_jobs


def upload_limit(filename: str, config: Any) -> int:
    """How many bytes of a file of this name may be read (one more tells it is too large)."""
    return reading.file_limit(filename, config)


def from_upload(
    teacher: User, filename: str, data: bytes, whole: int, title: str, config: Any
) -> articles.Added | ReadingJob:
    """A file: checked by name and size (`whole` is its full size), then read now (the article
    added), or queued for the background when it is a large PDF or Word file (the job)."""
    reading.check_upload(filename, data, upload_limit(filename, config), whole)
    if reading.in_background(filename, data, config):
        job = reading_jobs.create(teacher, filename, data, title)
        reading_jobs.start(job)
        return job
    read = reading.read_upload(filename, data, int(config["MAX_ARTICLE_BYTES"]))
    return _store(teacher, read, title, filename)


def from_link(teacher: User, url: str, title: str, config: Any) -> ReadingJob:
    """A link: checked now (scheme, host, a public address), then fetched and read in the
    background, so that no web worker waits on another server; its URL (after redirects) is the
    article's source."""
    reading.check_url(url, config)
    job = reading_jobs.create_link(teacher, url, title)
    reading_jobs.start(job)
    return job


def from_paste(teacher: User, text: str, title: str, config: Any) -> articles.Added:
    """Pasted text, or ServiceError when there is nothing to add."""
    if not text.strip():
        raise ServiceError("Choose a file to upload, give a link or paste the article's text.")
    pasted = articles.text_from_paste(text, int(config["MAX_ARTICLE_BYTES"]))
    return _store(teacher, Converted(pasted, ""), title, "pasted text")


def _store(teacher: User, read: Converted, title: str, source: str) -> articles.Added:
    """Store the article read and start writing its questions (unless it was there already)."""
    added = articles.add_article(teacher, read.text, title, source, read.pages)
    if added.created and added.job is not None:
        generation.start(added.job)
    return added
