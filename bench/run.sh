#!/usr/bin/env bash
# Rapport's performance benchmark (issue budget: contacts list page and search under 50 ms median / 150 ms p99
# at 16 concurrent clients with 100 000 contacts and 10 000 companies; cold start under 10 s; idle RSS under
# 512 MB).
#
#   ./mvnw -q package -DskipTests && bash bench/run.sh
#
# Needs: a JDK 17+, psql and pgbench (Debian: apt-get install -y postgresql-client postgresql-contrib, or any
# PostgreSQL 14+ client). Takes about 10 minutes on 2 cores. Everything it makes goes to bench/out/; it stops
# the application it started. Settings: JAR, JAVA_OPTS, APP_PORT (18080), PG_PORT (15432), CLIENTS (16), DURATION (30 s per scenario), WARMUP (10 s).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-target/rapport-0.1.0-SNAPSHOT.jar}
# The JVM options the README recommends for a small server: a bounded heap that is given back when idle.
JAVA_OPTS=${JAVA_OPTS:--Xmx384m -XX:+UseG1GC -XX:G1PeriodicGCInterval=10000}
APP_PORT=${APP_PORT:-18080}
PG_PORT=${PG_PORT:-15432}
CLIENTS=${CLIENTS:-16}
SECONDS_PER_RUN=${DURATION:-30}
WARMUP=${WARMUP:-10}
OUT=bench/out
DATA=$OUT/data
ADMIN_EMAIL=admin@bench.local
ADMIN_PASSWORD=bench-password-123
BASE=http://127.0.0.1:$APP_PORT

for tool in java psql pgbench curl; do
  command -v $tool >/dev/null || { echo "bench: $tool is missing" >&2; exit 1; }
done
[ -f "$JAR" ] || { echo "bench: $JAR is missing; run ./mvnw -q package -DskipTests first" >&2; exit 1; }
PG_JAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | tail -1)

rm -rf "$OUT" && mkdir -p "$OUT"
APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    while kill -0 "$APP_PID" 2>/dev/null; do sleep 0.2; done
  fi
  APP_PID=
}
trap stop_app EXIT

# Starts the app and sets READY_MS to the milliseconds until it reported ready.
start_app() {
  local log=$1 started
  started=$(date +%s%N)
  RAPPORT_DATA_DIR=$DATA RAPPORT_DB_EMBEDDED_PORT=$PG_PORT SERVER_PORT=$APP_PORT \
    RAPPORT_ADMIN_EMAIL=$ADMIN_EMAIL RAPPORT_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    java $JAVA_OPTS -jar "$JAR" >"$log" 2>&1 &
  APP_PID=$!
  until curl -sf "$BASE/actuator/health/readiness" >/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "bench: the app died, see $log" >&2; exit 1; }
    sleep 0.1
  done
  READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

echo "== first start on an empty data directory"
start_app $OUT/app-first.log
FIRST_START_MS=$READY_MS
stop_app

echo "== loading 10 000 companies and 100 000 contacts"
start_app $OUT/app-load.log
PSQL="psql -q -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres"
LOAD_STARTED=$(date +%s)
$PSQL -f bench/load.sql >/dev/null
echo "   loaded in $(( $(date +%s) - LOAD_STARTED )) s: $($PSQL -tAc 'select count(*) from contact') contacts, $($PSQL -tAc 'select count(*) from company') companies"
stop_app

echo "== later start with the data loaded"
start_app $OUT/app.log
LATER_START_MS=$READY_MS
echo "   waiting for the search index to catch up"
until grep -q "Search index for Contact rebuilt" $OUT/app.log; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "bench: the app died, see $OUT/app.log" >&2; exit 1; }
  sleep 1
done

TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\",\"name\":\"bench\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/')
# A browser session for the UI page: the sign-in form with its CSRF token.
JAR_COOKIES=$OUT/cookies.txt
CSRF=$(curl -sf -c $JAR_COOKIES "$BASE/login" | sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -1)
curl -sf -b $JAR_COOKIES -c $JAR_COOKIES -o /dev/null -X POST "$BASE/login" \
  --data-urlencode "username=$ADMIN_EMAIL" --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$CSRF"
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' $JAR_COOKIES)

load() { java bench/Load.java "$1" "$2" "$CLIENTS" "$SECONDS_PER_RUN" "$WARMUP" "$3" bench/terms.txt | tee -a $OUT/results.txt; }
echo "== Rapport, $CLIENTS clients, ${SECONDS_PER_RUN}s each after ${WARMUP}s warm-up"
load api-list "$BASE/api/v1/contacts?limit=50" "Authorization: Bearer $TOKEN"
load api-search "$BASE/api/v1/contacts?limit=50&q={q}" "Authorization: Bearer $TOKEN"
load ui-list "$BASE/contacts" "Cookie: JSESSIONID=$SESSION"
load ui-search "$BASE/search?q={q}" "Cookie: JSESSIONID=$SESSION"

echo "== bare SQL through pgbench, $CLIENTS clients"
bare() {
  local tps
  tps=$(pgbench -n -h 127.0.0.1 -p $PG_PORT -U postgres -c "$CLIENTS" -j 2 -T "$SECONDS_PER_RUN" -f "$2" postgres 2>/dev/null \
    | sed -nE 's/^tps = ([0-9.]+).*/\1/p')
  printf '%-14s throughput=%s/s\n' "$1" "$tps" | tee -a $OUT/results.txt
}
bare sql-list bench/list.sql
bare sql-search bench/search.sql

sleep 10
RSS_MB=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
stop_app

rate() { sed -nE "s/^$1 .*throughput=([0-9.]+).*/\1/p" $OUT/results.txt; }
lat() { sed -nE "s/^$1 .*median=([0-9.]+)ms p99=([0-9.]+)ms.*/median \1 ms, p99 \2 ms/p" $OUT/results.txt; }
share() { awk -v a="$(rate "$1")" -v b="$(rate "$2")" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "n/a" }'; }
cat <<SUMMARY

== Summary ($(nproc) cores, $(date -u +%Y-%m-%d))
cold start, first ever (empty data dir):  ${FIRST_START_MS} ms to ready
cold start, with 100k contacts:           ${LATER_START_MS} ms to ready
idle RSS after the load:                  ${RSS_MB} MB
contacts page, API (50 rows):   $(lat api-list), $(rate api-list) req/s = $(share api-list sql-list) of bare SQL ($(rate sql-list) q/s)
contacts page, UI (50 rows):    $(lat ui-list), $(rate ui-list) req/s = $(share ui-list sql-list) of bare SQL
search, API (50 rows):          $(lat api-search), $(rate api-search) req/s = $(share api-search sql-search) of SQL prefix search ($(rate sql-search) q/s)
search box, UI (8+8 results):   $(lat ui-search), $(rate ui-search) req/s
(The app searches Lucene; the SQL line is the LIKE-prefix query a CRM without an index would run.)
SUMMARY
