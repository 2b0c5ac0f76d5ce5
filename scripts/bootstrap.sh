#!/usr/bin/env bash
# Create .venv and install the project into it (idempotent; re-installs when setup.cfg changes).
# Usage: scripts/bootstrap.sh [extra]   e.g. "test" for the test tools.
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  if ! command -v apt-get >/dev/null; then echo "please install: $*" >&2; return 1; fi
  if [ ! -f /tmp/.infra-apt-updated ]; then as_root apt-get update -qq && touch /tmp/.infra-apt-updated; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}
# Debian's own python3 by default, even when another one (pyenv, a source build) comes first on
# PATH: the distribution's build is compiled with profile-guided and link-time optimisation, and
# a build without them (pyenv's default) ran the article extractor about 25% slower on this
# project's machine (bench/bench_extract.py). PYTHON=... picks another interpreter.
if [ -z "${PYTHON:-}" ] && [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  PYTHON=/usr/bin/python3
fi
PY="${PYTHON:-python3}"
if ! command -v "$PY" >/dev/null || ! "$PY" -c 'import venv, ensurepip' 2>/dev/null; then
  apt_install python3 python3-venv python3-pip
fi
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=".venv/.installed-$(cat setup.cfg pyproject.toml | sha256sum | cut -c1-16)-${extra:-base}"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  # "compile": mypy, whose mypyc compiles the article extractor (below)
  if [ -n "$extra" ]; then .venv/bin/pip install -q -e ".[compile,$extra]"; else .venv/bin/pip install -q -e ".[compile]"; fi
  touch "$stamp"
fi
if [ "$extra" = "test" ] && ! { command -v chromium && command -v chromedriver; } >/dev/null; then
  echo "installing Debian's chromium and chromium-driver for the browser tests" >&2
  apt_install chromium chromium-driver
fi
# The article extractor's modules compiled with mypyc (etl/compiled.py): about a fifth less CPU work
# per article. Needs a C compiler and the interpreter's headers; rebuilt only when a source changed
# (about two minutes). The tests need the build (they check it gives the sources' output); the run
# command works without it, from the sources, only slower.
if ! command -v gcc >/dev/null || ! .venv/bin/python -c 'import os, sys, sysconfig; sys.exit(not os.path.isfile(os.path.join(sysconfig.get_paths()["include"], "Python.h")))'; then
  echo "installing gcc and python3-dev to compile the article extractor" >&2
  apt_install gcc python3-dev || true
fi
if ! .venv/bin/python scripts/compile_extractor.py; then
  if [ "$extra" = "test" ]; then exit 1; fi
fi
