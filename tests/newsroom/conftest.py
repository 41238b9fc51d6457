from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import Client

from masthead.pipeline.fetch import Fetcher, FetchPolicy
from tests.support.httpserver import FixtureServer, RecordedRequest, Reply

OUTLET = Path(__file__).parent / "testdata" / "outlet"
FEED_ETAG = '"courier-v1"'


def conditional_feed(request: RecordedRequest) -> Reply:
    """The feed with an ETag, answering 304 when the client already has this version."""
    if request.headers.get("if-none-match") == FEED_ETAG:
        return 304, {"ETag": FEED_ETAG}, b""
    body = (OUTLET / "feed.xml").read_bytes()
    return 200, {"Content-Type": "application/rss+xml; charset=utf-8", "ETag": FEED_ETAG}, body


@pytest.fixture
def outlet() -> Iterator[FixtureServer]:
    """The fictional Lakemoor Courier: a home page, an RSS feed and four article pages."""
    with FixtureServer(directory=OUTLET) as server:
        server.add("/feed.xml", conditional_feed)
        yield server


@pytest.fixture
def outlet_fetcher(outlet: FixtureServer) -> Iterator[Fetcher]:
    with Fetcher(FetchPolicy(allowed_hosts=frozenset({outlet.host_port}), deadline=10)) as client:
        yield client


@pytest.fixture
def editor() -> User:
    """A staff member who may edit the newsroom, without being a superuser."""
    desk = Group.objects.create(name="Desk")
    desk.permissions.set(Permission.objects.filter(content_type__app_label="newsroom"))
    user = User.objects.create_user("desk", password="desk-password", is_staff=True)
    user.groups.add(desk)
    return user


@pytest.fixture
def editor_client(editor: User) -> Client:
    client = Client()
    client.force_login(editor)
    return client
