#!/usr/bin/env bash
# Install everything the test suite needs (Python packages; as root, Debian's chromium for the
# browser test, poppler and tesseract with its Vietnamese model for PDFs and scans; the Neo4j launcher
# for the Neo4j tests), then run the tests. `.ci/run` calls this.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# pip's notes about this machine's extra package indexes go to a log; on failure its tail is shown
.venv/bin/pip install --quiet --disable-pip-version-check -e '.[dev]' > .venv/pip-install.log 2>&1 \
    || { tail -n 40 .venv/pip-install.log >&2; exit 1; }
bash scripts/system_packages.sh chromium fonts-dejavu-core
if ! command -v chromium >/dev/null 2>&1; then
    echo "warning: chromium is not installed; browser tests will be skipped" >&2
fi
# the Neo4j launcher the Neo4j tests start (Java + Maven; built once, cached in .venv/neo4j)
bash scripts/neo4j.sh build
exec .venv/bin/python -m pytest "$@"
