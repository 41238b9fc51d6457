"""Django settings, built from the declared table in `masthead.config.declared`."""

from __future__ import annotations

import secrets
from pathlib import Path

import dj_database_url

from masthead.config import declared

ENV = declared.load()

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(ENV["MASTHEAD_DATA_DIR"]).resolve()
DEBUG = ENV["MASTHEAD_DEBUG"]


def _secret_key() -> str:
    if ENV["MASTHEAD_SECRET_KEY"]:
        return str(ENV["MASTHEAD_SECRET_KEY"])
    # A laptop install should work without configuration, so generate a key once per data
    # folder; it never leaves the machine. Production deployments set MASTHEAD_SECRET_KEY(_FILE).
    key_file = DATA_DIR / "secret_key"
    try:
        return key_file.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(50)
        key_file.write_text(key, encoding="utf-8")
        key_file.chmod(0o600)
        return key


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = ENV["MASTHEAD_ALLOWED_HOSTS"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_tasks",
    "django_tasks_db",
    "masthead.newsroom",
    "masthead.readers",
    "masthead.search",
    "masthead.site",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "masthead.config.urls"
WSGI_APPLICATION = "masthead.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "masthead.site.context.site",
            ],
        },
    },
]

if ENV["DATABASE_URL"]:
    DATABASES = {"default": dj_database_url.parse(ENV["DATABASE_URL"], conn_max_age=60)}
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "masthead.sqlite3"),
            # WAL and a busy timeout let the web server, the worker and the CLI share the file.
            "OPTIONS": {
                "timeout": 30,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if ENV["MASTHEAD_TASK_BACKEND"] == "immediate"
            else "django_tasks_db.DatabaseBackend"
        ),
        "QUEUES": ["default", "fetch"],
    }
}

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
# WhiteNoise serves this folder too (after `masthead collectstatic`) and warns when it is absent.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "masthead": {"handlers": ["console"], "level": "INFO" if DEBUG else "WARNING"},
        "trafilatura": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}

# Masthead's own settings, read by services through django.conf.settings at call time.
MASTHEAD = {name: value for name, value in ENV.items() if name.startswith("MASTHEAD_")}
MASTHEAD_SITE_NAME = ENV["MASTHEAD_SITE_NAME"]

# Static files come straight from the apps' static folders, so no collectstatic step is needed
# on a laptop; `masthead collectstatic` still works for deployments behind a CDN.
WHITENOISE_USE_FINDERS = True
# `masthead serve` collects static files first: hashed, compressed copies served with a
# one-year immutable Cache-Control. Before any collectstatic, plain names from the apps' folders.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "masthead.site.staticstorage.StaticStorage"},
}

# "default" is shared by every process of the site (web workers, `masthead worker`, the CLI):
# it holds page versions, rate limits and read windows, so it must not be per process. "pages"
# keeps rendered pages keyed by those versions; a per-process copy can never be stale, and a hit
# costs no network round trip. See masthead/site/caching.py.
if ENV["MASTHEAD_REDIS_URL"]:
    _SHARED_CACHE = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": ENV["MASTHEAD_REDIS_URL"],
        "KEY_PREFIX": "masthead",
    }
else:
    _SHARED_CACHE = {
        "BACKEND": "masthead.site.filecache.SampledCullFileCache",
        "LOCATION": str(DATA_DIR / "cache"),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
CACHES = {
    "default": _SHARED_CACHE,
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "masthead-pages",
        "OPTIONS": {"MAX_ENTRIES": 500},
    },
}
