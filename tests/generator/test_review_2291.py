"""Review 2291 (docs/reviews/2026-12-08-seed-2291.md), the last of the round: 23 of 40
acceptable, 21 worth asking.

Fixed, and pinned here:
- item 26: Iran, Iraq and Syria beside Turkey in 1914: states that did not exist yet (Persia,
  Ottoman provinces);
- item 28: "Jimmy Ron Dosanjh was killed …": a lone surname after the given name that opens the
  stem is a full name already, and is not written out as another brother's.
Open:
- item 14: "_____, British Columbia" offered Montréal and Toronto (a town pinned to a Canadian
  province, the strict expected failure of review 8024);
- item 15: Rome, Italy's own capital, among the capitals for "alignment with _____" in
  Mussolini's policy;
- items 5, 7, 13, 18, 28 and 32: context only the paragraph gives (who exiled the teachers, "he"
  after Lenin, "The Elite", "Ron");
- items 9, 25, 30, 31, 37 and 39: options the story or world knowledge rules out;
- items 21 and 23: the article's own English (two captions run together, "he was felt").
"""

from __future__ import annotations

from questions.distract.eras import named_then

from .snippets import stem_of


def test_middle_eastern_states_before_they_existed() -> None:
    assert not named_then("Iraq", [1914])
    assert not named_then("Syria", [1914])
    assert not named_then("Iran", [1914])
    assert named_then("Iraq", [1991])


def test_a_given_name_opening_the_stem_keeps_its_surname() -> None:
    text = (
        "= Bindy Johal =\n\nBindy Johal was a gangster. He was blamed for the murders of the "
        "brothers Ron Dosanjh and Jimmy Dosanjh. Jimmy Dosanjh was killed in February 1994, and "
        "Ron was killed in April 1994.\n"
    )
    stem = stem_of(text, "February 1994")
    assert stem is not None and "Jimmy Ron" not in stem.text, stem
