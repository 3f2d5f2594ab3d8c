"""A section named after one thing: its sentences' "the <noun>" is that thing."""

from __future__ import annotations

import pytest

from questions.sections import title_head

from .snippets import stem_of


@pytest.mark.parametrize(
    ("title", "head"),
    [
        ("Freeman Spogli Institute for International Studies", "institute"),
        ("Center for the Study of Language and Information", "center"),
        ("Stanford Humanities Center", "center"),
        ("University of Chicago Press", ""),  # the press, not the university
        ("Early life", ""),
        ("History", ""),
    ],
)
def test_the_noun_a_section_title_names_its_thing_by(title: str, head: str) -> None:
    assert title_head(title) == head


CENTRES = (
    "= Stanford University centers and institutes =\n\nStanford University has many centers "
    "and institutes.\n\n== Stanford Humanities Center ==\n\nThe Stanford Humanities Center is "
    "a research center at Stanford. The center offers about 25 fellowships a year.\n\n"
    "== Early life ==\n\nThe center was built in 1960 near the river.\n"
)


def test_the_noun_of_a_named_section_is_written_as_its_name() -> None:
    stem = stem_of(CENTRES, "about 25")
    assert stem is not None
    assert stem.text.startswith("The Stanford Humanities Center offers _____")


def test_a_section_that_names_no_thing_resolves_nothing() -> None:
    assert stem_of(CENTRES, "1960") is None  # "the center" of "Early life": which?
