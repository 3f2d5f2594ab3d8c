"""Cached access to the lemminflect lexicon.

lemminflect deep-copies its tables on every lookup; a lower-case word (nearly every lookup here)
is read from the same tables without the copy: the values are tuples, which nothing can change.
Any other word goes through the library, which also applies its capitalisation.
"""

from __future__ import annotations

from functools import lru_cache

from lemminflect import getAllLemmas as _get_all_lemmas
from lemminflect import getInflection as _get_inflection
from lemminflect.core.Lemmatizer import Lemmatizer


@lru_cache(maxsize=65536)
def getAllLemmas(word: str) -> dict[str, tuple[str, ...]]:  # noqa: N802 - mirrors lemminflect
    """Lemmas of a word by part of speech: {'VERB': ('launch',)}."""
    if word.islower() and word.isalpha():
        lemmatizer = Lemmatizer()
        lemmas: dict[str, tuple[str, ...]] = dict(lemmatizer._getLemmaDict().get(word, {}))
        lemmas.update(lemmatizer._getOverridesDict().get(word, {}))
        return lemmas
    return dict(_get_all_lemmas(word))


@lru_cache(maxsize=65536)
def getInflection(lemma: str, tag: str) -> tuple[str, ...]:  # noqa: N802 - mirrors lemminflect
    """Inflected forms of a lemma for a Penn tag ('VBD' → ('launched',))."""
    return tuple(_get_inflection(lemma, tag=tag))
