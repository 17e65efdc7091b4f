#!/usr/bin/env bash
# Load test of `pgw serve` on this machine: oha → pgw serve → pgw devnet, all on 127.0.0.1.
#
# Sends a fixed eth_blockNumber body at a fixed rate and reports, for the same requests:
#   - what clients see (oha, with latency correction against coordinated omission),
#   - the relay alone as the gateway timed it (pgw_relay_latency_seconds: session, signing, POST
#     to the node, signature check — what `pgw relay`'s engine costs under this load),
#   - the gateway's own handler time without the relay (pgw_serve_overhead_seconds),
#   - CPU seconds per process (oha, serve, devnet), from /proc.
# Added latency = client quantile − relay quantile (docs/performance.md, "Serve").
#
# Usage: scripts/serve-load.sh            (RATE=5000 DURATION=20s CONNECTIONS=64 by default;
#                                          KEEP=1 keeps the logs and results)
#        RATE=3000 DURATION=30s scripts/serve-load.sh
#        SERVE_CPUS=0 OTHER_CPUS=1 scripts/serve-load.sh   (pins serve to CPU 0, devnet and oha to CPU 1)
#        RT=1 SERVE_CPUS=0 OTHER_CPUS=1 scripts/serve-load.sh
#            (also runs devnet and oha under SCHED_FIFO, `chrt -f 10`: on a 2-core machine the two
#             share a core, and a time slice of one delays the other's timestamps by milliseconds;
#             real-time priority lets each run the moment it wakes, close to a core each. serve
#             keeps the normal scheduler: it is what is measured. Needs root or CAP_SYS_NICE.)
#        PGW=/path/to/other/pgw scripts/serve-load.sh   (another build, e.g. to compare before and after)
# Needs: oha (installed with `cargo install oha` when missing), curl, python3.
set -euo pipefail

RATE=${RATE:-5000}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
WARMUP=${WARMUP:-3s}
NODES=${NODES:-5}
BODY='{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}'
SERVE_PIN=()
OTHER_PIN=()
[ -n "${SERVE_CPUS:-}" ] && SERVE_PIN=(taskset -c "$SERVE_CPUS")
[ -n "${OTHER_CPUS:-}" ] && OTHER_PIN=(taskset -c "$OTHER_CPUS")
if [ -n "${RT:-}" ]; then
    chrt -f 10 true 2>/dev/null || { echo "serve-load.sh: RT=1 needs SCHED_FIFO (root or CAP_SYS_NICE)" >&2; exit 2; }
    OTHER_PIN=(chrt -f 10 "${OTHER_PIN[@]}")
fi

cd "$(dirname "$0")/.."
command -v oha >/dev/null || cargo install oha --locked
command -v python3 >/dev/null || { echo "serve-load.sh: python3 is needed to read the results" >&2; exit 2; }
cargo build --release --quiet
PGW=${PGW:-$PWD/target/release/pgw}

WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [ -n "${KEEP:-}" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
export PGW_HOME=$WORK/home

# First line of a background process's stdout (its JSON banner), within 30 s.
first_line() {
    for _ in $(seq 300); do
        [ -s "$1" ] && head -1 "$1" && return 0
        sleep 0.1
    done
    echo "serve-load.sh: no banner in $1" >&2
    exit 1
}

# A long block time: no session rollover during the run.
"${OTHER_PIN[@]}" "$PGW" devnet --listen 127.0.0.1:0 --nodes "$NODES" --block-time 1h --output json >"$WORK/devnet.json" 2>"$WORK/devnet.log" &
PIDS+=($!)
DEVNET_PID=$!
DISPATCHER=$(first_line "$WORK/devnet.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["dispatcher"])')

openssl rand -hex 32 >"$WORK/app.key" 2>/dev/null || head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$WORK/app.key"
"${SERVE_PIN[@]}" "$PGW" serve --dispatcher "$DISPATCHER" --app-key-file "$WORK/app.key" --listen 127.0.0.1:0 \
    --chain eth --output json -q ${SERVE_ARGS:-} >"$WORK/serve.json" 2>"$WORK/serve.log" &
PIDS+=($!)
SERVE_PID=$!
URL=$(first_line "$WORK/serve.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["url"])')

echo "devnet $DISPATCHER ($NODES nodes), serve $URL ${SERVE_ARGS:-}; $(nproc) cores${SERVE_CPUS:+; serve on CPU $SERVE_CPUS}${OTHER_CPUS:+, devnet and oha on CPU $OTHER_CPUS}${RT:+, devnet and oha at SCHED_FIFO 10}"
curl -sf "$URL/v1/eth" -d "$BODY" >/dev/null

echo "warm-up: $WARMUP at $RATE/s"
oha --no-tui -z "$WARMUP" -q "$RATE" -c "$CONNECTIONS" -m POST -H 'content-type: application/json' \
    -d "$BODY" "$URL/v1/eth" >/dev/null

cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
curl -sf "$URL/metrics" >"$WORK/before.txt"
CPU_BEFORE="$(cpu "$SERVE_PID") $(cpu "$DEVNET_PID")"

echo "measuring: $DURATION at $RATE/s over $CONNECTIONS connections"
(
    "${OTHER_PIN[@]}" oha --no-tui -z "$DURATION" -q "$RATE" -c "$CONNECTIONS" --latency-correction -m POST \
        -H 'content-type: application/json' -d "$BODY" --output-format json "$URL/v1/eth" >"$WORK/oha.json"
    times >"$WORK/oha.cpu" # the second line: children's user and system time, e.g. 0m3.120s 0m1.015s
)

CPU_AFTER="$(cpu "$SERVE_PID") $(cpu "$DEVNET_PID")"
curl -sf "$URL/metrics" >"$WORK/after.txt"

python3 - "$WORK" "$CPU_BEFORE" "$CPU_AFTER" "$(getconf CLK_TCK)" <<'EOF'
import json, os, sys

work, before, after, tck = sys.argv[1], sys.argv[2].split(), sys.argv[3].split(), int(sys.argv[4])
oha = json.load(open(os.path.join(work, "oha.json")))
summary, lat = oha["summary"], oha["latencyPercentiles"]
codes = oha.get("statusCodeDistribution", {})
errors = oha.get("errorDistribution", {})

def buckets(path, name):
    out = {}
    for line in open(path):
        if line.startswith(name + "_bucket{"):
            labels, value = line.rsplit(" ", 1)
            le = labels.split('le="')[1].split('"')[0]
            out[float("inf") if le == "+Inf" else float(le)] = float(value)
    return out

def quantile(q, name):
    b0, b1 = buckets(os.path.join(work, "before.txt"), name), buckets(os.path.join(work, "after.txt"), name)
    diff = sorted((le, b1[le] - b0.get(le, 0.0)) for le in b1)
    total = diff[-1][1]
    if total == 0:
        return float("nan"), 0
    rank, prev_le, prev_n = q * total, 0.0, 0.0
    for le, n in diff:
        if n >= rank:
            if le == float("inf"):
                return prev_le, total
            return prev_le + (le - prev_le) * (rank - prev_n) / max(n - prev_n, 1e-12), total
        prev_le, prev_n = le, n
    return prev_le, total

ms = lambda s: s * 1e3
ok = codes.get("200", 0)
n = sum(codes.values())
print(f"\nclients (oha):   {summary['requestsPerSec']:.0f} requests/s, success rate {summary['successRate']*100:.2f}%,"
      f" HTTP 200: {ok} of {n}" + (f", errors: {errors}" if errors else ""))
print(f"  latency        p50 {ms(lat['p50']):.2f} ms   p90 {ms(lat['p90']):.2f} ms   p99 {ms(lat['p99']):.2f} ms   max {ms(summary['slowest']):.2f} ms")
r50, count = quantile(0.5, "pgw_relay_latency_seconds")
r99, _ = quantile(0.99, "pgw_relay_latency_seconds")
o50, _ = quantile(0.5, "pgw_serve_overhead_seconds")
o99, _ = quantile(0.99, "pgw_serve_overhead_seconds")
print(f"relay (gateway): p50 {ms(r50):.2f} ms   p99 {ms(r99):.2f} ms   ({count:.0f} relays, from the histogram)")
print(f"added by serve:  p50 {ms(lat['p50'] - r50):.2f} ms   p99 {ms(lat['p99'] - r99):.2f} ms   (client quantile − relay quantile)")
print(f"handler overhead without the relay: p50 {o50*1e6:.0f} µs   p99 {o99*1e6:.0f} µs")
serve_cpu = (float(after[0]) - float(before[0])) / tck
devnet_cpu = (float(after[1]) - float(before[1])) / tck
def seconds(text):
    minutes, rest = text.rstrip("s").split("m")
    return float(minutes) * 60 + float(rest)
try:
    user, system = open(os.path.join(work, "oha.cpu")).read().split()[-2:]
    oha_cpu = seconds(user) + seconds(system)
except Exception:
    oha_cpu = float("nan")
secs = summary["total"]
relays = max(ok, 1)
print(f"CPU over {secs:.1f} s: serve {serve_cpu:.1f} s ({serve_cpu/relays*1e6:.0f} µs/relay), devnet {devnet_cpu:.1f} s"
      f" ({devnet_cpu/relays*1e6:.0f} µs/relay), oha {oha_cpu:.1f} s ({oha_cpu/relays*1e6:.0f} µs/relay);"
      f" {(serve_cpu+devnet_cpu+oha_cpu)/secs:.2f} of {os.cpu_count()} cores busy")
# Where serve alone would saturate one core: the other processes would saturate theirs first on a
# 2-core machine, so the rate comes from serve's CPU per relay, not from a run at that rate.
if serve_cpu > 0:
    saturation = relays / serve_cpu
    print(f"serve saturates one core at about {saturation:.0f} relays/s (1 / its CPU per relay);"
          f" this load is {summary['requestsPerSec'] / saturation * 100:.0f}% of that")
EOF
