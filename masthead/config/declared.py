"""The one declared table of Masthead's settings.

Every setting comes from the environment (secrets may come from a file named by `NAME_FILE`),
has a safe default, a parser that validates it, and a line of documentation. `docs/settings.md`
is checked against this table by a test, so a setting cannot be added without being documented.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class SettingError(ValueError):
    """A setting has a value that cannot be used; the message names it and says why."""


def parse_bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError("expected one of 1/0, true/false, yes/no, on/off")


def parse_list(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def parse_positive_float(value: str) -> float:
    number = float(value)
    if number <= 0:
        raise ValueError("must be greater than 0")
    return number


def parse_positive_int(value: str) -> int:
    number = int(value)
    if number <= 0:
        raise ValueError("must be greater than 0")
    return number


def parse_process_count(value: str) -> int:
    """'auto' (one per CPU) or a count; below 2 extraction stays in the ingesting process."""
    if value.strip().lower() == "auto":
        return os.cpu_count() or 1
    number = int(value)
    if number < 0:
        raise ValueError("must be 'auto' or 0 or more")
    return number


def parse_host_ports(value: str) -> list[str]:
    entries = parse_list(value)
    for entry in entries:
        host, sep, port = entry.rpartition(":")
        if not sep or not host or not port.isdigit():
            raise ValueError("expected host:port entries separated by commas, got %r" % entry)
    return entries


def parse_rate(value: str) -> tuple[int, int]:
    """'COUNT/SECONDS', e.g. '10/60': at most COUNT requests in each SECONDS-long window."""
    count, sep, seconds = value.strip().partition("/")
    if not sep or not count.strip().isdigit() or not seconds.strip().isdigit():
        raise ValueError("expected COUNT/SECONDS, e.g. 10/60")
    if int(count) <= 0 or int(seconds) <= 0:
        raise ValueError("COUNT and SECONDS must be greater than 0")
    return int(count), int(seconds)


def parse_redis_url(value: str) -> str:
    """Empty (no Redis) or a redis://, rediss:// or unix:// URL."""
    url = value.strip()
    if url and not url.startswith(("redis://", "rediss://", "unix://")):
        raise ValueError("expected a redis://, rediss:// or unix:// URL")
    return url


def parse_seconds(value: str) -> int:
    number = int(value)
    if number < 0:
        raise ValueError("must be 0 or more")
    return number


def parse_url_path(value: str) -> str:
    """A path prefix such as `desk/`: slashes at either end are forgiven, an empty one refused."""
    path = value.strip().strip("/")
    if not path:
        raise ValueError("must not be empty (the site itself lives at /)")
    if not re.fullmatch(r"[A-Za-z0-9._~/-]+", path) or "//" in path:
        raise ValueError("expected letters, digits and - . _ ~ / only, like desk/")
    return path + "/"


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    parse: Callable[[str], Any]
    doc: str
    secret: bool = False  # may be given as NAME_FILE, and is never printed


SETTINGS: tuple[Setting, ...] = (
    Setting("MASTHEAD_DATA_DIR", "var", str,
            "Folder for the SQLite database and other local state (relative to the working "
            "directory)."),
    Setting("DATABASE_URL", "", str,
            "Database URL (sqlite:///path or postgres://user:pass@host:port/name). Default: "
            "SQLite at MASTHEAD_DATA_DIR/masthead.sqlite3.", secret=True),
    Setting("MASTHEAD_SECRET_KEY", "", str,
            "Django secret key. When unset, a random key is generated once and kept in "
            "MASTHEAD_DATA_DIR/secret_key; set it when several machines serve the site.",
            secret=True),
    Setting("MASTHEAD_DEBUG", "false", parse_bool, "Django debug mode. Never on in production."),
    Setting("MASTHEAD_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]", parse_list,
            "Comma-separated host names the site answers to."),
    Setting("MASTHEAD_SITE_NAME", "Masthead", str, "The portal's name, shown on every page."),
    Setting("MASTHEAD_ADMIN_PATH", "admin/", parse_url_path, "URL path of the editors' admin."),
    Setting("MASTHEAD_FETCH_DEADLINE", "30", parse_positive_float,
            "Total seconds one fetch may take, redirects and body included."),
    Setting("MASTHEAD_FETCH_MAX_BYTES", str(15 * 1024 * 1024), parse_positive_int,
            "Cap on the decompressed size of one fetched body, in bytes."),
    Setting("MASTHEAD_FETCH_MAX_REDIRECTS", "5", int, "Redirects followed per fetch."),
    Setting("MASTHEAD_FETCH_ALLOW_PRIVATE", "false", parse_bool,
            "Allow fetching from private, loopback and link-local networks (off: refuse them)."),
    Setting("MASTHEAD_FETCH_ALLOWED_HOSTS", "", parse_host_ports,
            "Comma-separated host:port pairs always allowed, even when private."),
    Setting("MASTHEAD_FETCH_USER_AGENT", "Masthead/0.1 (self-hosted news portal)", str,
            "User-Agent header of every outbound request."),
    Setting("MASTHEAD_HOST_DELAY", "1.0", float,
            "Politeness: minimum seconds between two requests to the same host."),
    Setting("MASTHEAD_MIN_INTERVAL", "600", parse_positive_int,
            "Shortest interval between two fetches of one source, in seconds."),
    Setting("MASTHEAD_MAX_INTERVAL", "86400", parse_positive_int,
            "Longest interval between two fetches of one source (also the back-off cap)."),
    Setting("MASTHEAD_FETCH_WORKERS", "4", parse_positive_int,
            "Pages fetched in parallel while ingesting one source."),
    Setting("MASTHEAD_EXTRACT_PROCESSES", "auto", parse_process_count,
            "Worker processes that extract articles while ingesting a large source: 'auto' "
            "(one per CPU), or a number; 0 or 1 extracts in the ingesting process."),
    Setting("MASTHEAD_TASK_BACKEND", "database", str,
            "Background task backend: database (django-tasks-db) or immediate (run inline)."),
    Setting("MASTHEAD_REDIS_URL", "", parse_redis_url,
            "Redis URL (redis://host:6379/0) for the shared cache (page versions, rate limits, "
            "read windows). Needed when several machines serve the site; default: a file cache "
            "in MASTHEAD_DATA_DIR/cache, shared by the processes of one machine.", secret=True),
    Setting("MASTHEAD_PAGE_CACHE_SECONDS", "60", parse_seconds,
            "How long a rendered reader page is kept for readers without cookies; edits show at "
            "once, this bounds how old Ranking may get. 0 turns the page cache off."),
    Setting("MASTHEAD_REACTION_RATE", "10/60", parse_rate,
            "Reactions one reader may send, as COUNT/SECONDS; more are refused with 429."),
    Setting("MASTHEAD_REACTION_IP_RATE", "60/60", parse_rate,
            "Reactions one IP address may send, as COUNT/SECONDS (readers behind one NAT share "
            "it); more are refused with 429."),
    Setting("MASTHEAD_VIEW_WINDOW", "1800", parse_positive_int,
            "Seconds during which one reader's repeated reads of an article count once (Ranking)."),
    Setting("MASTHEAD_BOT_USER_AGENTS",
            "bot,crawl,spider,slurp,archiver,facebookexternalhit,embedly,preview,curl,wget,"
            "python-requests,python-httpx,python-urllib,aiohttp,go-http-client,okhttp,libwww,"
            "scrapy", parse_list,
            "Comma-separated User-Agent fragments (any case) whose reads are not counted; an "
            "empty User-Agent is never counted either."),
)

_BY_NAME = {setting.name: setting for setting in SETTINGS}


def raw_value(setting: Setting, environ: Mapping[str, str]) -> str:
    """The setting's text: NAME, else the contents of the file named by NAME_FILE, else default."""
    if setting.name in environ:
        return environ[setting.name]
    file_name = environ.get(setting.name + "_FILE")
    if setting.secret and file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SettingError(
                "%s_FILE names %s, which cannot be read: %s"
                % (setting.name, file_name, exc.strerror)
            ) from exc
    return setting.default


def load(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Read and validate every declared setting; raise SettingError naming the first bad one."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        text = raw_value(setting, environ)
        try:
            values[setting.name] = setting.parse(text)
        except ValueError as exc:
            shown = "(hidden)" if setting.secret else repr(text)
            raise SettingError("%s=%s is invalid: %s" % (setting.name, shown, exc)) from exc
    return values


def get(name: str, environ: Mapping[str, str] | None = None) -> Any:
    setting = _BY_NAME[name]
    text = raw_value(setting, os.environ if environ is None else environ)
    return setting.parse(text)
