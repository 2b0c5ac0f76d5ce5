#!/usr/bin/env bash
# README command 2: install what the tests need (venv, packages, Chromium) and run them all.
# Extra arguments go to pytest (e.g. -k alerts, -m "not browser").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh test
export DASH_DISABLE_VERSION_CHECK=true
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
