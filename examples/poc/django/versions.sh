#!/usr/bin/env bash
# Prints the versions the Django proof of concept runs on, for the lab's record.
set -euo pipefail
/usr/bin/python3 -c '
import sqlite3, sys
import django, gunicorn
print(f"Django {django.get_version()}, gunicorn {gunicorn.__version__}, CPython {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")
'
