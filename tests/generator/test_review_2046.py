"""Review 2046 (docs/reviews/2026-12-07-seed-2046.md): 20 of 40 acceptable, 18 worth asking.

Fixed, and pinned here:
- item 24: "an _____ veteran" fitted only the key "11-year": every option of a figure after
  "a" or "an" takes that article.
- items 4, 17, 39: options absurd for their field (9,500 yards allowed beside 4,530, a
  quarterback of 58 beside one of 39): scaled figures start nearer the key (×1.25, ×0.8), and
  an age is shifted by about a tenth of it instead of scaled.
- item 3: "early 2018" for a remark on plans for a game of 2016: an article of our time was
  written in its latest year, and no date option lies after it.
- items 18, 19: "a hybrid Bermuda 419 turf" (a variety, not the island) and "Denver's
  defense" (the Denver Broncos, not the town) were place facts.
- item 10: "Caucasus" beside "the Far East" and "the Levant": names English writes with "the"
  take it as options.
- items 10, 21: "The rift served as a conduit …" two sentences after "the East African Rift
  System": the one name the opening noun echoes is written out.
- items 30, 40: "Brown", "Miller" alone: a surname that is also an English word is written in
  full ("Corey Brown") where the article never writes that word in lower case.
- (found while fixing) "the _____ finalists were Sun Life Stadium and Levi's Stadium" lists
  what it counts; "_____ Stone Ages, one part … and the other …" counts two; "The league"
  after "National Football League (NFL)" is that league while the article writes "NFL".
- item 32, and SQuAD's "how much money did the Host Committee raise?": a name goes on past a
  number ("the Super Bowl 50 Host Committee"), and "the host committee" is the one name in mind
  that ends in both its words.
Open:
- items 6, 21, 33: options the stem's geography rules out (the Far East "from the north" of
  Sub-Saharan Africa, landlocked Switzerland "along the coasts");
- items 7, 31: an approximate key beside a commonly taught other figure (about 10000 BC);
- item 28: an acronym the article never spells out ("CIGR");
- item 26: a number beside the key in the stem ("dated 0.46 mya" for 0.45 mya);
- item 9: "my" for million years copied from the article;
- worth: season statistics and minor figures (14 of the 22 items not worth asking).
"""

from __future__ import annotations

import random

import questions
from questions.distract import Pool, dates, figures
from questions.distract.figures import takes_an
from questions.stem import make_stem

from .snippets import doc_facts, stem_of


def _wrong(kind: str, facts: list[questions.Fact], key: str, stem: str) -> list[str]:
    same = [f for f in facts if f.kind == kind]
    fact = next(f for f in same if f.text == key)
    chooser = figures if kind == "figure" else dates
    result = chooser.choose(fact, Pool(same), stem, random.Random(3))
    assert result is not None, stem
    return [o.text for o in result[0] if not o.correct]


def test_an_article_before_the_blank_agrees_with_every_option() -> None:
    text = (
        "= Super Bowl 50 =\n\nSuper Bowl 50 was a game.\n\nManning completed an 18-yard pass. "
        "Sanders ran a 22-yard route and a 16-yard one. Stewart had an 8-yard run, an 11-yard "
        "catch and an 80-yard return.\n"
    )
    _, facts = doc_facts(text)
    stem = "Manning completed an _____ pass."
    same = [f for f in facts if f.kind == "figure"]
    fact = next(f for f in same if f.text == "18-yard")
    for seed in range(6):
        result = figures.choose(fact, Pool(same), stem, random.Random(seed))
        assert result is not None
        assert all(takes_an(o.text) for o in result[0]), result[0]


def test_a_key_read_with_an_among_figures_read_with_a_is_refused() -> None:
    text = (
        "= Super Bowl 50 =\n\nSuper Bowl 50 was a game.\n\nCarolina lost Thomas Davis, an "
        "11-year veteran who had overcome three ACL tears.\n"
    )
    _, facts = doc_facts(text)
    stem = "Carolina lost Thomas Davis, an _____ veteran who had overcome three ACL tears."
    same = [f for f in facts if f.kind == "figure"]
    fact = next(f for f in same if f.text == "11-year")
    for seed in range(6):
        result = figures.choose(fact, Pool(same), stem, random.Random(seed))
        assert result is None or all(takes_an(o.text) for o in result[0]), result


def test_which_figures_are_read_with_an() -> None:
    assert [takes_an(t) for t in ("11-year", "8.5%", "18,000", "eighty", "$8 million")] == [
        True
    ] * 5
    assert not any(takes_an(t) for t in ("14-year", "1,800", "110", "one", "seven"))


def test_a_season_total_is_offered_near_values() -> None:
    text = (
        "= Super Bowl 50 =\n\nSuper Bowl 50 was a game.\n\nThe Broncos' defense ranked first "
        "in the NFL in yards allowed (4,530) for the first time in franchise history.\n"
    )
    _, facts = doc_facts(text)
    stem = "The Broncos' defense ranked first in the NFL in yards allowed (_____) for the first"
    for seed in range(8):
        same = [f for f in facts if f.kind == "figure"]
        fact = next(f for f in same if f.text == "4,530")
        result = figures.choose(fact, Pool(same), stem + " time.", random.Random(seed))
        assert result is not None
        values = [float(o.text.replace(",", "")) for o in result[0] if not o.correct]
        assert all(4530 * 0.48 <= v <= 4530 * 1.9 for v in values), values


def test_an_age_is_offered_ages_near_it() -> None:
    text = (
        "= Super Bowl 50 =\n\nSuper Bowl 50 was a game.\n\nPeyton Manning is the oldest "
        "quarterback ever to play in a Super Bowl at age 39.\n"
    )
    _, facts = doc_facts(text)
    stem = "Peyton Manning is the oldest quarterback ever to play in a Super Bowl at age _____."
    wrong = _wrong("figure", facts, "39", stem)
    assert all(29 <= int(w) <= 52 for w in wrong), wrong


def test_an_era_is_no_age() -> None:
    text = (
        "= Stone Age =\n\nThe Stone Age was a period.\n\nIn Athirampakkam the Acheulean age "
        "started at 1.51 mya and it is also prior than North India and Europe.\n"
    )
    doc, facts = doc_facts(text)
    stem = "In Athirampakkam the Acheulean age started at _____ and it is also prior than Europe."
    assert _wrong("figure", facts, "1.51 mya", stem)


def test_no_date_option_lies_after_the_article_s_latest_year() -> None:
    text = (
        "= Super Bowl 50 =\n\nSuper Bowl 50 was played on February 7, 2016.\n\nIn early 2012, "
        "NFL Commissioner Roger Goodell stated that the league planned to make the game "
        "spectacular.\n"
    )
    _, facts = doc_facts(text)
    stem = "In _____, NFL Commissioner Roger Goodell stated that the league planned it."
    for seed in range(12):
        same = [f for f in facts if f.kind == "date"]
        fact = next(f for f in same if f.text == "early 2012")
        result = dates.choose(fact, Pool(same), stem, random.Random(seed))
        assert result is not None
        years = [int(o.text.split()[-1]) for o in result[0]]
        assert max(years) <= 2016, years


def test_a_variety_and_a_team_are_no_places() -> None:
    text = (
        "= Super Bowl 50 =\n\nThe Denver Broncos defeated the Carolina Panthers. The Broncos "
        "won. The Broncos had won before in Denver Broncos history. The Panthers lost to the "
        "Denver Broncos.\n\nNewton was limited by Denver's defense. The NFL re-sodded the field "
        "with a new playing surface, a hybrid Bermuda 419 turf. Fans gathered in Denver.\n"
    )
    _, facts = doc_facts(text)
    places = [(f.text, f.start) for f in facts if f.kind == "place"]
    assert ("Bermuda", text.index("Bermuda")) not in places, places
    assert ("Denver", text.index("Denver's")) not in places, places
    assert ("Denver", text.rindex("in Denver") + 3) in places, places


def test_a_region_written_with_the_takes_it_as_an_option() -> None:
    text = (
        "= Stone Age =\n\nThe Stone Age was a period.\n\nThe Acheulean spread through the "
        "continuation of the rift in the Levant to Asia. Tools were found in the Caucasus, in "
        "Arabia and in the Far East.\n"
    )
    bank = questions.generate([questions.Source("s.txt", text)], seed=7)
    item = next((i for i in bank.items if i.answer == "the Levant"), None)
    if item is not None:
        assert "Caucasus" not in {o.text for o in item.options}, item.options


def test_an_opening_noun_echoing_one_name_writes_it_out() -> None:
    text = (
        "= Stone Age =\n\nThe Stone Age was a period.\n\nThe cradle of the genus is the East "
        "African Rift System, especially toward the north in Ethiopia. The closest relative "
        "continued on in the deep forest. The rift served as a conduit for movement north down "
        "the Nile into North Africa and to the vast grasslands of Asia.\n"
    )
    stem = stem_of(text, "Asia")
    assert stem is not None
    assert "The East African Rift System served as a conduit" in stem.text, stem.text


def test_an_opening_noun_after_the_common_noun_is_left_alone() -> None:
    text = (
        "= Mosque =\n\nThe Mosque and its Associated Conservation Area is a site.\n\nIt was "
        "registered in 1981 as an urban and historic conservation area. The area contains 41 "
        "registered properties.\n"
    )
    stem = stem_of(text, "41")
    assert stem is None or "Associated Conservation Area contains" not in stem.text, stem


def test_an_english_word_surname_is_written_in_full() -> None:
    text = (
        "= Super Bowl 50 =\n\nSuper Bowl 50 was a game.\n\nCorey Brown and Von Miller played. "
        "Corey Brown scored. Von Miller tackled.\n\nBrown caught four passes for 80 yards in "
        "Super Bowl 50.\n"
    )
    stem = stem_of(text, "80 yards")
    assert stem is not None
    assert "Corey Brown caught four passes" in stem.text, stem.text


def test_an_english_word_the_article_writes_in_lower_case_is_no_surname() -> None:
    text = (
        "= Strauss =\n\nLeo Strauss was a philosopher.\n\nHe studied the Reagan Doctrine. The "
        "doctrine of knowledge was his theme. His thesis on the Philosophical Doctrine of "
        "Jacobi was finished in 1921.\n"
    )
    stem = stem_of(text, "1921")
    assert stem is None or "Reagan Doctrine of Jacobi" not in stem.text, stem


def test_a_list_after_a_copula_gives_the_count() -> None:
    flaws = questions.hard_flaws(
        questions.Checked(
            "figure",
            "cloze",
            "The league announced that the _____ finalists were Sun Life Stadium and Levi's "
            "Stadium.",
            (("two", True), ("three", False), ("four", False), ("five", False)),
        )
    )
    assert "stem lists what the blank describes" in flaws


def test_one_and_the_other_give_two() -> None:
    flaws = questions.hard_flaws(
        questions.Checked(
            "figure",
            "cloze",
            "There are in effect _____ Stone Ages, one part of the Three-age and the other "
            "constituting the Three-stage.",
            (("two", True), ("three", False), ("four", False), ("five", False)),
        )
    )
    assert flaws


def test_a_short_form_is_in_mind_while_its_abbreviation_is_written() -> None:
    filler = "The game was played. " * 120
    text = (
        "= Super Bowl 50 =\n\nSuper Bowl 50 decided the champion of the National Football "
        f"League (NFL) for the 2015 season.\n\n{filler}The NFL chose the site. The NFL "
        "voted.\n\nThe league announced on October 16, 2012, that Levi's Stadium was a "
        "finalist.\n"
    )
    stem = stem_of(text, "October 16, 2012")
    assert stem is not None
    assert "National Football League" in stem.text, stem.text


def test_a_short_form_with_its_qualifier_is_the_name_that_ends_in_both() -> None:
    text = (
        "= Super Bowl 50 =\n\nSuper Bowl 50 was a game.\n\nThe Super Bowl 50 Host Committee and "
        "the NFL planned the week. The host committee has already raised over $40 million "
        "through sponsors.\n"
    )
    doc, facts = doc_facts(text)
    stem = make_stem(doc, next(f for f in facts if f.kind == "figure" and "40" in f.text))
    assert stem is not None
    assert stem.text.startswith("The Super Bowl 50 Host Committee has already raised"), stem.text


def test_a_qualifier_no_name_ends_in_is_left_to_the_dangling_rules() -> None:
    text = (
        "= Super Bowl 50 =\n\nSuper Bowl 50 was a game.\n\nThe Super Bowl 50 Host Committee and "
        "the NFL planned the week. The finance committee has already raised over $40 million "
        "through sponsors.\n"
    )
    doc, facts = doc_facts(text)
    stem = make_stem(doc, next(f for f in facts if f.kind == "figure" and "40" in f.text))
    assert stem is None or "Host Committee has already raised" not in stem.text, stem
