#!/usr/bin/env bash
# Start the app on the offline default (sets up .venv on first use; the index is built on first use).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m streamlit run app.py "$@"
