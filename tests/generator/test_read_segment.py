"""Reading articles into blocks and splitting sentences, with offsets into the text as given."""

from __future__ import annotations

import pytest

import questions

WIKI = """= Battle of Somewhere (1901) =

Infobox
- Date: 3–9 May 1901
- Place: Somewhere, Syria
- Territorial1: changes

The battle was fought in May 1901.

== Background ==
=== Origins ===
In 1899, the war began. It ended later.

== See also ==

- Other battle
- List of battles
"""


def test_wiki_format_title_infobox_sections_and_lists() -> None:
    doc = questions.read(WIKI, "b.txt")
    assert doc.title == "Battle of Somewhere (1901)"
    keys = [b.key for b in doc.infobox()]
    assert keys == ["Date", "Place", "Territorial1"]
    date = doc.infobox()[0]
    assert WIKI[date.value_start : date.end] == "3–9 May 1901"
    paragraphs = [b for b in doc.blocks if b.kind == "paragraph"]
    assert [p.section for p in paragraphs] == ["", "Origins"]
    items = [b for b in doc.blocks if b.kind == "list_item"]
    assert len(items) == 2 and not any(i.source for i in items)
    for block in doc.blocks:
        assert WIKI[block.start : block.end].strip() == WIKI[block.start : block.end]


def test_markdown_headings() -> None:
    text = "# Taj Mahal\n\n## History\n\nIt was built in 1632.\n"
    doc = questions.read(text, "t.md")
    assert doc.title == "Taj Mahal"
    assert [b.section for b in doc.blocks if b.kind == "paragraph"] == ["History"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Elmina Castle\n\nThe castle was built in 1482 by the Portuguese.\n", "Elmina Castle"),
        ("The castle was built in 1482 by the Portuguese traders.\n", "Elmina castle"),
    ],
)
def test_plain_text_title(text: str, title: str) -> None:
    assert questions.read(text, "elmina-castle.txt").title == title


def test_offsets_survive_crlf_and_non_ascii() -> None:
    text = "= Ürümqi =\r\n\r\nŞehir was founded in 1763.\r\nIt grew fast.\r\n"
    doc = questions.read(text, "u.txt")
    for s in questions.segment(doc):
        assert text[s.start : s.end] == s.text
    assert doc.title == "Ürümqi"


@pytest.mark.parametrize(
    "sentence",
    [
        "Lt. General Ali Abdullah Ayyoub commanded the army.",
        "Brig. Gen. Yassin Mahmoud Hamoud was killed.",
        "The castle was built c. 1500 by the duke.",
        "He founded the lab with Harvey S. Firestone in Florida.",
        "The rate rose to 1.2 percent in one year.",
        "The U.S. Navy sent a ship to the bay.",
        "St. Jude's Church stands in the city.",
    ],
)
def test_no_split_after_abbreviations_initials_and_decimals(sentence: str) -> None:
    doc = questions.read(f"= T =\n\n{sentence} The next sentence follows.\n", "t.txt")
    texts = [s.text for s in questions.segment(doc)]
    assert texts == [sentence, "The next sentence follows."]


def test_infobox_line_is_one_sentence() -> None:
    doc = questions.read(WIKI, "b.txt")
    first = questions.segment(doc)[0]
    assert first.text == "- Date: 3–9 May 1901"
    assert first.block.kind == "infobox"


LEAD_GLUED = """= Ann Example =

Infobox
- Born: 3 May 1901
- Military: *Ann Example (3 May 1901 – 9 June 1970) was a Welsh engineer. She built bridges.
More of the lead follows on the next line.

== Life ==
She retired in 1960.
"""


def test_a_lead_glued_to_an_infobox_key_is_the_lead_paragraph() -> None:
    doc = questions.read(LEAD_GLUED, "a.txt")
    kinds = [(b.kind, b.key) for b in doc.blocks]
    assert kinds[:3] == [("title", ""), ("infobox", "Born"), ("paragraph", "")]
    lead = doc.blocks[2]
    text = LEAD_GLUED[lead.start : lead.end]
    assert text.startswith("Ann Example (3 May 1901")
    assert text.endswith("on the next line.")
    assert lead.section == ""


@pytest.mark.parametrize(
    "line",
    [
        "- Treatment: *Intestinal infection : diloxanide furoate, iodoquinoline",
        "- Baron: This oil painting is an artist's impression, since no portrait has survived at all.",
    ],
)
def test_short_starred_values_and_captions_stay_in_the_infobox(line: str) -> None:
    doc = questions.read(f"= T =\n\nInfobox\n{line}\n", "t.txt")
    assert [b.kind for b in doc.blocks] == ["title", "infobox"]


def test_a_block_quotation_is_no_source(facts_of) -> None:
    text = "= Revival =\n\nA witness wrote:\n> They sang for three nights and 40 people joined.\n"
    doc = questions.read(text, "r.txt")
    quote = [b for b in doc.blocks if text[b.start : b.end].startswith(">")]
    assert len(quote) == 1 and not quote[0].source
    assert [f.text for f in facts_of(text, "figure")] == []


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (  # a capital before a sentence opener is a Roman numeral ending its sentence
            "The regiment fought in World War I. In 1914, it moved to France.",
            ["The regiment fought in World War I.", "In 1914, it moved to France."],
        ),
        (
            "He served under Louis I. The king died in 1300.",
            ["He served under Louis I.", "The king died in 1300."],
        ),
        (  # an initial before a name stays inside its sentence
            "John F. Kennedy won in 1960. He was young.",
            ["John F. Kennedy won in 1960.", "He was young."],
        ),
        (  # the space the article left out after a full stop
            "They shared these stories.Political geographers also supported it. It was U.S.Army.",
            [
                "They shared these stories.",
                "Political geographers also supported it.",
                "It was U.S.Army.",
            ],
        ),
    ],
)
def test_a_capital_before_a_sentence_opener_ends_the_sentence(
    text: str, sentences: list[str]
) -> None:
    doc = questions.read(f"= Topic =\n\n{text}\n", "s.txt")
    assert [s.text for s in questions.segment(doc)] == sentences


def test_a_subscript_on_the_next_line_is_no_numbered_list_item() -> None:
    text = (
        "Oxygen\n\nTrioxygen (O\n3) is known as ozone. It forms when O\n2 meets UV light.\n"
        "\nSteps:\n1) Heat the air.\n2) Cool it.\n"
    )
    doc = questions.read(text, "oxygen.txt")
    kinds = [(b.kind, text[b.start : b.end][:12]) for b in doc.blocks]
    assert ("paragraph", "Trioxygen (O") in kinds
    assert not any(k == "list_item" and t.startswith("3)") for k, t in kinds)
    assert [t for k, t in kinds if k == "list_item"] == ["1) Heat the ", "2) Cool it."]
