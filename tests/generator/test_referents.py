"""Referents a stem resolves or refuses (snippet → stem): "here" in a town's article, an
ordinal with its infinitive, "the whole Empire" as no person before "he"."""

from __future__ import annotations

import pytest

from questions.dangling import dangling_outside
from questions.pronouns import LEADING

from .snippets import dangling_word, stem_of

WARSAW = "Warsaw\n\nWarsaw is the capital and largest city of Poland.\n\n"


@pytest.mark.parametrize(
    ("sentence", "answer", "stem"),
    [
        (
            "Casimir Pulaski, a Polish general, was born here in 1745.",
            "1745",
            "Casimir Pulaski, a Polish general, was born in Warsaw in _____.",
        ),
        (
            "The Hoppings funfair, said to be the largest travelling funfair in Europe, is held "
            "here annually in June.",
            "Europe",
            "The Hoppings funfair, said to be the largest travelling funfair in _____, is held in "
            "Warsaw annually in June.",
        ),
    ],
)
def test_here_in_a_towns_article_is_the_town(sentence: str, answer: str, stem: str) -> None:
    made = stem_of(WARSAW + sentence + "\n", answer)
    assert made is not None
    assert made.text == stem


def test_here_outside_a_places_article_dangles() -> None:
    text = "Casimir Pulaski\n\nCasimir Pulaski was a Polish general. He fought here in 1771.\n"
    assert stem_of(text, "1771") is None


@pytest.mark.parametrize(
    ("stem", "dangles"),
    [
        # an ordinal with its infinitive says which team
        ("The Carolina Panthers became the seventh team to win 15 regular season games.", None),
        ("The seventh team lost the final.", "The seventh team"),
        # "the whole Empire" is no person for "his" and "he" to point to
        (
            "Albeit the last emperor to rule the whole Empire during his entire reign, he died at "
            "Dadastana.",
            "his",
        ),
        # the noun named before it in the stem says which program, which city
        (
            "Harvard College ended its early admissions program in 2007 as the program was "
            "believed to disadvantage applicants.",
            None,
        ),
        (
            "Newcastle Airport is 6 miles from Newcastle city centre, on the outskirts of the "
            "city near Ponteland.",
            None,
        ),
        ("The program was ended in 2007 as the program was believed unfair.", "The program"),
        # a quoted name after the noun names it
        ('The term "Imperialism" was introduced into English in the late 1870s.', None),
        ("The term was introduced into English in the late 1870s.", "The term"),
        # "it was not uncommon for …" stands for the "for" clause, not for a thing
        ("In crowded cities, it was not uncommon for half of the people to die in 1349.", None),
        ("In crowded cities, it was rebuilt in 1349.", "it"),
        # "those" after a comparison means a noun of its own sentence
        (
            "In Japan, average attainment on standardized tests may exceed those in Western "
            "countries.",
            None,
        ),
        ("Those in Western countries were lower in 2010.", "Those"),
        # "the plague" is a disease's name, "the disease" leans on the sentence before
        ("In 1466, perhaps 40,000 people died of the plague in Paris.", None),
        ("In 1466, perhaps 40,000 people died of the disease in Paris.", "the disease"),
        # "before it continued": the subject of a clause, the one the sentence named
        ("The Black Death ravaged Europe for three years before it continued into Russia.", None),
        ("The war ended before it.", "The war"),
        ("The siege was lifted two weeks before it.", "The siege"),
        # "led the team": the subject's own team
        ("Kawann Short led the team in sacks with 11.", None),
        ("The team won the title in 1985.", "The team"),
        # "the former" before its noun is an adjective; before a verb, or "the latter year", it
        # points back
        (
            "Francovich, the former employee of a bankrupt firm, was allowed to claim damages.",
            None,
        ),
        ("The former was allowed to claim damages in 1991.", "The former"),
        ("The latter year the barony was revived in his favour.", "The latter"),
    ],
)
def test_what_a_definite_phrase_or_pronoun_leans_on(stem: str, dangles: str | None) -> None:
    assert dangling_word(stem) == dangles


@pytest.mark.parametrize(
    ("sentence", "leading"),
    [
        ("In the beginning of the 14th century it became one of the seats of the Dukes.", True),
        ("In the 1960s it grew into a city.", True),
        ("In the city it grew into a market.", False),
    ],
)
def test_a_century_or_decade_opener_leaves_its_pronoun_leading(
    sentence: str, leading: bool
) -> None:
    assert bool(LEADING.match(sentence)) == leading


@pytest.mark.parametrize(
    ("text", "answer", "stem"),
    [
        # a time the sentence before set goes, with its place; the statement stays true
        (
            "The war began in America. During that time in Europe, on May 18, 1756, England "
            "formally declared war on France.",
            "May 18, 1756",
            "When did England formally declare war on France?",
        ),
        (
            "Gold was found at Clunes. Days later, still in 1851 gold was discovered near "
            "Ballarat.",
            "Ballarat",
            "In 1851 gold was discovered near _____.",
        ),
        (
            "Denver punted. Then after an incompletion, Thomas Davis tackled Anderson for a "
            "1-yard gain.",
            "1-yard",
            "After an incompletion, Thomas Davis tackled Anderson for a _____ gain.",
        ),
        (
            "The Ban ruled the coast. At that time, Karlović had 24 forts and cities in three "
            "counties.",
            "24",
            "Karlović had _____ forts and cities in three counties.",
        ),
    ],
)
def test_a_time_the_sentence_before_set_is_dropped(text: str, answer: str, stem: str) -> None:
    made = stem_of("Title\n\n" + text + "\n", answer)
    assert made is not None and made.text.split(": ", 1)[-1] == stem


NEWCASTLE = "Newcastle upon Tyne\n\nNewcastle upon Tyne is a city in Tyne and Wear, England.\n\n"


@pytest.mark.parametrize(
    ("sentence", "answer", "stem"),
    [
        (
            "The area was originally inhabited by the Timucua people in 1564.",
            "1564",
            "When was Newcastle upon Tyne originally inhabited by the Timucua people?",
        ),
        (
            "NE1fm launched on 8 June 2007, the first full-time community radio station in the "
            "area.",
            "8 June 2007",
            "NE1fm launched on _____, the first full-time community radio station in Newcastle "
            "upon Tyne.",
        ),
        (  # a past verb after it ends the phrase
            "The first settlement in the area occurred in 1080 at Pandon.",
            "1080",
            "When did the first settlement in Newcastle upon Tyne occur at Pandon?",
        ),
        # a phrase after it says which area: no stem rather than the wrong place
        ("Shops fill the area around Grey's Monument since 1990.", "1990", None),
        ("Floods hit the area covered by the old town in 1771.", "1771", None),
    ],
)
def test_the_area_in_a_places_article_is_the_place(
    sentence: str, answer: str, stem: str | None
) -> None:
    made = stem_of(NEWCASTLE + sentence + "\n", answer)
    assert (made and made.text) == stem


@pytest.mark.parametrize(
    ("stem", "kind", "dangles"),
    [
        # a place's blank holds a name an "its" may mean
        ("Despite the embargo, _____ faced an oil crisis of its own.", "place", None),
        ("The change of control in _____ prompted most of its people to leave.", "place", None),
        # a date's blank is no antecedent; a person's pronoun needs a person
        ("In _____ it drove the PLO out of Gaza.", "date", "it"),
        ("On December 12, _____ and his men reached Fort Le Boeuf.", "place", "his"),
        ("Speaking in tongues in _____ did not enable them to speak Bengali.", "place", "them"),
    ],
)
def test_a_place_s_blank_is_an_antecedent_for_it(stem: str, kind: str, dangles: str | None) -> None:
    at = stem.index("_____")
    found = dangling_outside(stem, at, at + 5, kind)
    assert (found and found.group(0)) == dangles


@pytest.mark.parametrize(
    ("stem", "dangles"),
    [
        ("It also became clear that Apollo would outgrow the launch facilities in Florida.", None),
        ("It was soon apparent that Napoleon had failed in 1812.", None),
        ("It also became a port in 1850.", "It"),
    ],
)
def test_it_before_a_that_clause_of_what_is_clear_stands_for_nothing(
    stem: str, dangles: str | None
) -> None:
    assert dangling_word(stem) == dangles
