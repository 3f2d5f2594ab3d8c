# Factdeck: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

export FLASK_APP := wsgi.py

.PHONY: run db demo test venv dev lint typecheck bench clean

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

$(DEVSTAMP): $(STAMP) requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(DEVSTAMP)

venv: $(STAMP)

db: $(STAMP)
	$(PY) -m flask db upgrade

demo: db
	$(PY) -m flask demo

run: demo
	$(PY) -m flask run --host 127.0.0.1 --port 5000

dev: $(DEVSTAMP)

test: $(DEVSTAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(DEVSTAMP)
	$(PY) -m ruff check questions app tests bench config.py wsgi.py
	$(PY) -m mypy

typecheck: $(DEVSTAMP)
	$(PY) -m mypy

bench: $(STAMP)
	$(PY) bench/generate.py ../shared/corpus

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
