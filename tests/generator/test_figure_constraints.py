"""Figure distractors that agree with their stem (reviews of 2026-12-07, seeds 3389, 5151 and
8642): a small count among its neighbours, the counts and wholes the sentence states, the hedge
of a bound kept in the stem, and a paragraph's whole never exceeded."""

from __future__ import annotations

import re

import pytest

import questions
from questions.distract import figure_bounds
from questions.distract.common import figure_side
from questions.text import ONES

from .snippets import doc_facts, options_of

GAME = (
    "= Super Bowl 50 =\n\nSuper Bowl 50 was an American football game played on February 7, "
    "2016.\n\n"
)
STATE = "= Victoria (Australia) =\n\nVictoria is a state in south-eastern Australia.\n\n"


def _items(text: str, answer: str) -> list[questions.Item]:
    bank = questions.generate([questions.Source("snippet.txt", text)])
    return [i for i in bank.items if i.fact.kind == "figure" and i.answer == answer]


def _values(item: questions.Item) -> list[float]:
    out = []
    for o in item.options:
        word = o.text.split()[0].replace(",", "").lower()
        out.append(float(ONES[word]) if word in ONES else float(word))
    return out


@pytest.mark.parametrize(
    ("sentence", "key", "expected"),
    [
        ("In Super Bowl 50, Kony Ealy tied a Super Bowl record with three sacks.", 3, None),
        ("In Super Bowl 50, Carolina had two more drives, but failed to score.", 2, {2, 3, 4, 5}),
        ("In Super Bowl 50, Denver was kept out of the end zone for three plays.", 3, None),
        ("In Super Bowl 50, Emmanuel Sanders caught 76 passes and 6 touchdowns.", 6, None),
    ],
)
def test_a_small_count_is_offered_its_neighbours(
    sentence: str, key: int, expected: set[int] | None
) -> None:
    written = {2: "two", 3: "three"}.get(key, str(key))
    (item,) = _items(GAME + sentence + "\n", written)
    values = _values(item)
    if expected is not None:
        assert set(values) == expected, item.options
    else:  # the key's neighbours, the key at a seeded place: never six, eight and nine for three
        assert max(abs(v - key) for v in values) <= 3, item.options


@pytest.mark.parametrize(
    "sentence",
    [
        "Cornerbacks Aqib Talib and Chris Harris, Jr. were the other two Pro Bowl selections of "
        "the defense in 2015.",
        "In 2015, Talib and Harris were the only two Pro Bowl cornerbacks.",
    ],
)
def test_a_count_the_subject_lists_is_refused(sentence: str) -> None:
    assert _items(GAME + sentence + "\n", "two") == []


@pytest.mark.parametrize(
    ("sentence", "answer", "least", "most"),
    [
        ("In Super Bowl 50, Newton completed 18 of 41 passes for 265 yards.", "41", 19, None),
        ("In Super Bowl 50, Newton completed 18 of 41 passes for 265 yards.", "18", None, 41),
        ("In 2010, Victoria had 23 universities, of which 12 were in Melbourne.", "23", 13, None),
        ("In 2010, Victoria had 23 universities, of which 12 were in Melbourne.", "12", None, 23),
        ("Five of the remaining six Apollo missions landed on the Moon.", "six", 6, None),
    ],
)
def test_a_part_and_its_whole_in_the_sentence_are_respected(
    sentence: str, answer: str, least: int | None, most: int | None
) -> None:
    text = (GAME if "Super Bowl" in sentence else STATE) + sentence + "\n"
    (item,) = _items(text, answer)
    values = _values(item)
    assert least is None or min(values) >= least, item.options
    assert most is None or max(values) <= most, item.options


def test_each_of_a_stated_total_is_refused() -> None:
    text = GAME + "Each digit of the Super Bowl 50 trophy weighs 33 lb for a total of 66 lb.\n"
    assert _items(text, "33 lb") == []  # 66 / 2: arithmetic, and 43 or 50 lb each is impossible
    (total,) = _items(text, "66 lb")
    assert min(_values(total)) > 33, total.options


def test_a_hedge_stays_in_the_stem() -> None:
    text = STATE + "In 2010, more than 462,000 students were enrolled in primary schools.\n"
    (item,) = _items(text, "462,000")
    assert "more than _____ students" in item.stem.text, item.stem.text
    assert all(o.text[0].isdigit() for o in item.options), item.options
    values = _values(item)
    assert min(values) == 462000 and sorted(values)[1] >= 462000 * 1.5, item.options


def test_a_hedge_opening_the_sentence_stays_capitalised() -> None:
    text = STATE + "More than 462,000 students were enrolled in primary schools in 2010.\n"
    (item,) = _items(text, "462,000")
    assert "More than _____" in item.stem.text or "more than _____" in item.stem.text
    assert "More than _____" not in item.stem.text[1:], item.stem.text


def test_a_bound_temperature_is_refused() -> None:
    text = STATE + "In the Victorian Alps, average temperatures are less than 9 °C in winter.\n"
    assert _items(text, "9 °C") == [] and _items(text, "less than 9 °C") == []


def test_a_whole_in_the_paragraph_is_not_exceeded() -> None:
    text = STATE + (
        "In 2010, just under 540,800 students were enrolled in public schools. In 2010, more "
        "than 462,000 students were enrolled in primary schools.\n"
    )
    items = _items(text, "462,000")
    assert all(max(_values(i)) <= 540800 for i in items), [i.options for i in items]


def test_a_number_word_of_the_stem_is_no_option() -> None:
    text = STATE + (
        "Since 2006, the Legislative Council has had eight electorates, each represented by five "
        "members.\n"
    )
    (item,) = _items(text, "five")
    assert "eight" not in [o.text for o in item.options], item.options


WAR = "= Algerian War =\n\nThe Algerian War was fought from 1954 to 1962.\n\n"


def test_a_total_in_millions_bounds_its_part_and_is_bounded_by_it() -> None:
    text = WAR + "On July 1, 1962, some 6 million of a total electorate of 6.5 million voted.\n"
    (part,) = _items(text, "6 million")
    assert max(float(o.text.split()[0]) for o in part.options) <= 6.5, part.options
    (whole,) = _items(text, "6.5 million")
    assert min(float(o.text.split()[0]) for o in whole.options) > 6, whole.options


@pytest.mark.parametrize(
    ("sentence", "fact", "below"),
    [
        ("The library held nine collections with a total of 12 volumes.", "nine", None),
        ("The squadron had eight battleships, for a total of 38 ships.", "eight", 38),
        ("The system has six libraries with a total of 9.8 million volumes.", "six", None),
        (
            "In 1962, base fare was usually $1, but could be as much as $3 for express routes.",
            "$1",
            3,
        ),
        ("In 1962, 215 people were killed at least and up to 400 wounded.", "215", None),
    ],
)
def test_a_total_or_a_stated_bound_binds_only_its_own_quantity(
    facts_of, sentence: str, fact: str, below: float | None
) -> None:
    (key,) = [f for f in facts_of(WAR + sentence + "\n", "figure") if f.text == fact]
    assert figure_bounds.limits(key).below == (below or float("inf"))


@pytest.mark.parametrize(
    ("sentence", "answer", "side"),
    [
        # "over" before a hedge is a verb's particle: no bound, options on both sides
        ("The Taliban defeated the warlords and took over roughly 80% of Afghanistan.", "80%", 0),
        ("In 1848 the king handed over about 40% of his lands to the church.", "40%", 0),
        # a bound before a hedge (the figure then is the hedged one); a bound of the figure's own
        ("In 2010 the company employed more than roughly 400 people in the capital.", "400", 1),
        ("In 2010 the company employed over 400 people in the capital.", "400", 0),
    ],
)
def test_over_before_a_hedge_is_no_bound(sentence: str, answer: str, side: int) -> None:
    _, facts = doc_facts(STATE + sentence + "\n")
    fact = next(f for f in facts if f.kind == "figure" and f.text.endswith(answer))
    assert figure_side(fact) == side


@pytest.mark.parametrize(
    ("sentence", "answer", "wrong"),
    [
        # a share's lower bound: ten points up is as false as half again, and three fit
        (
            "In 2010, over 61 per cent of private students attended Catholic schools.",
            "over 61 per cent",
            ["71 per cent", "81 per cent", "91 per cent"],
        ),
        ("In 1349, over 60% of Norway's population died.", "over 60%", ["70%", "80%", "90%"]),
    ],
)
def test_a_large_share_s_lower_bound_takes_shares_above_it(
    sentence: str, answer: str, wrong: list[str]
) -> None:
    options = options_of(STATE + sentence + "\n", answer)
    assert sorted(o.text for o in options if not o.correct) == wrong


@pytest.mark.parametrize(
    ("sentence", "answer", "shape"),
    [
        # a range with its unit or currency at both ends is asked, its options written alike
        ("Neutrophils represent 50% to 60% of the leukocytes.", "50% to 60%", r"\d+% to \d+%"),
        (
            "In 2007 salaries ranged from £20,133 to £41,004.",
            "£20,133 to £41,004",
            r"£[\d,]+ to £[\d,]+",
        ),
    ],
)
def test_a_range_with_its_unit_at_both_ends_is_asked_alike(
    sentence: str, answer: str, shape: str
) -> None:
    options = options_of(STATE + sentence + "\n", answer)
    assert all(re.fullmatch(shape, o.text) for o in options), options
