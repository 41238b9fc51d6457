"""What the browser tests share: the served site's address and facts, screenshots."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

ADMIN_PATH = "editors-desk/"  # not the default, so the setting is exercised end to end
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "var" / "screenshots"
# Accounts created by site_setup in the served site's own database (test-only passwords).
STAFF = ("desk", "desk-browser-password")
READER = ("reader", "reader-browser-password")


@dataclass(frozen=True)
class DemoSite:
    base_url: str
    facts: dict[str, Any]
    staff: tuple[str, str] = STAFF
    reader: tuple[str, str] = READER
    admin_path: str = "/" + ADMIN_PATH

    def url(self, path: str) -> str:
        return self.base_url + path


def screenshot(page: Any, name: str) -> Path:
    """A full-page screenshot under var/screenshots (ignored by git) to look at by eye."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / ("%s.png" % name)
    page.screenshot(path=str(path), full_page=True)
    return path
