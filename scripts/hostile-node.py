#!/usr/bin/env python3
"""A hostile POKT dispatcher and servicer on 127.0.0.1, for measuring pgw's memory bound.

Its dispatch answer names itself as the one session node; every relay (and, with --dispatch,
every dispatch) is answered with `Content-Length: SIZE` and zeros streamed until the client
hangs up. docs/output.md ("Limits") gives the figures measured with it:

    python3 scripts/hostile-node.py --port 18081 --size 1500000000 &
    /usr/bin/time -v pgw relay eth '{"id":1}' --dispatcher http://127.0.0.1:18081 \
        --app-key-file app.key        # "Maximum resident set size"
"""

import argparse
import json
import socketserver
from http.server import BaseHTTPRequestHandler

APP = "74039dbe881dd2744e2e0c469cc2241e1e45f14af6975dd89079d22938377849"
NODE = "b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=18081)
    parser.add_argument("--size", type=int, default=1_500_000_000)
    parser.add_argument("--dispatch", action="store_true", help="huge dispatch answers too")
    parser.add_argument("--chunked", action="store_true", help="no Content-Length: SIZE bytes chunked")
    args = parser.parse_args()
    url = f"http://127.0.0.1:{args.port}"

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_):
            pass

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            if self.path == "/v1/client/dispatch" and not args.dispatch:
                return self.answer(dispatch(url))
            if self.path == "/v1/query/nodeparams":
                return self.answer('{"session_block_frequency":4}')
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            if args.chunked:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(args.size))
            self.end_headers()
            zeros, sent = b"\0" * 65536, 0
            chunk = b"%x\r\n%s\r\n" % (len(zeros), zeros) if args.chunked else zeros
            try:
                while sent < args.size:
                    self.wfile.write(chunk)
                    sent += len(zeros)
            except OSError:
                pass
            self.close_connection = True

        def answer(self, body):
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
        allow_reuse_address = True
        daemon_threads = True

    Server(("127.0.0.1", args.port), Handler).serve_forever()


def dispatch(url):
    node = {"address": "b50a6e20d3733fb89631ae32385b3c85c533c560", "chains": ["0021"], "jailed": False,
            "public_key": NODE, "service_url": url, "status": 2, "tokens": "15000000000"}
    return json.dumps({"block_height": 102, "session": {
        "header": {"app_public_key": APP, "chain": "0021", "session_height": 101},
        "key": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "nodes": [node]}})


if __name__ == "__main__":
    main()
