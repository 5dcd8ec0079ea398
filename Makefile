# whitebit-main: every command a maintainer or CI needs. `make test` and `make demo` start
# from nothing: they create .venv and install the project with its pinned tools.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SPEC   ?= openapi/main_api_v4.yaml
CODE   := facade scripts tests

.PHONY: venv generate check-generated spec-diff lint typecheck pytest test demo bench clean prism redis

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

## What changed for callers between two spec files. Exit 0: no breaking change, 1: breaking
## changes, 2: a file could not be used (or no OLD/NEW).
## make exits 2 for any failed recipe, whatever the command's status, and 1 only in question
## mode (-q) for a target that is not up to date. So when spec-diff is the only goal, the diff
## runs while make reads this file: its report is printed, "unusable" stops make (2), and
## "breaking" switches make to question mode, where the phony target, never up to date,
## makes make exit 1 (GNU make 4.2+, for $(file)). With other goals beside it, the recipe
## runs it (breaking: make's own 2).
ifeq ($(strip $(MAKECMDGOALS)),spec-diff)
ifeq ($(strip $(OLD)),)
$(error usage: make spec-diff OLD=<file> NEW=<file>)
endif
ifeq ($(strip $(NEW)),)
$(error usage: make spec-diff OLD=<file> NEW=<file>)
endif
SPEC_DIFF_OUT := $(shell mktemp)
SPEC_DIFF_STATUS := $(shell $(MAKE) --no-print-directory -s venv >&2 && \
  $(BIN)/python scripts/spec_diff.py '$(OLD)' '$(NEW)' >'$(SPEC_DIFF_OUT)'; echo $$?)
$(info $(file <$(SPEC_DIFF_OUT)))
$(shell rm -f '$(SPEC_DIFF_OUT)')
ifeq ($(SPEC_DIFF_STATUS),1)
MAKEFLAGS += -q
else ifneq ($(SPEC_DIFF_STATUS),0)
$(error spec-diff could not compare the files (status $(SPEC_DIFF_STATUS)))
endif
spec-diff:
	@:
else
spec-diff: $(STAMP)
	@test -n '$(OLD)' -a -n '$(NEW)' || { echo 'usage: make spec-diff OLD=<file> NEW=<file>' >&2; exit 2; }
	$(BIN)/python scripts/spec_diff.py '$(OLD)' '$(NEW)'
endif

lint: $(STAMP)
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)

typecheck: $(STAMP)
	$(BIN)/mypy facade/whitebit_main facade/whitebit_sandbox scripts

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

test: lint typecheck check-generated prism redis pytest

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

## redis-server, for the tests of many processes on one key (RedisCoordination): installed
## with apt-get where it is missing and that is possible; otherwise those tests skip.
redis:
	@if command -v redis-server >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  { apt-get install -y -qq redis-server >/dev/null 2>&1 \
	    || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq redis-server >/dev/null 2>&1; }; } \
	  && echo "redis-server installed" \
	  || echo "redis-server could not be installed (offline?): its tests will skip"; \
	else echo "redis-server not found and apt-get not usable: its tests will skip"; \
	fi

## Speed against hand-signed floors on loopback (a few minutes; not part of `make test`).
## Prints one table with PASS/FAIL per target and exits 0 unless the benchmark crashed.
bench: $(STAMP) redis
	$(BIN)/python scripts/bench.py

## The main job: a local WhiteBIT sandbox and a short session against it (no credentials).
demo: $(STAMP)
	$(BIN)/python scripts/demo.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
