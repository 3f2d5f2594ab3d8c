"""Hard and soft rules on hand-made items."""

from __future__ import annotations

import pytest

from questions import Checked, hard_flaws, soft_flaws
from questions.lint import cross_flaws


def item(stem: str, *opts: tuple[str, bool], kind: str = "date", style: str = "wh") -> Checked:
    return Checked(kind, style, stem, tuple(opts))


GOOD = item("When did X happen?", ("1901", False), ("1902", True), ("1903", False), ("1904", False))


def test_a_good_item_has_no_flaw() -> None:
    assert hard_flaws(GOOD) == []


@pytest.mark.parametrize(
    ("bad", "flaw"),
    [
        (item("When?", ("1", True), ("2", True), ("3", False), ("4", False)), "2 correct options"),
        (item("When did X happen?", ("1", True), ("2", False), ("3", False)), "has 3 options"),
        (item("When did X happen?", ("Café", True), ("cafe", False), ("b", False), ("c", False)),
         "same after normalising"),
        (item("Where is Baghiliya?", ("Al-Baghaliyeh", True), ("Ayyash", False),
              ("Tala'a", False), ("Khasham", False), kind="place"), "stem contains the answer"),
        (item("X was killed in _____.", ("Baghiliya", True), ("Al-Bughayliyah", False),
              ("Tala'a", False), ("Ayyash", False), kind="place", style="cloze"),
         "same after normalising"),
        (item("X happened in 1901.", ("1901", True), ("1902", False), ("1903", False),
              ("1904", False), style="cloze"), "exactly one blank"),
        (item("When did he launch the attack?", ("1901", True), ("1902", False), ("1903", False),
              ("1904", False)), "unnamed referent"),
        (item("How many (48 executed) died?", ("48", True), ("50", False), ("60", False),
              ("70", False), kind="figure"), "contains the answer"),
        (item("When did X happen", ("1901", True), ("1902", False), ("1903", False),
              ("1904", False)), "question mark"),
    ],
)  # fmt: skip
def test_hard_flaws(bad: Checked, flaw: str) -> None:
    assert any(flaw in f for f in hard_flaws(bad)), hard_flaws(bad)


@pytest.mark.parametrize(
    ("stem", "answer", "flawed"),
    [
        ("Armstrong landed at 20:17:40 UTC on _____.", "July 20, 1969", False),
        ("It was recorded on _____, during the 2009 heat wave.", "7 February 2009", True),
        ("The mill employed _____ workers, up from 1,000.", "12,000", False),
        ("The mill employed _____ workers in 1,000 days.", "1,000", True),
    ],
)
def test_numbers_of_the_answer_in_the_stem(stem: str, answer: str, flawed: bool) -> None:
    checked = item(stem, (answer, True), ("a", False), ("b", False), ("c", False), style="cloze")
    assert any("repeats a number" in f for f in hard_flaws(checked)) == flawed


@pytest.mark.parametrize(
    ("others", "flawed"),
    [
        # the year every option states tells nothing: the month is asked
        (("September 1973", "November 1973", "December 1973"), False),
        (("October 1972", "November 1973", "December 1974"), True),
    ],
)
def test_a_number_every_option_states_gives_nothing_away(
    others: tuple[str, ...], flawed: bool
) -> None:
    stem = "The 1973 oil crisis began in _____ when OAPEC proclaimed an oil embargo."
    checked = item(stem, ("October 1973", True), *((o, False) for o in others), style="cloze")
    assert any("repeats a number" in f for f in hard_flaws(checked)) == flawed


@pytest.mark.parametrize(
    ("stem", "flawed"),
    [
        ("In 2011, 19.6% were aged _____ or older. around two percent higher than average.", True),
        ("Roads, bridges, etc. and _____ canals were built.", False),
        ("The line was built c. _____ by J. smith's company.", False),
        # a caption run into the next sentence with no full stop at all
        ("U.S. Patent #223898: Electric-Lamp, issued _____ The Oregon Railroad's steamship.", True),
        ("The ambassador left for _____ The Hague was the next stop.", True),
        ("The court sat in _____ until 1920, when it moved.", False),
    ],
)
def test_a_sentence_run_on_after_its_full_stop_is_a_hard_flaw(stem: str, flawed: bool) -> None:
    checked = item(stem, ("65", True), ("50", False), ("70", False), ("80", False), style="cloze")
    assert any("runs a sentence on" in f for f in hard_flaws(checked)) == flawed


@pytest.mark.parametrize(
    ("stem", "answer", "flawed"),
    [
        (
            "The SOHR reported _____ fatalities, of which 85 were civilians and 50 soldiers.",
            "135",
            True,
        ),
        (
            "The SOHR reported 135 fatalities, of which 85 were civilians and _____ soldiers.",
            "50",
            True,
        ),
        ("The district has _____ towns, including 4 parishads and 2 panchayats.", "6", True),
        (  # a first "including" is not the cue of the parts
            "About 300 were killed, including some by beheading; the SOHR reported 135 "
            "fatalities, of which _____ were civilians and 50 soldiers.",
            "85",
            True,
        ),
        (  # shares that make 100% with the key
            "In 1901, 56.2% were Catholics, _____ Jews, 5% Orthodox and 2.8% Protestants.",
            "35.7%",
            True,
        ),
        ("In 1901, 56.2% were Catholics and _____ Jews.", "35.7%", False),
        ("In 1901, 56.2% were Catholics, _____ Jews and 5% Orthodox.", "20%", False),
        ("The SOHR reported _____ fatalities, of which 85 were civilians.", "135", False),
        (
            "The SOHR reported _____ fatalities, of which 85 were civilians and 40 soldiers.",
            "135",
            False,
        ),
    ],
)
def test_a_whole_or_part_the_other_numbers_give_is_a_hard_flaw(
    stem: str, answer: str, flawed: bool
) -> None:
    checked = item(
        stem, (answer, True), ("a", False), ("b", False), ("c", False), kind="figure", style="cloze"
    )
    assert any("numbers give the answer" in f for f in hard_flaws(checked)) == flawed


def test_soft_flaws() -> None:
    uneven = item("When?", ("1", True), ("all of the above", False), ("3", False), ("4", False))
    flaws = soft_flaws(uneven)
    assert "uses all/none of the above" in flaws
    assert "options differ much in length" in flaws


def test_cross_flaws_find_an_answer_stated_in_another_stem() -> None:
    a = item(
        "When did ISIL take Tala'a?",
        ("1901", True),
        ("1902", False),
        ("1903", False),
        ("1904", False),
    )
    b = item("ISIL took _____ in 1901.", ("Tala'a", True), ("Ayyash", False), ("Khasham", False),
             ("Baghiliya", False), kind="place", style="cloze")  # fmt: skip
    found = cross_flaws([("q-a", a), ("q-b", b)])
    assert ("q-a", "stem states the answer of q-b ('Tala'a')") in found
    assert ("q-b", "stem states the answer of q-a ('1901')") in found


@pytest.mark.parametrize(
    "stem",
    [
        # slips of the article's English copied into the stem (blind review seed 4127: 4, 22, 31)
        "Plague was present in the country _____ times between 1350 to 1490.",
        "Mitsuaki Tanigawa, also known as the Ninja ofHeisei, was arrested in _____.",
    ],
)
def test_a_slip_of_the_article_is_a_hard_flaw(stem: str) -> None:
    item = Checked(
        "figure", "cloze", stem, (("5", True), ("7", False), ("9", False), ("11", False))
    )
    assert any("slip" in f for f in hard_flaws(item))


def test_between_and_is_no_slip() -> None:
    stem = "Plague was present in Venice _____ times between 1361 and 1528, to its people's cost."
    item = Checked(
        "figure", "cloze", stem, (("5", True), ("7", False), ("9", False), ("11", False))
    )
    assert hard_flaws(item) == []


@pytest.mark.parametrize(
    ("stem", "answer", "flawed"),
    [
        (
            "Identical particles split into _____ different classes, fermions and bosons.",
            "two",
            True,
        ),
        (
            "Temüjin had _____ brothers named Hasar, Hachiun, and Temüge, and a sister.",
            "three",
            True,
        ),
        ("He had three brothers, and _____ half-brothers named Begter and Belgutei.", "two", True),
        ("The faculty has _____ departments, Physics, Chemistry and Geography.", "3", True),
        ("He had _____ brothers named Hasar and Temüge.", "three", False),  # a part named
        ("The city has _____ universities, most of them public, and two colleges.", "five", False),
    ],
)
def test_a_count_followed_by_its_members_is_a_hard_flaw(
    stem: str, answer: str, flawed: bool
) -> None:
    # reviews 7391 item 1 and 2864 items 32, 38: the learner counts the names
    checked = item(
        stem, (answer, True), ("a", False), ("b", False), ("c", False), kind="figure", style="cloze"
    )
    assert any("lists what the blank describes" in f for f in hard_flaws(checked)) == flawed


@pytest.mark.parametrize(
    ("stem", "answer", "flawed"),
    [
        ("Friction acts between the atoms of _____ surfaces.", "two", True),
        ("It is the shortest path between _____ space-time events.", "two", True),
        ("Trade was conducted between the _____ sides.", "two", True),
        ("The path between _____ towns was long.", "three", False),
        ("The _____ surfaces touch.", "two", False),
        ("The _____ thinkers shared respect for each other.", "two", True),  # review 4782 item 14
        ("The coffins were stacked on each other in _____ rows.", "two", False),
    ],
)
def test_two_after_between_is_a_hard_flaw(stem: str, answer: str, flawed: bool) -> None:
    # review 7391 items 18, 23: "between" says how many
    checked = item(
        stem, (answer, True), ("a", False), ("b", False), ("c", False), kind="figure", style="cloze"
    )
    assert any("'between' gives the count" in f for f in hard_flaws(checked)) == flawed


@pytest.mark.parametrize(
    ("stem", "answer", "flaw"),
    [
        (  # review 5417 items 23, 40: the article's "In 1958. the"
            "In _____. the Richard Byrd library opened in Springfield, Virginia.",
            "1958",
            "stem runs a sentence on after its full stop",
        ),
        (  # review 5417 item 33: a capitalised word before the counted noun
            "He sold his bit through _____ Connecticut firms: Colt's of Hartford, and the "
            "Bridgeport Gun Implement Company.",
            "two",
            "stem lists what the blank describes",
        ),
    ],
)
def test_more_stems_that_give_themselves_away(stem: str, answer: str, flaw: str) -> None:
    checked = item(
        stem, (answer, True), ("a", False), ("b", False), ("c", False), kind="figure", style="cloze"
    )
    assert flaw in hard_flaws(checked)


@pytest.mark.parametrize(
    ("stem", "dangles"),
    [
        # the sentence before, quoted first, says what "This" and "it" mean
        (
            "Mussolini learned that Britain would not sever ties with France. This realization "
            "led Mussolini to grow closer to Germany in _____.",
            False,
        ),
        (
            "The Black Death: Plague repeatedly struck the cities of North Africa. _____ lost 30 "
            "to 50 thousand inhabitants to it in 1620.",
            False,
        ),
        # one sentence, or a first sentence that leans back itself, still dangles
        ("This realization led Mussolini to grow closer to Germany in _____.", True),
        (
            "This was in Africa. The realization led Mussolini to grow closer to Germany in _____.",
            True,
        ),
    ],
)
def test_a_stem_of_two_sentences_leans_on_its_first(stem: str, dangles: bool) -> None:
    item = Checked(
        "date", "cloze", stem, (("1936", True), ("1930", False), ("1933", False), ("1939", False))
    )
    assert any("unnamed referent" in f for f in hard_flaws(item)) == dangles
