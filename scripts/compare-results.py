#!/usr/bin/env python3
"""Compare two result JSON files (guardian-portcheck --json) in everything but times and ports.

    python3 scripts/compare-results.py [--tls-server-unavailable] linux.json windows.json

Used by scripts/windows.sh: the demo run by the Windows exe under Wine must give the same checks,
states, services, facts, messages, verdicts, reasons and summary as the Linux build. Ignored: the
run's start and finish, durations, the machine and user name, and every number in a text or an id
(the demo's loopback responders listen on ports the system picks, and messages quote times).

--tls-server-unavailable: the second run could not serve TLS (Wine's Schannel has no server side,
so the demo's own TLS responders fail there). Its TLS checks (ldaps, gcs, winrms, https) are
compared without their outcome, and the verdicts of the links that have one, and the summary, are
left out; everything else must still be equal.
"""
import json
import re
import sys

# clock.skewSeconds: the demo's DCs tell this machine's own time, so the skew is 0 or -1 depending
# on where the second boundary falls between the answer and its reading (the verdicts about the
# clock are still compared).
IGNORED_KEYS = {"started", "finished", "user", "elapsedMs", "elapsed", "ms", "durationMs", "rttMs", "timeMs",
                "clock.skewSeconds"}
NUMBER = re.compile(r"\d+")


def normalise(value, key=""):
    if isinstance(value, dict):
        return {k: normalise(v, k) for k, v in value.items()
                if k not in IGNORED_KEYS and not k.lower().endswith("ms") and not (key == "run" and k == "host")}
    if isinstance(value, list):
        return [normalise(v, key) for v in value]
    if isinstance(value, str):
        return NUMBER.sub("N", value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "N" if key in {"port", "ports"} or key.lower().endswith("ms") else value
    return value


def differences(a, b, path="$"):
    if type(a) is not type(b):
        yield f"{path}: {json.dumps(a)[:120]} != {json.dumps(b)[:120]}"
    elif isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                yield f"{path}.{k}: only in {'second' if k not in a else 'first'}"
            else:
                yield from differences(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        if len(a) != len(b):
            yield f"{path}: {len(a)} entries != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            yield from differences(x, y, f"{path}[{i}]")
    elif a != b:
        yield f"{path}: {json.dumps(a)[:120]} != {json.dumps(b)[:120]}"


TLS_KINDS = {"ldaps", "gcs", "winrms", "https", "tls"}


def without_tls_outcomes(doc):
    tls_links = {c.get("link") for c in doc.get("checks", []) if c.get("probe") in TLS_KINDS}
    doc["checks"] = [c if c.get("probe") not in TLS_KINDS else
                     {k: c.get(k) for k in ("id", "link", "host", "probe")} for c in doc.get("checks", [])]
    doc["verdicts"] = [v for v in doc.get("verdicts", []) if v.get("link") not in tls_links]
    doc.pop("summary", None)
    return doc


def main():
    args = sys.argv[1:]
    tls_unavailable = "--tls-server-unavailable" in args
    args = [a for a in args if a != "--tls-server-unavailable"]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    sys.argv[1:] = args
    docs = []
    for name in args:
        try:
            with open(name, encoding="utf-8") as f:
                docs.append(normalise(json.load(f)))
        except (OSError, ValueError) as e:
            print(f"{name}: {e}", file=sys.stderr)
            return 2
    if tls_unavailable:
        docs = [without_tls_outcomes(d) for d in docs]
    diffs = list(differences(*docs))
    for d in diffs[:40]:
        print(d)
    if diffs:
        print(f"{len(diffs)} differences between {sys.argv[1]} and {sys.argv[2]}")
        return 1
    checks = len(docs[0].get("checks", []))
    verdicts = len(docs[0].get("verdicts", []))
    print(f"same results in everything but times and ports: {checks} checks, {verdicts} verdicts"
          + (" (TLS outcomes left out: no TLS server side here)" if tls_unavailable else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
