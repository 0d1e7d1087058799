#!/usr/bin/env bash
# Load figures for the hot pages, measured with wrk against a running packaged app, side by side with
# /q/health/ready (one database round trip) as the reference. On demand, not part of the test suite:
#   ./mvnw -q -DskipTests package && java -jar target/quarkus-app/quarkus-run.jar &
#   src/test/load/pages.sh [http://localhost:8080] [seconds]
set -euo pipefail
base=${1:-http://localhost:8080}
seconds=${2:-15}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }

film=$(curl -fsS "$base/films?sort=year" | grep -o 'href="/films/[0-9]*"' | head -1 | grep -o '[0-9]*')
pages=(
  "readiness (reference)|/q/health/ready"
  "film page|/films/$film"
  "filtered film list|/films?all=betrayal&decade=1970"
  "search|/search?q=cranes+are+fyling"
)
report=$(mktemp)
cat > "$report" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("%.0f req/s, median %.2f ms, p99 %.2f ms, errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
for entry in "${pages[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  curl -fsS -o /dev/null "$base$path" || { echo "$name: $base$path does not answer 200" >&2; exit 1; }
  wrk -t1 -c4 -d3s "$base$path" >/dev/null   # warm-up
  printf '%-24s ' "$name"
  wrk -t2 -c16 -d"${seconds}s" --latency -s "$report" "$base$path" | tail -1
done
rm -f "$report"
