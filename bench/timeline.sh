#!/usr/bin/env bash
# Timeline benchmark: a contact with 10 000 activities and a company with 500 contacts and 200 000 activities.
# Times, with CLIENTS closed-loop clients after a warm-up: each record's page, its timeline (the first 50 entries,
# which the page fetches once shown) and the same page of the API; and the bare SQL of a timeline page through
# pgbench at the same concurrency. Budget: page plus first 50 entries under 100 ms at p99 for the contact, under
# 200 ms for the company.
#
#   ./mvnw -q package -DskipTests && bench/timeline.sh [path/to/rapport.jar]     (about 8 minutes on 2 cores)
#
# Settings (environment): JAVA_OPTS (the README's small-server settings), APP_PORT (18081), PG_PORT (18433),
# CLIENTS (4), DURATION (20 s), WARMUP_ROUNDS (4). Output in bench/out-timeline/ (deleted at each start).
set -euo pipefail

CALLER_DIR=$PWD
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${1:-${JAR:-$ROOT/target/rapport-0.1.0-SNAPSHOT.jar}}
case $JAR in /*) ;; *) JAR=$CALLER_DIR/$JAR ;; esac
APP_PORT=${APP_PORT:-18081}
PG_PORT=${PG_PORT:-18433}
CLIENTS=${CLIENTS:-4}
DURATION=${DURATION:-20}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-4}

BENCH=$ROOT/bench
OUT=$BENCH/out-timeline
DATA=$OUT/data
ADMIN_EMAIL=admin@bench.local
ADMIN_PASSWORD=bench-password-123
BASE=http://127.0.0.1:$APP_PORT
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres)
CONTACT=00000000-0000-7000-8000-000000000000
COMPANY=00000000-0000-7000-8000-00000000c001

# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

command -v psql >/dev/null || apt_install postgresql-client || true
command -v pgbench >/dev/null || apt_install postgresql-contrib || true
command -v wrk >/dev/null || apt_install wrk || true
for tool in java curl psql pgbench wrk; do
  command -v $tool >/dev/null || fail "$tool is missing"
done
[ -f "$JAR" ] || fail "$JAR is missing: run ./mvnw -q package -DskipTests first, or pass the jar's path"
check_ports
rm -rf "$OUT"
mkdir -p "$OUT"
APP_JAR=$JAR

echo "Rapport timeline benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores; jar: $JAR"
echo "java options: $JAVA_OPTS; $CLIENTS clients; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

say "1. start and load the activities (bench/timeline-load.sql)"
start_app "$OUT/app.log"
started=$(now_ms)
"${PSQL[@]}" -f "$BENCH/timeline-load.sql" >"$OUT/load.log" 2>&1 || { cat "$OUT/load.log" >&2; fail "loading failed"; }
echo "$("${PSQL[@]}" -tAc 'select count(*) from activity') activities, \
$("${PSQL[@]}" -tAc 'select count(*) from activity_link') links in $(seconds $(( $(now_ms) - started )))"

api_token bench
ui_session
AUTH_API="Authorization: Bearer $TOKEN"
AUTH_UI="Cookie: JSESSIONID=$SESSION"

entries=$(curl -sf -H "$AUTH_UI" "$BASE/timeline/contact/$CONTACT" | grep -o 'class="timeline-entry"' | wc -l)
[ "$entries" -eq 50 ] || fail "the contact's timeline shows $entries entries, not 50"
entries=$(curl -sf -H "$AUTH_UI" "$BASE/timeline/company/$COMPANY" | grep -o 'class="timeline-entry"' | wc -l)
[ "$entries" -eq 50 ] || fail "the company's timeline shows $entries entries, not 50"

load() {
  BENCH_NAME=$1 BENCH_PATH=$2 BENCH_HEADER=$3 \
    wrk -t 2 -c "$CLIENTS" -d "${4}s" --timeout 10s -s "$BENCH/wrk.lua" "$BASE" | tail -1
}
SCENARIOS=(
  "contact-page|/contacts/$CONTACT|$AUTH_UI"
  "contact-timeline|/timeline/contact/$CONTACT|$AUTH_UI"
  "contact-api|/api/v1/activities?contactId=$CONTACT|$AUTH_API"
  "company-page|/companies/$COMPANY|$AUTH_UI"
  "company-timeline|/timeline/company/$COMPANY|$AUTH_UI"
  "company-api|/api/v1/activities?companyId=$COMPANY|$AUTH_API"
)
say "2. warm-up: $WARMUP_ROUNDS rounds of 15 s per scenario (not counted)"
for round in $(seq "$WARMUP_ROUNDS"); do
  for s in "${SCENARIOS[@]}"; do
    IFS='|' read -r name path header <<<"$s"
    echo "round $round: $(load "$name" "$path" "$header" 15)"
  done
done

say "3. measured: ${DURATION} s per scenario"
declare -A p99=() median=() rate=()
for s in "${SCENARIOS[@]}"; do
  IFS='|' read -r name path header <<<"$s"
  line=$(load "$name" "$path" "$header" "$DURATION")
  echo "$line" | tee -a "$OUT/results.txt"
  median[$name]=$(sed -nE 's/.*median=([0-9.]+)ms.*/\1/p' <<<"$line")
  p99[$name]=$(sed -nE 's/.*p99=([0-9.]+)ms.*/\1/p' <<<"$line")
  rate[$name]=$(sed -nE 's/.*throughput=([0-9.]+).*/\1/p' <<<"$line")
done

say "4. the bare SQL of a timeline page (pgbench, $CLIENTS clients, ${DURATION} s)"
declare -A sql=()
for record in contact company; do
  id=$CONTACT; [ $record = company ] && id=$COMPANY
  cat >"$OUT/sql-$record.sql" <<EOF
select a.* from activity_link l join activity a on a.id = l.activity_id
 where l.record_type = '$record' and l.record_id = '$id' order by l.occurred_at desc, l.activity_id desc limit 51;
EOF
  pgbench -n -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "$CLIENTS" -j 2 -T "$DURATION" -M prepared \
    -f "$OUT/sql-$record.sql" postgres >"$OUT/pgbench-$record.txt" 2>&1 || fail "pgbench failed"
  sql[$record]=$(sed -nE 's/^tps = ([0-9]+).*/\1/p' "$OUT/pgbench-$record.txt")
  echo "$record: ${sql[$record]} q/s"
done

say "Summary"
{
  printf '%-34s %9s %9s %9s %11s\n' "request ($CLIENTS clients)" median p99 req/s "bare SQL"
  for s in "${SCENARIOS[@]}"; do
    IFS='|' read -r name _ _ <<<"$s"
    record=${name%%-*}
    extra=""; [[ $name == *timeline || $name == *api ]] && extra="${sql[$record]} q/s"
    printf '%-34s %7s ms %7s ms %9s %11s\n' "$name" "${median[$name]}" "${p99[$name]}" "${rate[$name]}" "$extra"
  done
  for record in contact company; do
    budget=100; [ $record = company ] && budget=200
    total=$(awk -v a="${p99[$record-page]}" -v b="${p99[$record-timeline]}" 'BEGIN { printf "%.1f", a + b }')
    verdict=$(awk -v t="$total" -v b="$budget" 'BEGIN { print (t < b ? "pass" : "FAIL") }')
    printf '%s page + first 50 entries, p99 of each added: %s ms (%s, budget %s ms)\n' "$record" "$total" "$verdict" "$budget"
  done
} | tee "$OUT/summary.txt"
