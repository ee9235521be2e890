# Every target installs what it needs: a fresh machine needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp

.DEFAULT_GOAL := help
.PHONY: help install spec spec-diff releases add-release normalize generate check-generated lint typecheck pytest test integration demo bench clean
.PHONY: redis-server bench-fleet

help:
	@echo "make demo             run examples/quickstart.py against a local Logto double (or LOGTO_ENDPOINT)"
	@echo "make test             lint, types, check-generated, pytest"
	@echo "make integration      the client against a real Logto (LOGTO_* or ../shared/logto-server; LOGTO_RELEASE=1.28.0 ...)"
	@echo "make spec             resolve the OpenAPI document (SPEC_SOURCE), lock it, report the diff"
	@echo "make releases         derive spec/releases.json (the supported range) from the releases' documents"
	@echo "make add-release RELEASE=1.44.0 RELEASE_SOURCE=path  add a Logto release to the range, print what changed, regenerate"
	@echo "make generate         normalize the locked document and regenerate generated/"
	@echo "make check-generated  regenerate into a temporary folder and compare with generated/"
	@echo "make bench            benchmarks against the peers; writes BENCHMARKS.md"
	@echo "make bench BENCH=real one section alone: parsing, pagination or real (a real Logto)"
	@echo "make bench-fleet      the Redis fleet benchmark alone (8 processes, one Redis)"

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

releases: $(STAMP)
	$(PY) -m spec releases

# One step to support a new Logto release: its document joins the range (spec/releases.json), the
# fields it lacks become optional, what changed is printed, and generated/ is regenerated.
add-release: $(STAMP)
	@test -n "$(RELEASE)" || { echo "usage: make add-release RELEASE=1.44.0 RELEASE_SOURCE=path-or-url"; exit 2; }
	$(PY) -m spec releases --add "$(RELEASE)" $(if $(RELEASE_SOURCE),--source "$(RELEASE_SOURCE)")
	$(MAKE) --no-print-directory generate

generate: $(STAMP)
	$(PY) -m spec generate --output generated
	$(PY) -m spec.double_document

check-generated: $(STAMP)
	$(PY) -m spec check

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy auth spec tests examples
	$(BIN)/basedpyright

# The Redis tests start their own redis-server on a free loopback port: install Debian's package
# when there is none (as root, with apt-get; elsewhere the tests skip, and fail under CI).
redis-server:
	@command -v redis-server >/dev/null 2>&1 || command -v valkey-server >/dev/null 2>&1 || \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing redis-server (apt-get) for the Redis tests"; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get install -y -q --no-install-recommends redis-server >/dev/null 2>&1 || \
		{ apt-get update -q >/dev/null && \
		  apt-get install -y -q --no-install-recommends redis-server >/dev/null; }; \
	else \
		echo "no redis-server, and no root apt-get to install it: the Redis tests will skip"; \
	fi

pytest: $(STAMP) redis-server
	$(BIN)/pytest -q

test: lint typecheck check-generated pytest

# LOGTO_RELEASE=1.28.0 (1.32.0, 1.36.0, 1.42.0; unset: master) picks the Logto release it starts;
# INTEGRATION_ARGS=--demo also runs the demo against it (.ci/run).
integration: $(STAMP)
	$(PY) -m tests.integration $(INTEGRATION_ARGS)

demo: $(STAMP)
	$(PY) -m examples.run_demo

bench: $(STAMP) redis-server
	$(PY) -m tests.bench $(BENCH)

bench-fleet: $(STAMP) redis-server
	$(PY) -m tests.bench.fleet

clean:
	rm -rf $(VENV) spec/work .mypy_cache .ruff_cache .pytest_cache
