#!/usr/bin/env bash
# Whole-process `sayso search` beside the sqlite3 shell on a bare FTS5 table of the same texts and
# beside `grep -rliF`, on a generated wire-service corpus (issue 10's comparison).
#
#   swift build -c release && scripts/search-vs-sqlite.sh [WORK_DIR] [MEGABYTES] [RUNS]
#
# WORK_DIR (default /tmp/sayso-search-vs-sqlite) gets wire/ (sayso-bench --write-wire: some 30,000 short
# articles for 17 MB), bare.db (one FTS5 row per file: path, text, loaded by the sqlite3 shell's own
# fsdir()) and data/ (sayso's index, built once with `sayso index`). Each query is then run RUNS times
# (default 21) by each command in turn, after one warm-up run each, and the median wall time of each is
# printed with the ratios. The bare table is asked two ways: as the issue words it (`... MATCH q LIMIT
# 20`, FTS5's first 20 rows, unranked) and ranked (`ORDER BY rank LIMIT 20`), as sayso ranks (bm25).
# sayso also counts the matches ("20 of N") and checks the 20 files on disk (freshness); the shell does
# neither.
set -euo pipefail

work=${1:-/tmp/sayso-search-vs-sqlite}
megabytes=${2:-17}
runs=${3:-21}
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.build/release"
queries=("cocoa exports" "net income" "crude oil")

for tool in sayso sayso-bench; do
  [[ -x "$bin/$tool" ]] || { echo "missing $bin/$tool: run swift build -c release" >&2; exit 2; }
done
command -v sqlite3 >/dev/null || { echo "missing the sqlite3 shell" >&2; exit 2; }

mkdir -p "$work"
cd "$work"
if [[ ! -d wire ]]; then
  "$bin/sayso-bench" --wire-mb "$megabytes" --write-wire wire >/dev/null
fi
files=$(find wire -type f | wc -l)
if [[ ! -f bare.db ]]; then
  # 32768 = S_IFREG, 61440 = S_IFMT: regular files only
  sqlite3 bare.db "CREATE VIRTUAL TABLE t USING fts5(path UNINDEXED, text);
    INSERT INTO t (path, text) SELECT name, CAST(data AS TEXT) FROM fsdir('wire') WHERE mode & 61440 = 32768;"
fi
if [[ ! -d data ]]; then
  "$bin/sayso" index --corpus wire --data-dir data >/dev/null
fi
"$bin/sayso" search warm-up --corpus wire --data-dir data >/dev/null 2>&1 || true

# Milliseconds of one whole run of "$@", its output thrown away.
milliseconds() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(((end - start) / 1000))
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }'; }

echo "corpus: $files files, $(du -sb wire | cut -f1) bytes; $runs runs each, median wall ms"
printf '| %-14s | %7s | %8s | %14s | %12s | %7s | %14s | %12s | %8s |\n' query "files" "sayso" "sqlite3 ranked" "sqlite3 LIMIT" "grep" \
  "sayso/ranked" "sayso/LIMIT" "grep/sayso"
for query in "${queries[@]}"; do
  ranked="SELECT path FROM t WHERE t MATCH '$query' ORDER BY rank LIMIT 20"
  unranked="SELECT path FROM t WHERE t MATCH '$query' LIMIT 20"
  matches=$( (grep -rliF "$query" wire || true) | wc -l) # files holding the phrase
  for command in sayso ranked unranked grep; do : >"times-$command"; done
  for ((run = 0; run <= runs; run++)); do
    a=$(milliseconds "$bin/sayso" search "$query" --corpus wire --data-dir data)
    b=$(milliseconds sqlite3 bare.db "$ranked")
    c=$(milliseconds sqlite3 bare.db "$unranked")
    d=$(milliseconds grep -rliF "$query" wire)
    ((run == 0)) && continue # warm-up
    echo "$a" >>times-sayso
    echo "$b" >>times-ranked
    echo "$c" >>times-unranked
    echo "$d" >>times-grep
  done
  s=$(median <times-sayso)
  r=$(median <times-ranked)
  u=$(median <times-unranked)
  g=$(median <times-grep)
  printf '| %-14s | %7s | %8s | %14s | %12s | %7s | %13.1fx | %11.1fx | %7.1fx |\n' "$query" "$matches" "$s" "$r" "$u" "$g" \
    "$(ratio "$s" "$r")" "$(ratio "$s" "$u")" "$(ratio "$g" "$s")"
done
