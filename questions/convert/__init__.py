"""Files and pages teachers bring, turned into article text the generator reads.

Pure and typed like the rest of `questions/`: bytes in, `Converted` (text, title, page offsets)
out, or `ConvertError` saying what is wrong in a teacher's words. Nothing here touches the
network; fetching a URL is the web app's business (`app/services/bank/fetch.py`), which hands
the bytes it got to `convert_html` or `convert_wikitext`.
"""

from __future__ import annotations

from collections.abc import Callable

from .article import ArticleWriter, Converted, page_at
from .errors import ConvertError

Progress = Callable[[int, int], None]

__all__ = ["ArticleWriter", "ConvertError", "Converted", "page_at"]
