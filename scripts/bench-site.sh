#!/usr/bin/env bash
# The engine at a site's shape, side by side with nmap -sT in the same run (issue 17, goals 1-3).
# Everything happens inside a network namespace this script creates (unshare -n): only its own
# loopback exists there, so no packet can leave the machine. Inside it a responder accepts on
# Guardian's seven DC ports on every 127.1.x.y address, and nftables drops everything sent to the
# black-holed DCs (their connects stall until the timeout, as behind a firewall that drops).
#
#   scripts/bench-site.sh [BINARY]     (default build/release/app/guardian-portcheck; root only)
#
# Prints one line per case: "case | ours ms | nmap ms | states right | goal ms". Not a test.
# Cases: site (500 DCs x 7 ports, 50 black-holed), host (one host, 2,000 ports, --per-host 256),
# dark (every one of 200 DCs black-holed, 7 ports each). Connect timeout 2 s everywhere.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
binary=$(realpath "${1:-build/release/app/guardian-portcheck}")
[ "$(id -u)" = 0 ] || { echo "bench-site: needs root (unshare -n, nftables): skipped" >&2; exit 0; }
[ -x "$binary" ] || { echo "bench-site: no binary at $binary" >&2; exit 1; }
command -v nft >/dev/null || { echo "bench-site: nft missing (apt-get install nftables)" >&2; exit 1; }
if [ "${BENCH_SITE_INSIDE:-}" != 1 ]; then
    exec env BENCH_SITE_INSIDE=1 unshare --net bash "$0" "$binary"
fi

ip link set lo up
ulimit -n 65536 2>/dev/null || true
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
ports=(389 3268 636 3269 5985 5986 445)
timeout_ms=2000

# One listener per port on 0.0.0.0 accepts for every 127.x address; it closes each connection
# at once (a /tcp probe only needs the handshake).
cat >"$work/responder.py" <<'EOF'
import socket, selectors, sys
sel = selectors.DefaultSelector()
for p in map(int, sys.argv[1:]):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("0.0.0.0", p)); s.listen(4096); s.setblocking(False)
    sel.register(s, selectors.EVENT_READ)
print("ready", flush=True)
while True:
    for key, _ in sel.select():
        try:
            while True:
                c, _ = key.fileobj.accept(); c.close()
        except BlockingIOError:
            pass
EOF
host_ports=$(seq 20000 21999 | tr '\n' ' ')
python3 "$work/responder.py" "${ports[@]}" $host_ports >"$work/responder.log" 2>&1 &
for _ in $(seq 100); do grep -q ready "$work/responder.log" 2>/dev/null && break; sleep 0.1; done

nft add table inet bench
nft add chain inet bench in '{ type filter hook input priority 0; }'
nft add rule inet bench in ip daddr 127.1.0.1-127.1.0.50 tcp flags syn drop  # site: 50 of 500
nft add rule inet bench in ip daddr 127.2.0.0/16 tcp flags syn drop          # dark: all of them

dc() { echo "127.$1.$(($2 / 250)).$(($2 % 250 + 1))"; }
now_ms() { date +%s%3N; }

# ours: probe every target; prints "ms open filtered"
ours() {
    local targets=$1; shift
    local start end
    start=$(now_ms)
    xargs -a "$targets" "$binary" probe --connect-timeout $timeout_ms "$@" --json "$work/ours.json" \
        >/dev/null 2>&1 || true
    end=$(now_ms)
    python3 - "$work/ours.json" $((end - start)) <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
checks = d.get("checks", [])
states = [c.get("state") for c in checks]
print(sys.argv[2], states.count("open"), states.count("filtered"), len(checks))
EOF
}

# nmap: the same targets; prints "ms open filtered"
theirs() {
    local hosts=$1 portlist=$2
    command -v nmap >/dev/null || { echo "- - -"; return; }
    local start end
    start=$(now_ms)
    nmap -sT -Pn -n -T4 --max-retries 0 --max-rtt-timeout ${timeout_ms}ms -p "$portlist" -iL "$hosts" \
        -oG "$work/nmap.txt" >/dev/null 2>&1 || true
    end=$(now_ms)
    local open filtered
    open=$(grep -o '[0-9]*/open/' "$work/nmap.txt" | wc -l)
    filtered=$(grep -o '[0-9]*/filtered/' "$work/nmap.txt" | wc -l)
    echo "$((end - start)) $open $filtered"
}

report() { # name ours theirs want_open want_filtered goal_ms
    read -r ms open filtered _ <<<"$2"
    read -r nms nopen nfiltered <<<"$3"
    local right=no
    [ "$open" = "$4" ] && [ "$filtered" = "$5" ] && right=yes
    printf '%-5s | ours %6s ms (%s open, %s filtered) | nmap %6s ms (%s open, %s filtered) | states right: %s | goal %s ms\n' \
        "$1" "$ms" "$open" "$filtered" "$nms" "$nopen" "$nfiltered" "$right" "$6"
}

# DCs NAME NET COUNT: COUNT DCs on 127.NET.x.y, their seven ports as targets (NAME.targets, NAME.hosts)
dcs() {
    : >"$work/$1.targets"; : >"$work/$1.hosts"
    for i in $(seq 0 $(($3 - 1))); do
        a=$(dc "$2" "$i"); echo "$a" >>"$work/$1.hosts"
        for p in "${ports[@]}"; do echo "$a:$p/tcp" >>"$work/$1.targets"; done
    done
}
dc_ports=$(IFS=,; echo "${ports[*]}")

# site: 500 DCs x 7 ports, the first 50 black-holed
dcs site 1 500
report site "$(ours "$work/site.targets")" "$(theirs "$work/site.hosts" "$dc_ports")" 3150 350 $((timeout_ms * 115 / 100))

# host: one host, 2,000 ports, --per-host 256
: >"$work/host.targets"
for p in $host_ports; do echo "127.3.0.1:$p/tcp" >>"$work/host.targets"; done
echo 127.3.0.1 >"$work/host.hosts"
report host "$(ours "$work/host.targets" --per-host 256)" "$(theirs "$work/host.hosts" 20000-21999)" 2000 0 nmap

# dark: 200 DCs, every one black-holed
dcs dark 2 200
report dark "$(ours "$work/dark.targets")" "$(theirs "$work/dark.hosts" "$dc_ports")" 0 1400 $((timeout_ms * 110 / 100))
