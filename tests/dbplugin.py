"""Pytest plugin: choose the test database before Django loads its settings.

`MASTHEAD_TEST_DATABASE=postgres` starts a throwaway PostgreSQL server for the session (and
fails loudly if it cannot); otherwise the tests use SQLite. Loaded with `-p tests.dbplugin`.
"""

from __future__ import annotations

import os
import tempfile

import pytest

from tests.support.postgres import PostgresServer, start_postgres

_server: PostgresServer | None = None


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config: pytest.Config) -> None:
    global _server
    os.environ.setdefault("MASTHEAD_SECRET_KEY", "masthead-tests-only-not-secret")
    os.environ.setdefault("MASTHEAD_DATA_DIR", tempfile.mkdtemp(prefix="masthead-test-data-"))
    os.environ.setdefault("MASTHEAD_TASK_BACKEND", "immediate")
    if os.environ.get("MASTHEAD_TEST_DATABASE") == "postgres" and _server is None:
        _server = start_postgres()
        os.environ["DATABASE_URL"] = _server.url


def pytest_report_header(config: pytest.Config) -> str:
    return "masthead database: %s" % ("PostgreSQL" if _server else "SQLite")


def pytest_unconfigure(config: pytest.Config) -> None:
    global _server
    if _server is not None:
        _server.stop()
        _server = None
