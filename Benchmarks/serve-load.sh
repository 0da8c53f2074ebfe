#!/usr/bin/env bash
# Load benchmark of the HTTP service (SPEC section 9): a release build of accord-serve on 127.0.0.1, and
# wrk posting a realistic proposal to POST /v1/check for a bounded time. Prints requests per second and
# p50/p99 latency with the number of cores. Traffic never leaves the loopback interface.
#
#   Benchmarks/serve-load.sh                      # 30 s, 2 threads, 32 connections, Examples/01-...
#   DURATION=20 CONNECTIONS=64 Benchmarks/serve-load.sh
#   DECISION_LOG=1 Benchmarks/serve-load.sh       # with --decision-log (to a temporary file)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-30}"          # seconds, at most 120
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
PROPOSAL="${PROPOSAL:-Examples/01-isr-nansei-islands-compliant.yaml}"
HOST=127.0.0.1                      # fixed: this benchmark targets loopback only

if ! [[ "$DURATION" =~ ^[0-9]+$ ]] || ((DURATION < 1 || DURATION > 120)); then
    echo "DURATION must be 1 to 120 seconds" >&2
    exit 2
fi
if ! command -v wrk >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get install -y wrk || { $sudo apt-get update && $sudo apt-get install -y wrk; }
fi

swift build -c release --product accord-serve >&2
server="$(swift build -c release --show-bin-path)/accord-serve"

work="$(mktemp -d)"
arguments=(--rules Rules --host "$HOST" --port 0 --log-level warning)
[ -n "${DECISION_LOG:-}" ] && arguments+=(--decision-log "$work/decisions.jsonl")
"$server" "${arguments[@]}" >"$work/out" 2>"$work/err" &
pid=$!
cleanup() {
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

port=""
for _ in $(seq 1 300); do
    port="$(sed -n 's|^accord-serve listening on http://127\.0\.0\.1:\([0-9]*\)$|\1|p' "$work/out")"
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/err" >&2; exit 1; }
    sleep 0.1
done
[ -n "$port" ] || { echo "accord-serve did not start within 30 s" >&2; cat "$work/err" >&2; exit 1; }

cat >"$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/yaml"
local file = assert(io.open(os.getenv("PROPOSAL"), "rb"))
wrk.body = file:read("*a")
file:close()

done = function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    io.write(string.format("requests %d\n", summary.requests))
    io.write(string.format("non_2xx %d\n", summary.errors.status))
    io.write(string.format("socket_errors %d\n", summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
    io.write(string.format("requests_per_second %.0f\n", summary.requests / seconds))
    io.write(string.format("p50_ms %.2f\n", latency:percentile(50) / 1000))
    io.write(string.format("p99_ms %.2f\n", latency:percentile(99) / 1000))
end
LUA

echo "accord-serve (release) on $HOST:$port; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, posting $PROPOSAL ($(wc -c <"$PROPOSAL") bytes)${DECISION_LOG:+, with --decision-log}" >&2
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
PROPOSAL="$PROPOSAL" timeout $((DURATION + 30)) \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency -s "$work/post.lua" "http://$HOST:$port/v1/check" | tee "$work/wrk.txt" >&2

value() { sed -n "s/^$1 //p" "$work/wrk.txt"; }
echo
echo "cores:               $(nproc)"
echo "load average before:  $load_before (1, 5, 15 min; other work on the machine)"
echo "requests/second:     $(value requests_per_second)"
echo "latency p50:         $(value p50_ms) ms"
echo "latency p99:         $(value p99_ms) ms"
echo "requests:            $(value requests) (non-2xx: $(value non_2xx), socket errors: $(value socket_errors))"
if [ -n "${DECISION_LOG:-}" ]; then
    echo "decision log lines:  $(wc -l <"$work/decisions.jsonl")"
fi
if [ "$(value non_2xx)" != "0" ] || [ "$(value socket_errors)" != "0" ]; then
    echo "some requests failed" >&2
    exit 1
fi
