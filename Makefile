# Masthead: `make demo` serves the demo site, `make test` runs the whole suite.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test test-sqlite test-postgres bench lint typecheck clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: install
	$(BIN)/masthead demo

test: install test-sqlite test-postgres

test-sqlite: install
	$(BIN)/pytest -q

# The same database tests again on a throwaway PostgreSQL server the session starts itself.
test-postgres: install
	@if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		MASTHEAD_TEST_DATABASE=postgres $(BIN)/pytest -q -m django_db; \
	else \
		echo "PostgreSQL binaries (initdb) not found: skipping the PostgreSQL run"; \
	fi

bench: install
	$(BIN)/masthead bench ingest

lint: install
	$(BIN)/ruff check masthead tests benchmarks
	$(BIN)/mypy masthead

typecheck: lint

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
