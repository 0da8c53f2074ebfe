#!/usr/bin/env bash
# Benchmarks/run.sh [COUNT]: the performance figures of SPEC section 9, from one run over the
# same generated files, with a release build. Prints a Markdown table for the README.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
work="${BENCH_DIR:-/tmp/accord-bench}"

missing=()
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if ((${#missing[@]})); then apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; fi

ACCORD_STATIC_EXECUTABLE=1 swift build -c release --static-swift-stdlib --product accord >&2
accord="$(ACCORD_STATIC_EXECUTABLE=1 swift build -c release --static-swift-stdlib --show-bin-path)/accord"
rm -rf "$work" && mkdir -p "$work"
gcc -O2 -o "$work/yaml-floor" Benchmarks/yaml-floor.c $(pkg-config --cflags --libs yaml-0.1)
python3 Benchmarks/generate-corpus.py "$work/corpus" --count "$count"
find "$work/corpus" -name '*.yaml' | sort > "$work/files.txt"
mkdir -p "$work/corpus-1k"
head -n 1000 "$work/files.txt" | xargs cp -t "$work/corpus-1k"
cat "$work"/corpus/* > /dev/null # warm the page cache
# Fill the compiled lexicon cache once, untimed: a cold cache compiles the lexicon in the first
# round (more time and memory), and every round should measure the same work.
"$accord" check "$work/corpus-1k" --format json --output /dev/null > /dev/null 2>&1 || true

# One wall-clock run; prints "seconds peak-RSS-KiB".
timed() {
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null || true
    tail -n 1 "$work/time.txt"
}

# The floor and the batch are timed in turns, five rounds, and each round gives a ratio: this
# VM's speed drifts by half within minutes, so only times taken side by side compare. The table
# shows the medians.
rounds=5
: > "$work/rounds.txt"
for _ in $(seq "$rounds"); do
    read -r floor_round _ < <(timed sh -c "'$work/yaml-floor' < '$work/files.txt'")
    read -r batch_round batch_rss < <(timed "$accord" check "$work/corpus" --format json --output /dev/null)
    echo "$floor_round $batch_round $batch_rss" >> "$work/rounds.txt"
done
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
floor_s=$(awk '{ print $1 }' "$work/rounds.txt" | median)
batch_s=$(awk '{ print $2 }' "$work/rounds.txt" | median)
ratio=$(awk '{ print $2 / $1 }' "$work/rounds.txt" | median)
batch_rss=$(awk '{ print $3 }' "$work/rounds.txt" | sort -g | tail -n 1)
echo "rounds (floor s, batch s, batch peak RSS KiB):" >&2
cat "$work/rounds.txt" >&2
read -r _ small_rss < <(timed "$accord" check "$work/corpus-1k" --format json --output /dev/null)
one="Examples/01-isr-nansei-islands-compliant.yaml"
hyperfine -N --warmup 5 --runs 100 --export-json "$work/single.json" "$accord check $one --format json --output /dev/null" > /dev/null
single_ms=$(python3 -c "import json; print(round(json.load(open('$work/single.json'))['results'][0]['median'] * 1000, 1))")

awk -v n="$count" -v f="$floor_s" -v b="$batch_s" -v ratio="$ratio" -v rounds="$rounds" -v r1="$small_rss" -v r2="$batch_rss" -v one="$single_ms" -v cores="$(nproc)" 'BEGIN {
    printf "| measure (%d cores, release build) | figure | target |\n|---|---|---|\n", cores
    printf "| batch: %d proposals, `accord check --format json`, median of %d | %.2f s, %.0f proposals/s | |\n", n, rounds, b, n / b
    printf "| floor: the same files through bare libyaml event parsing, median of %d | %.2f s, %.0f files/s | |\n", rounds, f, n / f
    printf "| batch / floor (wall clock), median of the %d rounds'"'"' ratios | %.1fx | within 2x |\n", rounds, ratio
    printf "| one proposal, whole process, median of 100 | %s ms | under 20 ms |\n", one
    printf "| peak RSS at 1,000 / 10,000 files | %.0f MiB / %.0f MiB | flat |\n", r1 / 1024, r2 / 1024
}'
