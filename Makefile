# make serve | make test | make fuzz | make load | make eval | make bench: each builds .venv from the
# hashed lock it needs.
# A stamp per lock file keeps re-runs quick; a changed lock (or pyproject) reinstalls.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
WORKERS ?=
PYTEST_ARGS ?=

.PHONY: serve test fuzz load eval bench venv clean

serve: $(VENV)/.runtime.stamp
	PORT=$(PORT) WORKERS=$(WORKERS) exec $(BIN)/gunicorn -c gunicorn.conf.py

test: $(VENV)/.test.stamp
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# schemathesis against the real service (gunicorn on 127.0.0.1), every check; CI runs it.
fuzz: $(VENV)/.test.stamp
	$(BIN)/python scripts/fuzz.py

# 10,000 real articles against two workers; prints throughput, latency, errors, RSS (~30 min).
load: $(VENV)/.test.stamp
	$(BIN)/python scripts/load.py --requests 10000 --clients 4 --workers 2

eval: $(VENV)/.runtime.stamp
	$(BIN)/quotes-eval ../shared/eval/polnear-dev.jsonl

# Raw spaCy vs the library vs the service (1 and 2 workers; single and batch endpoints) on the
# 84 dev articles; throughput, latency, RSS and the issue's targets (~10 min; not part of the tests).
bench: $(VENV)/.runtime.stamp
	$(BIN)/python scripts/benchmark.py --articles 84

venv: $(VENV)/.runtime.stamp

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime.stamp: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.test.stamp: requirements-test.lock pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --require-hashes -r requirements-test.lock
	$(BIN)/python -m pip install --no-deps --no-build-isolation -e .
	touch $@

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis *.egg-info
