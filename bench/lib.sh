#!/usr/bin/env bash
# Shared by the benchmark scripts (sourced, not run): messages, installing tools, and starting and stopping the
# application with its embedded PostgreSQL. The caller sets APP_PORT, PG_PORT, OUT, DATA, BASE, ADMIN_EMAIL,
# ADMIN_PASSWORD and APP_JAR (and CDS_ARCHIVE for a start with class-data sharing), and may set JAVA_OPTS.

# The README's settings for a small server: a bounded heap, given back when idle (a full collection after 5 s
# without one, then the heap shrinks to 30% free), the C library's free memory trimmed every 5 s, smaller stacks.
JAVA_OPTS=${JAVA_OPTS:--Xmx384m -XX:G1PeriodicGCInterval=5000 -XX:-G1PeriodicGCInvokesConcurrent -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 -XX:TrimNativeHeapInterval=5000 -Xss512k}

say() { printf '\n== %s\n' "$*"; }
fail() { echo "bench: $*" >&2; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

apt_install() {
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 1
  echo "bench: installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1; }
}

# The embedded PostgreSQL's postmaster, started by the application: its pid, if it still runs.
postmaster_pid() {
  local pid
  pid=$(head -1 "$DATA/postgres/postmaster.pid" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# Stops the application this script started (it stops its PostgreSQL on the way out); if it does not stop in
# 90 s, kills it and then stops the PostgreSQL it left behind.
stop_app() {
  local i pg
  if [ -n "$APP_PID" ]; then
    if kill -0 "$APP_PID" 2>/dev/null; then
      kill -TERM "$APP_PID" 2>/dev/null || true
      for ((i = 0; i < 900; i++)); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
      if kill -0 "$APP_PID" 2>/dev/null; then
        echo "bench: the application did not stop in 90 s; killing $APP_PID" >&2
        kill -KILL "$APP_PID" 2>/dev/null || true
      fi
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
  fi
  for ((i = 0; i < 300; i++)); do postmaster_pid >/dev/null || return 0; sleep 0.1; done
  if pg=$(postmaster_pid); then
    echo "bench: stopping the embedded PostgreSQL left running ($pg)" >&2
    kill -INT "$pg" 2>/dev/null || true
    for ((i = 0; i < 300; i++)); do kill -0 "$pg" 2>/dev/null || return 0; sleep 0.1; done
  fi
}
# Refuses to start while something else listens on the application's or PostgreSQL's port.
check_ports() {
  local port
  for port in "$APP_PORT" "$PG_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      fail "port $port is in use: stop what listens there, or set APP_PORT / PG_PORT"
    fi
  done
}

APP_PID=
trap stop_app EXIT
trap 'exit 130' INT TERM

# Runs the application in place of the calling (sub)shell, so its process id is the JVM's: APP_JAR (the plain
# jar, later the extracted one), with the class-data-sharing archive once CDS_ARCHIVE is set (the README's
# production start). Extra JVM options may follow the log file.
run_app() {
  local log=$1
  shift
  local cds=()
  [ -n "${CDS_ARCHIVE:-}" ] && cds=(-XX:SharedArchiveFile="$CDS_ARCHIVE")
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  exec env -u RAPPORT_DB_URL RAPPORT_DATA_DIR="$DATA" RAPPORT_DB_EMBEDDED_PORT="$PG_PORT" SERVER_PORT="$APP_PORT" \
    RAPPORT_ADMIN_EMAIL="$ADMIN_EMAIL" RAPPORT_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java $JAVA_OPTS "${cds[@]}" "$@" -Dot.epg.working-dir="$OUT/pg-binaries" -jar "$APP_JAR" >"$log" 2>&1
}

# Starts the application and sets READY_MS to the milliseconds from launch to readiness answering 200.
start_app() {
  local log=$1 started code
  started=$(now_ms)
  run_app "$log" &
  APP_PID=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/actuator/health/readiness" || true)
    [ "$code" = 200 ] && break
    kill -0 "$APP_PID" 2>/dev/null || fail "the application died while starting, see $log"
    (( $(now_ms) - started < 300000 )) || fail "the application was not ready in 300 s, see $log"
    sleep 0.1
  done
  READY_MS=$(( $(now_ms) - started ))
}

seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; }

# An API token of the administrator in TOKEN (NAME names it in the token list).
api_token() { # NAME
  TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\",\"name\":\"$1\"}" \
    | sed -nE 's/.*"token" *: *"([^"]+)".*/\1/p') || true
  [ -n "$TOKEN" ] || fail "no API token from POST /api/v1/auth/tokens"
}
# A signed-in browser session of the administrator (the sign-in form with its CSRF token): its id in SESSION.
ui_session() {
  local cookies=$OUT/cookies.txt csrf
  csrf=$(curl -sf -c "$cookies" "$BASE/login" | sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -1)
  curl -sf -b "$cookies" -c "$cookies" -o /dev/null -X POST "$BASE/login" --data-urlencode "username=$ADMIN_EMAIL" \
    --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" || fail "signing in through /login failed"
  SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$cookies")
  [ -n "$SESSION" ] || fail "no session cookie after signing in"
}
# CPU ticks (utime + stime) of a process; of the embedded PostgreSQL, its postmaster and children plus the ticks of
# the children that ended (cutime + cstime of the postmaster, which reaps them), like pgbench's connections.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
  local pg p sum
  pg=$(postmaster_pid) || { echo 0; return; }
  sum=$(awk '{ print $16 + $17 }' "/proc/$pg/stat" 2>/dev/null || echo 0)
  for p in "$pg" $(ps -o pid= --ppid "$pg"); do sum=$(( sum + $(ticks "$p") )); done
  echo "$sum"
}
