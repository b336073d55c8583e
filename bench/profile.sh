#!/usr/bin/env bash
# Profiles the contact API (issue 16): create, update, read by id, list page and search, each for DURATION s with
# CLIENTS wrk connections after warm-up, with 100 000 contacts and 10 000 companies (bench/load.sql), while a JFR
# recording (settings=profile) runs. Records req/s, p50/p99 and the CPU the JVM and the embedded PostgreSQL used
# (from /proc/<pid>/stat) per request; then compares Hibernate Search's synchronization strategies (sync, read-sync,
# async) for create and update; and counts PostgreSQL statements per create and per update (log_statement=all).
# Each recording is summarised by bench/jfr-summary.py (top frames and cost categories).
#
#   ./mvnw -q package -DskipTests && bench/profile.sh [path/to/rapport.jar]
#
# Everything goes to bench/out-profile/ (deleted at the start). Ports 19080 and 19432 on 127.0.0.1. About 12 min.
# Settings: JAR, JAVA_OPTS, APP_PORT, PG_PORT, CLIENTS (16), DURATION (20), WARMUP (20), STRATEGIES ("read-sync async"),
# PROFILED ("create update read list search": the scenarios recorded), PROFILE_STRATEGY (the strategy they run
# with; default: the application's own).
set -euo pipefail
CALLER_DIR=$PWD
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${1:-${JAR:-$ROOT/target/rapport-0.1.0-SNAPSHOT.jar}}
case $JAR in /*) ;; *) JAR=$CALLER_DIR/$JAR ;; esac
APP_PORT=${APP_PORT:-19080}
PG_PORT=${PG_PORT:-19432}
CLIENTS=${CLIENTS:-16}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-20}
STRATEGIES=${STRATEGIES-read-sync async}
PROFILED=${PROFILED:-create update read list search}
PROFILE_STRATEGY=${PROFILE_STRATEGY:-}
BENCH=$ROOT/bench
OUT=$BENCH/out-profile
DATA=$OUT/data
ADMIN_EMAIL=admin@bench.local
ADMIN_PASSWORD=bench-password-123
BASE=http://127.0.0.1:$APP_PORT
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres)
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"
for tool in java jcmd jfr curl psql wrk python3; do command -v $tool >/dev/null || fail "$tool is missing"; done
[ -f "$JAR" ] || fail "$JAR is missing"
check_ports
rm -rf "$OUT"; mkdir -p "$OUT"
APP_JAR=$JAR
# Deep stacks, so that a sample's category (which framework called what) is known.
JFR_OPTS="-XX:+FlightRecorder -XX:FlightRecorderOptions:stackdepth=512"
STRATEGY_PROP=spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy

start_with() { # LOG [JVM options...]
  local log=$1 started code; shift
  started=$(now_ms)
  run_app "$log" $JFR_OPTS "$@" &
  APP_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/actuator/health/readiness" || true)" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || fail "the application died while starting, see $log"
    (( $(now_ms) - started < 300000 )) || fail "not ready in 300 s, see $log"
    sleep 0.2
  done
  echo "ready after $(seconds $(( $(now_ms) - started )))"
}
HZ=$(getconf CLK_TCK)

load() { # NAME METHOD PATH BODY SECONDS
  BENCH_NAME=$1 BENCH_METHOD=$2 BENCH_PATH=$3 BENCH_BODY=$4 BENCH_HEADER="Authorization: Bearer $TOKEN" \
    BENCH_TERMS=$BENCH/terms.txt BENCH_IDS=$OUT/ids.txt \
    wrk -t 2 -c "$CLIENTS" -d "${5}s" --timeout 10s -s "$BENCH/wrk-api.lua" "$BASE" | tail -1
}
# NAME METHOD PATH BODY [record]: one measured run; prints the wrk line with the CPU per request appended.
measure() {
  local name=$1 line jvm0 pg0 jvm1 pg1 requests
  [ "${5:-}" = record ] && jcmd "$APP_PID" JFR.start name="$name" settings=profile >/dev/null
  jvm0=$(ticks "$APP_PID"); pg0=$(pg_ticks)
  line=$(load "$1" "$2" "$3" "$4" "$DURATION")
  jvm1=$(ticks "$APP_PID"); pg1=$(pg_ticks)
  if [ "${5:-}" = record ]; then
    jcmd "$APP_PID" JFR.dump name="$name" filename="$OUT/$name.jfr" >/dev/null
    jcmd "$APP_PID" JFR.stop name="$name" >/dev/null
  fi
  requests=$(sed -nE 's/.* requests=([0-9]+).*/\1/p' <<<"$line")
  awk -v l="$line" -v j=$((jvm1 - jvm0)) -v p=$((pg1 - pg0)) -v n="$requests" -v hz="$HZ" -v d="$DURATION" 'BEGIN {
    printf "%s jvm-cpu=%.0f%% pg-cpu=%.0f%% jvm-ms/req=%.2f pg-ms/req=%.2f\n", l, 100 * j / hz / d, 100 * p / hz / d,
      1000 * j / hz / n, 1000 * p / hz / n }'
}
CREATE_BODY='{"firstName":"Bench","lastName":"Writer{n}","email":"w{n}@bench.example","phone":"+47 9{p}"}'
PATCH_BODY='{"jobTitle":"Title {n}"}'
ALL_SCENARIOS=(
  "create|POST|/api/v1/contacts|$CREATE_BODY"
  "update|PATCH|/api/v1/contacts/{id}|$PATCH_BODY"
  "read|GET|/api/v1/contacts/{id}|"
  "list|GET|/api/v1/contacts?limit=50|"
  "search|GET|/api/v1/contacts?q={q}&limit=20|"
)
SCENARIOS=()
for s in "${ALL_SCENARIOS[@]}"; do [[ " $PROFILED " == *" ${s%%|*} "* ]] && SCENARIOS+=("$s"); done

say "1. first start, loading 10 000 companies and 100 000 contacts"
start_with "$OUT/app-1.log"
"${PSQL[@]}" -f "$BENCH/load.sql" >"$OUT/load.log" 2>&1 || { cat "$OUT/load.log" >&2; fail "loading failed"; }
# Norwegian numbers only: a PATCH checks the whole contact again, and some of load.sql's numbers elsewhere are
# not valid (400).
"${PSQL[@]}" -tAc "select id from contact where deleted_at is null and phones_e164[1] like '+47%' order by random() limit 5000" >"$OUT/ids.txt"
# The embedded server's own output is dropped: a log file (from the next start on) to count statements in.
"${PSQL[@]}" -c "alter system set logging_collector = on" -c "alter system set log_directory = 'log'" >/dev/null
stop_app
say "2. start with the data (strategy: ${PROFILE_STRATEGY:-the default}); search index rebuilt from the tables"
start_with "$OUT/app-sync.log" ${PROFILE_STRATEGY:+"-D$STRATEGY_PROP=$PROFILE_STRATEGY"}
until grep -q "Search index for Contact rebuilt" "$OUT/app-sync.log"; do
  kill -0 "$APP_PID" 2>/dev/null || fail "the application died"; sleep 0.5
done
api_token profile

say "3. PostgreSQL statements per request (log_statement=all, 5 creates and 5 updates one at a time)"
# Statements in the server's log, without the scheduler's and the event publication registry's background queries.
statements() { grep -E 'LOG: +(statement|execute)' | grep -vcE 'LOG: +statement: *$|scheduled_tasks|mailbox|event_publication|alter system|pg_reload_conf' || true; }
count_statements() { # NAME METHOD PATH BODY
  local before after i body
  "${PSQL[@]}" -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null; sleep 1
  before=$(cat "$OUT/app-sync.log" "$DATA"/postgres/log/* 2>/dev/null | statements)
  for i in 1 2 3 4 5; do
    body=${4//\{n\}/9$i$RANDOM$RANDOM}; body=${body//\{p\}/$i$((RANDOM % 100000 + 100000))}
    curl -s -o /dev/null -w "$1 %{http_code}\n" -X "$2" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
      -d "$body" "$BASE${3//\{id\}/$(sed -n "${i}p" "$OUT/ids.txt")}"
  done
  sleep 1
  "${PSQL[@]}" -c "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null
  after=$(cat "$OUT/app-sync.log" "$DATA"/postgres/log/* 2>/dev/null | statements)
  echo "$1 statements per request: $(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.1f", (a - b) / 5 }')" \
    | tee -a "$OUT/results.txt"
}
count_statements create POST /api/v1/contacts "$CREATE_BODY"
count_statements update PATCH "/api/v1/contacts/{id}" "$PATCH_BODY"

say "4. warm-up: ${WARMUP} s per scenario, twice (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
for round in 1 2; do
  for s in "${SCENARIOS[@]}"; do
    IFS='|' read -r name method path body <<<"$s"
    echo "round $round: $(load "$name" "$method" "$path" "$body" "$WARMUP")" | tee -a "$OUT/warmup.txt"
  done
done
say "5. measured with JFR: ${DURATION} s each (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
for s in "${SCENARIOS[@]}"; do
  IFS='|' read -r name method path body <<<"$s"
  measure "$name" "$method" "$path" "$body" record | tee -a "$OUT/results.txt"
done
stop_app

for strategy in $STRATEGIES; do
  say "6. strategy $strategy: create and update, warm-up then ${DURATION} s each"
  start_with "$OUT/app-$strategy.log" "-D$STRATEGY_PROP=$strategy"
  api_token profile
  for round in 1 2; do
    for s in "${ALL_SCENARIOS[@]:0:2}"; do
      IFS='|' read -r name method path body <<<"$s"
      load "$name" "$method" "$path" "$body" "$WARMUP" >>"$OUT/warmup.txt"
    done
  done
  for s in "${ALL_SCENARIOS[@]:0:2}"; do
    IFS='|' read -r name method path body <<<"$s"
    measure "$name-$strategy" "$method" "$path" "$body" | tee -a "$OUT/results.txt"
  done
  stop_app
done

say "7. the recordings, summarised"
for s in "${SCENARIOS[@]}"; do
  name=${s%%|*}
  jfr print --events jdk.ExecutionSample --stack-depth 512 "$OUT/$name.jfr" >"$OUT/$name.samples.txt"
  python3 "$BENCH/jfr-summary.py" "$name" "$OUT/$name.samples.txt" | tee "$OUT/$name.summary.txt"
done
