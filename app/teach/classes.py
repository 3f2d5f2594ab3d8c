"""Classes (and a learner's one-time password link) and API tokens."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from ..forms import ActionForm, submitted
from ..models import Group
from ..services.accounts import classes, invites, passwords, tokens
from ..services.quiz import builder
from ..services.results import progress
from . import bp
from .forms import ClassForm, TokenForm


@bp.route("/classes", methods=["GET", "POST"])
def class_list() -> ResponseReturnValue:
    """The teacher's classes; create one."""
    form = ClassForm()
    group = submitted(form, lambda: classes.create_class(current_user, form.name.data), form.name)
    if group is not None:
        flash(f"Class “{group.name}” created. Its join code is {group.join_code}.", "success")
        return redirect(url_for("teach.class_detail", group_id=group.id))
    return render_template(
        "teach/classes.html", groups=classes.own_classes(current_user), form=form
    ), (422 if form.errors else 200)


@bp.get("/classes/<int:group_id>")
def class_detail(group_id: int) -> ResponseReturnValue:
    """A class: its join code, members and the quizzes open to it."""
    group = classes.own_class(current_user, group_id)
    quizzes = [q for q in builder.own_quizzes(current_user) if group.id in builder.class_ids(q)]
    return render_template(
        "teach/class.html",
        group=group,
        quizzes=quizzes,
        members=classes.members(group),
        missing=progress.not_attempted(group),
        action=ActionForm(),
        **_invitation(group),
    )


@bp.post("/classes/<int:group_id>/learners/<int:learner_id>/reset")
def learner_reset(group_id: int, learner_id: int) -> ResponseReturnValue:
    """A one-time link for a learner of the class to set a new password, shown once."""
    group = classes.own_class(current_user, group_id)
    if not ActionForm().validate_on_submit():
        return redirect(url_for("teach.class_detail", group_id=group.id))
    learner, secret = passwords.create_reset(current_user, learner_id)
    link = url_for("auth.reset_password", secret=secret, _external=True)
    return render_template(
        "teach/reset.html", group=group, learner=learner, link=link, days=passwords.RESET_DAYS
    )


@bp.get("/classes/<int:group_id>/present")
def class_present(group_id: int) -> ResponseReturnValue:
    """The class's invite for the projector: the QR code, the link and the code, large."""
    group = classes.own_class(current_user, group_id)
    return render_template("teach/class_present.html", group=group, **_invitation(group))


def _invitation(group: Group) -> dict[str, object]:
    url = invites.invite_url(group)
    return {
        "invite": url,
        "qr": invites.qr_svg(url, f"QR code of the link that joins {group.name}"),
    }


@bp.route("/tokens", methods=["GET", "POST"])
def token_list() -> ResponseReturnValue:
    """API tokens: create (the secret is shown once) and revoke."""
    form = TokenForm()
    secret = None
    if form.validate_on_submit():
        _, secret = tokens.create_token(current_user, form.name.data)
    return render_template(
        "teach/tokens.html",
        tokens=tokens.own_tokens(current_user),
        form=form,
        secret=secret,
        action=ActionForm(),
    )


@bp.post("/tokens/<int:token_id>/revoke")
def token_revoke(token_id: int) -> ResponseReturnValue:
    """Revoke a token: the API refuses it from now on."""
    if ActionForm().validate_on_submit():
        tokens.revoke(current_user, token_id)
        flash("The token was revoked.", "success")
    return redirect(url_for("teach.token_list"))
