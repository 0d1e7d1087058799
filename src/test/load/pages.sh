#!/usr/bin/env bash
# Load figures for the catalogue's pages on the real catalogue, measured with wrk against the packaged app, each
# page beside /q/health/ready (one database round trip, no rendering) in the same run, as ratios.
# On demand, not part of the test suite. From the repository root:
#
#   src/test/load/pages.sh                      # build the jar if missing, start it on a fresh data dir, import
#                                               # both datasets from ../shared/data, warm up, measure, stop it
#   PORT=8103 DATA=/tmp/kp-load src/test/load/pages.sh
#   REUSE=1 DATA=/tmp/kp-load src/test/load/pages.sh   # keep a data dir whose imports are done (skips them)
#   LONG=1 src/test/load/pages.sh               # also 64 connections for 60 s on each page (non-2xx under load)
#   BASE=http://localhost:8080 src/test/load/pages.sh  # measure an app already running (nothing started)
#
# Settings (environment): PORT (8103), DATA (a new /tmp/kinopanorama-load.*), JAR (target/quarkus-app/quarkus-run.jar;
# BUILD=1 rebuilds it), JAVA_OPTS (-Xmx256m -XX:+UseSerialGC), SHARED (../shared/data), DURATION (10 s),
# THREADS (2), CONNECTIONS (16), LONG_SECONDS (60), LONG_CONNECTIONS (64).
set -euo pipefail
cd "$(dirname "$0")/../../.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }

PORT=${PORT:-8103}
SECONDS_EACH=${DURATION:-10}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}
SHARED=${SHARED:-../shared/data}
CURATOR=load-curator
SECRET='load-curator-secret'
app=""

stop_app() {
  if [[ -n "$app" ]] && kill -0 "$app" 2>/dev/null; then
    kill "$app"   # the app shuts its embedded PostgreSQL down cleanly on SIGTERM
    for _ in $(seq 1 30); do kill -0 "$app" 2>/dev/null || break; sleep 1; done
  fi
}
trap stop_app EXIT

if [[ -z "${BASE:-}" ]]; then
  base=http://localhost:$PORT
  [[ -d "$SHARED/soviet-bloc-cinema-data" && -d "$SHARED/movielens-ml-latest-small" ]] \
    || { echo "The real datasets are not in $SHARED (set SHARED): nothing measured." >&2; exit 2; }
  JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
  if [[ ! -f "$JAR" || -n "${BUILD:-}" ]]; then
    ./mvnw -q -DskipTests package
  fi
  DATA=${DATA:-$(mktemp -d /tmp/kinopanorama-load.XXXXXX)}
  if [[ -z "${REUSE:-}" ]]; then
    rm -rf "$DATA"
  fi
  mkdir -p "$DATA"
  echo "app: $JAR on port $PORT, data in $DATA, JAVA_OPTS=$JAVA_OPTS"
  # the import folder is the shared data folder, as README's "Import open datasets" says
  QUARKUS_HTTP_PORT=$PORT KINOPANORAMA_EMBEDDED_POSTGRES_DATA_DIR="$DATA/pg" \
    KINOPANORAMA_SESSION_KEY_FILE="$DATA/session.key" KINOPANORAMA_DATASETS_IMPORT_DIR="$SHARED" \
    KINOPANORAMA_ACCOUNTS_CURATOR_USERNAME=$CURATOR KINOPANORAMA_ACCOUNTS_CURATOR_PASSWORD=$SECRET \
    java $JAVA_OPTS -jar "$JAR" > "$DATA/app.log" 2>&1 &
  app=$!
  for i in $(seq 1 120); do curl -sf "$base/q/health/ready" >/dev/null && break; sleep 1; done
  curl -sf "$base/q/health/ready" >/dev/null || { echo "the app did not start: see $DATA/app.log" >&2; exit 1; }
  echo "up after $i s"
  if [[ ! -f "$DATA/imported" ]]; then
    start=$(date +%s)
    soviet=$(cd "$SHARED" && ls soviet-bloc-cinema-data/soviet-cinema-data-*.tar.gz | head -1)
    ids=()
    for query in "dataset=soviet-cinema&path=$soviet" "dataset=movielens&path=movielens-ml-latest-small"; do
      answer=$(curl -sS -u "$CURATOR:$SECRET" -X POST "$base/api/datasets/imports?$query")
      id=$(grep -o '"id":[0-9]*' <<<"$answer" | head -1 | cut -d: -f2)
      [[ -n "$id" ]] || { echo "import refused: $answer" >&2; exit 1; }
      ids+=("$id")
    done
    while :; do
      states=""
      for id in "${ids[@]}"; do
        states+=$(curl -sS -u "$CURATOR:$SECRET" "$base/api/datasets/imports/$id" | grep -o '"status":"[a-z]*"' | head -1)
      done
      case "$states" in *running*|*queued*) sleep 3 ;; *) break ;; esac
      (( $(date +%s) - start < 1800 )) || { echo "imports still running after 30 minutes" >&2; exit 1; }
    done
    grep -q failed <<<"$states" && { echo "an import failed: $states (see $DATA/app.log)" >&2; exit 1; }
    echo "imports done in $(( $(date +%s) - start )) s: $states"
    touch "$DATA/imported"
  fi
else
  base=$BASE
fi

# Related films are rebuilt after the imports, each rebuild a new catalogue version that empties the page cache:
# measure once the version has stood still for 15 s.
version() { curl -sS "$base/q/health/ready" | tr -d ' \n' | grep -o '"catalogue-version"[^}]*' | grep -o '"version":[^,}]*' || true; }
last=$(version); still=0
for _ in $(seq 1 600); do
  sleep 3; now=$(version)
  if [[ "$now" == "$last" ]]; then still=$((still + 3)); else still=0; last=$now; fi
  (( still >= 15 )) && break
done
echo "catalogue $last"

# A returning visitor: the CSRF cookie the first page gave (a signed-in reader's pages are never kept).
jar=$(mktemp)
curl -sS -c "$jar" -o /dev/null "$base/"
cookie=$(awk '$0 !~ /^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$jar")
rm -f "$jar"

# A signed-in reader (a new account): the page signed-in readers share, with their own parts (kept while their
# lists and ratings stay the same, checked by one read of their version).
jar=$(mktemp)
csrf=$(curl -sS -c "$jar" "$base/signup" | grep -o 'name="csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
reader="load-reader-$(date +%s)"
curl -sS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf=$csrf" --data-urlencode "username=$reader" \
  --data-urlencode "email=$reader@example.org" --data-urlencode "password=a long load secret" "$base/signup"
signed=$(awk '$0 !~ /^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " } /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); printf "%s%s=%s", sep, $6, $7; sep="; " }' "$jar")
rm -f "$jar"

first() { curl -sS -H "Cookie: $cookie" "$base$1" | grep -o "$2" | head -1 || true; }
film=$(first '/films?all=war&decade=1970&sort=year' 'href="/films/[0-9]*"' | grep -o '[0-9]*')
person=$(first "/films/$film" 'href="/people/[0-9]*"' | grep -o '[0-9]*')
list=$(first '/api/lists' '"slug":"[a-z0-9-]*"' | cut -d'"' -f4)
pages=(
  "film page|/films/$film"
  "film page, signed in|/films/$film|signed"
  "home|/"
  "list page|/lists/$list"
  "theme page|/themes/war"
  "person page|/people/$person"
  "films, two filters|/films?all=war&decade=1970"
  "search|/search?q=cranes+are+flying"
)

report=$(mktemp)
trap 'rm -f "$report"; stop_app' EXIT
cat > "$report" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("%.0f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
# prints "req/s p50 p99 non2xx socketErrors" for one path
# (after a pause: requests a slow page left queued when wrk stopped must not count against the next one)
measure() { sleep 3; wrk -t"$THREADS" -c"$2" -d"$3s" --latency -H "Cookie: ${4:-$cookie}" -s "$report" "$base$1" | tail -1; }
# the cookie of a page entry ("name|path" or "name|path|signed")
cookie_of() { [[ "$1" == *"|signed" ]] && echo "$signed" || echo "$cookie"; }
path_of() { local rest=${1#*|}; echo "${rest%%|*}"; }

for entry in "${pages[@]}" "ready|/q/health/ready"; do
  path=$(path_of "$entry"); with=$(cookie_of "$entry")
  status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: $with" "$base$path")
  [[ "$status" == 200 ]] || { echo "${entry%%|*}: $base$path answers $status" >&2; exit 1; }
  if [[ "$entry" == *"|signed" ]] && ! curl -sS -H "Cookie: $with" "$base$path" | grep -q ">$reader</a>"; then
    echo "${entry%%|*}: $base$path is not the signed-in reader's page (no '$reader' in its menu)" >&2; exit 1
  fi
  wrk -t1 -c4 -d3s -H "Cookie: $with" "$base$path" >/dev/null   # warm-up
done

table() { # connections seconds
  local ready_before ready_after ready rows=()
  ready_before=$(measure /q/health/ready "$1" "$2")
  for entry in "${pages[@]}"; do
    rows+=("${entry%%|*}|$(path_of "$entry")|$(measure "$(path_of "$entry")" "$1" "$2" "$(cookie_of "$entry")")")
  done
  ready_after=$(measure /q/health/ready "$1" "$2")
  ready=$(awk -v a="${ready_before%% *}" -v b="${ready_after%% *}" 'BEGIN { print (a + b) / 2 }')
  echo
  echo "wrk -t$THREADS -c$1 -d${2}s; /q/health/ready before and after: ${ready_before%% *} and ${ready_after%% *} req/s"
  printf '%-20s %-34s %9s %7s %8s %8s %8s %7s\n' page path req/s ratio p50-ms p99-ms non-2xx socket
  printf '%-20s %-34s %9s %7s %8s %8s %8s %7s\n' "/q/health/ready" "(mean of both)" "$ready" 1.00 \
    "$(cut -d' ' -f2 <<<"$ready_before")" "$(cut -d' ' -f3 <<<"$ready_before")" \
    "$(cut -d' ' -f4 <<<"$ready_before")" "$(cut -d' ' -f5 <<<"$ready_before")"
  for row in "${rows[@]}"; do
    IFS='|' read -r name path figures <<<"$row"
    read -r rps p50 p99 bad socket <<<"$figures"
    printf '%-20s %-34s %9s %7.2f %8s %8s %8s %7s\n' "$name" "$path" "$rps" "$(awk -v r="$rps" -v h="$ready" 'BEGIN { print r / h }')" \
      "$p50" "$p99" "$bad" "$socket"
  done
}

table "$CONNECTIONS" "$SECONDS_EACH"
if [[ -n "${LONG:-}" ]]; then
  table "${LONG_CONNECTIONS:-64}" "${LONG_SECONDS:-60}"
fi
if [[ -n "$app" ]]; then
  echo
  echo "app memory after the runs ($JAVA_OPTS): $(grep -E 'VmRSS|VmHWM' "/proc/$app/status" | tr -s ' \t' ' ' | tr '\n' ' ')"
fi
