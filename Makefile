# Every target installs what it needs: a fresh machine needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp

.DEFAULT_GOAL := help
.PHONY: help install spec spec-diff normalize generate check-generated lint typecheck pytest test demo bench clean

help:
	@echo "make demo             run examples/quickstart.py against a local Logto double (or LOGTO_ENDPOINT)"
	@echo "make test             lint, types, check-generated, pytest"
	@echo "make spec             resolve the OpenAPI document (SPEC_SOURCE), lock it, report the diff"
	@echo "make generate         normalize the locked document and regenerate generated/"
	@echo "make check-generated  regenerate into a temporary folder and compare with generated/"
	@echo "make bench            benchmarks against the peers; writes BENCHMARKS.md"
	@echo "make bench BENCH=real one section alone: parsing, pagination or real (a real Logto)"

$(STAMP): pyproject.toml requirements/dev.lock
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

spec: $(STAMP)
	$(PY) -m spec lock

spec-diff: $(STAMP)
	$(PY) -m spec diff $(if $(NEW),--new $(NEW)) $(if $(FULL),--full)

generate: $(STAMP)
	$(PY) -m spec generate --output generated

check-generated: $(STAMP)
	$(PY) -m spec check

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy auth spec tests examples

pytest: $(STAMP)
	$(BIN)/pytest -q

test: lint typecheck check-generated pytest

demo: $(STAMP)
	$(PY) -m examples.run_demo

bench: $(STAMP)
	$(PY) -m tests.bench $(BENCH)

clean:
	rm -rf $(VENV) spec/work .mypy_cache .ruff_cache .pytest_cache
