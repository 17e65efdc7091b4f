#!/usr/bin/env python3
"""Instructions per relay of pgw bench, serve and devnet (Morse and Shannon) against the
instructions of the protocol's own signatures and verifications inside them, counted by callgrind,
in one run.

Called by scripts/instructions-per-relay.sh; see docs/performance.md ("Counted, not timed").
CPU time per relay on a shared VM moves with the neighbours (the same binary measured 130 µs and
300 µs per relay on two days); an instruction count does not. Each process runs under
`valgrind --tool=callgrind` twice, with N1 and N2 relays; what it executes per relay is the
difference of the two totals divided by N2 - N1 (start-up, the session fetch and the warm-up
cancel out). The floor is counted in the same runs: the instructions inside the functions that
make the process's signatures and verifications, whatever their number (Morse: ed25519-dalek's
`Signer::try_sign` and `Verifier::verify`; Shannon: pgw's ring signing and verification and the
supplier's ECDSA signature and its check, the same calls `examples/crypto_floor.rs` times). User
space only: the kernel's share (loopback TCP) is not counted.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cost_per_relay import DATA, Daemon, oha, ok_relays, run, say  # noqa: E402

# Inclusive instructions of these functions are the protocol's own cost (callgrind_annotate names):
# per protocol, (signing, verifying). None calls another of its list, so their sums count nothing
# twice. pgw's own are kept out of line (#[inline(never)]) so that they appear under these names.
FLOOR = {
    "morse": (
        ["<ed25519_dalek::signing::SigningKey as signature::signer::Signer<ed25519::Signature>>::try_sign"],
        ["<ed25519_dalek::verifying::VerifyingKey as signature::verifier::Verifier<ed25519::Signature>>::verify"],
    ),
    "shannon": (
        ["pgw::protocol::shannon::ring::PreparedRing::sign_with",
         "<ecdsa::signing::SigningKey<C> as signature::signer::DigestSigner<D,ecdsa::Signature<C>>>::try_sign_digest"],
        ["pgw::protocol::shannon::ring::ParsedSignature::verify",
         "pgw::protocol::shannon::relay::SupplierKey::verify_cosmos_signature"],
    ),
}


# The floor functions found in any count so far: one never found was renamed or inlined, and
# the floor column would be short by it without a word (main() warns).
SEEN = set()


def totals(path, protocol):
    """(all instructions, instructions inside signing, inside verifying) of one callgrind file."""
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                          capture_output=True, text=True, check=True).stdout
    total = sign = verify = 0
    signing, verifying = FLOOR[protocol]
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)", line)
        if not m:
            continue
        n, name = int(m.group(1).replace(",", "")), m.group(2)
        if name.startswith("PROGRAM TOTALS"):
            total = n
            continue
        # "file:function [object]": the function's own name, not its closures' or callers'.
        function = name.split(":", 1)[-1].rsplit(" [", 1)[0]
        if function in signing:
            sign += n
            SEEN.add(function)
        elif function in verifying:
            verify += n
            SEEN.add(function)
    return total, sign, verify


def callgrind(work, name):
    out = os.path.join(work, f"{name}.callgrind")
    return out, ["valgrind", "--tool=callgrind", "-q", f"--callgrind-out-file={out}"]


def per_relay(a, b, relays):
    return [(y - x) / relays for x, y in zip(a, b)]


def measure_daemon(args, work, role, protocol, start, load):
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
        counts.append((totals(path, protocol), relays))
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
    p.add_argument("--protocols", default="morse shannon")
    p.add_argument("--out", required=True)
    args = p.parse_args()
    protocols = [x for x in args.protocols.split() if x in FLOOR]
    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="pgw-instructions.")
    args.env = dict(os.environ, PGW_HOME=os.path.join(work, "home"))
    key = os.path.join(work, "app.key")
    with open(key, "w") as k:
        k.write(os.urandom(32).hex())
    shannon_key = key + ".shannon"  # the Shannon devnet's app 1, which signs for itself
    with open(shannon_key, "w") as k:
        k.write(hashlib.sha256(b"pgw-devnet/app/1").hexdigest())
    rows = {protocol: {} for protocol in protocols}

    def loadgen(role, protocol, argv_for):
        """A load generator under callgrind, run to its end with each count."""
        counts = []
        for n in (args.n1, args.n2):
            path, prefix = callgrind(work, f"{role}-{n}")
            text, _ = run(prefix + argv_for(n), env=args.env)
            counts.append((totals(path, protocol), n, text))
        (a, na, _), (b, nb, _) = counts
        return per_relay(a, b, nb - na), counts[1][2]

    def oha_argv(url, body, keepalive):
        return lambda n: [args.oha, "-n", str(n), "-c", str(args.c), "-m", "POST", "--no-tui", "-H",
                          "content-type: application/json", "-d", body, url,
                          *([] if keepalive else ["--disable-keepalive"])]

    def bench_argv(target, key, extra=()):
        return lambda n: [args.pgw, "bench", "eth", DATA, *target, "--app-key-file", key, "-n", str(n),
                          "-c", str(args.c), "--output", "json", "-q", *extra]

    def devnet_argv(protocol, prefix=()):
        return [*prefix, args.pgw, "devnet", "--protocol", protocol, "--listen", "127.0.0.1:0",
                "--block-time", "0", "--output", "json"]

    def target_of(protocol, banner):
        return (["--dispatcher", banner["dispatcher"]] if protocol == "morse"
                else ["--protocol", "shannon", "--full-node", banner["full_node"]])

    say("counting instructions under callgrind (each process twice: "
        f"{args.n1} and {args.n2} relays)…")
    # The HTTP floor: oha against a target that answers at once (examples/bench_target.rs); with
    # keep-alive for Morse, a connection per request for Shannon (its relay miners close each one).
    target = Daemon("target", [args.target_bin], work)
    try:
        url = target.banner
        servicer = "ab" * 32
        body, _ = run([args.pgw, "proof", "sign", "eth", DATA, "--app-key-file", key, "--servicer", servicer,
                       "--session-height", "1000", "--block-height", "1000"], env=args.env)
        if "morse" in protocols:
            rows["morse"]["oha → target"], _ = loadgen(
                "oha", "morse", oha_argv(url + "/v1/client/relay", body.strip(), True))
            rows["morse"]["bench --no-verify → target"], _ = loadgen(
                "bench-noverify", "morse", bench_argv(["--dispatcher", url], key, ["--no-verify"]))
        if "shannon" in protocols:
            rows["shannon"]["oha → target, a connection per request"], _ = loadgen(
                "oha-nk", "shannon", oha_argv(url + "/v1/client/relay", body.strip(), False))
    finally:
        target.stop()

    for protocol in protocols:
        tag = "Morse" if protocol == "morse" else "Shannon"
        pkey = key if protocol == "morse" else shannon_key
        r = rows[protocol]
        d = Daemon(f"devnet-{protocol}", devnet_argv(protocol), work)
        try:
            to_devnet = target_of(protocol, d.json())
            r[f"bench → {tag} devnet"], _ = loadgen(f"bench-{protocol}", protocol, bench_argv(to_devnet, pkey))

            def start_serve(prefix):
                s = Daemon("serve", prefix + [args.pgw, "serve", *to_devnet, "--app-key-file", pkey,
                                              "--listen", "127.0.0.1:0", "--chain", "eth", "--output", "json",
                                              "-q"], work)
                return s, s.json()["url"]

            def load_serve(surl, n):
                before = ok_relays(surl)
                oha(args, surl + "/v1/eth", DATA, n)
                return ok_relays(surl) - before

            r[f"oha → serve → {tag} devnet: serve"] = measure_daemon(
                args, work, f"serve-{protocol}", protocol, start_serve, load_serve)
        finally:
            d.stop()

        def start_devnet(prefix):
            dv = Daemon(f"devnet-{protocol}-counted", devnet_argv(protocol, prefix), work)
            return dv, target_of(protocol, dv.json())

        def load_devnet(to, n):
            text, _ = run(bench_argv(to, pkey)(n), env=args.env)
            return json.loads(text)["totals"]["successes"]

        r[f"bench → {tag} devnet: devnet"] = measure_daemon(
            args, work, f"devnet-{protocol}", protocol, start_devnet, load_devnet)

    result = []
    for protocol in protocols:
        r = rows[protocol]
        tag = "Morse" if protocol == "morse" else "Shannon"
        http = r["oha → target"][0] if protocol == "morse" else r["oha → target, a connection per request"][0]
        http_name = "oha" if protocol == "morse" else "oha new-conn"
        targets = {
            "bench --no-verify → target": ("oha + 1.3 × sign", lambda s, v: http + 1.3 * s),
            f"bench → {tag} devnet": (f"{http_name} + 1.3 × (sign + verify)", lambda s, v: http + 1.3 * (s + v)),
            f"oha → serve → {tag} devnet: serve": ("2.0 × (sign + verify)", lambda s, v: 2.0 * (s + v)),
            f"bench → {tag} devnet: devnet": ("1.5 × (sign + verify)", lambda s, v: 1.5 * (s + v)),
        }
        floor_name = "ed25519" if protocol == "morse" else "ring+ecdsa"
        print(f"instructions per relay (callgrind, user space), {tag}")
        print(f"{'load → process':<38} {'all':>9} {floor_name:>10} {'×floor':>7}  {'target':<36} {'limit':>9}  met")
        for name, (total, sign, verify) in r.items():
            floor = sign + verify
            label, limit = targets.get(name, ("-", None))
            bound = limit(sign, verify) if limit else None
            ratio = f"{total / floor:.2f}" if floor else "-"
            met = "-" if bound is None else ("yes" if total <= bound else "NO")
            print(f"{name:<38} {total:>9.0f} {floor:>10.0f} {ratio:>7}  {label:<36} "
                  f"{'-' if bound is None else f'{bound:.0f}':>9}  {met}")
            result.append({"protocol": protocol, "scenario": name, "instructions": round(total),
                           "sign": round(sign), "verify": round(verify),
                           "limit": None if bound is None else round(bound), "met": met})
        print()
    for protocol in protocols:
        for function in sum(FLOOR[protocol], []):
            if function not in SEEN:
                say(f"warning: no instructions were counted inside {function} ({protocol}): renamed, or "
                    "inlined into its caller? The floor column is short by it")
    path = os.path.join(args.out, "instructions.json")
    with open(path, "w") as f:
        json.dump({"n1": args.n1, "n2": args.n2, "c": args.c, "rows": result}, f, indent=1)
    print(f"results: {path}")


if __name__ == "__main__":
    main()
