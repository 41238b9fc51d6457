"""Static files: WhiteNoise serves them; after collectstatic, hashed, compressed and immutable."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from pytest_django.fixtures import Settings as SettingsWrapper

from tests.site.newsdesk import empty_caches

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_caches")]
__all__ = ["empty_caches"]

STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)">')


def stylesheet_url(client: Client) -> str:
    found = STYLESHEET.search(client.get("/").content.decode())
    assert found is not None
    return found.group(1)


def test_before_collectstatic_plain_names_are_served(settings: SettingsWrapper,
                                                     tmp_path: Path) -> None:
    settings.STATIC_ROOT = tmp_path
    client = Client()
    url = stylesheet_url(client)
    assert url == "/static/site/site.css"
    response = client.get(url)
    response.close()
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=60, public"


def test_collected_files_are_hashed_compressed_and_immutable(settings: SettingsWrapper,
                                                             tmp_path: Path) -> None:
    settings.STATIC_ROOT = tmp_path
    call_command("collectstatic", interactive=False, verbosity=0)
    client = Client()  # a new handler: WhiteNoise indexes STATIC_ROOT when it starts
    url = stylesheet_url(client)
    assert re.fullmatch(r"/static/site/site\.[0-9a-f]{12}\.css", url)
    plain = client.get(url)
    assert plain.status_code == 200
    assert plain["Cache-Control"] == "max-age=315360000, public, immutable"
    body = b"".join(plain.streaming_content)  # type: ignore[attr-defined]
    plain.close()
    assert body == (Path(settings.STATIC_ROOT) / url.removeprefix("/static/")).read_bytes()
    packed = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert packed["Content-Encoding"] == "gzip"
    unpacked = gzip.decompress(b"".join(packed.streaming_content))  # type: ignore[attr-defined]
    packed.close()
    assert unpacked == body
