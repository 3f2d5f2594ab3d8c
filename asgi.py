"""ASGI entry point for `make serve`: gunicorn's asyncio workers, Flask called with whole requests
(app/serving.py says why)."""

import os

from app import logs
from app.security import FORM_OVERHEAD
from app.serving import BufferedWSGI
from wsgi import app as flask_app

logs.configure(os.environ.get("LOG_FORMAT", "json"))

app = BufferedWSGI(
    flask_app,
    max_body=int(flask_app.config["MAX_IMPORT_BYTES"]) + FORM_OVERHEAD,
    threads=int(os.environ.get("GUNICORN_THREADS", "1")),
)
