"""What every extractor shares: claimed spans, quoted spans and the sentence lookup."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..infobox import understood
from ..model import Document, Sentence

# Straight or curly double quotes; a fact inside a quotation is not a question source.
_QUOTED = re.compile(r"\"[^\"\n]{0,400}\"|“[^”\n]{0,400}”|“[^\"\n]{0,400}\"|\"[^”\n]{0,400}”")


class Context:
    """Per-document state the extractors consult: which spans are taken or quoted."""

    def __init__(self, doc: Document, sentences: Sequence[Sentence]) -> None:
        self.doc = doc
        self.sentences = [s for s in sentences if s.block.source]
        self._starts: list[int] = []
        self._ends: list[int] = []
        self.quoted: list[tuple[int, int]] = []
        # Quotations are found per block, since one may open in a sentence and close in the next
        # ('Ward wrote that "Overall, … killed up to 15 million. … disappeared."').
        for block in dict.fromkeys(s.block for s in self.sentences):
            for m in _QUOTED.finditer(doc.text, block.start, block.end):
                self.quoted.append((m.start(), m.end()))
        self._qstarts = [q[0] for q in self.quoted]
        self._claim_title_mentions()

    def _claim_title_mentions(self) -> None:
        """The title repeated in the text ("Battle of Tilpat (1669)") is a name, not a fact."""
        title = self.doc.title
        if len(title) < 4:
            return
        pos = self.doc.text.find(title)
        while pos >= 0:
            self.claim(pos, pos + len(title))
            pos = self.doc.text.find(title, pos + len(title))

    def sentences_for(self, kind: str) -> list[Sentence]:
        """Sentences an extractor of `kind` reads: prose, and the infobox fields it understands."""
        return [
            s for s in self.sentences if s.block.kind != "infobox" or understood(s.block.key, kind)
        ]

    def claim(self, start: int, end: int) -> bool:
        """Reserve [start, end) for one fact; False when it overlaps an earlier claim."""
        i = bisect.bisect_left(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return False
        if i < len(self._starts) and self._starts[i] < end:
            return False
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True

    def is_claimed(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a claimed span."""
        i = bisect.bisect_left(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def in_quote(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside a quotation."""
        i = bisect.bisect_right(self._qstarts, start)
        return i > 0 and self.quoted[i - 1][1] >= end
