#!/usr/bin/env bash
# `pgw serve --state`: the same closed-loop load (ApacheBench, keep-alive) through
# `pgw serve --devnet` (devnet in the same process) with --state memory, --state redis://…, and
# --state redis://… --relay-budget (one Redis INCR per attempt), against a redis-server started
# here on a free loopback port. Prints requests/s, mean and p99 latency per run, and the gateway's
# ok-request and Redis-error counters.
#
# Usage: scripts/serve-state-load.sh        (N=20000 requests, C=16 connections, 2 runs each)
# Needs: redis-server, ab (Debian: redis-server, apache2-utils), curl, python3.
set -euo pipefail
N=${N:-20000}
C=${C:-16}
cd "$(dirname "$0")/.."
for tool in redis-server ab curl python3; do
    command -v "$tool" >/dev/null || { echo "serve-state-load.sh: $tool is needed" >&2; exit 2; }
done
cargo build --release --quiet
PGW=$PWD/target/release/pgw
WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1])"; }
echo '{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}' > "$WORK/body.json"
REDIS_PORT=$(free_port)
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no >/dev/null 2>&1 &
PIDS+=($!)
sleep 0.5

run() {
    local name=$1 port
    shift
    port=$(free_port)
    PGW_HOME="$WORK/home-$name" "$PGW" serve --devnet --listen "127.0.0.1:$port" "$@" \
        >/dev/null 2>"$WORK/serve-$name.log" &
    local serve=$!
    for _ in $(seq 100); do curl -sf -o /dev/null "localhost:$port/health" && break; sleep 0.1; done
    local url="http://127.0.0.1:$port/v1/eth"
    ab -q -k -c "$C" -n 2000 -p "$WORK/body.json" -T application/json "$url" >/dev/null 2>&1
    for rep in 1 2; do
        ab -q -k -c "$C" -n "$N" -p "$WORK/body.json" -T application/json "$url" 2>&1 | awk -v n="$name" -v r="$rep" '
            /Requests per second/ {rps = $4}
            /Time per request.*\(mean\)/ {mean = $4}
            /Failed requests/ {failed = $3}
            /  99%/ {p99 = $2}
            END {printf "%-13s run %d: %6.0f req/s, mean %s ms, p99 %s ms, failed %s\n", n, r, rps, mean, p99, failed}'
    done
    curl -s "localhost:$port/metrics" | grep -E '^pgw_requests_total\{chain="0021",outcome="ok"\}|^pgw_state_errors_total' || true
    kill -TERM "$serve"
    wait "$serve" 2>/dev/null || true
}

run memory
run redis --state "redis://127.0.0.1:$REDIS_PORT"
run redis+budget --state "redis://127.0.0.1:$REDIS_PORT" --relay-budget 100000000
