"""Sources read cleanly: an item from the infobox shows "Casualties: 200 killed (48 executed)",
not the raw line "- Casualties2: 200 killed (48 executed)"."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models.bank import readable_source


@pytest.mark.parametrize(
    ("parts", "shown"),
    [
        (
            ("- Casualties2: ", "200", " killed (48 executed)"),
            ("Casualties: ", "200", " killed (48 executed)"),
        ),
        (("- Date: ", "16–21 January 2016", " ()"), ("Date: ", "16–21 January 2016", "")),
        (
            ("- Partof: the Battle of ", "Deir ez-Zor", ""),
            ("Part of: the Battle of ", "Deir ez-Zor", ""),
        ),
        (
            ("On 16 January, ", "ISIL", " attacked (at dawn)."),
            ("On 16 January, ", "ISIL", " attacked (at dawn)."),
        ),
        (("- 1990s were ", "x", ""), ("- 1990s were ", "x", "")),
    ],
)
def test_readable_source(parts: tuple[str, str, str], shown: tuple[str, str, str]) -> None:
    assert readable_source(*parts) == shown


def test_infobox_items_read_cleanly_in_the_bank(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Document, Question

    make.demo()
    teacher = make.user("reader@example.com", role="teacher")
    for doc in db.session.scalars(select(Document)):
        doc.owner_id = teacher.id
    db.session.commit()
    auth.login("reader@example.com")
    infobox = [
        q for q in db.session.scalars(select(Question)) if q.sentence.lstrip().startswith("- ")
    ]
    assert infobox, "the demo article gives items from its infobox"
    for q in infobox:
        before, _, after = q.source_parts()
        assert not before.startswith("- ") and "()" not in before + after
    page = client.get("/teach/bank?per_page=200").get_data(as_text=True)
    assert "Casualties: " in page or "Strength: " in page or "Date: " in page
    assert "- Casualties2:" not in page and "- Date:" not in page
