#!/usr/bin/env python3
"""Runs guardian-portcheck against the hostile files and loopback servers of issue 19 and prints the
peak memory and the time of each run. Every case must end within 5 s and 200 MB with the expected
outcome (a clear refusal, or a probe that reads as unexpected); the script exits 1 when one does not.

  python3 scripts/hostile.py [--seconds S] [PATH/TO/guardian-portcheck]
                                  (default build/release/app/guardian-portcheck; S defaults to 5)

CI passes --seconds 20: on a loaded 2-core machine the time limit is a hang check there, not the
issue's 5 s goal, which this script's figures report on a quiet machine.

Servers listen on 127.0.0.1 only; the program runs with PORTCHECK_LOOPBACK_ONLY=1.
"""
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time

LIMIT_MB = 200
LIMIT_S = 5.0


def run(binary, args, env):
    """Runs the program; returns (exit code, output, peak RSS in MB, seconds)."""
    start = time.monotonic()
    with tempfile.TemporaryFile() as out:
        # The old program grew past 4 GB on some of these: cap its address space so a regression
        # fails the case instead of the machine.
        cap = lambda: resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
        proc = subprocess.Popen([binary] + args, stdout=out, stderr=subprocess.STDOUT, env=env,
                                stdin=subprocess.DEVNULL, preexec_fn=cap)
        deadline = start + 30
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        seconds = time.monotonic() - start
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    code = os.waitstatus_to_exitcode(status)
    return code, text, usage.ru_maxrss / 1024.0, seconds


# ---- loopback servers -------------------------------------------------------------------------

class Server:
    """Accepts on 127.0.0.1; `handler(conn)` speaks to each client in its own thread."""

    def __init__(self, handler):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.handler = handler
        self.stop = False
        threading.Thread(target=self.loop, daemon=True).start()

    def loop(self):
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self.serve, args=(conn,), daemon=True).start()

    def serve(self, conn):
        try:
            conn.recv(65536)
            self.handler(conn)
        except OSError:
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass

    def close(self):
        self.stop = True
        self.sock.close()


def send_then_hold(data, hold=6.0):
    def handler(conn):
        conn.sendall(data)
        time.sleep(hold)
    return handler


def endless(prefix, chunk, seconds=6.0):
    def handler(conn):
        conn.sendall(prefix)
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            conn.sendall(chunk)
    return handler


def slowloris(data, seconds=8.0):
    def handler(conn):
        end = time.monotonic() + seconds
        i = 0
        while time.monotonic() < end:
            conn.sendall(data[i % len(data):i % len(data) + 1])
            i += 1
            time.sleep(0.2)
    return handler


def smb_negotiate(dialect):
    header = b"\xfeSMB" + (64).to_bytes(2, "little") + bytes(2) + bytes(4) + bytes(2) + (1).to_bytes(2, "little")
    header += (1).to_bytes(4, "little") + bytes(4) + bytes(8) + bytes(4) + bytes(4) + bytes(8) + bytes(16)
    body = (65).to_bytes(2, "little") + (1).to_bytes(2, "little") + dialect.to_bytes(2, "little") + bytes(2)
    body += b"HostileServer!!!" + bytes(4) + (65536).to_bytes(4, "little") * 3 + bytes(16)
    body += bytes(2) + bytes(2) + bytes(4)
    msg = header + body
    return b"\0" + len(msg).to_bytes(3, "big") + msg


# ---- hostile files -----------------------------------------------------------------------------

CATALOG_HEAD = """catalog: {id: t, version: "1"}
sources: [{id: s1, title: S}]
roles: [{id: a, name: A}, {id: b, name: B}]
components: [{id: core, always: true}]
links:
  - id: l1
    from: a
    to: b
    component: core
    sources: [s1]
    requires:
      any-of:
        - &a0 {all-of: [389, 389, 389, 389, 389, 389, 389, 389]}
"""


def alias_bomb():
    text = CATALOG_HEAD
    for level in range(1, 9):
        text += "        - &a%d {all-of: [%s]}\n" % (level, ", ".join(["*a%d" % (level - 1)] * 8))
    return text


def results_document(message_text, message="m"):
    return json.dumps({
        "tool": "guardian-portcheck", "version": "1.2.0", "schema": 1,
        "run": {"started": "2026-11-27T10:00:00Z", "finished": "2026-11-27T10:00:02Z", "host": "gsrv01",
                "vantage": ["guardian-server"], "options": {}},
        "checks": [{"id": "1", "link": "service-dc-ldap", "from": "guardian-server", "to": "domain-controller",
                    "host": "dc1.corp.example", "address": "127.0.0.1", "port": 389, "probe": "ldap",
                    "state": "refused", "service": "not-probed", "latency_ms": -1, "facts": {},
                    "message": message, "message_text": message_text}],
        "verdicts": [], "summary": {}})


def fan_out(levels, uses):
    value = "leaf"
    for _ in range(levels):
        value = {"context": "Text", "source": "%1" * uses, "args": [value]}
    return value


def profile_with_hosts(hosts):
    lines = ["profile: 1", "vantage: [guardian-server]", "hosts:", "  domain-controller:"]
    lines += ["    - %s" % h for h in hosts]
    return "\n".join(lines) + "\n"


def main():
    global LIMIT_S
    args = sys.argv[1:]
    if args[:1] == ["--seconds"] and len(args) >= 2:
        LIMIT_S = float(args[1])
        args = args[2:]
    binary = args[0] if args else "build/release/app/guardian-portcheck"
    if not os.access(binary, os.X_OK):
        print("no program at %s: build first (cmake --build --preset release)" % binary, file=sys.stderr)
        return 2
    env = dict(os.environ, PORTCHECK_LOOPBACK_ONLY="1", QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    work = tempfile.mkdtemp(prefix="portcheck-hostile-")

    def write(name, data):
        path = os.path.join(work, name)
        with open(path, "wb") as f:
            f.write(data.encode() if isinstance(data, str) else data)
        return path

    fifo = os.path.join(work, "never-writes.fifo")
    os.mkfifo(fifo)
    bomb25 = results_document(fan_out(11, 8))   # about 1 KB here; the was 25 KB
    bomb31 = results_document(fan_out(31, 2))
    big_message = results_document("x" * (1 << 20))
    hosts_100k = profile_with_hosts(["dc%d.corp.example" % i for i in range(100000)])
    dupes = profile_with_hosts(["dc1.corp.example"] * 200000)
    deep = "profile: 1\nvantage: " + "[" * 10000 + "]" * 10000 + "\n"
    cases = [
        # (name, arguments, words the output must contain)
        ("catalog: anchors 9 deep x 8 aliases", ["catalog", "--catalog", write("bomb.yaml", alias_bomb())],
         "expand to more than"),
        ("catalog: /dev/zero", ["catalog", "--catalog", "/dev/zero"], "not a regular file"),
        ("catalog: a FIFO that never writes", ["catalog", "--catalog", fifo], "not a regular file"),
        ("catalog: a directory", ["catalog", "--catalog", work], "a folder"),
        ("catalog: 5 MB", ["catalog", "--catalog", write("big.yaml", "#" * (5 << 20))], "larger than"),
        ("profile: /dev/zero", ["run", "/dev/zero", "--dry-run"], "not a regular file"),
        ("profile: a FIFO that never writes", ["run", fifo, "--dry-run"], "not a regular file"),
        ("profile: a directory", ["run", work, "--dry-run"], "a folder"),
        ("profile: 9 MB", ["run", write("big-profile.yaml", "#" * (9 << 20)), "--dry-run"], "larger than"),
        ("profile: 10,000-deep nesting", ["run", write("deep.yaml", deep), "--dry-run"], "deep.yaml"),
        ("profile: 200,000 duplicate hosts", ["run", write("dupes.yaml", dupes), "--dry-run"],
         "more of the same kind"),
        ("profile: 100,000 hosts, run --dry-run", ["run", write("hosts.yaml", hosts_100k), "--dry-run"], "dc99999"),
        ("results: %1 x8, 11 deep", ["merge", write("bomb25.json", bomb25), "--json", os.path.join(work, "o1.json")],
         ""),
        ("results: %1 x2, 31 deep", ["merge", write("bomb31.json", bomb31), "--json", os.path.join(work, "o2.json")],
         ""),
        ("results: /dev/zero", ["merge", "/dev/zero"], "not a regular file"),
        ("results: a FIFO that never writes", ["merge", fifo], "not a regular file"),
        ("results: 1 MB message to PDF", ["merge", write("big-message.json", big_message), "--pdf",
                                          os.path.join(work, "big.pdf")], ""),
    ]
    servers = [
        ("winrm: chunk size 2^63", "winrm", send_then_hold(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n7fffffffffffffff\r\nabcdefgh"),
         "oversized chunk"),
        ("http: 100 MB answer", "http", endless(b"HTTP/1.1 200 OK\r\nContent-Length: 104857600\r\n\r\n",
                                                b"x" * 65536), "identified"),  # the http probe reads headers only
        ("http: endless headers", "http", endless(b"HTTP/1.1 200 OK\r\n", b"X-A: b\r\n" * 1000), "unexpected"),
        ("http: slowloris", "http", slowloris(b"HTTP/1.1 200 OK\r\nX-A: b\r\n"), "unexpected"),
        ("winrm: XML entity bomb", "winrm", send_then_hold(
            b"HTTP/1.1 200 OK\r\nContent-Length: 400\r\n\r\n" +
            (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
             b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]><l>&d;</l>').ljust(400)),
         "unexpected"),
        ("ldap: BER length 2^31", "ldap", send_then_hold(b"\x30\x84\x80\x00\x00\x00\x02\x01\x01"), "unexpected"),
        ("smb: dialect never offered", "smb", send_then_hold(smb_negotiate(0x0311)), "never offered"),
    ]

    failures = 0
    print("%-44s %5s %9s %8s  %s" % ("case", "exit", "peak MB", "seconds", "result"))

    def report(name, code, text, mb, seconds, expect):
        nonlocal failures
        crashed = code < 0 or code == 3 or code >= 128
        ok = not crashed and mb < LIMIT_MB and seconds < LIMIT_S and (not expect or expect in text)
        failures += 0 if ok else 1
        why = "ok" if ok else "FAIL"
        if not ok:
            last = text.strip().splitlines()[-1:] if text.strip() else ["(no output)"]
            why += ": " + last[0][:100]
        print("%-44s %5d %9.1f %8.2f  %s" % (name, code, mb, seconds, why))
        sys.stdout.flush()

    for name, args, expect in cases:
        code, text, mb, seconds = run(binary, args, env)
        report(name, code, text, mb, seconds, expect)
    for name, kind, handler, expect in servers:
        server = Server(handler)
        code, text, mb, seconds = run(binary, ["probe", "127.0.0.1:%d/%s" % (server.port, kind),
                                               "--timeout", "3000"], env)
        server.close()
        report(name, code, text, mb, seconds, expect)
    print("limits: %d MB, %.0f s; %s" % (LIMIT_MB, LIMIT_S, "all within" if not failures else
                                          "%d case(s) FAILED" % failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
