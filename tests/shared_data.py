"""Locate the evaluation data in ../shared/data beside the checkout, or skip clearly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


def shared_data_root() -> Path:
    """The shared data folder: $MASTHEAD_SHARED_DATA, else ../shared/data beside the repo."""
    configured = os.environ.get("MASTHEAD_SHARED_DATA")
    if configured:
        return Path(configured)
    return REPO_ROOT.parent / "shared" / "data"


def shared_data_path(relative: str) -> Path:
    """Return the path of `relative` inside the shared data, or skip the test saying why."""
    path = shared_data_root() / relative
    if not path.exists():
        pytest.skip("%s is absent: this test needs the shared evaluation data" % path)
    return path
