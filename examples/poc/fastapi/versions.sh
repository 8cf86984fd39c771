#!/usr/bin/env bash
# Prints the versions the FastAPI proof of concept runs on, for the lab's record.
set -euo pipefail
/usr/bin/python3 -c '
import sqlite3, sys
import fastapi, pydantic, starlette, uvicorn
print(f"FastAPI {fastapi.__version__}, Starlette {starlette.__version__}, Pydantic {pydantic.VERSION}, uvicorn {uvicorn.__version__}, CPython {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")
'
