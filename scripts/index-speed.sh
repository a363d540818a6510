#!/usr/bin/env bash
# Fresh `sayso index` builds of a wire-service corpus, as a whole process (issue 10's "index build >= 8 MB/s
# on 2 cores"): the median wall time and CPU time of RUNS builds, and the corpus's text megabytes over each.
#
#   swift build -c release && scripts/index-speed.sh [WORK_DIR] [MEGABYTES] [RUNS] [SAYSO ...]
#
# WORK_DIR (default /tmp/sayso-index-speed) gets wire/ (sayso-bench --write-wire, some 30,000 short articles
# for 17 MB) and data/, deleted before each build. Several sayso binaries may be given (default: the one
# built here); their builds are interleaved, run by run, so that a machine whose speed drifts treats them
# alike.
#
# "MB/s wall" is the text over the wall time. On a machine shared with other work the build does not have
# both cores, and its wall time says more about the neighbours than about sayso; "MB/s at 2 cores" is the
# text over half the CPU time (user + sys), the rate of a build that kept both cores busy throughout, which
# a build on an idle machine approaches from below.
set -euo pipefail

work=${1:-/tmp/sayso-index-speed}
megabytes=${2:-17}
runs=${3:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.build/release"
binaries=("${@:4}")
((${#binaries[@]})) || binaries=("$bin/sayso")

for tool in "${binaries[@]}" "$bin/sayso-bench"; do
  [[ -x "$tool" ]] || { echo "missing $tool: run swift build -c release" >&2; exit 2; }
done

mkdir -p "$work"
cd "$work"
if [[ ! -d wire ]]; then
  "$bin/sayso-bench" --wire-mb "$megabytes" --write-wire wire >/dev/null
fi
files=$(find wire/ -type f | wc -l)
bytes=$(find wire/ -type f -printf '%s\n' | awk '{ n += $1 } END { print n }')

for ((b = 0; b < ${#binaries[@]}; b++)); do : >"times-$b"; done
for ((run = 0; run < runs; run++)); do
  for ((b = 0; b < ${#binaries[@]}; b++)); do
    rm -rf data
    # wall, user and sys seconds of one whole build
    /usr/bin/time -f '%e %U %S' -o time.txt "${binaries[$b]}" index --corpus wire --data-dir data >/dev/null
    cat time.txt >>"times-$b"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "corpus: $files files, $bytes bytes of text; $runs builds each, medians"
printf '| %-40s | %7s | %7s | %10s | %15s |\n' sayso "wall s" "cpu s" "MB/s wall" "MB/s at 2 cores"
for ((b = 0; b < ${#binaries[@]}; b++)); do
  wall=$(awk '{ print $1 }' "times-$b" | median)
  cpu=$(awk '{ print $2 + $3 }' "times-$b" | median)
  printf '| %-40s | %7.2f | %7.2f | %10.2f | %15.2f |\n' "${binaries[$b]}" "$wall" "$cpu" \
    "$(awk -v n="$bytes" -v s="$wall" 'BEGIN { print n / 1e6 / s }')" \
    "$(awk -v n="$bytes" -v s="$cpu" 'BEGIN { print n / 1e6 / (s / 2) }')"
done
