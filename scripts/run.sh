#!/usr/bin/env bash
# README command 1: build the processed data from datasets/raw, then serve the dashboard.
# Extra arguments go to `python -m dashboard` (e.g. --port 8050 --host 0.0.0.0).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
export DASH_DISABLE_VERSION_CHECK=true
.venv/bin/python -m etl run
exec .venv/bin/python -m dashboard "$@"
