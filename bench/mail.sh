#!/usr/bin/env bash
# Email ingest benchmark, against the issue's budget: take in 10 000 messages from an IMAP mailbox at 200
# messages/s or more. A GreenMail server (bench/MailServer.java) holds COUNT generated messages from CONTACTS
# customers in one INBOX (plain text and multipart/alternative bodies of 1-5 KB, every 10th with a 20-50 KB
# attachment, one in five a reply); Rapport, started on an empty data directory with those customers as contacts,
# gets the mailbox (polled every second) and the script follows GET /api/v1/mailboxes/{id} every 0.5 s until the
# last UID is taken in. It prints figures and asserts nothing.
#
#   ./mvnw -q package -DskipTests
#   bench/mail.sh [path/to/rapport.jar]         # COUNT=2000 bench/mail.sh for a shorter run
#
# Takes 3 to 5 minutes on 2 cores. Before Rapport starts, the same INBOX is read once by a bare Jakarta Mail client
# the way Rapport's fetcher reads it (MailServer.java read): what GreenMail and the IMAP client manage alone on
# this machine, the ceiling for the app's figure. GreenMail runs on the same 2 cores as Rapport and its
# PostgreSQL throughout, so its cost is in the figure. Afterwards it checks, through the API, that every message
# landed once on its contact's timeline and that replies joined their threads.
#
# Needs Java 17+ and curl, and GreenMail's standalone jar (com.icegreen:greenmail-standalone:2.1.8): taken from
# GREENMAIL_JAR, ~/.m2, or fetched from Maven Central with ./mvnw dependency:copy (which compiles nothing).
# Everything runs on 127.0.0.1 (ports below); it stops what it started, by process id, when it ends, also on
# Ctrl-C. Output in bench/out-mail/ (deleted at each start): the app's and the mail server's logs, progress.txt,
# summary.txt, the embedded PostgreSQL's data, and a copy of the jar (so a rebuild during the run cannot touch it)
# (ignored by git).
#
# Settings (environment): JAR, JAVA_OPTS (the README's small-server settings), COUNT (10000), CONTACTS (500),
# APP_PORT (18082), PG_PORT (18434), SMTP_PORT (13025), IMAP_PORT (13143), BARE (1: read the INBOX without
# Rapport first; 0: skip), GREENMAIL_JAR.
set -euo pipefail

CALLER_DIR=$PWD
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${1:-${JAR:-$ROOT/target/rapport-0.1.0-SNAPSHOT.jar}}
case $JAR in /*) ;; *) JAR=$CALLER_DIR/$JAR ;; esac
APP_PORT=${APP_PORT:-18082}
PG_PORT=${PG_PORT:-18434}
SMTP_PORT=${SMTP_PORT:-13025}
IMAP_PORT=${IMAP_PORT:-13143}
COUNT=${COUNT:-10000}
CONTACTS=${CONTACTS:-500}
BARE=${BARE:-1}
GREENMAIL_VERSION=2.1.8
GREENMAIL_JAR=${GREENMAIL_JAR:-$HOME/.m2/repository/com/icegreen/greenmail-standalone/$GREENMAIL_VERSION/greenmail-standalone-$GREENMAIL_VERSION.jar}

BENCH=$ROOT/bench
OUT=$BENCH/out-mail
DATA=$OUT/data
ADMIN_EMAIL=admin@bench.local
ADMIN_PASSWORD=bench-password-123
BASE=http://127.0.0.1:$APP_PORT
TEAM=team@bench.test

# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"

MAIL_PID=
stop_mail() {
  local i
  [ -n "$MAIL_PID" ] || return 0
  kill -TERM "$MAIL_PID" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do kill -0 "$MAIL_PID" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$MAIL_PID" 2>/dev/null && kill -KILL "$MAIL_PID" 2>/dev/null || true
  wait "$MAIL_PID" 2>/dev/null || true
  MAIL_PID=
}
trap 'stop_app; stop_mail' EXIT

for tool in java curl awk; do
  command -v $tool >/dev/null || fail "$tool is missing"
done
[ -f "$JAR" ] || fail "$JAR is missing: run ./mvnw -q package -DskipTests first, or pass the jar's path"
check_ports
for port in "$SMTP_PORT" "$IMAP_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "port $port is in use: stop what listens there, or set SMTP_PORT / IMAP_PORT"
  fi
done
rm -rf "$OUT"
mkdir -p "$OUT"
if [ ! -f "$GREENMAIL_JAR" ]; then
  echo "bench: fetching com.icegreen:greenmail-standalone:$GREENMAIL_VERSION from Maven Central"
  (cd "$ROOT" && ./mvnw -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:$GREENMAIL_VERSION \
    -DoutputDirectory="$OUT/greenmail") || fail "could not fetch GreenMail's standalone jar"
  GREENMAIL_JAR=$OUT/greenmail/greenmail-standalone-$GREENMAIL_VERSION.jar
fi
APP_JAR=$OUT/$(basename "$JAR")
cp "$JAR" "$APP_JAR"

SUMMARY=$OUT/summary.txt
note() { echo "$*" | tee -a "$SUMMARY"; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }
field() { sed -nE "s/.*\"$1\" *: *\"?([^\",}]*)\"?.*/\1/p" | head -1; }
# CPU time (clock ticks) of a process: its own, or with its reaped children's (the postmaster's backends).
ticks() { awk -v kids="${2:-0}" '{ print $14 + $15 + (kids ? $16 + $17 : 0) }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
  local pg t p
  pg=$(postmaster_pid) || { echo 0; return; }
  t=$(ticks "$pg" 1)
  for p in $(ps -o pid= --ppid "$pg"); do t=$(( t + $(ticks "$p") )); done
  echo "$t"
}
# Busy and total clock ticks of the whole machine (every core), from /proc/stat.
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
HZ=$(getconf CLK_TCK)
iso_ms() { echo $(( $(date -d "$1" +%s%N) / 1000000 )); }

note "Rapport email ingest benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $COUNT messages from $CONTACTS contacts"
note "jar: $JAR ($(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC')); java options: $JAVA_OPTS"
note "uptime before: $(uptime)"

say "1. GreenMail on 127.0.0.1:$IMAP_PORT (IMAP) and :$SMTP_PORT (SMTP), delivering $COUNT messages to $TEAM"
java -Xmx1g -cp "$GREENMAIL_JAR" "$BENCH/MailServer.java" "$SMTP_PORT" "$IMAP_PORT" "$COUNT" "$CONTACTS" \
  "$OUT/customers.tsv" >"$OUT/mailserver.log" 2>&1 &
MAIL_PID=$!
started=$(now_ms)
until grep -q '^ready ' "$OUT/mailserver.log"; do
  kill -0 "$MAIL_PID" 2>/dev/null || { tail -20 "$OUT/mailserver.log" >&2; fail "the mail server died, see $OUT/mailserver.log"; }
  (( $(now_ms) - started < 600000 )) || fail "the mail server was not ready in 600 s"
  sleep 0.2
done
DELIVERED=$(grep '^delivered ' "$OUT/mailserver.log")
EXPECTED_THREADS=$(sed -nE 's/.*threads expected: ([0-9]+).*/\1/p' <<<"$DELIVERED")
note "$DELIVERED"

BARE_LINE="(skipped, BARE=0)"
if [ "$BARE" = 1 ]; then
  say "2. the same INBOX read by a bare IMAP client, as Rapport's fetcher reads it (no Rapport running)"
  BARE_LINE=$(java -cp "$GREENMAIL_JAR" "$BENCH/MailServer.java" read "$IMAP_PORT" 2>&1 | tee "$OUT/bare-read.log" | tail -1)
  echo "$BARE_LINE"
fi

say "3. Rapport on an empty data directory (ports $APP_PORT and $PG_PORT)"
start_app "$OUT/app.log"
echo "ready after $(seconds "$READY_MS")"
api_token bench
AUTH="Authorization: Bearer $TOKEN"

say "4. $CONTACTS contacts, the customers the mail comes from (one curl, one connection)"
# One curl process for all of them: a config file of requests separated by "next", each printing its answer and
# status on a line of its own.
json_escape() { sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' <<<"$1"; }
while IFS=$'\t' read -r email first last; do
  body="{\"firstName\":\"$(json_escape "$first")\",\"lastName\":\"$(json_escape "$last")\",\"email\":\"$email\"}"
  [ -z "${more:-}" ] || echo next
  more=1
  printf 'url = "%s/api/v1/contacts"\nheader = "Content-Type: application/json"\nheader = "%s"\n' "$BASE" "$AUTH"
  printf 'data = "%s"\nwrite-out = "\\t%%{http_code}\\n"\n' "$(json_escape "$body")"
done <"$OUT/customers.tsv" >"$OUT/contacts.curl"
started=$(now_ms)
curl -s -K "$OUT/contacts.curl" >"$OUT/contacts.out" || true
CREATED=$(grep -c $'\t201$' "$OUT/contacts.out" || true)
echo "$CREATED of $CONTACTS created (201) in $(seconds $(( $(now_ms) - started )))"
[ "$CREATED" -eq "$CONTACTS" ] || { grep -v $'\t201$' "$OUT/contacts.out" | head -3 >&2; fail "not every contact was created"; }
# The contacts' ids, in the order of customers.tsv (customer0 first).
sed -nE 's/^\{"id":"([0-9a-f-]{36})".*/\1/p' "$OUT/contacts.out" >"$OUT/contact-ids.txt"
[ "$(wc -l <"$OUT/contact-ids.txt")" -eq "$CONTACTS" ] || fail "could not read the contacts' ids from $OUT/contacts.out"
SAMPLE_ID=$(head -1 "$OUT/contact-ids.txt")
SAMPLE_EMAIL=$(head -1 "$OUT/customers.tsv" | cut -f1)

say "5. the mailbox (IMAP, no TLS, polled every second); following GET /api/v1/mailboxes/{id} every 0.5 s"
uptime_mid=$(cut -d' ' -f1-3 /proc/loadavg)
APP_T0=$(ticks "$APP_PID"); PG_T0=$(pg_ticks); MAIL_T0=$(ticks "$MAIL_PID"); read -r BUSY_T0 ALL_T0 <<<"$(machine_ticks)"
CREATED_MS=$(now_ms)
BOX=$(curl -sf -X POST "$BASE/api/v1/mailboxes" -H "$AUTH" -H 'Content-Type: application/json' -d "{
  \"name\":\"Team inbox\",\"address\":\"$TEAM\",\"imapHost\":\"127.0.0.1\",\"imapPort\":$IMAP_PORT,\"imapSecurity\":\"none\",
  \"smtpHost\":\"127.0.0.1\",\"smtpPort\":$SMTP_PORT,\"smtpSecurity\":\"none\",\"username\":\"$TEAM\",\"password\":\"secret\",
  \"pollSeconds\":1,\"autoCreateContacts\":false}") || fail "POST /api/v1/mailboxes was refused"
BOX_ID=$(field id <<<"$BOX")
BOX_CREATED_AT=$(field createdAt <<<"$BOX")
[ -n "$BOX_ID" ] || fail "no mailbox id in: $BOX"
echo "mailbox $BOX_ID"
MAX_RSS=0
FIRST_MS=
LAST_UID=0
last_change=$(now_ms)
last_print=0
echo "seconds  lastUid  lastFetchCount lastFetchOk  RSS MB" >"$OUT/progress.txt"
while :; do
  STATE=$(curl -sf -H "$AUTH" "$BASE/api/v1/mailboxes/$BOX_ID") || fail "GET /api/v1/mailboxes/$BOX_ID failed"
  now=$(now_ms)
  uid=$(field lastUid <<<"$STATE")
  rss=$(rss_mb "$APP_PID")
  (( rss > MAX_RSS )) && MAX_RSS=$rss
  if (( uid > LAST_UID )); then
    LAST_UID=$uid
    last_change=$now
    [ -n "$FIRST_MS" ] || FIRST_MS=$now
  fi
  elapsed=$(( now - CREATED_MS ))
  printf '%7.1f %8s %15s %11s %7s\n' "$(awk -v ms=$elapsed 'BEGIN { print ms / 1000 }')" "$uid" \
    "$(field lastFetchCount <<<"$STATE")" "$(field lastFetchOk <<<"$STATE")" "$rss" >>"$OUT/progress.txt"
  if (( uid >= COUNT )); then
    DONE_MS=$now
    APP_T1=$(ticks "$APP_PID"); PG_T1=$(pg_ticks); MAIL_T1=$(ticks "$MAIL_PID"); read -r BUSY_T1 ALL_T1 <<<"$(machine_ticks)"
    break
  fi
  if (( now - last_print >= 5000 )); then
    printf '%6.1f s: %s of %s messages taken in, RSS %s MB%s\n' "$(awk -v ms=$elapsed 'BEGIN { print ms / 1000 }')" \
      "$uid" "$COUNT" "$rss" "$(err=$(field lastError <<<"$STATE"); [ -z "$err" ] || [ "$err" = null ] || echo ", last error: $err")"
    last_print=$now
  fi
  kill -0 "$APP_PID" 2>/dev/null || fail "the application died, see $OUT/app.log"
  kill -0 "$MAIL_PID" 2>/dev/null || fail "the mail server died, see $OUT/mailserver.log"
  (( now - last_change < 300000 )) || { echo "$STATE" >&2; fail "no progress for 300 s at UID $LAST_UID"; }
  sleep 0.5
done
echo "$STATE" >"$OUT/mailbox-after.json"
TOTAL_MS=$(( DONE_MS - CREATED_MS ))
# The server's own times: the mailbox's creation and the end of the fetch that took the last message in.
SERVER_MS=
LAST_FETCH_AT=$(field lastFetchAt <<<"$STATE")
if [ -n "$BOX_CREATED_AT" ] && [ -n "$LAST_FETCH_AT" ] && [ "$LAST_FETCH_AT" != null ]; then
  SERVER_MS=$(( $(iso_ms "$LAST_FETCH_AT") - $(iso_ms "$BOX_CREATED_AT") ))
fi
RSS_AFTER=$(rss_mb "$APP_PID")
sleep 10
RSS_IDLE=$(rss_mb "$APP_PID")
HEAP=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | sed -n '2p' | sed -E 's/^ *//' || true)

say "6. the timelines through the API: $SAMPLE_EMAIL, then every contact"
# Expected for a customer, as MailServer.java makes the mail: its messages n = c, c + CONTACTS, ...; one in five
# replies to its previous one (n >= CONTACTS and (n + n / CONTACTS) % 5 == 4).
expected() {
  awk -v c="$1" -v count="$COUNT" -v contacts="$CONTACTS" 'BEGIN {
    for (n = c; n < count; n += contacts) { m++; if (n >= contacts && (n + int(n / contacts)) % 5 == 4) r++ }
    printf "%d %d", m, m - r }'
}
read -r SAMPLE_EXPECTED SAMPLE_EXPECTED_THREADS <<<"$(expected 0)"
SAMPLE=$(curl -sf -H "$AUTH" "$BASE/api/v1/activities?contactId=$SAMPLE_ID&channel=email&limit=200") || fail "the sample's timeline failed"
SAMPLE_EMAILS=$(grep -o '"channel":"email"' <<<"$SAMPLE" | wc -l || true)
SAMPLE_THREADS=$(grep -oE '"threadId":"[0-9a-f-]{36}"' <<<"$SAMPLE" | sort -u | wc -l || true)
more=
while read -r id; do
  [ -z "$more" ] || echo next
  more=1
  printf 'url = "%s/api/v1/activities?contactId=%s&channel=email&limit=200"\nheader = "%s"\nwrite-out = "\\n"\n' \
    "$BASE" "$id" "$AUTH"
done <"$OUT/contact-ids.txt" >"$OUT/timelines.curl"
started=$(now_ms)
curl -s -K "$OUT/timelines.curl" >"$OUT/timelines.out" || true
TIMELINES_MS=$(( $(now_ms) - started ))
ALL_EMAILS=$(grep -o '"channel":"email"' "$OUT/timelines.out" | wc -l || true)
ALL_THREADS=$(grep -oE '"threadId":"[0-9a-f-]{36}"' "$OUT/timelines.out" | sort -u | wc -l || true)
ALL_MESSAGE_IDS=$(grep -oE '"messageId":"[^"]+"' "$OUT/timelines.out" | sort -u | wc -l || true)
PAGED=$(grep -c '"nextCursor":"' "$OUT/timelines.out" || true)
PROBLEMS=$(grep -c -E ' (WARN|ERROR) ' "$OUT/app.log" || true)
MAIL_PROBLEMS=$(grep -E ' (WARN|ERROR) ' "$OUT/app.log" | grep -c -i -E 'mail|imap' || true)

say "Summary"
awk -v n="$COUNT" -v total="$TOTAL_MS" -v server="$SERVER_MS" -v first="$FIRST_MS" -v created="$CREATED_MS" \
  -v done_ms="$DONE_MS" -v rss="$RSS_AFTER" -v idle="$RSS_IDLE" -v max="$MAX_RSS" -v bare="$BARE_LINE" 'BEGIN {
  rate = n * 1000 / total
  printf "%-46s %8d\n", "messages taken in", n
  printf "%-46s %8.1f s  (mailbox created to lastUid = %d, seen by polling every 0.5 s)\n", "time", total / 1000, n
  if (server != "") printf "%-46s %8.1f s  (createdAt to lastFetchAt of the fetch that took the last one in)\n", "time by the server'"'"'s clock", server / 1000
  printf "%-46s %8.0f messages/s  (budget 200: %s)\n", "ingest rate", rate, (rate >= 200 ? "pass" : "FAIL")
  if (server != "") printf "%-46s %8.0f messages/s\n", "ingest rate by the server'"'"'s clock", n * 1000 / server
  printf "%-46s %8.1f s  (then %.0f messages/s from the first batch to the last)\n", "mailbox created to first batch seen", (first - created) / 1000, (done_ms > first ? n * 1000 / (done_ms - first) : 0)
  printf "%-46s %s\n", "bare IMAP read of the same INBOX, no Rapport", bare
  printf "%-46s %8d MB  (largest seen while taking in: %d MB; after 10 s idle: %d MB)\n", "application RSS right after", rss, max, idle
}' | tee -a "$SUMMARY"
{
  printf '%-46s %s\n' "heap after 10 s idle" "${HEAP:-?}"
  awk -v hz="$HZ" -v app=$(( APP_T1 - APP_T0 )) -v pg=$(( PG_T1 - PG_T0 )) -v mail=$(( MAIL_T1 - MAIL_T0 )) \
    -v busy=$(( BUSY_T1 - BUSY_T0 )) -v all=$(( ALL_T1 - ALL_T0 )) -v cores="$(nproc)" -v total="$TOTAL_MS" 'BEGIN {
    other = busy - app - pg - mail; if (other < 0) other = 0
    printf "%-46s %8.1f s  of %.1f s (%d cores x %.1f s): app JVM %.1f s, its PostgreSQL %.1f s, GreenMail %.1f s, other processes %.1f s; idle %.1f s\n",
      "CPU time while taking in", busy / hz, cores * total / 1000, cores, total / 1000, app / hz, pg / hz, mail / hz, other / hz, (all - busy) / hz
    printf "%-46s %8.1f ms  (app JVM %.1f, PostgreSQL %.1f, GreenMail %.1f)\n", "CPU time per message", (app + pg + mail) / hz * 1000 / '"$COUNT"', app / hz * 1000 / '"$COUNT"', pg / hz * 1000 / '"$COUNT"', mail / hz * 1000 / '"$COUNT"'
  }' 
  printf '%-46s %8s emails, %s threads  (expected %s and %s)\n' "timeline of $SAMPLE_EMAIL" "$SAMPLE_EMAILS" \
    "$SAMPLE_THREADS" "$SAMPLE_EXPECTED" "$SAMPLE_EXPECTED_THREADS"
  printf '%-46s %8s emails, %s distinct Message-IDs, %s threads  (expected %s, %s and %s; %s timelines in %s%s)\n' \
    "timelines of all $CONTACTS contacts" "$ALL_EMAILS" "$ALL_MESSAGE_IDS" "$ALL_THREADS" "$COUNT" "$COUNT" \
    "$EXPECTED_THREADS" "$CONTACTS" "$(seconds "$TIMELINES_MS")" "$([ "$PAGED" = 0 ] || echo "; $PAGED of them had more than 200: not all counted")"
  printf '%-46s %8s  (%s about mail or IMAP; see %s)\n' "WARN/ERROR lines in the app log" "$PROBLEMS" "$MAIL_PROBLEMS" "$OUT/app.log"
  echo "load average before the mailbox: $uptime_mid; uptime after: $(uptime)"
} | tee -a "$SUMMARY"
stop_app
stop_mail
