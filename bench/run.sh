#!/usr/bin/env bash
# Rapport's performance benchmark, against the issue's budget: with 100 000 contacts and 10 000 companies, a
# contacts page of 50 rows and a search answer in under 50 ms median and 150 ms p99 at 16 concurrent clients;
# idle memory (RSS) of the application under 512 MB. It also times the bare SQL behind each request at the same
# concurrency, and the start to ready (first start on an empty data directory, later starts with the data).
#
# Run from anywhere, after building the jar (never run it while another build rewrites that jar):
#
#   ./mvnw -q package -DskipTests
#   bench/run.sh [path/to/rapport.jar]          # default: target/rapport-0.1.0-SNAPSHOT.jar of this repository
#
# Takes 12 to 25 minutes on 2 cores (3 to 10 warm-up rounds of 4 x 20 s, 4 x 25 s measured, 4 SQL runs x 25 s, 3 starts, loading
# the data and rebuilding the search index). It prints a summary table; everything it writes goes to bench/out/
# (results.txt, summary.txt, the application logs, the embedded PostgreSQL's data and binaries), which is
# deleted at the start of each run.
#
# Needs: Java 17+, curl, psql, pgbench (PostgreSQL 14+ clients) and wrk. When one is missing and it runs as
# root on Debian/Ubuntu, it installs it with apt-get (wrk; postgresql-client; pgbench comes with
# postgresql-client or, on Debian 12, postgresql-contrib). Without wrk, LOADGEN=java uses bench/Load.java,
# whose own CPU use lowers the figures on a small machine.
#
# It starts Rapport with its embedded PostgreSQL on 127.0.0.1 only (ports 18080 and 18432), sends traffic only
# there, and stops what it started (by process id) when it ends, also on Ctrl-C.
#
# Settings (environment): JAR, JAVA_OPTS (default: the README's small-server settings), APP_PORT (18080), PG_PORT (18432), CLIENTS (16),
# DURATION (25 s per measured run), WARMUP (20 s per scenario and warm-up round), WARMUP_ROUNDS (at most 10), IDLE (10 s before
# reading the RSS), LOADGEN (wrk, or java).
set -euo pipefail

CALLER_DIR=$PWD
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${1:-${JAR:-$ROOT/target/rapport-0.1.0-SNAPSHOT.jar}}
case $JAR in /*) ;; *) JAR=$CALLER_DIR/$JAR ;; esac

APP_PORT=${APP_PORT:-18080}
PG_PORT=${PG_PORT:-18432}
CLIENTS=${CLIENTS:-16}
DURATION=${DURATION:-25}
WARMUP=${WARMUP:-20}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-10}
IDLE=${IDLE:-10}
LOADGEN=${LOADGEN:-wrk}

BENCH=$ROOT/bench
OUT=$BENCH/out
DATA=$OUT/data
ADMIN_EMAIL=admin@bench.local
ADMIN_PASSWORD=bench-password-123
BASE=http://127.0.0.1:$APP_PORT
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres)

# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

# --- tools --------------------------------------------------------------------------------------------------
command -v psql >/dev/null || apt_install postgresql-client || true
command -v pgbench >/dev/null || apt_install postgresql-client || true
command -v pgbench >/dev/null || apt_install postgresql-contrib || true
if [ "$LOADGEN" = wrk ] && ! command -v wrk >/dev/null; then
  apt_install wrk || fail "wrk is missing (apt-get install wrk), or run with LOADGEN=java"
fi
for tool in java curl psql pgbench; do
  command -v $tool >/dev/null || fail "$tool is missing"
done
[ -f "$JAR" ] || fail "$JAR is missing: run ./mvnw -q package -DskipTests first, or pass the jar's path"
check_ports

# --- the application ----------------------------------------------------------------------------------------
rm -rf "$OUT"
mkdir -p "$OUT/sql"
APP_JAR=$JAR


echo "Rapport benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
echo "jar: $JAR ($(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC'))"
echo "java: $(java -version 2>&1 | head -1), options: $JAVA_OPTS; load generator: $LOADGEN; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

say "1. first start on an empty data directory (unpacks PostgreSQL, initdb, migrations)"
start_app "$OUT/app-1-first-start.log"
FIRST_MS=$READY_MS
echo "ready after $(seconds $FIRST_MS)"

say "2. loading 10 000 companies and 100 000 contacts (bench/load.sql)"
started=$(now_ms)
"${PSQL[@]}" -f "$BENCH/load.sql" >"$OUT/load.log" 2>&1 || { cat "$OUT/load.log" >&2; fail "loading failed"; }
LOAD_MS=$(( $(now_ms) - started ))
CONTACTS=$("${PSQL[@]}" -tAc 'select count(*) from contact')
COMPANIES=$("${PSQL[@]}" -tAc 'select count(*) from company')
OWNER_ID=$("${PSQL[@]}" -tAc 'select id from app_user order by created_at limit 1')
echo "$CONTACTS contacts and $COMPANIES companies in $(seconds $LOAD_MS)"
stop_app

say "2b. class-data-sharing archive for the production start (README): extract the jar, one training run"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" >"$OUT/extract.log" 2>&1 || { cat "$OUT/extract.log" >&2; fail "extracting the jar failed"; }
APP_JAR=$OUT/app/$(basename "$JAR")
(run_app "$OUT/app-cds-training.log" -XX:ArchiveClassesAtExit="$OUT/app/rapport.jsa" -Dspring.context.exit=onRefresh) \
  || fail "the training run failed, see $OUT/app-cds-training.log"
CDS_ARCHIVE=$OUT/app/rapport.jsa
echo "archive: $(( $(stat -c %s "$CDS_ARCHIVE") / 1048576 )) MB; every later start uses it"

say "3. later start with the data loaded"
start_app "$OUT/app-2-with-data.log"
LATER_MS=$READY_MS
echo "ready after $(seconds $LATER_MS); waiting for the search index to be rebuilt from the tables"
started=$(now_ms)
until grep -q "Search index for Contact rebuilt" "$OUT/app-2-with-data.log"; do
  grep -q "could not be rebuilt" "$OUT/app-2-with-data.log" && fail "the search index was not rebuilt, see $OUT/app-2-with-data.log"
  kill -0 "$APP_PID" 2>/dev/null || fail "the application died, see $OUT/app-2-with-data.log"
  (( $(now_ms) - started < 900000 )) || fail "the search index was not rebuilt in 15 minutes"
  sleep 0.5
done
INDEX_MS=$(( $(now_ms) - started + LATER_MS ))
echo "search index rebuilt $(seconds $INDEX_MS) after launch"

# Credentials: an API token, and a signed-in browser session (the sign-in form with its CSRF token).
api_token bench
ui_session
AUTH_API="Authorization: Bearer $TOKEN"
AUTH_UI="Cookie: JSESSIONID=$SESSION"

# Checks that each scenario answers 200 with 50 rows before timing it.
check() {
  local what=$1 url=$2 header=$3 pattern=$4 body rows
  body=$(curl -sf -H "$header" "$url") || fail "$what: GET $url did not answer 200"
  rows=$(grep -oE "$pattern" <<<"$body" | sort -u | wc -l || true)
  [ "$rows" -eq 50 ] || fail "$what: GET $url gave $rows rows, not 50"
}
check "API list" "$BASE/api/v1/contacts?limit=50" "$AUTH_API" '"id":"[0-9a-f-]{36}"'
check "API search" "$BASE/api/v1/contacts?limit=50&q=Hansen" "$AUTH_API" '"id":"[0-9a-f-]{36}"'
check "UI list" "$BASE/contacts" "$AUTH_UI" 'href="/contacts/[0-9a-f-]{36}"'
check "UI search" "$BASE/contacts?q=Hansen" "$AUTH_UI" 'href="/contacts/[0-9a-f-]{36}"'

# One scenario: NAME PATH HEADER SECONDS; "{q}" in PATH becomes a random line of bench/terms.txt.
load() {
  if [ "$LOADGEN" = wrk ]; then
    BENCH_NAME=$1 BENCH_PATH=$2 BENCH_HEADER=$3 BENCH_TERMS=$BENCH/terms.txt \
      wrk -t 2 -c "$CLIENTS" -d "${4}s" --timeout 10s -s "$BENCH/wrk.lua" "$BASE" | tail -1
  else
    java "$BENCH/Load.java" "$1" "$BASE$2" "$CLIENTS" "$4" 0 "$3" "$BENCH/terms.txt"
  fi
}
SCENARIOS=(
  "api-list|/api/v1/contacts?limit=50|$AUTH_API"
  "api-search|/api/v1/contacts?limit=50&q={q}|$AUTH_API"
  "ui-list|/contacts|$AUTH_UI"
  "ui-search|/contacts?q={q}|$AUTH_UI"
)
# The JIT needs minutes of this load on 2 cores before the app runs at its steady speed (C2 keeps a core busy
# meanwhile), so warm-up goes round the scenarios until no scenario's throughput grew by more than 10% over the
# previous round (from the third round on), or WARMUP_ROUNDS rounds have passed.
say "4. warm-up: rounds of ${WARMUP} s per scenario, $CLIENTS clients, until throughput settles (not counted)"
declare -A last_rate=()
for round in $(seq "$WARMUP_ROUNDS"); do
  settled=yes
  for s in "${SCENARIOS[@]}"; do
    IFS='|' read -r name path header <<<"$s"
    line=$(load "$name" "$path" "$header" "$WARMUP")
    echo "round $round: $line" | tee -a "$OUT/warmup.txt"
    rate=$(sed -nE 's/.*throughput=([0-9.]+).*/\1/p' <<<"$line")
    awk -v now="$rate" -v before="${last_rate[$name]:-0}" 'BEGIN { exit !(now > before * 1.1) }' && settled=no
    last_rate[$name]=$rate
  done
  [ "$settled" = yes ] && [ "$round" -ge 3 ] && break
done
WARMUP_DONE="$round rounds of ${WARMUP} s per scenario"
say "5. Rapport: each scenario ${DURATION} s, $CLIENTS clients (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
for s in "${SCENARIOS[@]}"; do
  IFS='|' read -r name path header <<<"$s"
  load "$name" "$path" "$header" "$DURATION" | tee -a "$OUT/results.txt"
done

# The SQL searches: one pgbench script per line of terms.txt, drawn at random. Every word of the term must begin
# a first name, a last name or a word of the company name (ILIKE, no index can help) -- an approximation of the
# app's Lucene search, which also matches e-mails, tags and phone digits and forgives one typo.
SEARCH_SCRIPTS=()
n=0
while IFS= read -r term || [ -n "$term" ]; do
  [ -n "$term" ] || continue
  n=$((n + 1))
  file=$OUT/sql/search-$(printf %03d $n).sql
  awk -v term="$term" 'BEGIN {
    gsub("\047", "\047\047", term)
    words = split(term, w, " ")
    printf "-- search for: %s\nselect * from contact where deleted_at is null", term
    for (i = 1; i <= words; i++)
      printf "\n  and (first_name ilike \047%s%%\047 or last_name ilike \047%s%%\047 or company_name ilike \047%s%%\047 or company_name ilike \047%% %s%%\047)", w[i], w[i], w[i], w[i]
    print "\nlimit 51;"
  }' >"$file"
  SEARCH_SCRIPTS+=(-f "$file")
done <"$BENCH/terms.txt"

# What the database does for a search request in Rapport: Lucene finds the hits, then Hibernate loads those 51
# rows by id. Twenty scripts of 51 random contacts each stand for the hits.
LOAD_SCRIPTS=()
for n in $(seq 20); do
  file=$OUT/sql/search-hits-$(printf %03d $n).sql
  { echo "-- loading 51 search hits by id"
    echo "select * from contact where id in ($("${PSQL[@]}" -tAc "select string_agg(quote_literal(id), ', ')
      from (select id from contact where deleted_at is null order by random() limit 51) hits"));"
  } >"$file"
  LOAD_SCRIPTS+=(-f "$file")
done

# NAME then pgbench's script arguments; prints NAME throughput=N/s latency-avg=Nms.
bare() {
  local name=$1 output tps avg
  shift
  output=$(pgbench -n -M prepared -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "$CLIENTS" -j 2 -T "$DURATION" \
    -D owner="$OWNER_ID" "$@" postgres 2>&1) || { echo "$output" >&2; fail "pgbench failed for $name"; }
  echo "$output" >"$OUT/pgbench-$name.txt"
  tps=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' <<<"$output")
  avg=$(sed -nE 's/^latency average = ([0-9.]+) ms.*/\1/p' <<<"$output")
  printf '%-14s throughput=%.1f/s latency-avg=%sms\n' "$name" "$tps" "$avg"
}
say "6. the bare SQL through pgbench: ${DURATION} s each, $CLIENTS clients (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
bare sql-list -f "$BENCH/list.sql" | tee -a "$OUT/results.txt"
bare sql-ui-list -f "$BENCH/ui-list.sql" | tee -a "$OUT/results.txt"
bare sql-search "${SEARCH_SCRIPTS[@]}" | tee -a "$OUT/results.txt"
bare sql-search-hits "${LOAD_SCRIPTS[@]}" | tee -a "$OUT/results.txt"

say "6b. likely duplicate pairs across the whole base (GET /api/v1/contacts/duplicates/pairs?limit=1000), 3 times"
DUPLICATES_S=()
for i in 1 2 3; do
  DUPLICATES_S+=("$(curl -sf -o "$OUT/duplicate-pairs.json" -w '%{time_total}' -H "$AUTH_API" \
    "$BASE/api/v1/contacts/duplicates/pairs?limit=1000")") || fail "the duplicate pairs request failed"
done
PAIRS=$(grep -o '"score"' "$OUT/duplicate-pairs.json" | wc -l)
echo "$PAIRS pairs; ${DUPLICATES_S[*]} s"
COMPANY_DUPLICATES_S=$(curl -sf -o "$OUT/company-duplicate-pairs.json" -w '%{time_total}' -H "$AUTH_API" \
  "$BASE/api/v1/companies/duplicates/pairs?limit=1000") || fail "the company duplicate pairs request failed"
COMPANY_PAIRS=$(grep -o '"score"' "$OUT/company-duplicate-pairs.json" | wc -l)
echo "companies: $COMPANY_PAIRS pairs; $COMPANY_DUPLICATES_S s"

say "7. memory after ${IDLE} s idle"
sleep "$IDLE"
RSS_MB=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
# PostgreSQL's processes share its buffers: their proportional set sizes (PSS) add up to what it really holds.
PG_MB=0
if pg=$(postmaster_pid); then
  PG_MB=$(( $(for p in "$pg" $(ps -o pid= --ppid "$pg"); do cat "/proc/$p/smaps_rollup" 2>/dev/null; done \
    | awk '/^Pss:/ { s += $2 } END { print s + 0 }') / 1024 ))
fi
echo "application JVM: $RSS_MB MB RSS; embedded PostgreSQL, all its processes: $PG_MB MB PSS"
# What the resident size is made of: the heap as the JVM holds it now, and the rest.
jcmd "$APP_PID" GC.heap_info 2>/dev/null | sed -n '2,4p' | tee "$OUT/heap-idle.txt"
stop_app

say "8. restart with the data and the search index in place"
start_app "$OUT/app-3-restart.log"
RESTART_MS=$READY_MS
echo "ready after $(seconds $RESTART_MS)"
stop_app

# --- summary ------------------------------------------------------------------------------------------------
field() { sed -nE "s/^$1 .*$2=([0-9.]+).*/\1/p" "$OUT/results.txt" | head -1; }
row() { # LABEL SCENARIO SQL-SCENARIO
  local median p99 rate sql share verdict
  median=$(field "$2" median); p99=$(field "$2" p99); rate=$(field "$2" throughput)
  sql=${3:+$(field "$3" throughput)}
  share=$(awk -v a="$rate" -v b="$sql" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "-" }')
  verdict=$(awk -v m="$median" -v p="$p99" 'BEGIN { print (m != "" && m < 50 && p < 150) ? "pass" : "FAIL" }')
  printf '%-34s %9s %9s %9s %12s %9s   %s\n' "$1" "$median ms" "$p99 ms" "$rate" "${sql:--}" "$share" "$verdict"
}
{
  echo
  echo "== Summary: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $CONTACTS contacts, $COMPANIES companies, $CLIENTS clients,"
  echo "   ${DURATION} s per run after a warm-up of $WARMUP_DONE, load generator $LOADGEN, JVM $JAVA_OPTS"
  printf '%-34s %9s %9s %9s %12s %9s   %s\n' "request (50 rows)" median p99 "req/s" "bare SQL q/s" "app/SQL" "budget 50 / 150 ms"
  row "API contacts page" api-list sql-list
  row "API search (varied names)" api-search sql-search
  row "UI contacts page /contacts" ui-list sql-ui-list
  row "UI search /contacts?q=" ui-search sql-search
  echo "bare SQL: the keyset page query; for the UI page also its two app_user queries; for search an ILIKE"
  echo "prefix match on names and company name, an APPROXIMATION: Rapport searches its Lucene index instead."
  hits=$(field sql-search-hits throughput)
  echo "The SQL Rapport itself runs for a search (loading the 51 hits by id, after Lucene): $hits q/s; the API"
  echo "search makes $(awk -v a="$(field api-search throughput)" -v b="$hits" 'BEGIN { printf "%.1f%%", 100 * a / b }') of that, the UI search $(awk -v a="$(field ui-search throughput)" -v b="$hits" 'BEGIN { printf "%.1f%%", 100 * a / b }')."
  echo
  printf '%-58s %s\n' "likely duplicate pairs across the base ($PAIRS shown)" "${DUPLICATES_S[*]} s (budget 30 s)"
  printf '%-58s %s\n' "likely duplicate company pairs ($COMPANY_PAIRS shown)" "$COMPANY_DUPLICATES_S s"
  printf '%-58s %s\n' "start to ready, first start (unpack, initdb, migrations)" "$(seconds $FIRST_MS)"
  printf '%-58s %s\n' "start to ready, first start after loading the data, CDS" "$(seconds $LATER_MS) (search index rebuilt in the background, done $(seconds $INDEX_MS) after launch)"
  printf '%-58s %s\n' "start to ready, restart with data and index in place, CDS" "$(seconds $RESTART_MS) ($( (( RESTART_MS < 10000 )) && echo pass || echo FAIL ), budget 10 s)"
  printf '%-58s %s\n' "idle RSS of the application JVM after the load" "$RSS_MB MB ($( [ "$RSS_MB" -lt 512 ] && echo pass || echo FAIL ), budget 512 MB; the embedded PostgreSQL holds $PG_MB MB more)"
  echo "Details: $OUT/results.txt, pgbench-*.txt, app-*.log"
} | tee "$OUT/summary.txt"
