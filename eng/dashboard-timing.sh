#!/bin/bash
# Times the sample host's area dashboard (GET / with an analyst key) cold, warm and after a write, at the default area
# (39,000 learners), on a new database: the figures of "The cached results" in docs/articles/sample-host.md.
#
#   dotnet build samples/Careers.SampleHost -c Release
#   eng/dashboard-timing.sh [samples/Careers.SampleHost/bin/Release/net10.0] [npgsql-connection-string]
#
# Without a connection string the host uses a new SQLite file in a temporary folder; with one (its database must not
# exist yet, or hold no area), PostgreSQL. Each line gives the wall time, the host process's CPU time (user + system)
# over the request, and the load average: on a shared machine the CPU time is the steadier figure.
set -euo pipefail
bin=$(cd "${1:-samples/Careers.SampleHost/bin/Release/net10.0}" && pwd)
postgres=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
port=$((20000 + RANDOM % 20000))
if [ -n "$postgres" ]; then
  export Careers__Database__Provider=PostgreSql ConnectionStrings__Careers="$postgres"
else
  export ConnectionStrings__Careers="Data Source=$work/careers.db"
fi
export Urls=http://127.0.0.1:$port Careers__RateLimit__PermitsPerMinute=100000
(cd "$bin" && exec dotnet Careers.SampleHost.dll) > "$work/host.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do grep -q "listening on" "$work/host.log" && break; sleep 1; done
key=$(grep -E "^ +Analyst " "$work/host.log" | awk '{print $2}')
if [ -z "$key" ]; then
  echo "The host printed no analyst key: it needs a new database (development keys are made on the first start)." >&2
  kill $pid; exit 1
fi
cpu() { awk '{print $14 + $15}' /proc/$pid/stat; }
ticks=$(getconf CLK_TCK)
get() {
  local c0 c1 answer
  c0=$(cpu)
  answer=$(curl -s -o /dev/null -w "%{http_code} %{time_total}" -H "X-Api-Key: $key" "http://127.0.0.1:$port$1")
  c1=$(cpu)
  echo "GET $1 ($2): HTTP ${answer% *}, ${answer#* } s, host CPU $(( (c1 - c0) * 1000 / ticks )) ms, load $(cut -d' ' -f1-3 /proc/loadavg)"
}
get / cold
for n in 1 2 3 4 5; do get / "warm $n"; done
# A write as the host makes one: the data version bumped (here by hand, as a fix made in SQL must do).
if [ -n "$postgres" ]; then
  kill $pid; wait $pid 2>/dev/null || true
  echo "(after-a-write timing is for SQLite: bump area_version yourself on PostgreSQL and time GET / again)"
  exit 0
fi
python3 -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('UPDATE area_version SET Version = Version + 1'); c.commit()" "$work/careers.db"
get / "after a write"
get / "warm again"
grep -E "VmRSS|VmHWM" /proc/$pid/status | tr -s ' \t' ' '
kill $pid; wait $pid 2>/dev/null || true
