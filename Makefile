# The README's two commands: `make demo` runs the dashboard on the bundled demo, `make test` runs
# every check. Both create .venv and install everything on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# torch must be the CPU build: the constraints file pins the wheel kept on disk (see constraints.txt).
PIP := $(BIN)/pip install --disable-pip-version-check -q -c constraints.txt
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export INSPECT_DISABLE_TELEMETRY := 1

.PHONY: demo test lint typecheck unit scout browser-deps java-deps bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# This machine's pip config lists local indexes that lack most packages; hide only those notices.
	$(PIP) -e '.[dev]' 2> >(grep -v "is ignored" >&2)
	$(BIN)/python -c "import tracker, dash, sentence_transformers, inspect_ai, duckdb, playwright, ibis, pyspark"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/specdrift demo

browser-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  echo "installing Debian's chromium and chromium-driver for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

# The table-source tests run Spark in local mode (tests/benchmarks/test_table_sources_spark.py),
# which needs a Java runtime (17 or later); Spark itself comes with the pyspark wheel.
java-deps:
	@if ! command -v java >/dev/null; then \
	  echo "installing Debian's default-jre-headless for the Spark tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check tracker dashboard tests
	$(BIN)/ruff format --check tracker dashboard tests

typecheck: $(STAMP)
	$(BIN)/mypy tracker dashboard

unit: $(STAMP) browser-deps java-deps
	$(BIN)/pytest

# Inspect Scout requires duckdb<2 and specdrift runs on DuckDB 2, so the real Scout scan
# (tests/benchmarks/test_scout.py) runs in an environment of its own, with the `scout` extra;
# SPECDRIFT_REQUIRE_SCOUT turns the test's skip-without-Scout into a failure there.
SCOUT_VENV := .venv-scout
SCOUT_STAMP := $(SCOUT_VENV)/.installed

$(SCOUT_STAMP): pyproject.toml constraints.txt
	test -x $(SCOUT_VENV)/bin/python || $(PYTHON) -m venv $(SCOUT_VENV)
	$(SCOUT_VENV)/bin/pip install --disable-pip-version-check -q -c constraints.txt -e '.[scout]' \
	  'pytest>=8' 'pytest-timeout>=2.2' 'hypothesis>=6.90' 2> >(grep -v "is ignored" >&2)
	touch $(SCOUT_STAMP)

scout: $(SCOUT_STAMP)
	SPECDRIFT_REQUIRE_SCOUT=1 $(SCOUT_VENV)/bin/pytest -q tests/benchmarks/test_scout.py

test: lint typecheck unit scout

bench: $(STAMP)
	$(BIN)/python -m tests.perf $(BENCH)

clean:
	rm -rf $(VENV) .specdrift .pytest_cache .mypy_cache .ruff_cache
