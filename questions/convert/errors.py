"""The one error of the converters: a file or page that cannot be read as an article."""

from __future__ import annotations

from ..inputs import InputError


class ConvertError(InputError):
    """What is wrong with the input, as a phrase that follows its name ("report.pdf has no
    text; …"); shown to the teacher as it is."""
