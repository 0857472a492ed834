#!/usr/bin/env bash
# Install planlink and run the demo: the bundled sample plans in a fresh embedded store,
# served by the API and the explorer.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# pip's notes about this machine's extra package indexes go to a log; on failure its tail is shown
.venv/bin/pip install --quiet --disable-pip-version-check -e . > .venv/pip-install.log 2>&1 \
    || { tail -n 40 .venv/pip-install.log >&2; exit 1; }
bash scripts/system_packages.sh  # PDFs and scans: poppler, tesseract (as root; else says what is missing)
exec .venv/bin/planlink demo "$@"
