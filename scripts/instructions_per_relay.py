#!/usr/bin/env python3
"""Instructions per relay of pgw bench, serve and devnet (Morse) against the instructions of the
Ed25519 work inside them, counted by callgrind, in one run.

Called by scripts/instructions-per-relay.sh; see docs/performance.md ("Counted, not timed").
CPU time per relay on a shared VM moves with the neighbours (the same binary measured 130 µs and
300 µs per relay on two days); an instruction count does not. Each process runs under
`valgrind --tool=callgrind` twice, with N1 and N2 relays; what it executes per relay is the
difference of the two totals divided by N2 - N1 (start-up, the session fetch and the warm-up
cancel out). The floor is counted in the same runs: the instructions inside ed25519-dalek's
`Signer::try_sign` and `Verifier::verify`, which are the signatures and verifications the process
makes, whatever their number. User space only: the kernel's share (loopback TCP) is not counted.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cost_per_relay import DATA, Daemon, oha, ok_relays, run, say  # noqa: E402

# Inclusive instructions of these functions are the protocol's own cost (callgrind_annotate names).
SIGN = "<ed25519_dalek::signing::SigningKey as signature::signer::Signer<ed25519::Signature>>::try_sign"
VERIFY = "<ed25519_dalek::verifying::VerifyingKey as signature::verifier::Verifier<ed25519::Signature>>::verify"


def totals(path):
    """(all instructions, instructions inside signing, inside verifying) of one callgrind file."""
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                          capture_output=True, text=True, check=True).stdout
    total = sign = verify = 0
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)", line)
        if not m:
            continue
        n, name = int(m.group(1).replace(",", "")), m.group(2)
        if name.startswith("PROGRAM TOTALS"):
            total = n
        elif SIGN in name:
            sign += n
        elif VERIFY in name:
            verify += n
    return total, sign, verify


def callgrind(work, name):
    out = os.path.join(work, f"{name}.callgrind")
    return out, ["valgrind", "--tool=callgrind", "-q", f"--callgrind-out-file={out}"]


def per_relay(a, b, relays):
    return [(y - x) / relays for x, y in zip(a, b)]


def measure_daemon(args, work, role, start, load):
    """A process under callgrind for each count; `start(prefix)` -> (Daemon, url),
    `load(url, n)` -> relays that succeeded. Returns instructions per relay (all, sign, verify)."""
    counts = []
    for n in (args.n1, args.n2):
        path, prefix = callgrind(work, f"{role}-{n}")
        d, url = start(prefix)
        try:
            relays = load(url, n)
        finally:
            d.stop()
        counts.append((totals(path), relays))
    (a, ra), (b, rb) = counts
    return per_relay(a, b, rb - ra)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--pgw", required=True)
    p.add_argument("--target-bin", required=True)
    p.add_argument("--oha", default="oha")
    p.add_argument("--n1", type=int, default=200)
    p.add_argument("--n2", type=int, default=1200)
    p.add_argument("-c", type=int, default=8)
    p.add_argument("--out", required=True)
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="pgw-instructions.")
    args.env = dict(os.environ, PGW_HOME=os.path.join(work, "home"))
    key = os.path.join(work, "app.key")
    with open(key, "w") as k:
        k.write(os.urandom(32).hex())
    rows = {}

    def loadgen(role, argv_for):
        """A load generator under callgrind, run to its end with each count."""
        counts = []
        for n in (args.n1, args.n2):
            path, prefix = callgrind(work, f"{role}-{n}")
            text, _ = run(prefix + argv_for(n), env=args.env)
            counts.append((totals(path), n, text))
        (a, na, _), (b, nb, _) = counts
        return per_relay(a, b, nb - na), counts[1][2]

    say("counting instructions under callgrind (each process twice: "
        f"{args.n1} and {args.n2} relays)…")
    target = Daemon("target", [args.target_bin], work)
    try:
        url = target.banner
        servicer = "ab" * 32
        body, _ = run([args.pgw, "proof", "sign", "eth", DATA, "--app-key-file", key, "--servicer", servicer,
                       "--session-height", "1000", "--block-height", "1000"], env=args.env)
        rows["oha → target"], _ = loadgen("oha", lambda n: [
            args.oha, "-n", str(n), "-c", str(args.c), "-m", "POST", "--no-tui", "-H",
            "content-type: application/json", "-d", body.strip(), url + "/v1/client/relay"])
        rows["bench --no-verify → target"], _ = loadgen("bench-noverify", lambda n: [
            args.pgw, "bench", "eth", DATA, "--dispatcher", url, "--app-key-file", key, "-n", str(n),
            "-c", str(args.c), "--output", "json", "-q", "--no-verify"])
    finally:
        target.stop()

    d = Daemon("devnet", [args.pgw, "devnet", "--protocol", "morse", "--listen", "127.0.0.1:0",
                          "--block-time", "0", "--output", "json"], work)
    try:
        dispatcher = d.json()["dispatcher"]
        rows["bench → devnet"], _ = loadgen("bench", lambda n: [
            args.pgw, "bench", "eth", DATA, "--dispatcher", dispatcher, "--app-key-file", key, "-n", str(n),
            "-c", str(args.c), "--output", "json", "-q"])

        def start_serve(prefix):
            s = Daemon("serve", prefix + [args.pgw, "serve", "--dispatcher", dispatcher, "--app-key-file", key,
                                          "--listen", "127.0.0.1:0", "--chain", "eth", "--output", "json",
                                          "-q"], work)
            return s, s.json()["url"]

        def load_serve(surl, n):
            before = ok_relays(surl)
            oha(args, surl + "/v1/eth", DATA, n)
            return ok_relays(surl) - before

        rows["oha → serve → devnet: serve"] = measure_daemon(args, work, "serve", start_serve, load_serve)
    finally:
        d.stop()

    def start_devnet(prefix):
        dv = Daemon("devnet-counted", prefix + [args.pgw, "devnet", "--protocol", "morse", "--listen",
                                                "127.0.0.1:0", "--block-time", "0", "--output", "json"], work)
        return dv, dv.json()["dispatcher"]

    def load_devnet(disp, n):
        text, _ = run([args.pgw, "bench", "eth", DATA, "--dispatcher", disp, "--app-key-file", key, "-n", str(n),
                       "-c", str(args.c), "--output", "json", "-q"], env=args.env)
        return json.loads(text)["totals"]["successes"]

    rows["bench → devnet: devnet"] = measure_daemon(args, work, "devnet", start_devnet, load_devnet)

    oha_all = rows["oha → target"][0]
    targets = {
        "bench --no-verify → target": ("oha + 1.3 × sign", lambda s, v: oha_all + 1.3 * s),
        "bench → devnet": ("oha + 1.3 × (sign + verify)", lambda s, v: oha_all + 1.3 * (s + v)),
        "oha → serve → devnet: serve": ("2.0 × (sign + verify)", lambda s, v: 2.0 * (s + v)),
        "bench → devnet: devnet": ("1.5 × (sign + verify)", lambda s, v: 1.5 * (s + v)),
    }
    print("instructions per relay (callgrind, user space), Morse")
    print(f"{'load → process':<30} {'all':>9} {'ed25519':>9} {'×floor':>7}  {'target':<28} {'limit':>9}  met")
    result = []
    for name, (total, sign, verify) in rows.items():
        floor = sign + verify
        label, limit = targets.get(name, ("-", None))
        bound = limit(sign, verify) if limit else None
        ratio = f"{total / floor:.2f}" if floor else "-"
        met = "-" if bound is None else ("yes" if total <= bound else "NO")
        print(f"{name:<30} {total:>9.0f} {floor:>9.0f} {ratio:>7}  {label:<28} "
              f"{'-' if bound is None else f'{bound:.0f}':>9}  {met}")
        result.append({"scenario": name, "instructions": round(total), "sign": round(sign),
                       "verify": round(verify), "limit": None if bound is None else round(bound), "met": met})
    path = os.path.join(args.out, "instructions.json")
    with open(path, "w") as f:
        json.dump({"n1": args.n1, "n2": args.n2, "c": args.c, "rows": result}, f, indent=1)
    print(f"results: {path}")


if __name__ == "__main__":
    main()
