"""Review 6868 (docs/reviews/2026-12-08-seed-6868.md), drawn after review 5959's fixes: 26 of
40 acceptable, 7 worth asking (22 of the 40 items came from Super Bowl 50's box scores).

Fixed, and pinned here:
- item 6: "Only seven other teams had ever gained less than 200 yards": other than which?
- item 28: "participated in the survey in 1944 to _____": one end of a span is no fact alone.
Open:
- items 1, 23, 35, 36 and 39: options a football fan rules out (a fifth down, a second Super
  Bowl for a team of 2014, 20 games in a 16-game season, 800 points);
- items 26, 27 and 33: "also", "the Special Navy Mission", "Concord crewmen" (context the
  paragraph gives);
- item 37: a stamp's caption read as a statement ("…, issue of 1933": "issue" taken for a verb);
- item 40: "led the team in tackles forced _____ fumbles" (the cut aside took its comma);
- item 20: a season that spans two years, 1933–34, asked as one;
- worth asking: 33 of 40 judged trivia, most of them a season's statistics.
"""

from __future__ import annotations

import pytest

from questions.stem import _part_of_series

from .snippets import dangling_word


@pytest.mark.parametrize(
    ("stem", "dangles"),
    [
        (
            "Only seven other teams had ever gained less than 200 yards in a Super Bowl.",
            "seven other teams",
        ),
        ("Denver and seven other teams gained less than 200 yards in a Super Bowl.", None),
    ],
)
def test_seven_other_teams(stem: str, dangles: str | None) -> None:
    assert dangling_word(stem) == dangles


@pytest.mark.parametrize(
    ("sentence", "answer", "part"),
    [
        ("Byrd took part in the Strategic Bombing Survey in 1944 to 1945.", "1945", True),
        ("Byrd took part in the Strategic Bombing Survey in 1944 to 1945.", "1944", True),
        ("He moved in 1944 to London.", "1944", False),
    ],
)
def test_a_span_opened_by_in(sentence: str, answer: str, part: bool) -> None:
    a = sentence.index(answer)
    assert _part_of_series(sentence, a, a + len(answer), "date") == part
