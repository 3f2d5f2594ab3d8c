"""Hostile imports: each is refused with a FormatError that says what is wrong, never a crash."""

from __future__ import annotations

import io

import pytest

from app.formats import READERS, FormatError

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<quiz><question type="multichoice"><name><text>&lol9;</text></name></question></quiz>
"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="multichoice"><questiontext><text>&secret;</text></questiontext>
<answer fraction="100"><text>a</text></answer><answer fraction="0"><text>b</text></answer>
</question></quiz>
"""
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE quiz SYSTEM "http://127.0.0.1:9/evil.dtd">
<quiz/>
"""
QUADRATIC = (
    b'<?xml version="1.0"?>\n<!DOCTYPE q [<!ENTITY a "'
    + b"x" * 10_000
    + b'">]>\n<quiz>'
    + (b"&a;" * 1000)
    + b"</quiz>"
)

CASES = [
    ("moodle", b"", r"^empty file$"),
    ("moodle", b"   \n\t ", r"^empty file$"),
    ("moodle", b"this is not XML at all", r"^not well-formed XML: syntax error: line 1"),
    ("moodle", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"^not well-formed XML"),
    ("moodle", b"<quiz><question type='multichoice'>", r"^not well-formed XML: .*line 1"),
    ("moodle", BILLION_LAUGHS, r"^XML with a DTD or entity declarations is refused"),
    ("moodle", EXTERNAL_ENTITY, r"^XML with a DTD or entity declarations is refused"),
    ("moodle", EXTERNAL_DTD, r"^XML with a DTD or entity declarations is refused"),
    ("moodle", QUADRATIC, r"^XML with a DTD or entity declarations is refused"),
    ("moodle", b"<html><body>hi</body></html>", r"^not Moodle XML: the root element is <html>"),
    ("moodle", b"<quiz></quiz>", r"^no multiple-choice questions found$"),
    (
        "moodle",
        b'<quiz><question type="essay"><name><text>E</text></name></question></quiz>',
        r"^no multiple-choice questions found \(1 skipped: question 1 \(line 1\): type essay",
    ),
    (
        "moodle",
        b'<quiz><question type="multichoice"><questiontext><text>Q</text></questiontext>'
        b'<answer fraction="lots"><text>a</text></answer></question></quiz>',
        r"^question 1 \(line 1\): answer 1: fraction: 'lots' is not a number$",
    ),
    (
        "moodle",
        b'<quiz><question type="multichoice"><answer fraction="100"><text>a</text></answer>'
        b'<answer fraction="0"><text>b</text></answer></question></quiz>',
        r"^question 1 \(line 1\): stem: empty$",
    ),
    ("gift", b"", r"^empty file$"),
    ("gift", b"\x89PNG\r\n\x1a\n\x00\x00", r"^not UTF-8 text \(byte 0\)$"),
    ("gift", BILLION_LAUGHS, r"^no multiple-choice questions found"),
    ("gift", b"Q? {~a ~b}", r"^question 1 \(line 1\): no correct answer$"),
    ("gift", b"Q? {=a =b ~c}", r"^question 1 \(line 1\): 2 correct answers"),
    ("gift", b"// c\n\nQ?\n{\n=a\n~b", r"^question 1 \(line 4\): '\{' is never closed$"),
    (
        "gift",
        b"Q? {=" + b"x" * 600 + b" ~b}",
        r"^question 1 \(line 1\): option 1: longer than 500 characters$",
    ),
    (
        "gift",
        b"Q? {" + b" ".join(b"~o%d" % i for i in range(9)) + b" =k}",
        r"options: more than 8$",
    ),
]


@pytest.mark.parametrize(("fmt", "data", "message"), CASES)
def test_hostile_input_is_refused(fmt: str, data: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        READERS[fmt].read(io.BytesIO(data))


def test_format_error_is_a_value_error() -> None:
    assert issubclass(FormatError, ValueError)
