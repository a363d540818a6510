#!/usr/bin/env bash
# Scores the analysis on the seeds gold and the PolNeAR dev set (see ../shared/docs/evaluation.md).
# Usage: scripts/score.sh [debug|release] [--show-misses N]
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-release}; shift || true
swift build -c "$config" --product sayso >/dev/null
BIN=$PWD/.build/$config/sayso
SHARED=${SAYSO_SHARED:-$PWD/../shared}
T=$(mktemp -d)
"$BIN" analyze --json "$SHARED"/seeds/*.txt > "$T/seeds.json"
echo "== seeds"
python3 "$SHARED/eval/score.py" --gold "$SHARED/gold/seeds.jsonl" --pred "$T/seeds.json" "$@"
(cd "$SHARED/eval/polnear-dev" && "$BIN" analyze --json text/*.txt > "$T/dev.json")
echo "== polnear-dev"
python3 "$SHARED/eval/score.py" --gold "$SHARED/eval/polnear-dev/gold.jsonl" --pred "$T/dev.json" "$@"
echo "(predictions in $T)"
