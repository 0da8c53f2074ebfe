#!/usr/bin/env python3
"""Language server latency (SPEC section 9): the time from a change to the diagnostics for it.

Starts the release build of `accord lsp` on the bundled rules, opens a typical proposal (one of
the Examples, about 2 KB), then sends ROUNDS full-text changes one at a time, each answered
before the next is sent, alternating a compliant and a violating value (and so different
findings) and a half-typed line now and then. Each round times the `didChange` written to the
`publishDiagnostics` for that version read. Reported twice: with the server's default debounce
(what a planner sees after the last keystroke) and with `debounce_ms: 0` (the check itself).

    Benchmarks/lsp-latency.py                 # builds release, 300 rounds on Example 10
    Benchmarks/lsp-latency.py --rounds 1000 --proposal Examples/08-strategic-submarine-port-call-ja-noncompliant.yaml
    Benchmarks/lsp-latency.py --binary .build/debug/accord --no-build

Last run (2026-12-04, release, 2 cores under load from other builds; README "Performance"): Example 10,
median 21.2 ms with the default debounce (p99 28.0 ms), 0.4 ms for the check alone; Example 08
(Japanese) 21.3 ms and 0.4 ms. Target: under 50 ms.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Server:
    def __init__(self, binary, options):
        self.process = subprocess.Popen([binary, "lsp", "--rules", os.path.join(ROOT, "Rules")],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT)
        self.next_id = 1
        self.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + ROOT, "capabilities": {},
                                    "initializationOptions": options})
        self.notify("initialized", {})

    def send(self, message):
        body = json.dumps(message, ensure_ascii=False).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.process.stdout.readline()
            if not line:
                sys.exit("the server ended")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))

    def request(self, method, params):
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        self.next_id += 1
        while "result" not in (message := self.read()) and "error" not in message:
            pass
        return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri, version):
        while True:
            message = self.read()
            params = message.get("params") or {}
            if message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") == uri and params.get("version") == version:
                return params["diagnostics"]

    def close(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        self.process.wait(timeout=10)


def variants(text):
    """Edits a planner makes: a value changed back and forth, a comment typed, a line half-typed."""
    yield text.replace("primary: united-states", "primary: japan")
    yield text
    yield text + "# reviewed\n"
    yield text + "x-note: [unfinished\n"


def measure(binary, proposal, rounds, options):
    server = Server(binary, options)
    uri = "file://" + os.path.abspath(proposal) + ".bench"
    text = open(proposal, encoding="utf-8").read()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}})
    server.diagnostics(uri, 1)
    edits = list(variants(text))
    times = []
    counts = set()
    for round_number in range(rounds):
        version = round_number + 2
        started = time.perf_counter()
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                  "contentChanges": [{"text": edits[round_number % len(edits)]}]})
        counts.add(len(server.diagnostics(uri, version)))
        times.append((time.perf_counter() - started) * 1000)
    server.close()
    times.sort()
    return {
        "median": statistics.median(times),
        "p90": times[int(len(times) * 0.9)],
        "p99": times[min(len(times) - 1, int(len(times) * 0.99))],
        "max": times[-1],
        "diagnostic counts": sorted(counts),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--proposal", default=os.path.join(ROOT, "Examples/10-us-primary-responsibility-noncompliant.yaml"))
    parser.add_argument("--binary")
    parser.add_argument("--no-build", action="store_true")
    arguments = parser.parse_args()
    binary = arguments.binary
    if binary is None:
        if not arguments.no_build:
            subprocess.run(["swift", "build", "-c", "release", "--product", "accord"], cwd=ROOT, check=True, stdout=sys.stderr)
        binary = os.path.join(subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                                             capture_output=True, text=True).stdout.strip(), "accord")
    size = os.path.getsize(arguments.proposal)
    print(f"accord lsp, change -> diagnostics, {arguments.rounds} changes of {os.path.relpath(arguments.proposal, ROOT)} ({size} bytes), {os.cpu_count()} cores")
    print("| debounce | median | p90 | p99 | max |")
    print("|---|---|---|---|---|")
    for label, options in (("default (20 ms)", {}), ("0 ms (the check alone)", {"debounce_ms": 0})):
        result = measure(binary, arguments.proposal, arguments.rounds, options)
        print(f"| {label} | {result['median']:.1f} ms | {result['p90']:.1f} ms | {result['p99']:.1f} ms | {result['max']:.1f} ms |")
    print("target: under 50 ms (SPEC section 9)")


if __name__ == "__main__":
    main()
