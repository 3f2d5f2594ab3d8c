"""The Factdeck web app. `create_app` reads like a table of contents and has no side effects."""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from config import Config, from_env


def create_app(config_class: type[Config] | None = None) -> Flask:
    """Build the app for a config class (FACTDECK_ENV's by default)."""
    config_class = config_class or from_env()
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(config_class)
    config_class.init_app(app)
    register_extensions(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_commands(app)
    register_template_helpers(app)
    return app


def register_extensions(app: Flask) -> None:
    """Bind the extensions of app.extensions to this app."""
    from . import models  # noqa: F401 - the models must be known before migrations run
    from .extensions import csrf, db, login_manager, migrate

    db.init_app(app)
    migrations = str(Path(app.root_path).parent / "migrations")
    migrate.init_app(app, db, directory=migrations, render_as_batch=True)
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please log in to continue."

    @login_manager.user_loader
    def load_user(user_id: str) -> models.User | None:
        return db.session.get(models.User, int(user_id)) if user_id.isdigit() else None


def register_blueprints(app: Flask) -> None:
    """One blueprint per domain."""
    from .auth import bp as auth_bp
    from .main import bp as main_bp
    from .quiz import bp as quiz_bp

    app.register_blueprint(main_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(quiz_bp)


def register_errorhandlers(app: Flask) -> None:
    """HTML or JSON error pages, never a stack trace."""
    from .errors import register

    register(app)


def register_commands(app: Flask) -> None:
    """`flask demo`, `flask users create`."""
    from .commands import demo_command, users_cli

    app.cli.add_command(demo_command)
    app.cli.add_command(users_cli)


def register_template_helpers(app: Flask) -> None:
    """Filters and globals the templates use."""
    from .templating import register

    register(app)
