# Every target installs what it needs: a fresh machine needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp

.DEFAULT_GOAL := help
.PHONY: help install spec spec-diff releases add-release normalize generate check-generated lint typecheck imports pytest test integration demo bench clean
.PHONY: redis-server bench-fleet logto-m2m regenerate release-check api-check api-snapshot api-diff docs docs-serve workflow-lint dist

help:
	@echo "make demo             run examples/quickstart.py against a local Logto double (or LOGTO_ENDPOINT)"
	@echo "make test             lint, types, import contracts, check-generated, api-check, docs, workflow-lint, pytest"
	@echo "make integration      the client against a real Logto (LOGTO_* or ../shared/logto-server; LOGTO_RELEASE=1.28.0 ...)"
	@echo "make logto-m2m        an M2M app for a fresh Logto (LOGTO_ENDPOINT, DB_URL, ENV_FILE; CI)"
	@echo "make spec             resolve the OpenAPI document (SPEC_SOURCE), lock it, report the diff"
	@echo "make releases         derive spec/releases.json (the supported range) from the releases' documents"
	@echo "make add-release RELEASE=1.44.0 RELEASE_SOURCE=path  add a Logto release to the range, print what changed, regenerate"
	@echo "make generate         normalize the locked document and write everything generated"
	@echo "make check-generated  regenerate into a temporary folder and compare all of it"
	@echo "make imports          the import contracts (import-linter, pyproject.toml)"
	@echo "make bench            benchmarks against the peers; writes BENCHMARKS.md"
	@echo "make bench BENCH=real one section alone: parsing, pagination or real (a real Logto)"
	@echo "make bench-fleet      the Redis fleet benchmark alone (8 processes, one Redis)"
	@echo "make api-check        breaking changes to the public API against spec/public_api.json"
	@echo "make api-snapshot     record the public API in spec/public_api.json (after announcing breaks)"
	@echo "make api-diff         breaking changes and additions against the snapshot, as Markdown"
	@echo "make docs             build the documentation site into site/ (mkdocs --strict)"
	@echo "make workflow-lint    actionlint and zizmor over .github/workflows"
	@echo "make dist             build, check and smoke-test the sdist and wheel (dist/)"
	@echo "make regenerate       spec-diff, spec, generate and api-diff against REGENERATE_SOURCE"
	@echo "make release-check TAG=vX.Y.Z  the tag, __version__ and CHANGELOG.md agree"

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

check-generated: $(STAMP)
	$(PY) -m spec check

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy auth spec tests examples
	$(BIN)/basedpyright

# Imports run one way (README, "Layout"): the contracts are [tool.importlinter] in pyproject.toml.
imports: $(STAMP)
	$(BIN)/lint-imports --no-cache --no-logo

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

test: lint typecheck imports check-generated api-check docs workflow-lint pytest

# The public API of both import packages against the committed snapshot (spec/public_api.py):
# a breaking change fails unless CHANGELOG.md's [Unreleased] section names its dotted path.
api-check: $(STAMP)
	$(PY) -m spec.public_api check

api-snapshot: $(STAMP)
	$(PY) -m spec.public_api snapshot

api-diff: $(STAMP)
	@$(PY) -m spec.public_api diff

# The site's resource pages are generated while it builds (docs/_hooks/resource_pages.py).
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir site

docs-serve: $(STAMP)
	$(BIN)/mkdocs serve

# regenerate.yml's step: what changed in Logto's document (before locking it), then make spec
# and make generate from it, then what changed in the Python API. build/regenerate.md is the
# pull request's body. REGENERATE_SOURCE may be a file, which is how it runs here.
REGENERATE_SOURCE ?= https://openapi.logto.io/source.json
regenerate: $(STAMP)
	mkdir -p build
	$(PY) -m spec diff --new $(REGENERATE_SOURCE) > build/spec-diff.txt
	SPEC_SOURCE=$(REGENERATE_SOURCE) $(PY) -m spec lock
	$(MAKE) --no-print-directory generate
	{ echo "Regenerated from $(REGENERATE_SOURCE) by make regenerate."; echo; \
	  echo "### Logto API changes (make spec-diff)"; echo; echo '```text'; \
	  cat build/spec-diff.txt; echo '```'; echo; $(PY) -m spec.public_api diff; } > build/regenerate.md
	@echo "wrote build/regenerate.md"

release-check: $(STAMP)
	$(PY) -m spec.release $(TAG)

# The workflows cannot run here: lint them. zizmor --offline asks GitHub nothing.
workflow-lint: $(STAMP)
	$(BIN)/actionlint .github/workflows/*.yml
	$(BIN)/zizmor --offline --quiet .github/workflows

# What release.yml publishes, built and checked the same way, then installed into a fresh
# virtual environment and smoke-tested there (tests/smoke_dist.py; SMOKE_PYTHON=python3.13 to use
# another interpreter for it).
dist: $(STAMP)
	rm -rf dist
	$(PY) -m build --no-isolation --outdir dist .
	$(BIN)/twine check --strict dist/*
	$(BIN)/check-wheel-contents dist/*.whl
	$(PY) -m tests.smoke_dist dist

# LOGTO_RELEASE=1.28.0 (1.32.0, 1.36.0, 1.42.0; unset: master) picks the Logto release it starts;
# INTEGRATION_ARGS=--demo also runs the demo against it (.ci/run).
integration: $(STAMP)
	$(PY) -m tests.integration $(INTEGRATION_ARGS)

# A machine-to-machine app for a fresh Logto (CI's containers): LOGTO_ENDPOINT, DB_URL and
# ENV_FILE (where the LOGTO_* lines are appended) set; see tests/integration/provision.py.
logto-m2m: $(STAMP)
	$(PY) -m tests.integration.provision

demo: $(STAMP)
	$(PY) -m examples.run_demo

bench: $(STAMP) redis-server
	$(PY) -m tests.bench $(BENCH)

bench-fleet: $(STAMP) redis-server
	$(PY) -m tests.bench.fleet

clean:
	rm -rf $(VENV) spec/work site dist .mypy_cache .ruff_cache .pytest_cache
