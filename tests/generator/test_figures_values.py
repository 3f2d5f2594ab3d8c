"""Figure cases: snippet → (text as written, normalised value), one family of quantity per case."""

from __future__ import annotations

import pytest

CASES = [
    # units kept, spelled any way, canonical in the value
    ("The dam holds 230,000 t of water.", "230,000 t", "230000 tonnes"),
    ("They walked eight miles to the ford.", "eight miles", "8 miles"),
    ("The siege lasted two weeks in all.", "two weeks", "2 weeks"),
    ("The tower is 63.8 m high.", "63.8 m", "63.8 metres"),
    ("It reached 265.7 nautical miles above the sea.", "265.7 nautical miles", "265.7 nautical miles"),
    ("The air was at 20 °C and 160 kPa.", "20 °C", "20 °C"),
    ("The engine gave 1,020 kN of thrust.", "1,020 kN", "1020 kN"),
    ("The house covers 2,400 square feet of land.", "2,400 square feet", "2400 square feet"),
    ("The limit was 55 mph (88 km/h) on highways.", "88 km/h", "88 km/h"),
    ("Gagarin flew one day after the vote.", "one day", "1 day"),
    # a word between the number and its unit says which kind is counted (blind sample seed 11, #40)
    ("He ran for 989 rushing yards that year.", "989 rushing yards", "989 yards"),
    ("They piled up 487 total yards.", "487 total yards", "487 yards"),
    # pressures in pascals (blind sample seed 12, #37)
    ("Oxygen turns metallic above 96 GPa of pressure.", "above 96 GPa", "≥96 GPa"),
    # hyphenated compounds: a unit, or a counted noun
    ("McManus kicked a 33-yard field goal.", "33-yard", "33 yards"),
    ("Davis, an 11-year veteran, broke his arm.", "11-year", "11 years"),
    ("He married the 20-year-old Mina Miller.", "20-year-old", "20 years"),
    ("The gold is 18-karat and heavy.", "18-karat", "18 carats"),
    ("It had a 12-screen cinema inside.", "12-screen", "12"),
    ("The two-man crew flew in 1965.", "two-man", "2"),
    # ages and durations written with words
    ("He moved when he was seven months old.", "seven months old", "7 months"),
    ("The fighting was concluded in six years.", "six years", "6 years"),
    # money: symbols, codes and scale abbreviations
    ("The $1.2 billion stadium opened.", "$1.2 billion", "$1200000000"),
    ("The club paid £2.5m for the striker.", "£2.5m", "£2500000"),
    ("The state spent $3bn on roads.", "$3bn", "$3000000000"),
    ("The king gave ₹130 crore to the school.", "₹130 crore", "₹1300000000"),
    ("The rent was $8.00 per month.", "$8.00 per month", "$8.00 per month"),
    ("The basic pay is €27,814 p.a. at the start.", "€27,814 p.a.", "€27814 per year"),
    ("Oil rose from US$3 per barrel in a year.", "US$3 per barrel", "US$3 per barrel"),
    # approximate modifiers keep their sense
    ("It held almost 1,700 prisoners.", "almost 1,700", "≤1700"),
    ("There were nearly 400 houses.", "nearly 400", "≤400"),
    ("It weighed 486 pounds (about 220 kg) in all.", "about 220 kg", "≈220 kilograms"),
    ("The bridge cost just under $5 million.", "just under $5 million", "≤$5000000"),
    ("More than 300 soldiers died.", "More than 300", "≥300"),
    ("Many left. Some 400 stayed behind.", "Some 400", "≈400"),
    ("Fewer than 20 ships returned.", "Fewer than 20", "≤20"),
    ("It was approximately fifty percent larger.", "approximately fifty percent", "≈50%"),
    ("Prices rose by less than two percent per year.", "less than two percent per year",
     "≤2% per year"),
    ("The Moon stay lasted over three days.", "over three days", "≥3 days"),
    ("Travellers with stays of longer than six months fall ill.", "longer than six months",
     "≥6 months"),
    ("Symptoms appear within 10 days of infection.", "within 10 days", "≤10 days"),
    ("The reversal, about 0.78 Ma, changed the polarity.", "about 0.78 Ma", "≈0.78 mya"),
    # number words beyond ten, compounds, scales
    ("The army had twenty-five cannons.", "twenty-five", "25"),
    ("They hired two hundred mounted men.", "two hundred", "200"),
    ("It fed seven million Belgians.", "seven million", "7000000"),
    ("The metropolitan area has 2.666 million residents.", "2.666 million", "2666000"),
    ("France lost almost a million people.", "almost a million", "≤1000000"),
    ("The town had eleven schools.", "eleven", "11"),
    ("He bought a dozen machines.", "a dozen", "12"),
    ("They sent two and a half thousand troops.", "two and a half thousand", "2500"),
    # ranges with a scale written once
    ("Algiers lost 30 to 50 thousand inhabitants.", "30 to 50 thousand", "30000–50000"),
    ("It killed 10 to 15 million people.", "10 to 15 million", "10000000–15000000"),
    ("He left with an estimated two to three hundred followers.",
     "an estimated two to three hundred", "≈200–300"),
    ("A mask gives 30%–50% oxygen.", "30%–50%", "30–50%"),
    ("Children between the ages of 8 and 18 joined.", "8 and 18", "8–18"),
    # fractions and shares
    ("Victoria produces nearly two-thirds of the milk.", "nearly two-thirds", "≤2/3"),
    ("Oxygen makes up almost half of the crust.", "almost half", "≤1/2"),
    ("The plague reduced the population by half.", "half", "1/2"),
    ("An estimated one-quarter of the world saw it.", "An estimated one-quarter", "≈1/4"),
    ("A third of the houses burned.", "A third", "1/3"),
    ("The Quad is half a mile from the Yard.", "half a mile", "1/2 mile"),
    ("Wolfe had 5½ sacks.", "5½", "5.5"),
    ("The share was 12 per cent of the total.", "12 per cent", "12%"),
    # vague amounts are lower bounds
    ("Dozens of ships sank.", "Dozens", "≥24"),
    ("Hundreds of thousands of refugees fled.", "Hundreds of thousands", "≥200000"),
    ("Several thousand students enroll.", "Several thousand", "≥3000"),
    ("It galvanized thousands of Muslims.", "thousands", "≥2000"),
    # judged wrong in the seed-1 sheet: cents, feet and inches
    ("Postage amounting to 53 cents was required.", "53 cents", "53 cents"),
    ("The printers lay 2 metres (6 ft 7 in) per hour.", "6 ft 7 in", "79 inches"),
    ("Tools are dated from about 2.6 mya in Africa.", "about 2.6 mya", "≈2.6 mya"),
    # judged wrong in the seed-2 sheet: a range with conversions, bounds after the number,
    # decibels, currency codes
    ("- Length: 740 km (460 mi) to 776 km (482 mi)", "740 km (460 mi) to 776 km",
     "740–776 kilometres"),
    ("They fenced the 740 kilometres (460 mi)–776 kilometres (482 mi) line.",
     "740 kilometres (460 mi)–776 kilometres", "740–776 kilometres"),
    ("The fence remains about 150 yards (140 m) away.", "140 m", "≈140 metres"),
    ("Architects with 14 or more years experience earn more.", "14 or more years", "≥14 years"),
    ("Children of 5 or under travel free.", "5 or under", "≤5"),
    ("The city had an average level of 80.4 decibels.", "80.4 decibels", "80.4 decibels"),
    ("GDP amounted to 191.766 billion PLN in 2010.", "191.766 billion PLN", "191766000000 PLN"),
    ("Trade worth nearly PKR 11,446 crore passed.", "nearly PKR 11,446 crore", "≤114460000000 PKR"),
    ("Architects earn £43,389 per annum on average.", "£43,389 per annum", "£43389 per year"),
    # judged wrong in the seed-3 sheet: an old currency
    ("The baron sold Blaison for 5,000 écus to his adviser.", "5,000 écus", "5000 écus"),
    ("He had an income of 50,000 livres tournois.", "50,000 livres", "50000 livres"),
    # judged wrong in the seed-4 sheet: a duration in two units, the unit of a vague amount
    ("The flight lasted 15 hours and 57 minutes in all.", "15 hours and 57 minutes",
     "957 minutes"),
    ("The age gap was 13 years and 48 days.", "13 years and 48 days", "≈4796 days"),
    ("The area has been inhabited for thousands of years.", "thousands of years", "≥2000 years"),
    # judged wrong in the seed-5 sheet: feet and inches with a written fraction
    ("The lines use 1,435 mm (4 ft 8 1⁄2 in) standard gauge.", "4 ft 8 1⁄2 in", "56.5 inches"),
    ("In 500 new cases the cure failed.", "500", "500"),
    ("He sent the 12 Apostles out.", "12", "12"),
    ("It is one of the seven Scottish Universities offering it.", "seven", "7"),
    # judged wrong in the seed-6 sheet: a negative temperature
    ("Oxygen condenses at 90.20 K (−182.95 °C, −297.31 °F) in air.", "−297.31 °F", "-297.31 °F"),
    ("The lowest was -12.6 °C in January.", "-12.6 °C", "-12.6 °C"),
    # a count after a place name, and the counted noun after "the"
    ("Plague occurred in Venice 22 times.", "22 times", "22 times"),
    ("From among Warsaw's 60 museums, two are famous.", "60", "60"),
    ("The plague killed 500 people in 1348.", "500", "500"),
    ("In 500 cases the cure failed.", "500", "500"),
    ("It has 37 seats in the House of Representatives and 12 seats in the Senate.", "12", "12"),
    ("There are eleven LEA-funded 11 to 18 schools.", "eleven", "11"),
    ("The two finalists were Sun Life Stadium and Levi's Stadium.", "two", "2"),
    ("Its alumni include eight U.S. presidents.", "eight", "8"),
    ("Students live in twelve residential Houses.", "twelve", "12"),
]  # fmt: skip


@pytest.mark.parametrize(("snippet", "text", "value"), CASES)
def test_figure_values(facts_of, snippet: str, text: str, value: str) -> None:
    found = [(f.text, f.value) for f in facts_of(snippet, "figure")]
    assert (text, value) in found


@pytest.mark.parametrize(
    ("snippet", "text", "value"),
    [
        ("The courtyard measures around 47 by 57 metres.", "around 47", "≈47 metres"),
        ("It absorbs at 687 and 760 nm.", "687", "687 nanometres"),
        ("From 50,000 to 10,000 years ago it was cold.", "50,000", "50000 years"),
    ],
)
def test_a_unit_written_once_holds_for_each_number(facts_of, snippet, text, value) -> None:
    found = [(f.text, f.value) for f in facts_of(snippet, "figure")]
    assert (text, value) in found


def test_a_lower_bound_is_a_lower_bound(facts_of) -> None:
    (fact,) = facts_of("They captured more than 300 soldiers.", "figure")
    assert (fact.detail.bound, fact.detail.low) == ("lower", 300)
    (fact,) = facts_of("They captured almost 300 soldiers.", "figure")
    assert (fact.detail.bound, fact.detail.low) == ("upper", 300)


@pytest.mark.parametrize(
    ("snippet", "text", "value"),
    [
        # a conversion keeps the bound of what it converts, with or without "equal to" or "about"
        (
            "More than $800,000 (equal to $18,803,980 today) was raised.",
            "$18,803,980",
            "≥$18803980",
        ),
        (
            "The pressure was greater than 160 kPa (about 1.6 atm) there.",
            "about 1.6 atm",
            "≥1.6 atm",
        ),
    ],
)
def test_a_conversion_keeps_the_bound_it_converts(
    facts_of, snippet: str, text: str, value: str
) -> None:
    assert (text, value) in [(f.text, f.value) for f in facts_of(snippet, "figure")]
