"""Flashcard views: thin, each a form → service → redirect or render."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required

from ..forms import ActionForm, posted, submitted
from ..models import User
from ..params import db_id
from ..services.cards import decks, reviews
from ..services.cards import stats as card_stats
from . import bp
from .forms import RateForm, SettingsForm, UndoForm


@bp.get("/")
@login_required
def index() -> ResponseReturnValue:
    """The learner's decks, what is left today, and the decks they could add."""
    total, summaries = reviews.overview(current_user)
    return render_template("cards/index.html", total=total, summaries=summaries, form=ActionForm())


@bp.post("/decks/<slug>/add")
@login_required
def add(slug: str) -> ResponseReturnValue:
    """Add a deck to the learner's study."""
    return _change_deck(slug, decks.add, "“{}” is in your flashcards.", "success")


@bp.post("/decks/<slug>/leave")
@login_required
def leave(slug: str) -> ResponseReturnValue:
    """Stop studying a deck (its cards keep their history)."""
    return _change_deck(slug, decks.leave, "You left “{}”.", "info")


def _change_deck(
    slug: str, change: Callable[[User, decks.Deck], None], message: str, category: str
) -> ResponseReturnValue:
    """A deck button's POST: the change, a message naming the deck, back to the decks."""
    posted(ActionForm)
    deck = decks.get(current_user, slug)
    change(current_user, deck)
    flash(message.format(deck.title), category)
    return redirect(url_for("cards.index"))


@bp.get("/study", defaults={"slug": None})
@bp.get("/study/<slug>")
@login_required
def study(slug: str | None) -> ResponseReturnValue:
    """One card: the front, and the back once revealed (by JS, or by ?reveal=1 / ?choice= without)."""
    deck = decks.get(current_user, slug) if slug else None
    state = reviews.study(current_user, deck, card_id=request.args.get("card", type=db_id))
    choice = request.args.get("choice", type=db_id)
    revealed = state.card is not None and (request.args.get("reveal") == "1" or choice is not None)
    rate = None
    if state.card is not None:
        rate = RateForm(card=state.card.id, reps=state.card.reps, deck=slug, choice=choice)
    wrong = (
        state.card is not None
        and choice is not None
        and reviews.wrong_choice(state.card.question, choice)
    )
    undo = UndoForm(log=state.undo_id, deck=slug) if state.undo_id else None
    return render_template(
        "cards/study.html",
        s=state,
        slug=slug,
        revealed=revealed,
        choice=choice,
        rate=rate,
        undo=undo,
        wrong=wrong,
        summary=card_stats.today(current_user) if state.card is None else None,
    )


@bp.post("/review")
@login_required
def review() -> ResponseReturnValue:
    """Apply a rating, then the next card; a rating of a card already rated changes nothing."""
    form = posted(RateForm)
    given = reviews.Rated(
        form.card.data, form.reps.data, form.rating.data, form.duration.data, form.choice.data
    )
    reviews.rate(current_user, given)
    return redirect(_study_url(form.deck.data))


@bp.post("/undo")
@login_required
def undo() -> ResponseReturnValue:
    """Take back the last rating and show that card again."""
    form = posted(UndoForm)
    card = reviews.undo(current_user, form.log.data)
    if card is None:
        flash("There is nothing to undo.", "info")
        return redirect(_study_url(form.deck.data))
    return redirect(_study_url(form.deck.data, card=card.id))


@bp.route("/settings", methods=["GET", "POST"])
@login_required
def settings() -> ResponseReturnValue:
    """Time zone, daily limits and study mode."""
    form = SettingsForm(obj=reviews.settings_for(current_user))
    saved = submitted(
        form,
        lambda: reviews.update_settings(
            current_user,
            time_zone=form.time_zone.data,
            new_per_day=form.new_per_day.data,
            reviews_per_day=form.reviews_per_day.data,
            mode=form.mode.data,
        ),
    )
    if saved is not None:
        flash("Your flashcard settings are saved.", "success")
        return redirect(url_for("cards.index"))
    return render_template("cards/settings.html", form=form)


@bp.get("/stats")
@login_required
def stats() -> ResponseReturnValue:
    """Due today and in the next 7 days, reviews per day, retention: charts and numbers."""
    return render_template("cards/stats.html", st=card_stats.stats(current_user))


def _study_url(slug: str | None, **args: Any) -> str:
    """The study screen of the deck (of every deck when none)."""
    if slug:
        return url_for("cards.study", slug=slug, **args)
    return url_for("cards.study", **args)
