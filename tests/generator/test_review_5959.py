"""Review 5959 (docs/reviews/2026-12-08-seed-5959.md), drawn after review 4848's fixes: 29 of
40 acceptable (the best of the round), 18 worth asking.

Fixed, and pinned here:
- item 36: "from the end of _____ up to the present time": a span that runs to now holds from
  any earlier start as well, so no item;
- item 16: "among the findings were …": which find?
Open:
- item 40: "the tomb" in an article about a necropolis of many tombs (in the Taj Mahal's
  article the tomb is the site itself, so the noun cannot dangle everywhere);
- items 3, 11, 28 and 38: options ruled out by what learners know (towns far from the "near
  Mathura" the stem gives, "Athens and Jerusalem" as a set phrase, Cuba for an émigré scholar,
  modern Greek towns for 430 BC);
- item 30: "Lilian's husband" (a given name alone);
- item 37: the reviewer's recollection against the article's year, not checked;
- items 24 and 34: the article's own English;
- worth asking: 22 of 40 judged trivia.
"""

from __future__ import annotations

import random

import pytest

from questions import distract, docmodel, segment
from questions.kinds import BY_NAME
from questions.pipeline import _stem_for

from .snippets import dangling_word, doc_facts


def test_a_span_that_runs_to_now_is_not_asked() -> None:
    text = (
        "Immune system\n\nThe immune system is a system of many biological structures. Many "
        "theories have been suggested in immunology from the end of the nineteenth century up "
        "to the present time. Louis Pasteur worked in the 1880s. Robert Koch worked in the "
        "1890s. Jenner worked in the eighteenth century.\n"
    )
    doc, facts = doc_facts(text)
    docmodel.model(doc, segment(doc))
    fact = next(f for f in facts if f.text == "the nineteenth century")
    kind = BY_NAME["date"]
    asked, stem = _stem_for(doc, kind, fact)
    assert stem is not None and "up to the present" in stem.text
    pool = distract.Pool([f for f in facts if f.kind == "date"], (), distract.Aliases(text, ""))
    assert kind.distract(asked, pool, stem.text, random.Random(1)) is None


@pytest.mark.parametrize(
    ("stem", "dangles"),
    [
        ("Among the findings were remains of an adult and two terracotta statues.", "the findings"),
        ("Among the finds of 2018 were two terracotta statues.", None),
    ],
)
def test_among_the_findings(stem: str, dangles: str | None) -> None:
    assert dangling_word(stem) == dangles
