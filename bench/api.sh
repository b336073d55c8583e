#!/usr/bin/env bash
# The contact API against its bare SQL, in the same run (issue 16): with 100 000 contacts and 10 000 companies
# (bench/load.sql), CLIENTS closed-loop clients after warm-up, each request type under wrk and, right after it,
# the SQL statement behind it under pgbench at the same concurrency; figures and app/SQL ratios against the budget:
#
#   create  POST  /api/v1/contacts               >= 1500/s, p99 < 50 ms, >= 20% of a single-row SQL insert
#   update  PATCH /api/v1/contacts/{id}          >= 1500/s, p99 < 50 ms, >= 20% of a single-row SQL update
#   read    GET   /api/v1/contacts/{id}          >= 3000/s                (SQL: select * by id)
#   list    GET   /api/v1/contacts?limit=50      >= 1500/s, p99 < 50 ms, >= 30% of bench/list.sql
#   search  GET   /api/v1/contacts?q=..&limit=20 >= 1500/s, p99 < 50 ms, >= 30% of an ILIKE prefix match
#   UI list GET   /contacts (signed in)          >= half the API list's rate  (SQL: bench/ui-list.sql)
#   idle RSS of the application after the load < 512 MB; restart with the data in place < 10 s.
#
#   ./mvnw -q package -DskipTests && bench/api.sh [path/to/rapport.jar]
#
# Everything goes to bench/out-api/ (deleted at the start): summary.txt, results.txt, warmup.txt, pgbench-*.txt,
# the SQL scripts, the application's logs, the embedded PostgreSQL's data and binaries. Rapport and its embedded
# PostgreSQL run on 127.0.0.1 only (ports 20080 and 20432); the script stops what it started (by process id) when
# it ends, also on Ctrl-C. About 15 to 25 minutes on 2 cores with the defaults.
#
# Needs Java 17+, curl, psql, pgbench (PostgreSQL 15+ clients) and wrk.
# Settings (environment): JAR, JAVA_OPTS (default: the small-server settings of bench/lib.sh), APP_PORT (20080),
# PG_PORT (20432), CLIENTS (16), DURATION (20 s per measured run, app and SQL alike), WARMUP (20 s per scenario and
# warm-up round), WARMUP_ROUNDS (at most 6; rounds stop once no scenario's rate grew by more than 10%, from the
# third round on), IDLE (10 s before reading the RSS).
set -euo pipefail

CALLER_DIR=$PWD
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${1:-${JAR:-$ROOT/target/rapport-0.1.0-SNAPSHOT.jar}}
case $JAR in /*) ;; *) JAR=$CALLER_DIR/$JAR ;; esac

APP_PORT=${APP_PORT:-20080}
PG_PORT=${PG_PORT:-20432}
CLIENTS=${CLIENTS:-16}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-20}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-6}
IDLE=${IDLE:-10}
THREADS=2

BENCH=$ROOT/bench
OUT=$BENCH/out-api
DATA=$OUT/data
ADMIN_EMAIL=admin@bench.local
ADMIN_PASSWORD=bench-password-123
BASE=http://127.0.0.1:$APP_PORT
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres)

# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

for tool in java jcmd curl psql pgbench wrk awk; do
  command -v "$tool" >/dev/null || fail "$tool is missing"
done
[ -f "$JAR" ] || fail "$JAR is missing: run ./mvnw -q package -DskipTests first, or pass the jar's path"
if ! [[ $CLIENTS =~ ^[0-9]+$ ]] || (( CLIENTS < THREADS )); then fail "CLIENTS must be a number of at least $THREADS"; fi
check_ports

rm -rf "$OUT"
mkdir -p "$OUT/sql"
APP_JAR=$JAR
HZ=$(getconf CLK_TCK)
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

echo "Rapport API benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
echo "jar: $JAR ($(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC'))"
echo "java: $(java -version 2>&1 | head -1), options: $JAVA_OPTS; load average: $(loadavg)"

say "1. first start on an empty data directory"
start_app "$OUT/app-1-first-start.log"
FIRST_MS=$READY_MS
echo "ready after $(seconds "$FIRST_MS")"

say "2. loading 10 000 companies and 100 000 contacts (bench/load.sql)"
started=$(now_ms)
"${PSQL[@]}" -f "$BENCH/load.sql" >"$OUT/load.log" 2>&1 || { cat "$OUT/load.log" >&2; fail "loading failed"; }
LOAD_MS=$(( $(now_ms) - started ))
CONTACTS=$("${PSQL[@]}" -tAc 'select count(*) from contact')
COMPANIES=$("${PSQL[@]}" -tAc 'select count(*) from company')
OWNER_ID=$("${PSQL[@]}" -tAc 'select id from app_user order by created_at limit 1')
echo "$CONTACTS contacts and $COMPANIES companies in $(seconds "$LOAD_MS")"
# The contacts that update and read by id address, for wrk and pgbench alike: only those whose every phone is
# Norwegian, because a PATCH checks the whole contact again and 1 in 4 of load.sql's other numbers are not valid
# (400). In random order; pgbench draws from the same list, numbered, in the table bench.ids.
"${PSQL[@]}" -tAc "select id from contact where deleted_at is null
  and not exists (select from unnest(phones) p where p not like '+47 %') order by random() limit 20000" >"$OUT/ids.txt"
IDS=$(grep -c . "$OUT/ids.txt")
(( IDS >= 1000 )) || fail "only $IDS contacts with Norwegian phones to update and read"
"${PSQL[@]}" -c "create schema bench" \
  -c "create table bench.ids (n int generated always as identity primary key, id uuid not null)" \
  -c "\\copy bench.ids (id) from '$OUT/ids.txt'" -c "analyze bench.ids"
echo "$IDS contacts to update and read by id (bench.ids and $OUT/ids.txt)"
stop_app

say "2b. class-data-sharing archive for the production start (README): extract the jar, one training run"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" >"$OUT/extract.log" 2>&1 \
  || { cat "$OUT/extract.log" >&2; fail "extracting the jar failed"; }
APP_JAR=$OUT/app/$(basename "$JAR")
(run_app "$OUT/app-cds-training.log" -XX:ArchiveClassesAtExit="$OUT/app/rapport.jsa" -Dspring.context.exit=onRefresh) \
  || fail "the training run failed, see $OUT/app-cds-training.log"
CDS_ARCHIVE=$OUT/app/rapport.jsa
echo "archive: $(( $(stat -c %s "$CDS_ARCHIVE") / 1048576 )) MB; every later start uses it"

say "3. restart with the data loaded"
LOG=$OUT/app-2-with-data.log
start_app "$LOG"
LATER_MS=$READY_MS
echo "ready after $(seconds "$LATER_MS"); waiting for the search index to be rebuilt from the tables"
started=$(now_ms)
until grep -q "Search index for Contact rebuilt" "$LOG"; do
  grep -q "could not be rebuilt" "$LOG" && fail "the search index was not rebuilt, see $LOG"
  kill -0 "$APP_PID" 2>/dev/null || fail "the application died, see $LOG"
  (( $(now_ms) - started < 900000 )) || fail "the search index was not rebuilt in 15 minutes"
  sleep 0.5
done
INDEX_MS=$(( $(now_ms) - started + LATER_MS ))
echo "search index rebuilt $(seconds "$INDEX_MS") after launch"

# Credentials: an API token, and a signed-in browser session (the sign-in form with its CSRF token).
api_token api-bench
ui_session
AUTH_API="Authorization: Bearer $TOKEN"
AUTH_UI="Cookie: JSESSIONID=$SESSION"

# --- the requests -------------------------------------------------------------------------------------------
# NAME|METHOD|PATH|BODY|HEADER. wrk-api.lua fills in "{n}" (unique per request), "{p}" (seven digits), "{id}" (a
# line of ids.txt, each wrk thread walking its own share: no two PATCHes of one contact at once) and "{q}" (a line
# of terms.txt).
CREATE_BODY='{"firstName":"Bench","lastName":"Writer{n}","email":"w{n}@bench.example","phone":"+47 9{p}"}'
PATCH_BODY='{"jobTitle":"Title {n}"}'
SCENARIOS=(
  "create|POST|/api/v1/contacts|$CREATE_BODY|$AUTH_API"
  "update|PATCH|/api/v1/contacts/{id}|$PATCH_BODY|$AUTH_API"
  "read|GET|/api/v1/contacts/{id}||$AUTH_API"
  "list|GET|/api/v1/contacts?limit=50||$AUTH_API"
  "search|GET|/api/v1/contacts?q={q}&limit=20||$AUTH_API"
  "ui-list|GET|/contacts||$AUTH_UI"
)

# Checks that a request answers 2xx before it is timed (one of each, the placeholders filled in by hand).
check() { # NAME METHOD PATH BODY HEADER
  local path=$3 body=$4 code type=application/json
  [ "$2" = PATCH ] && type=application/merge-patch+json
  path=${path//\{id\}/$(head -1 "$OUT/ids.txt")}
  path=${path//\{q\}/Hansen}
  body=${body//\{n\}/0$(date +%s%N)}
  body=${body//\{p\}/$(printf %07d $((RANDOM * 100 + RANDOM % 100)))}
  local args=(-s -o "$OUT/check-$1.txt" -w '%{http_code}' -X "$2" -H "$5" -H "Content-Type: $type")
  [ -n "$body" ] && args+=(-d "$body")
  code=$(curl "${args[@]}" "$BASE$path") || true
  [[ $code == 2?? ]] || fail "$1: $2 $path answered ${code:-nothing}, see $OUT/check-$1.txt"
  echo "$1: $2 $path $code"
}
say "4. each request answers 2xx"
for s in "${SCENARIOS[@]}"; do
  IFS='|' read -r name method path body header <<<"$s"
  check "$name" "$method" "$path" "$body" "$header"
done

load() { # NAME METHOD PATH BODY HEADER SECONDS: prints wrk-api.lua's line
  BENCH_NAME=$1 BENCH_METHOD=$2 BENCH_PATH=$3 BENCH_BODY=$4 BENCH_HEADER=$5 BENCH_TERMS=$BENCH/terms.txt \
    BENCH_IDS=$OUT/ids.txt BENCH_ID_WALK=$THREADS \
    wrk -t "$THREADS" -c "$CLIENTS" -d "${6}s" --timeout 10s -s "$BENCH/wrk-api.lua" "$BASE" | tail -1
}

# Runs a command that prints one line with requests=N, and appends the CPU the JVM and the embedded PostgreSQL
# used meanwhile: percent of one core, and CPU milliseconds per request (as bench/profile.sh does).
measure() {
  local line jvm0 pg0 jvm1 pg1 t0 t1 requests
  jvm0=$(ticks "$APP_PID"); pg0=$(pg_ticks); t0=$(now_ms)
  line=$("$@")
  jvm1=$(ticks "$APP_PID"); pg1=$(pg_ticks); t1=$(now_ms)
  requests=$(sed -nE 's/.* requests=([0-9]+).*/\1/p' <<<"$line")
  awk -v l="$line" -v j=$((jvm1 - jvm0)) -v p=$((pg1 - pg0)) -v n="${requests:-0}" -v hz="$HZ" -v ms=$((t1 - t0)) 'BEGIN {
    if (n < 1) n = 1
    printf "%s jvm-cpu=%.0f%% pg-cpu=%.0f%% jvm-ms/req=%.3f pg-ms/req=%.3f\n", l, 100000 * j / hz / ms,
      100000 * p / hz / ms, 1000 * j / hz / n, 1000 * p / hz / n }'
}

# --- the bare SQL -------------------------------------------------------------------------------------------
# pgbench, prepared statements, the same number of clients; "owner" and "ids" given with -D.
cat >"$OUT/sql/create.sql" <<'SQL'
-- One contact as POST /api/v1/contacts writes it (the columns Hibernate inserts): a time-ordered id like the
-- app's, a name, a unique e-mail, a Norwegian mobile number as typed and in E.164. Marked by the e-mail domain
-- bench-sql.example, deleted after the run.
\set p random(0, 9999999)
insert into contact (id, first_name, last_name, emails, phones, phones_e164, job_title, company_id, company_name,
                     street, postal_code, city, region, country, birth_date, gender, profession, source,
                     lifecycle_stage, external_id, owner_id, tags, custom_fields, merged_into_id, created_at,
                     updated_at, deleted_at, version)
values (uuidv7(), 'Bench', 'SqlWriter', array['s' || gen_random_uuid() || '@bench-sql.example']::varchar[],
        array['+47 9' || lpad(:p::text, 7, '0')]::varchar[], array['+479' || lpad(:p::text, 7, '0')]::varchar[],
        null, null, null, null, null, null, null, null, null, null, null, null, 'LEAD', null, :owner, '{}', '{}',
        null, now(), now(), null, 0);
SQL
cat >"$OUT/sql/update.sql" <<'SQL'
-- PATCH {"jobTitle": ...} of a random contact of the same list the API run uses.
\set n random(1, :ids)
update contact set job_title = 'Title ' || :n, updated_at = now(), version = version + 1
 where id = (select id from bench.ids where n = :n);
SQL
cat >"$OUT/sql/read.sql" <<'SQL'
-- GET /api/v1/contacts/{id} of a random contact of the same list the API run uses.
\set n random(1, :ids)
select * from contact where id = (select id from bench.ids where n = :n);
SQL
# The SQL searches: one pgbench script per line of terms.txt, drawn at random (as bench/run.sh, 21 rows: the page
# of 20 and one more). Every word of the term must begin a first name, a last name or a word of the company name
# (ILIKE, no index helps): an approximation of the app's Lucene search, which also matches e-mails, tags and
# phone digits and forgives one typo.
SEARCH_SCRIPTS=()
n=0
while IFS= read -r term || [ -n "$term" ]; do
  [ -n "$term" ] || continue
  n=$((n + 1))
  file=$OUT/sql/search-$(printf %03d "$n").sql
  awk -v term="$term" 'BEGIN {
    gsub("\047", "\047\047", term)
    words = split(term, w, " ")
    printf "-- search for: %s\nselect * from contact where deleted_at is null", term
    for (i = 1; i <= words; i++)
      printf "\n  and (first_name ilike \047%s%%\047 or last_name ilike \047%s%%\047 or company_name ilike \047%s%%\047 or company_name ilike \047%% %s%%\047)", w[i], w[i], w[i], w[i]
    print "\nlimit 21;"
  }' >"$file"
  SEARCH_SCRIPTS+=(-f "$file")
done <"$BENCH/terms.txt"

bare() { # NAME then pgbench's script arguments: prints NAME requests=N errors=N throughput=N/s latency-avg=Nms
  local name=$1 output
  shift
  output=$(pgbench -n -M prepared -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "$CLIENTS" -j "$THREADS" \
    -T "$DURATION" -D owner="$OWNER_ID" -D ids="$IDS" "$@" postgres 2>&1) \
    || { echo "$output" >&2; fail "pgbench failed for $name"; }
  echo "$output" >"$OUT/pgbench-$name.txt"
  awk -v name="$name" '
    /^number of transactions actually processed:/ { split($0, a, ": "); n = a[2] + 0 }
    /^number of failed transactions:/ { split($0, a, ": "); e = a[2] + 0 }
    /^latency average =/ { avg = $4 }
    /^tps = / { tps = $3 }
    END { printf "%-14s requests=%d errors=%d throughput=%.1f/s latency-avg=%sms\n", name, n, e, tps, avg }' <<<"$output"
}
# The bare SQL of each scenario, run right after it.
declare -A SQL=(
  [create]="-f $OUT/sql/create.sql"
  [update]="-f $OUT/sql/update.sql"
  [read]="-f $OUT/sql/read.sql"
  [list]="-f $BENCH/list.sql"
  [ui-list]="-f $BENCH/ui-list.sql"
)

# --- warm-up and measured runs ------------------------------------------------------------------------------
# The JIT needs minutes of this load on 2 cores before the app runs at its steady speed, so warm-up goes round
# the scenarios until no scenario's throughput grew by more than 10% over the previous round (from the third
# round on), or WARMUP_ROUNDS rounds have passed.
say "5. warm-up: rounds of ${WARMUP} s per scenario, $CLIENTS clients, until throughput settles (not counted)"
declare -A last_rate=()
round=0
for round in $(seq "$WARMUP_ROUNDS"); do
  settled=yes
  for s in "${SCENARIOS[@]}"; do
    IFS='|' read -r name method path body header <<<"$s"
    line=$(load "$name" "$method" "$path" "$body" "$header" "$WARMUP")
    echo "round $round: $line" | tee -a "$OUT/warmup.txt"
    rate=$(sed -nE 's/.*throughput=([0-9.]+).*/\1/p' <<<"$line")
    awk -v now="${rate:-0}" -v before="${last_rate[$name]:-0}" 'BEGIN { exit !(now > before * 1.1) }' && settled=no
    last_rate[$name]=${rate:-0}
  done
  [ "$settled" = yes ] && [ "$round" -ge 3 ] && break
done
WARMUP_DONE="$round rounds of ${WARMUP} s per scenario"

say "6. each request ${DURATION} s, then its bare SQL ${DURATION} s, $CLIENTS clients"
for s in "${SCENARIOS[@]}"; do
  IFS='|' read -r name method path body header <<<"$s"
  echo "-- $name (load average before: $(loadavg))"
  measure load "$name" "$method" "$path" "$body" "$header" "$DURATION" | tee -a "$OUT/results.txt"
  if [ "$name" = search ]; then
    measure bare "sql-$name" "${SEARCH_SCRIPTS[@]}" | tee -a "$OUT/results.txt"
  else
    # shellcheck disable=SC2086 # the -f option and its file
    measure bare "sql-$name" ${SQL[$name]} | tee -a "$OUT/results.txt"
  fi
  if [ "$name" = create ]; then
    # The SQL's contacts are not in the search index and the app never wrote them: away with them again.
    deleted=$("${PSQL[@]}" -tAc "with d as (delete from contact where last_name = 'SqlWriter'
      and emails[1] like '%@bench-sql.example' returning 1) select count(*) from d")
    "${PSQL[@]}" -c "vacuum analyze contact"
    echo "deleted the $deleted contacts the SQL inserted"
  fi
done

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
jcmd "$APP_PID" GC.heap_info 2>/dev/null | sed -n '2,4p' | tee "$OUT/heap-idle.txt" || true
stop_app

say "8. restart with the data and the search index in place"
start_app "$OUT/app-3-restart.log"
RESTART_MS=$READY_MS
echo "ready after $(seconds "$RESTART_MS")"
stop_app

# --- summary ------------------------------------------------------------------------------------------------
field() { sed -nE "s#^$1 .* $2=([0-9.]+).*#\1#p" "$OUT/results.txt" | head -1; }
API_LIST_RATE=$(field list throughput)
row() { # LABEL SCENARIO MIN-RATE MAX-P99 MIN-SHARE-OF-SQL [BUDGET-TEXT] (an empty one: no such budget)
  local rate median p99 errors jvm pg sql share verdict budget
  rate=$(field "$2" throughput); median=$(field "$2" median); p99=$(field "$2" p99); errors=$(field "$2" errors)
  jvm=$(field "$2" jvm-ms/req); pg=$(field "$2" pg-ms/req); sql=$(field "sql-$2" throughput)
  share=$(awk -v a="$rate" -v b="$sql" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "-" }')
  budget=">= $3/s"
  [ -n "$4" ] && budget="$budget, p99 < $4 ms"
  [ -n "$5" ] && budget="$budget, >= $5% of SQL"
  [ -n "${6:-}" ] && budget=$6
  verdict=$(awk -v r="$rate" -v p="$p99" -v e="$errors" -v s="$sql" -v minr="$3" -v maxp="$4" -v mins="$5" 'BEGIN {
    ok = r != "" && e == 0 && r >= minr
    if (maxp != "") ok = ok && p < maxp
    if (mins != "") ok = ok && s > 0 && 100 * r / s >= mins
    print ok ? "pass" : "FAIL" }')
  printf '%-30s %8s %8s %8s %5s %7s %6s %9s %7s  %-38s %s\n' "$1" "$rate" "$median" "$p99" "$errors" "$jvm" "$pg" \
    "${sql:--}" "$share" "$budget" "$verdict"
}
{
  echo
  echo "== Summary: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $CONTACTS contacts, $COMPANIES companies, $CLIENTS clients,"
  echo "   ${DURATION} s per run (app, then its bare SQL) after a warm-up of $WARMUP_DONE, JVM $JAVA_OPTS"
  printf '%-30s %8s %8s %8s %5s %7s %6s %9s %7s  %-38s %s\n' request "req/s" "p50 ms" "p99 ms" errors "JVM ms" "PG ms" \
    "SQL q/s" "app/SQL" budget result
  row "POST /api/v1/contacts" create 1500 50 20
  row "PATCH /api/v1/contacts/{id}" update 1500 50 20
  row "GET /api/v1/contacts/{id}" read 3000 "" ""
  row "GET /api/v1/contacts?limit=50" list 1500 50 30
  row "GET ...?q=<term>&limit=20" search 1500 50 30
  half=$(awk -v r="$API_LIST_RATE" 'BEGIN { printf "%.1f", r / 2 }')
  row "GET /contacts (UI, signed in)" ui-list "$half" "" "" ">= half the API list: $half/s"
  echo "JVM ms, PG ms: CPU milliseconds per request of the application and of the embedded PostgreSQL (all its"
  echo "processes) during the run. UI list budget: half the API list's rate. Bare SQL (pgbench -M prepared, same"
  echo "clients): a single-row insert of the columns the app writes; update of job_title, updated_at, version by id;"
  echo "select * by id; bench/list.sql; bench/ui-list.sql; search: an ILIKE prefix match per word of terms.txt"
  echo "on names and company name, limit 21, an APPROXIMATION of the app's Lucene search. Latency of the SQL runs:"
  echo "pgbench-*.txt; their PG CPU per query: results.txt."
  echo
  printf '%-58s %s\n' "start to ready, first start (unpack, initdb, migrations)" "$(seconds "$FIRST_MS")"
  printf '%-58s %s\n' "start to ready, first start after loading the data, CDS" "$(seconds "$LATER_MS") (search index rebuilt $(seconds "$INDEX_MS") after launch)"
  printf '%-58s %s\n' "start to ready, restart with data and index in place, CDS" "$(seconds "$RESTART_MS") ($( (( RESTART_MS < 10000 )) && echo pass || echo FAIL ), budget 10 s)"
  printf '%-58s %s\n' "idle RSS of the application JVM after the load" "$RSS_MB MB ($( [ "$RSS_MB" -lt 512 ] && echo pass || echo FAIL ), budget 512 MB; the embedded PostgreSQL holds $PG_MB MB more)"
  echo "Details: $OUT/results.txt, warmup.txt, pgbench-*.txt, app-*.log"
} | tee "$OUT/summary.txt"
