"""Names an article gives for one thing: a renamed place's old and new names, the title's variants.

A place distractor that is another name of the key ("Constantinople" for "Istanbul", "Bombay"
for "Mumbai") would be a second correct option, so such names are barred.
"""

from __future__ import annotations

import re

from ..text import bare_name

_NAME = r"[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+|de[ \t]+|la[ \t]+)?[A-Z][\w'’-]*){0,3}"
_CUE = (
    r"(?:now(?:\s+called|\s+known\s+as)?|formerly(?:\s+called|\s+known\s+as)?|"
    r"previously(?:\s+called|\s+known\s+as)?|also\s+(?:known\s+as|called|spelled|spelt)|"
    r"renamed|known\s+today\s+as|later(?:\s+called|\s+renamed)?|present[- ]day|modern(?:[- ]day)?|"
    r"today|in\s+today's|officially|historically)"
)
# "Bombay (now Mumbai)", "Stalingrad, now Volgograd", "Byzantium, later renamed Constantinople"
_APPOSED = re.compile(rf"({_NAME})\s*[(,]\s*{_CUE}\s+(?:the\s+)?({_NAME})")
# "Christiania was renamed Oslo", "renamed from Salisbury to Harare"
_RENAMED = re.compile(
    rf"(?:({_NAME})\s+(?:was|were|is)\s+(?:officially\s+)?renamed\s+(?:as\s+|to\s+)?({_NAME})|"
    rf"renamed\s+from\s+({_NAME})\s+to\s+({_NAME}))"
)
_FIRST_PARENS = re.compile(r"\(([^()]{1,300})\)")


class Aliases:
    """Groups of names the article uses for one thing, found once per article."""

    def __init__(self, text: str, title: str = "") -> None:
        self.group: dict[str, int] = {}
        for m in _APPOSED.finditer(text):
            self._join(m.group(1), m.group(2))
        for m in _RENAMED.finditer(text) if "renamed" in text else ():  # both shapes hold it
            a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            self._join(a, b)
        if title:
            self._title_variants(text, title)

    def _join(self, a: str, b: str) -> None:
        fa, fb = bare_name(a), bare_name(b)
        ga, gb = self.group.get(fa), self.group.get(fb)
        target = ga if ga is not None else gb if gb is not None else len(self.group)
        for name, old in ((fa, ga), (fb, gb)):
            if old is not None and old != target:
                for k, v in list(self.group.items()):
                    if v == old:
                        self.group[k] = target
            self.group[name] = target

    def _title_variants(self, text: str, title: str) -> None:
        """The names in the first parentheses after the title's first mention ("Warsaw (Warszawa)")."""
        name = re.sub(r"\s*\([^)]*\)\s*$", "", title).strip()
        at = text.find(name, text.find("\n"))
        m = _FIRST_PARENS.search(text, at + len(name)) if at >= 0 else None
        if m is None or m.start() - (at + len(name)) > 3:
            return
        for variant in re.findall(_NAME, m.group(1)):
            self._join(name, variant)

    def same(self, a: str, b: str) -> bool:
        """True when the article gives both names to one thing."""
        ga = self.group.get(bare_name(a))
        return ga is not None and ga == self.group.get(bare_name(b))
