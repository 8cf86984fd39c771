"""Settings for the Django proof of concept: a JSON API and one template, production defaults."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# Loopback-only demo service: the key protects nothing (no sessions, no signed cookies).
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "stackfit-poc-not-a-secret")
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

# An API without sessions or logins: no auth, session, message or CSRF middleware on the hot path.
INSTALLED_APPS = ["orders"]
MIDDLEWARE = []
ROOT_URLCONF = "pocsite.urls"
WSGI_APPLICATION = "pocsite.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {},
    }
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("POC_DB") or str(BASE_DIR / "data" / "poc.db"),
        # Seconds a connection waits for another worker's write lock (SQLite's busy timeout).
        "OPTIONS": {"timeout": 5},
        # Keep each worker's connection instead of reopening it on every request.
        "CONN_MAX_AGE": None,
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

USE_TZ = True
TIME_ZONE = "UTC"
USE_I18N = False
DEFAULT_CHARSET = "utf-8"
