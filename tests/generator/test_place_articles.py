"""A place whose name takes "the" among names that do not: the article goes into the options.

"broke out in the _____" with "Netherlands" as the key could only be offered the UK and the
Philippines; the stem leaves "the" to the options instead ("in _____": "the Netherlands",
"Belgium", "Germany"), and the key is the text as the article writes it.
"""

from __future__ import annotations

import questions

TREATY = (
    "= Treaty of Rome =\n\nThe Treaty of Rome was signed in 1957 by six countries of western "
    "Europe.\n\nBelgium, Germany, Italy and Luxembourg ratified the treaty quickly. "
)


def _place_items(text: str) -> list[questions.Item]:
    bank = questions.generate([questions.Source("treaty.txt", text)])
    return [i for i in bank.items if i.fact.kind == "place"]


def test_the_article_of_a_country_goes_into_the_options() -> None:
    text = TREATY + "A farmers' protest against the treaty broke out in the Netherlands in 1958.\n"
    item = next(i for i in _place_items(text) if "protest" in i.stem.text)
    assert item.stem.text.endswith("broke out in _____ in 1958."), item.stem.text
    assert item.answer == "the Netherlands"
    assert text[item.fact.start : item.fact.end] == "the Netherlands"
    wrong = [o.text for o in item.options if not o.correct]
    assert all(not w.startswith("the ") for w in wrong), wrong  # Belgium, not "the Belgium"


def test_a_sentence_that_opens_with_the_key_capitalises_its_article() -> None:
    text = TREATY + "The Netherlands imposed fines on farmers who protested in 1958.\n"
    item = next(i for i in _place_items(text) if "fines" in i.stem.text)
    # the treaty is the topic; the sentence after it opens with the key
    assert (
        item.stem.text
        == "The Treaty of Rome: _____ imposed fines on farmers who protested in 1958."
    )
    assert item.answer == "The Netherlands"


def test_no_article_is_added_where_the_article_wrote_none() -> None:
    text = TREATY + "A farmers' protest against the treaty broke out in Netherlands in 1958.\n"
    items = [i for i in _place_items(text) if "protest" in i.stem.text]
    assert all(i.answer == "Netherlands" for i in items), [i.answer for i in items]


def test_fresh_options_keep_the_key_with_its_article() -> None:
    text = TREATY + "A farmers' protest against the treaty broke out in the Netherlands in 1958.\n"
    item = next(i for i in _place_items(text) if "protest" in i.stem.text)
    fresh = questions.pipeline.fresh_options(item.document, item.id, [o.text for o in item.options])
    assert fresh is not None
    assert [o.text for o in fresh if o.correct] == ["the Netherlands"]
    assert not {o.text for o in fresh if not o.correct} & {o.text for o in item.options}


def test_an_abbreviation_that_takes_the_carries_it_into_the_options() -> None:
    # review 6620 item 16: "The _____ refused to sign" fitted only "UK"
    text = TREATY + "The UK refused to sign the Social Charter in 1989.\n"
    item = next(i for i in _place_items(text) if "Social Charter" in i.stem.text)
    assert item.stem.text.startswith("The Treaty of Rome: _____ refused"), item.stem.text
    assert item.answer == "The UK"
