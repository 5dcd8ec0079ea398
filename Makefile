# whitebit-main: every command a maintainer or CI needs. `make test` and `make demo` start
# from nothing: they create .venv and install the project with its pinned tools.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SPEC   ?= openapi/main_api_v4.yaml
CODE   := facade scripts tests

.PHONY: venv generate check-generated spec-diff lint typecheck pytest test demo bench clean prism

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

## Regenerate generated/whitebit_main_api from $(SPEC) (default: our contract), with
## $(OVERLAY) merged onto it (our additions to WhiteBIT's file; `none`: the file alone).
OVERLAY ?= openapi/overlay.yaml
generate: $(STAMP)
	$(BIN)/python scripts/generate.py --spec '$(SPEC)' --overlay '$(OVERLAY)'

## Fail, naming the files, when generated/ is not what the spec produces.
check-generated: $(STAMP)
	$(BIN)/python scripts/generate.py --check

## What changed for callers between two spec files; exits 1 on breaking changes.
spec-diff: $(STAMP)
	@test -n '$(OLD)' -a -n '$(NEW)' || { echo 'usage: make spec-diff OLD=<file> NEW=<file>'; exit 2; }
	$(BIN)/python scripts/spec_diff.py '$(OLD)' '$(NEW)'

lint: $(STAMP)
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)

typecheck: $(STAMP)
	$(BIN)/mypy facade/whitebit_main scripts

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

test: lint typecheck check-generated prism pytest

## Lint, typecheck and every test not marked slow (`make test` runs them all).
.PHONY: test-quick
test-quick: lint typecheck
	$(BIN)/python -m pytest -q -m "not slow"

## Prism, pinned, into ./node_modules: the independent request validator of the sandbox
## contract test. Without npm this does nothing and that test skips.
PRISM_VERSION := 5.14.2
PRISM_STAMP   := node_modules/.prism-cli-$(PRISM_VERSION)
prism:
	@if ! command -v npm >/dev/null 2>&1; then echo "npm not found: Prism not installed"; \
	elif test ! -f $(PRISM_STAMP); then \
	  SCARF_ANALYTICS=false npm install --prefix . --no-save --ignore-scripts --no-audit \
	    --no-fund --loglevel=error @stoplight/prism-cli@$(PRISM_VERSION) && touch $(PRISM_STAMP) \
	  || echo "Prism could not be installed (offline?): its test will skip"; \
	fi

## Speed against hand-signed floors on loopback (a few minutes; not part of `make test`).
## Prints one table with PASS/FAIL per target and exits 0 unless the benchmark crashed.
bench: $(STAMP)
	$(BIN)/python scripts/bench.py

## The main job: a local WhiteBIT sandbox and a short session against it (no credentials).
demo: $(STAMP)
	$(BIN)/python scripts/demo.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
