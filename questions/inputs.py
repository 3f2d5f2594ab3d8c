"""Bytes to article text, or a reason the bytes are not an article (shared by CLI and web app)."""

from __future__ import annotations

# Signatures of formats teachers most often upload by mistake, named in the message.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document that cannot be read"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)


class InputError(Exception):
    """Bytes that cannot be read as an article; the message is shown to the user."""


def decode(data: bytes, max_bytes: int | None = None) -> str:
    """The UTF-8 text of an article, exactly as given (offsets point into it), or InputError."""
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(f"is too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(
                f"is {what}, not text; save it as a PDF, Word (.docx), OpenDocument (.odt), "
                "plain text (.txt) or Markdown (.md) file"
            )
    if b"\x00" in data:
        raise InputError("is a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"is not valid UTF-8 (byte {exc.start}); save it with the UTF-8 encoding"
        ) from None
    if not text.strip():
        raise InputError("is empty")
    return text
