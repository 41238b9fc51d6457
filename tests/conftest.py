"""Fixtures shared by the whole suite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def fixture_server() -> Iterator[object]:
    from tests.support.httpserver import FixtureServer

    with FixtureServer() as server:
        yield server
