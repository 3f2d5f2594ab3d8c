"""Flashcard forms: each carries the CSRF token; hidden fields name the card state they act on."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import IntegerField, RadioField, SelectChoice, SelectField, StringField, SubmitField
from wtforms.validators import InputRequired, Length, NumberRange, Optional, Regexp
from wtforms.widgets import HiddenInput

from ..params import ID_RANGE
from ..services.cards.reviews import MAX_NEW, MAX_REVIEWS
from ..services.cards.schedule import time_zones

DECK_SLUG = r"^((quiz|article)-\d{1,12})?$"


class RateForm(FlaskForm):
    """A rating of the card as it was shown: its review count makes a second rating a no-op."""

    card = IntegerField(widget=HiddenInput(), validators=[InputRequired(), ID_RANGE])
    reps = IntegerField(widget=HiddenInput(), validators=[InputRequired(), ID_RANGE])
    deck = StringField(
        widget=HiddenInput(), validators=[Optional(), Length(max=40), Regexp(DECK_SLUG)]
    )
    duration = IntegerField(
        widget=HiddenInput(), validators=[Optional(), NumberRange(0, 86_400_000)]
    )
    rating = IntegerField(
        validators=[InputRequired(), NumberRange(1, 4)]
    )  # from the button pressed
    choice = IntegerField(  # the option picked in multiple-choice mode: a wrong one rates Again
        widget=HiddenInput(), validators=[Optional(), ID_RANGE]
    )


class UndoForm(FlaskForm):
    """Undo the rating with this id, if it is still the learner's last one."""

    log = IntegerField(widget=HiddenInput(), validators=[InputRequired(), ID_RANGE])
    deck = StringField(
        widget=HiddenInput(), validators=[Optional(), Length(max=40), Regexp(DECK_SLUG)]
    )


class SettingsForm(FlaskForm):
    """Time zone, daily limits and study mode."""

    time_zone = SelectField(
        "Time zone",
        description="Your day, and so what is due today, ends at midnight in this time zone.",
    )
    new_per_day = IntegerField(
        "New cards per day", validators=[InputRequired(), NumberRange(0, MAX_NEW)]
    )
    reviews_per_day = IntegerField(
        "Reviews per day", validators=[InputRequired(), NumberRange(0, MAX_REVIEWS)]
    )
    mode = RadioField(
        "Study mode",
        choices=[
            SelectChoice("recall", "Recall: think of the answer, reveal it, rate yourself"),
            SelectChoice("choice", "Multiple choice: pick the option, then rate yourself"),
        ],
    )
    submit = SubmitField("Save settings")

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.time_zone.choices = [
            SelectChoice(name, name.replace("_", " "), optgroup=group)
            for group, name in sorted(((_region(z), z) for z in time_zones()), key=_by_region)
        ]


def _region(zone: str) -> str:
    """The optgroup of a time zone: its region, or "Other" for UTC, EST and the like."""
    return zone.partition("/")[0] if "/" in zone else "Other"


def _by_region(item: tuple[str, str]) -> tuple[bool, str, str]:
    group, name = item
    return group == "Other", group, name
