"""Date options found wrong by reading the corpus's banks and the blind reviews: a day the stem
gives before its blank bounds the options by the day ("died on 25 February 1618, and was
buried on _____": no February dates); a life that has ended is offered no
span ending after the article's latest year, when that year is of our time (an option "June 27,
1932 – March 22, 2027" beside a death in 2023); an older article's latest year is where its
story ends, not when it was written, and bounds nothing."""

from __future__ import annotations

import questions


def _life_options(text: str, key: str) -> list[str]:
    bank = questions.generate([questions.Source("s.txt", text)])
    item = next(i for i in bank.items if i.answer == key)
    return [o.text for o in item.options]


def test_a_life_of_our_time_ends_no_later_than_the_article() -> None:
    text = (
        "= Arthur Peterson =\n\nArthur Laverne Peterson (June 27, 1926 – March 22, 2023) was an "
        "American educator and politician.\n\nHe taught at a college from 1952 to 1958. He won "
        "an election in 1970. He retired in 1991. He died in Sun City on March 22, 2023.\n"
    )
    options = _life_options(text, "June 27, 1926 – March 22, 2023")
    assert all(int(o[-4:]) <= 2023 for o in options), options


def test_an_old_story_s_last_year_bounds_nothing() -> None:
    text = (
        "= Emperor Xizong of Jin =\n\nEmperor Xizong of Jin (28 February 1119 – 9 January 1150) "
        "was an emperor of the Jin dynasty.\n\nHe came to the throne in 1135. He abolished the "
        "Qi kingdom in 1137. He made peace with the Song in 1142. He was murdered in 1150.\n"
    )
    options = _life_options(text, "28 February 1119 – 9 January 1150")
    assert any(int(o[-4:]) > 1150 for o in options), options
