"""'They' and 'Their' that open a sentence and mean the previous sentence's named subject.

"The Carolina Panthers had their best season. They defeated the Arizona Cardinals …": a stem
cut from the second sentence writes "The Carolina Panthers defeated …". Only a subject that is
a plural name standing alone at the head of the previous sentence of the same paragraph, with
its verb right after it, is taken; anything else ("The Broncos and the Panthers", "Many of the
settlers") leaves the pronoun as it is, and the stem is refused as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Sentence

# "In 2015, They …": an opening phrase ends with a comma; "They" must then be the subject.
LEADING_THEY = re.compile(r"^(?:[A-Z][^,]{0,60},\s+)?(They|Their)\b")
_PLURAL_SUBJECT = re.compile(
    r"^(?:[A-Z][^,]{0,60},\s+)?((?:The )?(?:[A-Z][\w'’.-]* ){0,3}[A-Z][\w'’.-]*[a-rt-z]s)"
    r"(?: \([^()]*\))? (?:[a-z]+ ){0,1}(?:[a-z]+ed|had|were|have|won|lost|beat|took|made|"
    r"began|became|went|fought|held|met|left|ran|saw|gave|came|led|set|kept|got)\b"
)


def plural_antecedents(sentences: Sequence[Sentence]) -> dict[int, str]:
    """Sentence start → the plural name its leading "They"/"Their" means."""
    out: dict[int, str] = {}
    for prev, s in zip(sentences, sentences[1:], strict=False):
        if s.block.kind != "paragraph" or s.block.start != prev.block.start:
            continue
        if not LEADING_THEY.match(s.text):
            continue
        m = _PLURAL_SUBJECT.match(prev.text)
        if m is None:
            continue
        name = m.group(1)
        if " and " in name or name.split()[0] in ("Many", "Some", "Most", "All", "Both"):
            continue
        out[s.start] = name[:1].lower() + name[1:] if name.startswith("The ") else name
    return out
