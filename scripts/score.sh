#!/usr/bin/env bash
# Scores the analysis on the seeds gold, the PolNeAR dev and train sets and the people of Wikinews
# (see ../shared/docs/evaluation.md).
# Usage: scripts/score.sh [debug|release] [--no-train] [score.py options, e.g. --show-misses N]
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-release}; shift || true
train=1
if [[ "${1:-}" == "--no-train" ]]; then train=0; shift; fi
swift build -c "$config" --product sayso >/dev/null
BIN=$PWD/.build/$config/sayso
SHARED=${SAYSO_SHARED:-$PWD/../shared}
T=${SCORE_OUT:-$(mktemp -d)}
mkdir -p "$T"
"$BIN" analyze --json "$SHARED"/seeds/*.txt > "$T/seeds.json"
echo "== seeds"
python3 "$SHARED/eval/score.py" --gold "$SHARED/gold/seeds.jsonl" --pred "$T/seeds.json" "$@"
sets=(dev)
if [[ $train == 1 ]]; then sets+=(train); fi
for set in "${sets[@]}"; do
  (cd "$SHARED/eval/polnear-$set" && "$BIN" analyze --json text/*.txt > "$T/$set.json")
  echo "== polnear-$set"
  python3 "$SHARED/eval/score.py" --gold "$SHARED/eval/polnear-$set/gold.jsonl" --pred "$T/$set.json" \
    --join-utterances "$@"
done
"$BIN" people --corpus "$SHARED/corpus/wikinews" > "$T/people.txt" 2>/dev/null || true
echo "== wikinews people"
python3 "$SHARED/eval/people_precision.py" "$SHARED/gold/wikinews-people.tsv" "$T/people.txt"
echo "(predictions in $T)"
