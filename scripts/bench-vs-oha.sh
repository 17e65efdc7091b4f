#!/usr/bin/env bash
# Reproduces the `pgw bench` performance figures of docs/bench.md and docs/performance.md:
#
#   1. pgw bench vs oha: requests/s against the same loopback target (examples/bench_target.rs),
#      same concurrency, same number of requests, alternating in the same run (ROUNDS rounds);
#      pgw signs every relay, and runs with --no-verify because the target's answers carry a
#      fixed signature (signing each answer would make the target the bottleneck);
#   2. pgw bench --sign-only: relay signing vs bare ed25519-dalek signing on all cores;
#   3. BIG relays (1,000,000) against the target with peak memory from /usr/bin/time -v.
#
# Usage: scripts/bench-vs-oha.sh            (env: C=32 N=100000 ROUNDS=3 BIG=1000000 SIGN=10s)
# Needs: cargo, jq; installs oha (cargo install oha) and GNU time (apt-get) when missing.
set -euo pipefail

C=${C:-32}
N=${N:-100000}
ROUNDS=${ROUNDS:-3}
BIG=${BIG:-1000000}
SIGN=${SIGN:-10s}
DATA='{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}'

cd "$(dirname "$0")/.."
say() { printf '%s\n' "$*" >&2; }

command -v jq >/dev/null || { say "jq is needed (apt-get install -y jq)"; exit 2; }
if ! command -v oha >/dev/null; then
    say "installing oha (cargo install oha --locked)…"
    cargo install oha --locked
fi
if [ ! -x /usr/bin/time ]; then
    say "installing GNU time (apt-get install -y time)…"
    apt-get install -y time >/dev/null
fi

say "building pgw and the target (release)…"
cargo build --release --quiet --bin pgw --example bench_target
PGW=target/release/pgw

tmp=$(mktemp -d)
target_pid=
cleanup() {
    if [ -n "$target_pid" ]; then kill "$target_pid" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT

target/release/examples/bench_target >"$tmp/url" &
target_pid=$!
for _ in $(seq 100); do [ -s "$tmp/url" ] && break; sleep 0.05; done
URL=$(head -1 "$tmp/url")
[ -n "$URL" ] || { say "the target did not start"; exit 1; }

head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$tmp/app.key"
servicer=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
BODY=$($PGW proof sign eth "$DATA" --app-key-file "$tmp/app.key" --servicer "$servicer" \
    --session-height 1000 --block-height 1000)

# CPU seconds (user + system) the target has used so far.
tck=$(getconf CLK_TCK)
target_cpu() { awk -v t="$tck" '{print ($14 + $15) / t}' "/proc/$target_pid/stat"; }

# Runs a load generator under GNU time; prints "rps client_us target_us": requests/s, and CPU
# microseconds per request spent by the generator and by the target.
measure() {
    local n=$1 before after rps
    shift
    before=$(target_cpu)
    rps=$(/usr/bin/time -f '%U %S' -o "$tmp/cpu" "$@")
    after=$(target_cpu)
    awk -v rps="$rps" -v n="$n" -v b="$before" -v a="$after" \
        'NR == 1 {printf "%s %.1f %.1f\n", rps, ($1 + $2) / n * 1e6, (a - b) / n * 1e6}' "$tmp/cpu"
}
oha_run() {
    measure "$1" sh -c "oha -c $C -n $1 -m POST -H 'Content-Type: application/json' -d '$BODY' --no-tui \
        --output-format json $URL/v1/client/relay | jq '.summary.requestsPerSec'"
}
pgw_run() {
    measure "$1" sh -c "$PGW bench eth '$DATA' --dispatcher $URL --app-key-file $tmp/app.key --no-verify \
        -c $C -n $1 --output json | jq '.throughput_rps'"
}

say "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
say "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
say "target: $URL; concurrency $C, $N requests per run, $ROUNDS rounds"
oha_run $((N / 10)) >/dev/null
pgw_run $((N / 10)) >/dev/null

ratios=()
for round in $(seq "$ROUNDS"); do
    read -r o o_cpu o_target < <(oha_run "$N")
    read -r p p_cpu p_target < <(pgw_run "$N")
    r=$(jq -n "$p / $o * 100")
    ratios+=("$r")
    printf 'round %d: oha %.0f requests/s (CPU per request: oha %s µs, target %s µs); ' "$round" "$o" "$o_cpu" "$o_target"
    printf 'pgw bench %.0f requests/s (pgw %s µs, target %s µs): %.1f%%\n' "$p" "$p_cpu" "$p_target" "$r"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
printf 'pgw bench / oha: median %.1f%% (target: at least 80%%)\n' "$median"

say "sign-only for $SIGN…"
$PGW bench eth "$DATA" --sign-only -z "$SIGN" --app-key-file "$tmp/app.key" --output json >"$tmp/sign.json"
jq -r '"sign-only: \(.config.threads) threads, \(.relays) relays, \(.relays_per_s|round) relays/s, bare ed25519 \(.bare_signatures_per_s|round)/s: \(.ratio*1000|round/10)% (target: at least 80%); one bare signature = \(.config.threads / .bare_signatures_per_s * 1e7 | round / 10) µs of a core, one relay = \(.config.threads / .relays_per_s * 1e7 | round / 10) µs"' "$tmp/sign.json"

say "$BIG relays against the target…"
/usr/bin/time -v $PGW bench eth "$DATA" --dispatcher "$URL" --app-key-file "$tmp/app.key" --no-verify \
    -c "$C" -n "$BIG" --output json >"$tmp/big.json" 2>"$tmp/big.time"
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/big.time")
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
jq -r --arg rss "$rss_kb" '"\(.totals.requests) relays (\(.totals.failures) failed) in \(.duration_s) s, \(.throughput_rps) requests/s, p99 \(.latency_ms.p99) ms; peak RSS \(($rss|tonumber)/1024*10|round/10) MiB (target: under 64 MiB)"' "$tmp/big.json"
