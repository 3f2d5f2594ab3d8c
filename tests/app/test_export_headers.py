"""Bank exports are private downloads: no cache may keep them, and one charset is declared."""

from __future__ import annotations

import pytest

from .test_bank_io import teacher  # noqa: F401 - the fixture


@pytest.mark.parametrize("fmt", ["json", "csv", "quizlet", "gift", "moodle"])
def test_bank_exports_are_no_store_with_one_charset(client, auth, teacher, fmt: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    auth.login("teacher@example.com")
    r = client.get(f"/teach/bank/export?format={fmt}")
    assert r.status_code == 200
    assert r.headers["Cache-Control"] == "no-store"
    assert r.headers["Content-Type"].count("charset") <= 1
