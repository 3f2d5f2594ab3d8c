"""Cached access to the lemminflect lexicon (it copies its answer on every call)."""

from __future__ import annotations

from functools import lru_cache

from lemminflect import getAllLemmas as _get_all_lemmas
from lemminflect import getInflection as _get_inflection


@lru_cache(maxsize=65536)
def getAllLemmas(word: str) -> dict[str, tuple[str, ...]]:  # noqa: N802 - mirrors lemminflect
    """Lemmas of a word by part of speech: {'VERB': ('launch',)}."""
    return dict(_get_all_lemmas(word))


@lru_cache(maxsize=65536)
def getInflection(lemma: str, tag: str) -> tuple[str, ...]:  # noqa: N802 - mirrors lemminflect
    """Inflected forms of a lemma for a Penn tag ('VBD' → ('launched',))."""
    return tuple(_get_inflection(lemma, tag=tag))
