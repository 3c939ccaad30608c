#!/usr/bin/env bash
# Run every check (sets up .venv on first use): lint, the import-layer contract, then the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/lint-imports
exec .venv/bin/python -m pytest "$@"
