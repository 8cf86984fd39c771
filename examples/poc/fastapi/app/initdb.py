"""Creates the database once, before uvicorn starts its worker processes."""

from app.db import create_database, database_path

if __name__ == "__main__":
    create_database(database_path())
