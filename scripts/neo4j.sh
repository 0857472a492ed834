#!/usr/bin/env bash
# A local Neo4j 5 (community 5.26 LTS, Neo4j's test harness) for the tests and for trying planlink on
# Neo4j. The store is a scratch folder, removed when it stops: not for keeping data.
#
#   bash scripts/neo4j.sh build                 # build .venv/neo4j/ once (Maven; rebuilt when tests/neo4j changes)
#   bash scripts/neo4j.sh start [--port 7687] [--password PASSWORD]   # build if needed, run until Ctrl-C
#
# Needs Java 17+ and Maven (as root on Debian it installs openjdk-17-jdk-headless and maven).
# NEO4J_HEAP (default 768m) is the JVM heap; --page-cache-mb (default 256) the page cache.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=.venv/neo4j
JAR=$OUT/planlink-neo4j.jar
ARCHIVE=$OUT/classes.jsa  # the launcher's classes, loaded at start from one file (halves the start-up)
LOG=.venv/neo4j-build.log
STAMP=$OUT/source.sha256

install_tools() {
    command -v java >/dev/null 2>&1 && command -v mvn >/dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            openjdk-17-jdk-headless maven >/dev/null) || true
    fi
    command -v java >/dev/null 2>&1 && command -v mvn >/dev/null 2>&1
}

build() {
    mkdir -p .venv
    local sum
    sum=$(cat tests/neo4j/pom.xml $(find tests/neo4j/src -type f | sort) | sha256sum | cut -d' ' -f1)
    if [ -f "$JAR" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$sum" ]; then
        return 0
    fi
    if ! install_tools; then
        echo "note: no Java 17+ / Maven here: the Neo4j tests will be skipped (install openjdk-17-jdk-headless and maven)" >&2
        return 0
    fi
    echo "building the Neo4j launcher (Maven; the first time downloads ~150 MB into ~/.m2)..." >&2
    rm -rf "$OUT"
    if ! mvn -B -q -f tests/neo4j/pom.xml package -Dlauncher.out="$PWD/$OUT" >"$LOG" 2>&1; then
        tail -n 30 "$LOG" >&2
        echo "warning: could not build the Neo4j launcher (log: $LOG); the Neo4j tests will be skipped" >&2
        rm -f "$JAR"
        return 0
    fi
    # one start and stop that records the classes it loads (Java's application class-data sharing)
    local scratch
    scratch=$(mktemp -d)
    java -Xmx768m -XX:ArchiveClassesAtExit="$ARCHIVE" -jar "$JAR" --port 0 --password "archive-$RANDOM-$RANDOM" \
        --dir "$scratch" --exit-on-eof </dev/null >>"$LOG" 2>&1 || rm -f "$ARCHIVE"
    rm -rf "$scratch"
    echo "$sum" >"$STAMP"
}

case "${1:-}" in
    build)
        build
        ;;
    start)
        shift
        build
        [ -f "$JAR" ] || { echo "no launcher: see $LOG" >&2; exit 1; }
        share=()
        [ -f "$ARCHIVE" ] && share=(-XX:SharedArchiveFile="$ARCHIVE")
        exec java -Xmx"${NEO4J_HEAP:-768m}" "${share[@]}" -jar "$JAR" "$@"
        ;;
    *)
        sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
        exit 2
        ;;
esac
