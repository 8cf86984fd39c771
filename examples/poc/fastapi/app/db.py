"""SQLite access for the FastAPI proof of concept: creation, and one connection per worker thread."""

import os
import sqlite3
import threading
from pathlib import Path

SQL_DIR = Path(__file__).resolve().parents[2]
_local = threading.local()


def database_path() -> str:
    return os.environ.get("POC_DB") or str(Path(__file__).resolve().parents[1] / "data" / "poc.db")


def create_database(path: str) -> None:
    """Replaces the file at path with a fresh database built from the shared scripts."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(path + suffix).unlink(missing_ok=True)
    with sqlite3.connect(path) as connection:
        connection.executescript((SQL_DIR / "schema.sql").read_text(encoding="utf-8"))
        connection.executescript((SQL_DIR / "seed.sql").read_text(encoding="utf-8"))
    connection.close()


def connection() -> sqlite3.Connection:
    """FastAPI dependency: the calling threadpool thread's own connection, opened on first use."""
    existing = getattr(_local, "connection", None)
    if existing is None:
        # Autocommit mode, so that the code below says BEGIN IMMEDIATE itself.
        existing = sqlite3.connect(database_path(), timeout=5.0, isolation_level=None)
        existing.row_factory = sqlite3.Row
        existing.execute("PRAGMA foreign_keys = ON")
        _local.connection = existing
    return existing
