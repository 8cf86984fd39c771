"""SQLite access for the FastAPI proof of concept: creation, and one connection per request."""

import os
import sqlite3
from pathlib import Path
from typing import Iterator

SQL_DIR = Path(__file__).resolve().parents[2]


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


def connection() -> Iterator[sqlite3.Connection]:
    """FastAPI dependency: one connection per request, closed after the response.

    FastAPI runs a `def` dependency and the `def` endpoint in different threadpool threads, so the
    connection may not be tied to the thread that opened it; only one thread uses it at a time.
    Opening a SQLite connection is a file open, cheap next to a request, and is what FastAPI's
    documentation does with a session per request.
    """
    # Autocommit mode, so that orders.place says BEGIN IMMEDIATE itself.
    db = sqlite3.connect(database_path(), timeout=5.0, isolation_level=None, check_same_thread=False)
    try:
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA foreign_keys = ON")
        yield db
    finally:
        db.close()
