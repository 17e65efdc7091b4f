#!/usr/bin/env bash
# Morse CPU per relay of pgw devnet, pgw bench (verification on and off), pgw serve and oha, beside
# the bare Ed25519 costs measured in the same run (examples/crypto_floor, thread CPU time, before
# and after the loads), as the ratios of issue 16 (docs/performance.md, "Issue 16: overhead removed").
# CPU per relay = utime + stime from /proc (or GNU time for short-lived processes) / relays.
# bench and its oha twin run on CPU 0 and the devnet on CPU 1; serve runs on CPU 0 with the devnet
# and its oha load on CPU 1. Needs oha (cargo install oha), GNU time, python3, taskset.
#
# Usage: scripts/morse-cpu-per-relay.sh [PGW]      (N=20000 relays per load, C=32 connections)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${1:-}" ]; then cargo build --release --locked --quiet --bin pgw --example crypto_floor; fi
PGW=${1:-$PWD/target/release/pgw}; FLOOR=$PWD/target/release/examples/crypto_floor
N=${N:-20000}; C=${C:-32}
W=$(mktemp -d); export PGW_HOME=$W/home
BODY='{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}'
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
first() { for _ in $(seq 300); do [ -s "$1" ] && head -1 "$1" && return 0; sleep 0.1; done; exit 1; }
TCK=$(getconf CLK_TCK)
per() { python3 -c "print(f'{($2-$1)/$TCK/$3*1e6:.1f}')"; }
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill $p 2>/dev/null||true; done; wait 2>/dev/null; rm -rf $W' EXIT
taskset -c 1 $PGW devnet --listen 127.0.0.1:0 --block-time 1h --output json >$W/d.json 2>$W/d.log & PIDS+=($!); DP=$!
D=$(first $W/d.json | python3 -c 'import json,sys; print(json.load(sys.stdin)["dispatcher"])')
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > $W/app.key
calib() { taskset -c 0 $FLOOR 2 | sed -E 's/sign_us=([0-9.]+) verify_us=([0-9.]+).*/\1 \2/'; }
cal=$(calib); set -- $cal; SIGN=$1; VERIFY=$2
echo "calibration (examples/crypto_floor, thread CPU time, CPU 0): sign $SIGN us, verify $VERIFY us; load $(cut -d' ' -f1 /proc/loadavg)"
# a bench process is gone when its CPU is read: GNU time reports it
bt() { /usr/bin/time -f '%U %S' -o $W/t taskset -c 0 $PGW bench eth "$BODY" --dispatcher $D --app-key-file $W/app.key -n $N -c $C --output json "$@" > $W/b.json; python3 -c "u,s=map(float,open('$W/t').read().split()); print(f'{(u+s)/$N*1e6:.1f}')"; }
d0=$(cpu $DP); on=$(bt); d1=$(cpu $DP); dev=$(per $d0 $d1 $N)
rps=$(python3 -c "import json;b=json.load(open('$W/b.json'));print(round(b['throughput_rps']), b['totals']['failures'])")
off=$(bt --no-verify)
/usr/bin/time -f '%U %S' -o $W/t taskset -c 0 oha --no-tui -n $N -c $C -m POST -H 'content-type: application/json' -d "$BODY" "$D/v1/query/height" >/dev/null
oha=$(python3 -c "u,s=map(float,open('$W/t').read().split()); print(f'{(u+s)/$N*1e6:.1f}')")
echo "bench->devnet ($rps rps, failures): devnet $dev us/relay; bench verify on $on, off $off us/relay; oha (POST /v1/query/height) $oha us/request"
python3 -c "
s,v,dev,on,off,oha=$SIGN,$VERIFY,$dev,$on,$off,$oha
print(f'  devnet / (2 verify + sign) = {dev/(2*v+s):.2f}  (target <= 1.5); devnet / (verify + sign) = {dev/(v+s):.2f}')
print(f'  bench off: {off} vs oha + 1.3 sign = {oha+1.3*s:.1f}  ratio (off-oha)/sign = {(off-oha)/s:.2f} (target <= 1.3)')
print(f'  bench on: {on} vs oha + 1.3 (sign+verify) = {oha+1.3*(s+v):.1f}  ratio (on-oha)/(sign+verify) = {(on-oha)/(s+v):.2f} (target <= 1.3)')"
taskset -c 0 $PGW serve --dispatcher $D --app-key-file $W/app.key --listen 127.0.0.1:0 --chain eth --output json -q >$W/s.json 2>$W/s.log & PIDS+=($!); SP=$!
URL=$(first $W/s.json | python3 -c 'import json,sys; print(json.load(sys.stdin)["url"])')
curl -sf $URL/v1/eth -d "$BODY" >/dev/null
taskset -c 1 oha --no-tui -n 2000 -c $C -m POST -H 'content-type: application/json' -d "$BODY" $URL/v1/eth >/dev/null
s0=$(cpu $SP); d0=$(cpu $DP)
taskset -c 1 oha --no-tui -n $N -c $C -m POST -H 'content-type: application/json' -d "$BODY" --output-format json $URL/v1/eth > $W/oha.json
s1=$(cpu $SP); d1=$(cpu $DP)
srv=$(per $s0 $s1 $N); sd=$(per $d0 $d1 $N)
python3 -c "
import json; o=json.load(open('$W/oha.json'))['summary']
s,v,srv=$SIGN,$VERIFY,$srv
print(f'serve (oha -c $C, {o[\"requestsPerSec\"]:.0f} rps, success {o[\"successRate\"]}): serve {srv} us/relay, devnet $sd; serve / (sign + verify) = {srv/(s+v):.2f} (target <= 2.0)')"
cal2=$(calib); echo "calibration after: $cal2 (sign verify, us)"
