"""Review 4242 (docs/reviews/2026-12-07-seed-4242.md), drawn after review 3333's fixes: 22 of
40 acceptable, 17 worth asking.

Fixed, and pinned here:
- items 9, 29: "more than _____ can lead to fibrosis", "at _____ or more of depth … can occur":
  a bound that is a threshold or a capacity (a modal in its clause) makes the options past it
  true as well, so they lie on the other side.
- item 26: 54.36 K among 67.95, 81.54 and 95.13: scaled options stood on an even ladder (the
  factors ×1.25, ×1.5, ×1.75); the factors are uneven now, and a key with decimals has them
  moved a little too.
- item 10: "1822" before the article's 1836, 1840 and 1841: a key far from options that huddle
  on one side of it takes the shifted years around it instead.
- item 8: "In Saqqara, from the Middle Kingdom onward, _____ was no longer the capital": a
  place article's stem whose answer is another town or area carries the place as its topic
  instead of setting the sentence there.
- item 39: "In Saqqara, _____ of the coffins" with the options "Two", "Three": a blank that
  opens its sentence takes the topic instead, so its capital stays first.
- items 39, 40: "The coffins were stacked …" after "a cache of 30 coffins was discovered": a
  stem opening on a definite noun that the sentence before wrote quotes that sentence too.
Open:
- item 8: Memphis offered among towns of Tennessee (a historical town read as its namesake);
- item 14: "a ring of two atoms" (the count below the key is impossible);
- item 28: years before the 1857 revolt for a study of its causes;
- item 32: "the capital of the Mughal Empire" rules out Bijnor and Rohtak;
- items 5, 13, 16, 30, 33: the article's own English ("three school", "200th birth
  centenary");
- item 38: a sentence borrowed that says nothing of the fact asked.
"""

from __future__ import annotations

import random

import questions
from questions.distract import Pool, dates, figures
from questions.kinds import BY_NAME

from .snippets import doc_facts, stem_of


def _options(kind: str, facts: list[questions.Fact], key: str, stem: str, seed: int) -> list[str]:
    """The wrong options of the fact whose text ends in `key`, as the pipeline asks it (a
    figure's hedge in the stem)."""
    same = [f for f in facts if f.kind == kind]
    fact = BY_NAME[kind].asked(next(f for f in same if f.text.endswith(key)))
    chooser = figures if kind == "figure" else dates
    result = chooser.choose(fact, Pool(same), stem, random.Random(seed))
    assert result is not None, stem
    return [o.text for o in result[0] if not o.correct]


def test_a_threshold_s_wrong_options_lie_below_it() -> None:
    text = (
        "= Oxygen =\n\nOxygen is an element.\n\nProlonged breathing of an air mixture with an "
        "oxygen partial pressure more than 60 kPa can eventually lead to pulmonary fibrosis.\n"
    )
    _, facts = doc_facts(text)
    stem = (
        "Prolonged breathing of an air mixture with an oxygen partial pressure more than _____ "
        "can eventually lead to pulmonary fibrosis."
    )
    for seed in range(5):
        wrong = _options("figure", facts, "60 kPa", stem, seed)
        assert all(float(w.split()[0]) < 60 for w in wrong), wrong


def test_a_bound_without_a_modal_keeps_its_side() -> None:
    text = (
        "= Saqqara =\n\nSaqqara is a village.\n\nThe statuettes were dated back to the Late "
        "Period more than 2,500 years ago, in addition to a scroll which could be a chapter.\n"
    )
    _, facts = doc_facts(text)
    stem = "The statuettes were dated back to the Late Period more than _____ ago."
    for seed in range(5):
        wrong = _options("figure", facts, "2,500 years", stem, seed)
        assert all(float(w.split()[0].replace(",", "")) > 2500 for w in wrong), wrong


def test_scaled_options_stand_on_no_even_ladder() -> None:
    text = "= Oxygen =\n\nOxygen is an element.\n\nOxygen freezes at 54.36 K.\n"
    _, facts = doc_facts(text)
    for seed in range(8):
        values = sorted(
            [54.36]
            + [
                float(w.split()[0])
                for w in _options("figure", facts, "54.36", "Oxygen freezes at _____ K.", seed)
            ]
        )
        steps = [round(b - a, 2) for a, b in zip(values, values[1:], strict=False)]
        assert len(set(steps)) > 1, values


def test_a_key_far_from_huddled_options_takes_shifted_years() -> None:
    text = (
        "= Syed Ahmad Khan =\n\nSyed Ahmad Khan was a reformer.\n\nHis education was "
        "initiated by Shah Ghulam Ali in 1822. He joined the service in 1836. He was promoted "
        "in 1840. He moved to Fatehpur in 1841.\n"
    )
    _, facts = doc_facts(text)
    stem = "His education was initiated by Shah Ghulam Ali in _____."
    for seed in range(5):
        years = [int(w) for w in _options("date", facts, "1822", stem, seed)]
        assert min(years) < 1822 < max(years) or min(years) - 1822 < 5, years


def test_a_place_article_s_stem_about_another_town_carries_its_topic() -> None:
    text = (
        "= Warsaw =\n\nWarsaw is the capital of Poland.\n\nFrom 1596 onward, Kraków was no "
        "longer the capital of the country, and kings built their palaces elsewhere.\n"
    )
    stem = stem_of(text, "Kraków")
    assert stem is not None
    assert stem.text.startswith("Warsaw: From 1596 onward, _____ was no longer"), stem.text


def test_a_blank_opening_its_sentence_keeps_it_first() -> None:
    text = (
        "= Warsaw =\n\nWarsaw is the capital of Poland.\n\nTwo bridges were built over the "
        "Vistula River in 1920.\n"
    )
    stem = stem_of(text, "Two")
    assert stem is not None
    assert stem.text.startswith("Warsaw: _____ bridges"), stem.text


def test_a_definite_noun_the_sentence_before_wrote_borrows_that_sentence() -> None:
    text = (
        "= Saqqara =\n\nSaqqara is a vast burial ground in Egypt.\n\nIn October 2019, a cache "
        "of 30 coffins with mummies was discovered by an Egyptian mission. The coffins were "
        "stacked on top of each other and arranged in two rows.\n"
    )
    stem = stem_of(text, "two")
    assert stem is not None
    assert stem.text.index("a cache of 30 coffins") < stem.text.index("The coffins"), stem


def test_a_definite_noun_with_its_of_phrase_borrows_nothing() -> None:
    text = (
        "= Mussolini =\n\nBenito Mussolini was a politician.\n\nHe spoke of spazio vitale often. "
        "The concept of spazio vitale was first announced by Mussolini in 1919.\n"
    )
    stem = stem_of(text, "1919")
    assert stem is not None
    assert "spoke of spazio vitale often" not in stem.text, stem.text


def test_a_clause_s_definite_noun_borrows_nothing() -> None:
    text = (
        "= Warsaw =\n\nWarsaw is the capital of Poland.\n\nBills are sent to the mayor, who may "
        "sign them. If the mayor vetoes a bill, the Council has 30 days to override the veto.\n"
    )
    stem = stem_of(text, "30 days")
    assert stem is not None
    assert "Bills are sent" not in stem.text, stem.text
