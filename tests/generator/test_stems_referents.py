"""Stems and the document model: referents resolved, named "the …" kept, clauses cut.

Each case is an article snippet → the stem the generator writes for one fact (or a refusal).
"""

from __future__ import annotations

import pytest

import questions
from questions.dangling import ANAPHOR
from questions.docmodel import model
from questions.stem import make_stem


def stem_of(text: str, fact: str) -> questions.Stem | None:
    """The stem written for the fact whose text is `fact` in the snippet."""
    doc = questions.read(text, "s.txt")
    found = {f.text: f for f in questions.extract(doc, questions.segment(doc))}
    assert fact in found, sorted(found)
    return make_stem(doc, found[fact])


WH_CASES = [
    (  # a name that begins with "the" is no unnamed referent
        "= Topic =\n\nThe Treaty of Paris was signed in 1763 by Britain and France.\n",
        "1763",
        "When was the Treaty of Paris signed by Britain and France?",
    ),
    (  # "the town of X" names the town
        "= Topic =\n\nThe Mongol army seized the town of Otrar in 1219 after a siege.\n",
        "1219",
        "When did the Mongol army seize the town of Otrar after a siege?",
    ),
    (  # a biography known by its text; "Baker" is a surname here, not an occupation
        "= Jane Baker =\n\nJane Baker (born 1950) is a British chemist. She joined the Royal "
        "Society in 1990. Baker moved to Leeds in 1995.\n",
        "1990",
        "When did Jane Baker join the Royal Society?",
    ),
    (
        "= Jane Baker =\n\nJane Baker (born 1950) is a British chemist. She joined the Royal "
        "Society in 1990. Baker moved to Leeds in 1995.\n",
        "1995",
        "When did Jane Baker move to Leeds?",  # a lone surname is written in full
    ),
    (  # "Harvard Yard" and "Harvard Joseph Willard" are no two people called Harvard
        "= Harvard University =\n\nHarvard University is a private university in Cambridge. Its "
        "campus is centered on Harvard Yard. The president of Harvard Joseph Willard died in "
        "1804.\n\nHarvard also won the Intercollegiate Sailing Association National "
        "Championships in 2003.\n",
        "2003",
        "When did Harvard win the Intercollegiate Sailing Association National Championships?",
    ),
    (  # a pronoun that points back inside its own sentence
        "= Topic =\n\nEdison sold his first patent in 1869 to a stock ticker firm.\n",
        "1869",
        "When did Edison sell his first patent to a stock ticker firm?",
    ),
    (  # "It" right after a sentence about the subject is the subject
        "= Warsaw =\n\nWarsaw is the capital of Poland. It was first fortified in 1300 by the "
        "dukes of Masovia.\n",
        "1300",
        "When was Warsaw first fortified by the dukes of Masovia?",
    ),
    (  # the noun the article defines its subject by, written out; "the game of" is not it
        "= Super Bowl 50 =\n\nSuper Bowl 50 was an American football game to determine the "
        "champion of the National Football League. The game was played on February 7, 2016.\n",
        "February 7, 2016",
        "When was Super Bowl 50 played?",
    ),
    (  # a subordinate clause after the date is not part of the question
        "= Topic =\n\nWarsaw became the capital of the Commonwealth in 1596 when King Sigismund "
        "moved his court from Kraków.\n",
        "1596",
        "When did Warsaw become the capital of the Commonwealth?",
    ),
    (  # nor a second clause after a comma
        "= Topic =\n\nDurham Cathedral was consecrated in 1220, when the archbishop returned from "
        "Rome.\n",
        "1220",
        "When was Durham Cathedral consecrated?",
    ),
]


@pytest.mark.parametrize(("text", "fact", "stem"), WH_CASES)
def test_wh_questions_with_referents(text: str, fact: str, stem: str) -> None:
    made = stem_of(text, fact)
    assert made is not None and made.style == "wh"
    assert made.text == stem


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (  # the date belongs to a relative clause: no "When did she graduate?"
            "= Jane Baker =\n\nJane Baker (born 1950) is a British chemist. She graduated from "
            "a college founded in 1850.\n",
            "1850",
        ),
        ("= Topic =\n\nSilverstein chose the name early in 1960 at home.\n", "early in 1960"),
        ("= Topic =\n\nThe bridge was destroyed in 1944 after it was mined by sappers.\n", "1944"),
    ],
)
def test_no_wh_question_for_a_date_outside_the_main_clause(text: str, fact: str) -> None:
    made = stem_of(text, fact)
    assert made is None or made.style == "cloze"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (  # "It" after a sentence about something else: which "it"?
            "= Warsaw =\n\nWarsaw is the capital of Poland. The Vistula river crosses the city "
            "from south to north. It was first bridged in 1568.\n",
            "1568",
        ),
        (  # "He" in an article that is no biography
            "= Kelso Abbey =\n\nKelso Abbey is a ruined abbey in Scotland. He was buried there "
            "in 1152.\n",
            "1152",
        ),
        (  # a pronoun with no name before it in the stem
            "= Topic =\n\nIn 1203, they crossed the river with 300 horsemen.\n",
            "300",
        ),
    ],
)
def test_unresolved_referents_give_no_stem(text: str, fact: str) -> None:
    assert stem_of(text, fact) is None


def test_a_cloze_keeps_every_member_of_a_list() -> None:
    text = (
        "= Jovian =\n\nJovian was married to Charito and they had two sons, Varronianus, and "
        "another whose name is unknown.\n"
    )
    made = stem_of(text, "two")
    assert made is None or made.text.endswith("another whose name is unknown.")


def test_the_subject_noun_is_not_written_in_where_it_modifies_a_noun() -> None:
    text = (
        "= Riverton =\n\nRiverton is a market town in Ohio. The town grew quickly. In 1910, "
        "5,000 people lived within the town limits.\n"
    )
    made = stem_of(text, "5,000")
    assert made is None or "Riverton limits" not in made.text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("There were 120 students at Riverton College.", None),
        ("Imports such as tea and silk rose.", None),
        ("Edison married Mina in 1886 and they moved to Glenmont.", None),
        ("They moved to Glenmont in 1886.", "They"),
        ("The army crossed the river.", "The army"),
        ("The Treaty of Paris ended the war.", "the war"),
        ("He served on that ship.", "He"),
        ("She served on board, from then on.", "She"),
        # a clause's own subject is never its "him" (that would be "himself")
        ("When did Newcastle replace him with Lord Loudoun?", "him"),
        ("Edison's mother taught him to read in 1854.", None),
        ("Johnson appointed Smith and promoted him in 1860.", None),
        # "the first one", "At the time": of what, and when? (review 6620 items 23 and 24)
        ("When did Louis Leakey host the first one in Nairobi?", "the first one"),
        ("The first one of the reactors opened in 1960.", None),
        ("At the time the only concern was human rights.", "At the time"),
        ("By the time Smith arrived, Paris had fallen.", None),
        # a subordinate clause's subject needs a name as a main clause's does (review 8642 item 1)
        (
            "The Miami bid depended on whether the stadium underwent renovations.",
            "whether the stadium",
        ),
        ("The team played at the stadium in 2016.", "The team"),
    ],
)
def test_dangling_referents(text: str, found: str | None) -> None:
    m = ANAPHOR.search(text)
    assert (m.group(0) if m else None) == found


@pytest.mark.parametrize(
    ("text", "kind", "subject"),
    [
        (
            "= Jane Baker =\n\nJane Baker (born 1950) is a British chemist.\n",
            "person",
            "Jane Baker",
        ),
        ("= Riverton =\n\nRiverton is a market town in Ohio.\n", "place", "Riverton"),
        (
            "= Battle of Tilpat =\n\nThe Battle of Tilpat was a battle fought in 1669.\n",
            "event",
            "the Battle of Tilpat",
        ),
        (
            "= Jacksonville, Florida =\n\nJacksonville is the largest city in Florida.\n",
            "place",
            "Jacksonville",
        ),
        (
            "= Warsaw =\n\nWarsaw is the capital of Poland, near the Warsaw Uprising Museum.\n",
            "place",
            "Warsaw",
        ),
    ],
)
def test_document_model(text: str, kind: str, subject: str) -> None:
    dm = model(questions.read(text, "s.txt"))
    assert (dm.kind, dm.subject) == (kind, subject)


def test_editors_notes_are_dropped_and_a_hidden_sentence_end_is_found() -> None:
    text = (
        "= Topic =\n\nThe reserve was filled in 1975 and the Department of Energy was created "
        "in 1977.[citation needed] On November 28, 1995, Clinton signed the act.\n"
    )
    made = stem_of(text, "1977")
    assert made is not None
    assert (
        made.text
        == "The reserve was filled in 1975 and the Department of Energy was created in _____."
    )


def test_a_verb_that_is_also_a_noun_makes_a_statement() -> None:
    text = "= Warsaw =\n\nWarsaw is a city. It stands roughly 260 kilometres from the Baltic Sea.\n"
    made = stem_of(text, "roughly 260 kilometres")
    assert made is not None and made.text == "Warsaw stands _____ from the Baltic Sea."


@pytest.mark.parametrize(
    ("text", "fact", "stem"),
    [
        (  # a leading pronoun after a short date opener with no comma
            "= Leo Strauss =\n\nLeo Strauss (born 1899) was a philosopher. In 1952 he published "
            "a book on persecution.\n",
            "1952",
            "When did Leo Strauss publish a book on persecution?",
        ),
        (  # the blank itself is the name after "the small town of"
            "= Leo Strauss =\n\nLeo Strauss (born 1899) was a philosopher. Strauss was born in "
            "the small town of Kirchhain in Prussia.\n",
            "Kirchhain",
            "Leo Strauss was born in the small town of _____ in Prussia.",
        ),
    ],
)
def test_leading_pronouns_and_blank_names(text: str, fact: str, stem: str) -> None:
    made = stem_of(text, fact)
    assert made is not None and made.text == stem


def test_a_second_predicate_in_the_present_is_left_out() -> None:
    text = (
        "= Elmina Castle =\n\nElmina Castle is a castle in Ghana. The Gold Coast gained its "
        "independence as Ghana in 1957 from the United Kingdom and now controls the castle.\n"
    )
    made = stem_of(text, "1957")
    assert made is not None
    assert (
        made.text
        == "Elmina Castle: When did the Gold Coast gain its independence as Ghana from the "
        "United Kingdom?"
    )


@pytest.mark.parametrize(
    ("text", "fact", "stem"),
    [
        (  # the date that is the whole aside after a name is that name's date
            "= Warsaw =\n\nWarsaw is the capital of Poland. Its finest palaces are Krasiński "
            "Palace (1677–1683) and Wilanów Palace.\n",
            "1677–1683",
            "Warsaw's finest palaces are Krasiński Palace (_____) and Wilanów Palace.",
        ),
        (  # "there" after a place named in the same sentence
            "= Topic =\n\nCharles Avison was born in Newcastle in 1709 and died there in 1770.\n",
            "1770",
            "Charles Avison was born in Newcastle in 1709 and died there in _____.",
        ),
        (  # "earlier" as an adjective points nowhere
            "= Topic =\n\nJames Clerk Maxwell unified a number of earlier theories in 1864.\n",
            "1864",
            "When did James Clerk Maxwell unify a number of earlier theories?",
        ),
        (  # the gazetteer knows the title as a city: "the city" is Warsaw
            "= Warsaw =\n\nOne of the most famous people born in Warsaw was Maria Curie. In 1944, "
            "the city was destroyed by the German army.\n",
            "1944",
            "When was Warsaw destroyed by the German army?",
        ),
    ],
)
def test_asides_anchored_referents_and_places(text: str, fact: str, stem: str) -> None:
    made = stem_of(text, fact)
    assert made is not None and made.text == stem


def test_a_single_year_after_a_name_is_no_source() -> None:
    text = "= Topic =\n\nTwigg blamed anthrax, and Norman Cantor (2001) thought it was a mixture.\n"
    assert stem_of(text, "2001") is None


@pytest.mark.parametrize(
    ("text", "fact", "stem"),
    [
        (
            "= Topic =\n\nKuechly led the Panthers in tackles (118) and forced two fumbles.\n",
            "118",
            "Kuechly led the Panthers in tackles (_____) and forced two fumbles.",
        ),
        (  # "die" is a verb after "percent"
            "= Topic =\n\nWithout treatment, 80 percent die within eight days.\n",
            "80 percent",
            "Without treatment, _____ die within eight days.",
        ),
    ],
)
def test_counts_in_asides_and_plain_present_verbs(text: str, fact: str, stem: str) -> None:
    made = stem_of(text, fact)
    assert made is not None and made.text == stem


def test_a_unit_conversion_in_an_aside_is_no_source() -> None:
    text = "= Topic =\n\nThe module weighed approximately 12,250 pounds (5,560 kg) in all.\n"
    assert stem_of(text, "5,560 kg") is None


def test_a_conversion_after_a_number_word_is_no_source() -> None:
    text = "= Topic =\n\nThe plants could not deliver power more than one mile (1.6 km) away.\n"
    assert stem_of(text, "1.6 km") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Two years later, he returned to the office.", "years later"),
        ("Several weeks later the fleet sailed.", "weeks later"),
        ("Edison said he was tired.", None),
    ],
)
def test_an_opening_common_word_is_no_antecedent(text: str, found: str | None) -> None:
    m = ANAPHOR.search(text)
    assert (m.group(0) if m else None) == found


@pytest.mark.parametrize(
    ("text", "fact", "stem"),
    [
        (  # names nothing, leans on "the architecture program": which?
            "= Jamia Millia Islamia =\n\nJamia Millia Islamia is a university in Delhi. The "
            "architecture program was started in 1981.\n",
            "1981",
            None,
        ),
        (  # which barrier? which valley?
            "= Topic =\n\nIn 1910, the harvest failed in the valley.\n",
            "1910",
            None,
        ),
        (  # in an article about a place the stem is set there
            "= Warsaw =\n\nWarsaw is the capital of Poland. The forest has three cycling trails.\n",
            "three",
            "In Warsaw, the forest has _____ cycling trails.",
        ),
        (  # a statement that leans on no "the" needs no context
            "= Geology =\n\nThere are three major types of rock: igneous, sedimentary, and "
            "metamorphic.\n",
            "three",
            "There are _____ major types of rock: igneous, sedimentary, and metamorphic.",
        ),
        (  # "composed of" is a participle, not the main verb
            "= Louis XIII =\n\nIn 1627 an expedition composed of three ships was sent to Ré.\n",
            "1627",
            "In _____ an expedition composed of three ships was sent to Ré.",
        ),
    ],
)
def test_stems_that_need_context(text: str, fact: str, stem: str | None) -> None:
    made = stem_of(text, fact)
    assert (made.text if made else None) == stem


SUBJECT_NOUN_CASES = [
    (  # a pronunciation's colon in the lead is no clause end: Newcastle is a city
        "= Newcastle upon Tyne =\n\nNewcastle upon Tyne (RP: /ˈnjuːkɑːsəl/), commonly known as "
        "Newcastle, is a city in Tyne and Wear, North East England.\n\nThe city straddles the "
        "river and has two universities in all, founded in 1834 and 1992.\n\nThe city has 40 "
        "parks.\n",
        "40",
        "Newcastle upon Tyne has _____ parks.",
    ),
    (  # "the university" followed by a present-tense verb is the subject
        "= Harvard University =\n\nHarvard University is a private university in Cambridge.\n\n"
        "The university operates 12 research institutes on campus.\n",
        "12",
        "Harvard University operates _____ research institutes on campus.",
    ),
    (  # "It" after a sentence that names another thing than the subject is not written as
        # the subject: the sentence before is quoted with it
        "= Newcastle upon Tyne =\n\nNewcastle upon Tyne, commonly known as Newcastle, is a city "
        "in North East England.\n\nThe city is served by the Tyne and Wear Metro. It was opened "
        "in five phases between 1980 and 1984.\n",
        "five",
        "Newcastle upon Tyne is served by the Tyne and Wear Metro. It was opened in _____ phases "
        "between 1980 and 1984.",
    ),
    (  # "Newcastle University" does not name Newcastle: its "It" is the university
        "= Newcastle upon Tyne =\n\nNewcastle upon Tyne, commonly known as Newcastle, is a city "
        "in North East England.\n\nNewcastle University is a leading university. It won the "
        "University of the Year award in 2000.\n",
        "2000",
        "When did Newcastle University win the University of the Year award?",
    ),
]


@pytest.mark.parametrize(("text", "fact", "stem"), SUBJECT_NOUN_CASES)
def test_the_subject_noun_and_leading_it(text: str, fact: str, stem: str | None) -> None:
    got = stem_of(text, fact)
    assert (got.text if got else None) == stem


ANTECEDENT_CASES = [
    (  # "It" after a sentence whose subject is a name standing alone, before a copula
        "= Packet switching =\n\nPacket switching is a method of data transmission.\n\nTelenet "
        "was the first public data network in the United States. It was founded by Larry "
        "Roberts in 1974.\n",
        "1974",
        "Packet switching: When was Telenet founded by Larry Roberts?",
    ),
    (  # the subject's full name, past its aside
        "= Newcastle upon Tyne =\n\nNewcastle upon Tyne is a city in North East England.\n\n"
        "Newcastle International Airport is located 6 miles (9.7 km) from the city centre. It "
        "is connected to the centre by a journey of approximately 20 minutes.\n",
        "approximately 20 minutes",
        "Newcastle International Airport is connected to the centre by a journey of _____.",
    ),
    (  # an active verb's object may be what "It" means: "a ranking", not ENR; no name is
        # written for it, the sentence before is quoted instead ("the data" would lean back
        # itself: which data? review 7258)
        "= Construction =\n\nConstruction is the process of building.\n\nIn 2014, ENR compiled "
        "a ranking in nine market segments. It was divided into 12 parts.\n",
        "12",
        "Construction: In 2014, ENR compiled a ranking in nine market segments. It was divided "
        "into _____ parts.",
    ),
    (  # an "it" that stands for nothing is no referent to resolve, nor a reason to quote the
        # sentence before (review 3389, item 24)
        "= Warsaw =\n\nWarsaw is the capital of Poland.\n\nFrontex is an agency of the Union. "
        "It has been said that the city had 1,700,000 people in 2010.\n",
        "2010",
        "It has been said that Warsaw had 1,700,000 people in _____.",
    ),
]


@pytest.mark.parametrize(("text", "fact", "stem"), ANTECEDENT_CASES)
def test_a_leading_it_means_the_previous_named_subject(
    text: str, fact: str, stem: str | None
) -> None:
    got = stem_of(text, fact)
    assert (got.text if got else None) == stem


PLACE_PART_CASES = [
    (  # "the city limits" in a city's article: the city's own limits, named
        "= Jacksonville, Florida =\n\nJacksonville is a city in Florida.\n\nVoters outside the "
        "city limits rejected annexation plans in six referendums.\n",
        "six",
        "Voters outside Jacksonville city limits rejected annexation plans in _____ referendums.",
    ),
    (  # a noun that is no part of a place keeps "the city" dangling
        "= Jacksonville, Florida =\n\nJacksonville is a city in Florida.\n\nThe city museum "
        "holds 4,000 paintings.\n",
        "4,000",
        None,
    ),
]


@pytest.mark.parametrize(("text", "fact", "stem"), PLACE_PART_CASES)
def test_a_part_of_the_place_is_named(text: str, fact: str, stem: str | None) -> None:
    got = stem_of(text, fact)
    assert (got.text if got else None) == stem


def test_the_subject_noun_before_itself_is_the_subject() -> None:
    text = (
        "= Süleymaniye Mosque =\n\nThe Süleymaniye Mosque is an Ottoman mosque in Istanbul.\n\n"
        "The complex consisted of the mosque itself and four madrasas, built by 1557.\n"
    )
    got = stem_of(text, "four")
    assert got is not None and got.text == (
        "The complex consisted of the Süleymaniye Mosque itself and _____ madrasas, built by 1557."
    )
