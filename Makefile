# Factdeck: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: run test venv dev lint typecheck bench clean

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

$(DEVSTAMP): $(STAMP) requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(DEVSTAMP)

venv: $(STAMP)

dev: $(DEVSTAMP)

test: $(DEVSTAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(DEVSTAMP)
	$(PY) -m ruff check questions app tests bench
	$(PY) -m mypy

typecheck: $(DEVSTAMP)
	$(PY) -m mypy

bench: $(STAMP)
	$(PY) bench/generate.py ../shared/corpus

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
