"""`manage.py initdb`: replaces the SQLite file with a fresh one built from the shared scripts."""

import sqlite3
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

SQL_DIR = Path(settings.BASE_DIR).parent


class Command(BaseCommand):
    help = "Create and seed the proof-of-concept database from examples/poc/schema.sql and seed.sql."

    def handle(self, *args, **options):
        path = Path(settings.DATABASES["default"]["NAME"])
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        # executescript runs the multi-statement scripts as they are, the same in every stack.
        connection = sqlite3.connect(path)
        try:
            connection.executescript((SQL_DIR / "schema.sql").read_text(encoding="utf-8"))
            connection.executescript((SQL_DIR / "seed.sql").read_text(encoding="utf-8"))
        finally:
            connection.close()
