"""Text helpers shared by the stages: folding for comparison, name skeletons, word lists."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from anyascii import anyascii

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_NAMES = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# A chemical formula whose subscript the text moved to the next line ("when O\n2 combines",
# "Trioxygen (O\n3)"): the line ends on element symbols and the digit that follows is no number
BROKEN_SUBSCRIPT = re.compile(r"(?:^|[\s(\[])(?:[A-Z][a-z]?\d*){1,4}\n$")

# The number words of English, and those a figure or a count of years may be written in
ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
NUMBER_WORDS = {w: n for w, n in ONES.items() if n > 1} | TENS | {"hundred": 100, "dozen": 12}
WORDS_BY_NUMBER = {v: k for k, v in NUMBER_WORDS.items() if k not in ("dozen", "hundred")}

# On ASCII text, what `[^\w\s]|_` matches (neither a letter, a digit nor a space) becomes a space;
# the same table for bytes, which translate twice as fast as a string
_PUNCT_TO_SPACE = {c: " " for c in range(128) if not (chr(c).isalnum() or chr(c).isspace())}
_PUNCT_TO_SPACE_BYTES = bytes.maketrans(bytes(_PUNCT_TO_SPACE), b" " * len(_PUNCT_TO_SPACE))
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Arabic article forms and other name particles that spelling variants add or drop.
_PARTICLES = re.compile(r"^(?:al|el|ad|ar|as|az|at|an|ash|ad|ul|le|la|les|the)[\s\-']+", re.I)
_CLASS_WORDS = re.compile(
    r"\b(?:district|governorate|province|city|town|village|region|county|neighbou?rhood|"
    r"quarter|suburb|municipality|state|department|prefecture)\b",
    re.I,
)


def to_ascii(text: str) -> str:
    """`anyascii`, which transliterates character by character, run only on the non-ASCII
    runs of the text: a sentence with one dash is not copied a character at a time."""
    return text if text.isascii() else _NON_ASCII.sub(lambda m: anyascii(m.group(0)), text)


def _words_of(ascii_text: str) -> str:
    """Punctuation as spaces, spaces collapsed, ends stripped (the text is ASCII)."""
    if not ascii_text.isascii():
        return " ".join(ascii_text.translate(_PUNCT_TO_SPACE).split())
    spaced = ascii_text.encode("ascii").translate(_PUNCT_TO_SPACE_BYTES).decode("ascii")
    return " ".join(spaced.split())


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII with punctuation removed and spaces collapsed, for comparisons."""
    return _words_of(to_ascii(text).lower())


@lru_cache(maxsize=65536)  # same_name compares each name with many others: fold it once
def bare_name(name: str) -> str:
    """A place name folded, without leading article particles and class words."""
    folded = to_ascii(name).lower().strip().replace("'", "").replace("`", "")
    folded = _PARTICLES.sub("", folded)
    folded = _CLASS_WORDS.sub(" ", folded)
    return _words_of(folded)


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """Consonant skeleton of a name: transliteration variants share it (Baghiliya ~ Al-Baghaliyeh)."""
    out = []
    for word in bare_name(name).split():
        out.append(word[0] + word[1:].translate(_NO_VOWELS))
    joined = "".join(out).replace("q", "k").replace("c", "k").replace("z", "s")
    return _REPEATED.sub(r"\1", joined)


_NO_VOWELS = str.maketrans("", "", "aeiouyhw")
_REPEATED = re.compile(r"(.)\1+")


@lru_cache(maxsize=262144)
def same_name(a: str, b: str) -> bool:
    """True when two names are the same entity written differently (case, diacritics, variants)."""
    fa, fb = bare_name(a), bare_name(b)
    if not fa or not fb:
        return fold(a) == fold(b)
    if fa == fb:
        return True
    sa, sb = skeleton(a), skeleton(b)
    if len(sa) >= 3 and sa == sb:
        return True
    if len(fa) < 4 or len(fb) < 4 or fa[0] != fb[0] or not 0.8 <= len(fa) / len(fb) <= 1.25:
        return False  # a ratio of 0.9 needs nearly the same string: skip the costly comparison
    return SequenceMatcher(None, fa, fb).ratio() >= 0.9


def content_words(text: str) -> set[str]:
    """Folded words of three or more letters that are not function words."""
    return {w for w in fold(text).split() if len(w) > 2 and w not in STOPWORDS}


STOPWORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "that",
        "this",
        "these",
        "those",
        "was",
        "were",
        "are",
        "is",
        "been",
        "being",
        "has",
        "have",
        "had",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "they",
        "them",
        "she",
        "him",
        "who",
        "whom",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "not",
        "but",
        "also",
        "into",
        "onto",
        "upon",
        "over",
        "under",
        "after",
        "before",
        "during",
        "about",
        "than",
        "then",
        "there",
        "here",
        "all",
        "any",
        "some",
        "such",
        "each",
        "other",
        "more",
        "most",
        "many",
        "much",
        "very",
        "can",
        "could",
        "would",
        "should",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "did",
        "does",
        "done",
        "out",
        "off",
        "via",
        "per",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "while",
        "since",
        "until",
        "between",
        "against",
        "among",
        "within",
        "without",
        "both",
    ]
)


@lru_cache(maxsize=65536)
def _lemma(word: str) -> tuple[str, bool]:
    """(lemma, is_verb) for a folded word, through the lexicon."""
    from .lexicon import getAllLemmas

    lemmas = getAllLemmas(word)
    if "VERB" in lemmas and word not in ("was", "were", "had", "has", "been"):
        return lemmas["VERB"][0], True
    if "NOUN" in lemmas:
        return lemmas["NOUN"][0], False
    return word, False


@lru_cache(maxsize=65536)
def lemma_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(content lemmas, verb lemmas) of a text, for comparing what two sentences state."""
    lemmas = list(map(_lemma, content_words(text)))
    return frozenset(lemma for lemma, _ in lemmas), frozenset(v for v, verb in lemmas if verb)
