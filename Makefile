# Factdeck: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
BENCHSTAMP := $(VENV)/.installed-bench

export FLASK_APP := wsgi.py

.PHONY: run serve worker db demo test venv dev lint typecheck security bench accuracy items clean

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

$(DEVSTAMP): $(STAMP) requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(DEVSTAMP)

# The peers the accuracy benchmark compares us with (dateparser, spaCy); not needed otherwise.
$(BENCHSTAMP): $(STAMP) requirements-bench.txt
	$(PY) -m pip install --quiet -r requirements-bench.txt
	touch $(BENCHSTAMP)

venv: $(STAMP)

db: $(STAMP)
	$(PY) -m flask db upgrade

demo: db
	$(PY) -m flask demo

run: demo
	$(PY) -m flask run --host 127.0.0.1 --port 5000

# Production: gunicorn with ProductionConfig (SECRET_KEY and DATABASE_URL must be set), schema
# upgraded first. Settings in gunicorn.conf.py (BIND, WEB_CONCURRENCY, GUNICORN_THREADS).
serve: $(STAMP)
	FACTDECK_ENV=production $(PY) -m flask db upgrade
	FACTDECK_ENV=production $(VENV)/bin/gunicorn -c gunicorn.conf.py

# The job worker of a deployment with several servers (docs/deployment.md): QUEUE_URL (Redis),
# DATABASE_URL and SECRET_KEY as for `make serve`; WORKER_THREADS jobs at once (2). Run one or more.
worker: $(STAMP)
	FACTDECK_ENV=production $(PY) -m flask worker

dev: $(DEVSTAMP)

test: $(DEVSTAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

# Lint, formatting and types; fails on any finding. mypy is strict over app/, questions/ and
# bench/ (pyproject.toml); the formatter checks the whole tree (migrations excluded there).
lint: $(DEVSTAMP)
	$(PY) -m ruff check questions app tests bench stubs config.py wsgi.py asgi.py gunicorn.conf.py
	$(PY) -m ruff format --check .
	$(PY) -m mypy

# bandit over our code; pip-audit over the pinned requirements, judged by .ci/audit.py: it fails
# (exit 3, "NOT AUDITED") when packages could not be audited, e.g. the advisory service is
# unreachable, instead of pip-audit's "No known vulnerabilities found". AUDIT_UNREACHABLE_OK=1
# lets a machine without access go on (it still prints NOT AUDITED).
security: $(DEVSTAMP)
	$(VENV)/bin/bandit -q -c pyproject.toml -r app questions
	$(PY) .ci/audit.py requirements.txt

typecheck: $(DEVSTAMP)
	$(PY) -m mypy

bench: $(BENCHSTAMP) $(DEVSTAMP)
	$(PY) bench/generate.py ../shared/corpus
	$(PY) bench/inputs.py  # PDF and Word against plain text; fpdf2 (dev) writes the PDFs
	-$(PY) bench/accuracy.py  # exits 1 when a target is missed
	-$(PY) bench/items.py
	$(PY) bench/results.py
	$(PY) bench/export.py
	-$(PY) bench/load.py  # exits 1 when a target is missed; the other benchmarks still run
	-$(PY) bench/faults.py
	-$(PY) bench/cluster.py  # several servers: needs redis-server and PostgreSQL
	@if [ -n "$(BENCH_DATABASE_URL)" ]; then $(PY) bench/results.py --database-url "$(BENCH_DATABASE_URL)"; \
	else echo "results on PostgreSQL: set BENCH_DATABASE_URL to a database the benchmark may wipe"; fi

# Extraction against the human gold of bench/gold/ (dates, places, SQuAD fact coverage), with peers.
accuracy: $(BENCHSTAMP)
	$(PY) bench/accuracy.py

# Items against the questions people asked (SQuAD), worth and repetition in each bank.
items: $(STAMP)
	$(PY) bench/items.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
