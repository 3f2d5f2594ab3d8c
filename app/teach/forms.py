"""Teacher forms: every one carries a CSRF token; services do the checks that need the database."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    DecimalField,
    FieldList,
    HiddenField,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from questions.kinds import KINDS

from ..services.bank.curation import MAX_OPTIONS
from ..timezones import viewer_zone


class MultiCheckboxField(SelectMultipleField):
    """A multiple choice shown as checkboxes."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ArticleForm(FlaskForm):
    """Add an article: upload a file, give a link or paste its text."""

    title = StringField(
        "Title (optional)",
        validators=[Length(max=500)],
        description="Left empty, the article's own title is used.",
    )
    file = FileField(
        "Upload a PDF, Word (.docx), .txt or .md file",
        render_kw={"accept": ".pdf,.docx,.odt,.txt,.md,.markdown,.html,.htm,.xml"},
    )
    url = StringField(
        "…or give a link to a web page or a Wikipedia article",
        validators=[Length(max=2000)],
        render_kw={"type": "url", "inputmode": "url", "placeholder": "https://"},
    )
    text = TextAreaField("…or paste the article's text")
    submit = SubmitField("Add article and write questions")


class QuestionForm(FlaskForm):
    """Edit a question's stem and options; `correct` is the index of the right option."""

    stem = TextAreaField("Question", validators=[DataRequired(), Length(max=2000)])
    options = FieldList(
        StringField("Option", validators=[Length(max=500)]), min_entries=2, max_entries=MAX_OPTIONS
    )
    correct = RadioField("Correct option", coerce=int, validators=[Optional()])
    submit = SubmitField("Save as a new version")


class StatusForm(FlaskForm):
    """Change the status of one or many questions."""

    ids = HiddenField()
    status = HiddenField(validators=[DataRequired()])


class SettingsForm(FlaskForm):
    """A quiz's settings."""

    title = StringField("Title", validators=[DataRequired(), Length(max=200)])
    shuffle = BooleanField(
        "Shuffle questions (and options whose order is not logical)", default=True
    )
    feedback = SelectField(
        "Feedback",
        choices=[
            SelectChoice("deferred", "Deferred: answers shown after submitting"),
            SelectChoice("immediate", "Immediate: each answer shown at once"),
        ],
    )
    time_limit = IntegerField(
        "Time limit in minutes",
        validators=[Optional(), NumberRange(1, 600)],
        description="Empty for no limit.",
    )
    attempts_allowed = IntegerField(
        "Attempts allowed",
        validators=[Optional(), NumberRange(1, 100)],
        description="Empty for no limit.",
    )
    opens_at = DateTimeLocalField("Opens at", validators=[Optional()])
    closes_at = DateTimeLocalField("Closes at", validators=[Optional()])
    is_open = BooleanField("Open to learners", default=True)
    cards_after_attempt = BooleanField(
        "No flashcards of its questions until the learner has finished an attempt", default=True
    )
    submit = SubmitField("Save settings")

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        zone = viewer_zone().replace("_", " ")  # times are entered in the teacher's zone
        self.opens_at.label.text = f"Opens at ({zone})"
        self.closes_at.label.text = f"Closes at ({zone})"


class RulesForm(SettingsForm):
    """A new quiz drawn by rules from the approved questions."""

    documents = MultiCheckboxField("Articles", coerce=int, description="None ticked: all.")
    kinds = MultiCheckboxField(
        "Kinds",
        choices=[SelectChoice(k.name, k.label) for k in KINDS],
        description="None ticked: all.",
    )
    min_difficulty = DecimalField(
        "Easiest (0–1)", default=0, places=2, validators=[Optional(), NumberRange(0, 1)]
    )
    max_difficulty = DecimalField(
        "Hardest (0–1)", default=1, places=2, validators=[Optional(), NumberRange(0, 1)]
    )
    count = IntegerField("Number of questions", default=10, validators=[NumberRange(1, 200)])
    submit = SubmitField("Create quiz")


class PickForm(SettingsForm):
    """A new quiz of hand-picked questions."""

    questions = MultiCheckboxField("Questions", coerce=int)
    submit = SubmitField("Create quiz")


class ClassesForm(FlaskForm):
    """The classes a quiz is open to."""

    groups = MultiCheckboxField("Classes", coerce=int)
    submit = SubmitField("Save classes")


class ClassForm(FlaskForm):
    """A new class."""

    name = StringField("Class name", validators=[DataRequired(), Length(max=120)])
    submit = SubmitField("Create class")


class TokenForm(FlaskForm):
    """A new API token."""

    name = StringField("What the token is for", validators=[DataRequired(), Length(max=120)])
    submit = SubmitField("Create token")


class ImportForm(FlaskForm):
    """Import a bank file."""

    file = FileField("Bank file (.json, Moodle .xml or GIFT .txt)")
    format = SelectField(
        "Format",
        validate_choice=False,  # an unknown value falls back to recognising the file
        choices=[
            SelectChoice("", "Recognise from the file"),
            SelectChoice("json", "Factdeck JSON"),
            SelectChoice("moodle", "Moodle XML"),
            SelectChoice("gift", "GIFT"),
        ],
    )
    submit = SubmitField("Import")
