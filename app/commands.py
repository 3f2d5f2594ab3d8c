"""Command-line tasks: `flask demo` and `flask users create`."""

from __future__ import annotations

import sys

import click
from flask import current_app
from flask.cli import AppGroup

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
    if result.password:
        click.echo(f"Demo teacher: {result.teacher}  password: {result.password}")
        click.echo("This password is shown once; keep it.")
    else:
        click.echo(f"Demo teacher: {result.teacher} (already exists; password unchanged)")


users_cli = AppGroup("users", help="Manage accounts.")


@users_cli.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(["learner", "teacher", "admin"]), default="learner")
@click.option("--name", default="", help="Display name.")
def create_user_command(email: str, role: str, name: str) -> None:
    """Create an account; the password is read from standard input."""
    from .services.accounts import create_user

    if sys.stdin.isatty():
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    try:
        user = create_user(email, password, role=role, name=name)
    except ServiceError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Created {user.role} {user.email}.")
