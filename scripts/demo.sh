#!/usr/bin/env bash
# Install planlink and run the demo: the bundled sample plans in a fresh embedded store,
# served by the API and the explorer.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -e .
exec .venv/bin/planlink demo "$@"
