#!/usr/bin/env bash
# Kill/resume check for `budget-audit batch` (issue 4): generates N filings, SIGKILLs a batch mid-way, re-runs it
# with --resume, then checks that every filing has a complete report set that opens (PDF via PDFBox, XLSX via POI,
# JSON via Jackson) and that no temporary file is left. Usage: scripts/kill-resume-check.sh [N] [seconds-before-kill]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-500}"
wait_s="${2:-8}"
JAVA_HOME="${JAVA_HOME:-$(bash "$here/.ci/find-jdk")}"
java="$JAVA_HOME/bin/java"
jar="$here/target/budget-audit.jar"
[ -f "$jar" ] || (cd "$here" && ./mvnw -q -B -DskipTests package)
work="$(mktemp -d)"
"$java" -jar "$jar" bench generate --count "$n" --seed 42 "$work/in" >/dev/null

"$java" -jar "$jar" batch "$work/in" -o "$work/out" --date 2026-01-15 >"$work/run1.out" 2>"$work/run1.err" &
pid=$!
sleep "$wait_s"
kill -KILL "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
states=$(find "$work/out" -name '*.audit-state.json' | wc -l)
parts=$(find "$work/out" -name '.tmp-*.part' | wc -l)
echo "killed after ${wait_s}s: $states of $n filings complete, $parts temporary file(s) left behind"

set +e
"$java" -jar "$jar" batch "$work/in" -o "$work/out" --date 2026-01-15 --resume >"$work/run2.out" 2>"$work/run2.err"
code=$?
set -e
echo "resume exit code $code: $(cat "$work/run2.out")"

"$java" -cp "$jar" "$here/scripts/CheckReports.java" "$work/out" "$n"
echo "work folder: $work"
