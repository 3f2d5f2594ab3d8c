"""Command-line tasks: `flask demo`, `flask users create|reset-password`, `flask bank`."""

from __future__ import annotations

import sys
from typing import cast

import click
from flask import Flask, current_app
from flask.cli import AppGroup
from werkzeug.local import LocalProxy

from .models import User
from .services.demo import load_demo
from .services.errors import ServiceError


@click.command("demo")
def demo_command() -> None:
    """Load the demo article, its approved questions, a demo quiz and a teacher account."""
    result = load_demo(current_app.config["DEMO_ARTICLE"])
    r = result.report
    click.echo(
        f"Demo article: {len(r.added)} questions added, {len(r.updated)} updated, "
        f"{len(r.unchanged)} unchanged; demo quiz {'created' if result.quiz_created else 'already there'}."
    )
    click.echo(f"Demo class join code: {result.join_code}")
    if result.password:
        click.echo(f"Demo teacher: {result.teacher}  password: {result.password}")
        click.echo("This password is shown once; keep it.")
    else:
        click.echo(f"Demo teacher: {result.teacher} (already exists; password unchanged)")


@click.command("worker")
@click.option("--threads", type=int, default=None, help="Jobs run at once (WORKER_THREADS).")
def worker_command(threads: int | None) -> None:
    """Run the job queue's jobs (QUEUE_URL) until SIGTERM: `make worker`."""
    import os

    from . import logs
    from .services.jobs import worker

    logs.configure(os.environ.get("LOG_FORMAT", "json"))
    try:
        app = cast("LocalProxy[Flask]", current_app)._get_current_object()
        worker.run(app, threads or int(app.config["WORKER_THREADS"]))
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from None


users_cli = AppGroup("users", help="Manage accounts.")


@users_cli.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(["learner", "teacher", "admin"]), default="learner")
@click.option("--name", default="", help="Display name.")
def create_user_command(email: str, role: str, name: str) -> None:
    """Create an account; the password is read from standard input."""
    from .services.accounts.users import create_user

    password = _read_password()
    try:
        user = create_user(email, password, role=role, name=name)
    except ServiceError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Created {user.role} {user.email}.")


@users_cli.command("reset-password")
@click.argument("email")
def reset_password_command(email: str) -> None:
    """Set an account's password (read from standard input); every session of it ends."""
    from .services.accounts.passwords import set_password
    from .services.accounts.users import find_user

    user = find_user(email)
    if user is None:
        raise click.ClickException(f"No account has the e-mail {email}.")
    password = _read_password()
    try:
        set_password(user, password)
    except ServiceError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"The password of {user.email} is changed; every session of it is logged out.")


def _read_password() -> str:
    """A password typed twice at a terminal, or the first line of standard input."""
    if sys.stdin.isatty():
        return str(click.prompt("Password", hide_input=True, confirmation_prompt=True))
    return sys.stdin.readline().rstrip("\r\n")


bank_cli = AppGroup("bank", help="Export and import question banks.")


def _owner(email: str | None) -> User:
    """The teacher whose bank to use: --owner, or the only teacher with articles."""
    from sqlalchemy import select

    from .extensions import db
    from .models import Document
    from .services.accounts.users import find_user

    if email:
        user = find_user(email)
        if user is None or not user.is_teacher:
            raise click.ClickException(f"{email} is not a teacher's account.")
        return user
    owners = list(
        db.session.scalars(select(User).where(User.id.in_(select(Document.owner_id))).limit(2))
    )
    if len(owners) != 1:
        raise click.ClickException(
            "Several teachers have banks; choose one with --owner EMAIL."
            if owners
            else "No teacher has a bank yet."
        )
    return owners[0]


@bank_cli.command("export")
@click.option(
    "--format", "fmt", default="json", help="json, moodle, gift, qti, anki, csv or quizlet."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="File (default: standard output).",
)
@click.option("--owner", help="The teacher's e-mail (needed when several teachers have banks).")
@click.option("--document", "document_id", type=int, help="Only this article's questions.")
@click.option("--quiz", "quiz_id", type=int, help="Only this quiz's questions.")
@click.option(
    "--status",
    type=click.Choice(["draft", "approved", "retired"]),
    help="Only questions with this status.",
)
def bank_export_command(
    fmt: str,
    output: str | None,
    owner: str | None,
    document_id: int | None,
    quiz_id: int | None,
    status: str | None,
) -> None:
    """Export the bank (current versions) as JSON or another format."""
    from .services.bank import transfer
    from .services.bank.curation import BankFilter

    if fmt not in transfer.FORMATS:
        raise click.ClickException(
            f"Unknown format {fmt!r}; choose one of {', '.join(transfer.FORMATS)}."
        )
    sel = transfer.Selection(
        _owner(owner),
        quiz_id=quiz_id,
        filter=BankFilter(document_id=document_id, status=status or "", page=1),
    )
    if output:
        with open(output, "wb") as fp:
            n = transfer.export(sel, fmt, fp)
        click.echo(f"Wrote {n} questions to {output}.", err=True)
    else:
        n = transfer.export(sel, fmt, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        click.echo(f"Wrote {n} questions.", err=True)


@bank_cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--owner", help="The teacher's e-mail (needed when several teachers have banks).")
@click.option(
    "--format", "fmt", default="", help="json, moodle or gift (default: from the file name)."
)
def bank_import_command(file: str, owner: str | None, fmt: str) -> None:
    """Import a bank: all of it or, on any error, nothing; a report says what changed."""
    from pathlib import Path

    from .services.bank import foreign, transfer

    raw = Path(file).read_bytes()
    fmt = fmt or foreign.guess_format(file, raw)
    limit = current_app.config["MAX_IMPORT_BYTES"]
    try:
        if fmt == "json":
            report = transfer.import_json(raw, _owner(owner), limit)
        else:
            report = foreign.import_foreign(fmt, raw, Path(file).name, _owner(owner), limit)
    except transfer.BankImportError as exc:
        for line in exc.errors:
            click.echo(f"error: {line}", err=True)
        raise click.ClickException("Nothing was imported.") from None
    except ServiceError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(
        f"Added {len(report.added)}, updated {len(report.updated)}, left alone {len(report.unchanged)}."
    )
    for note in report.notes:
        click.echo(f"note: {note}")
