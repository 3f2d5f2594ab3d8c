"""Review 9753 (docs/reviews/2026-12-07-seed-9753.md), drawn after review 4680's fixes: 29 of
40 acceptable, 21 worth asking.

Fixed, and pinned here:
- item 2: "within two model years of the _____ crisis" (1973) in the 1973 oil crisis's
  article: the topic cannot be written before a stem whose answer is in it, and the subject's
  noun after the blank cannot say which crisis alone;
- item 5: "travelled to _____" (Delhi) among Gujarat and Karnataka: a state whose namesake
  town has 500,000 people or more is read as the town, unless the stem makes it a state;
- item 13: "additional 46 countries … from _____" (49 to 96): the stem gives the range's span;
- item 22: "a speed limit of _____" (55 mph) among 44 and 72 mph: a key ending in 5 takes
  options that do too;
- item 25: "When did the Government of India release a stamp on his Silk Letter Movement?":
  a body named "Government of …" is no person for "his".
Open:
- item 7: a count the stem's parts add up to ("the Netherlands …, the UK and France …, the
  other six": nine);
- item 23: years of another calendar (Bikram Sambat) and "his" in a list without a verb;
- item 29 and 38: the article's missing articles, and "their power" whose referent (the
  British) the sentence before names;
- item 31: "the Zulu king" known from the paragraph gives KwaZulu-Natal away;
- worth asking: 19 of 40 judged trivia.
"""

from __future__ import annotations

import pytest

from questions.counts_given import given_by_the_stem
from questions.dangling import ANAPHOR
from questions.distract.figure_scale import nice
from questions.gazetteer import gazetteer
from questions.model import FigureValue
from questions.stem import make_stem

from .snippets import doc_facts, options_of, stem_of

CRISIS = (
    "1973 oil crisis\n\nThe 1973 oil crisis began in October 1973. Sales of large sedans for "
    "most makes recovered within two model years of the 1973 crisis.\n"
)


def test_a_stem_that_cannot_carry_its_topic_and_calls_it_by_its_noun_is_refused() -> None:
    doc, facts = doc_facts(CRISIS)
    fact = next(f for f in facts if f.text == "1973" and "sedans" in f.sentence.text)
    assert make_stem(doc, fact) is None


SCHOLAR = (
    "Mahmud Hasan Deobandi\n\nMahmud Hasan Deobandi was an Indian Muslim scholar. On 30 October "
    "1920, a day after the foundation of the Jamia Millia Islamia in Aligarh, Mahmud Hasan "
    "Deobandi travelled to Delhi at the request of Mukhtar Ahmad Ansari.\n"
)


def test_a_city_state_is_read_as_its_city() -> None:
    wrong = {o.text for o in options_of(SCHOLAR, "Delhi") if not o.correct}
    for name in wrong:
        assert any(p.cls == "city" for p in gazetteer().lookup(name)), wrong


def test_the_stem_gives_the_span_of_a_range_key() -> None:
    stem = "He established relations with additional 46 countries taking the total from _____."
    assert given_by_the_stem(stem, "49 to 96")
    assert not given_by_the_stem("The number of members rose from _____.", "49 to 96")


@pytest.mark.parametrize("factor", [0.5, 0.8, 1.3, 1.5, 1.8, 2.0])
def test_a_key_ending_in_five_takes_options_that_do_too(factor: float) -> None:
    key = FigureValue(55, 55, "", "exact", "mph", "digits", 0, False)
    assert int(nice(55 * factor, key)) % 10 == 5


def test_a_government_of_a_country_is_no_person_for_his() -> None:
    stem = "When did the Government of India release a postal stamp on his Silk Letter Movement?"
    found = ANAPHOR.search(stem)
    assert found is not None and found.group(0) == "his"
    assert stem_of(SCHOLAR, "Delhi") is not None
