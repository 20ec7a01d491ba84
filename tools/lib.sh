# shellcheck shell=bash
# Shared helpers for run.sh, test.sh and .ci/run. Source it; do not execute it.
#
#   HOTLINE_REPO        repository root (set here from this file's location)
#   AZURITE_DIR         tools/azurite (package.json + package-lock.json, pinned azurite)
#   AZURITE_PID         set by start_azurite: pid of the Azurite it started, empty when reused
#
# Functions: log, warn, die, require_cmd, ensure_npm_deps, port_open, port_owner, wait_for_port,
#            http_status, wait_for_http, pid_alive, stop_pid, start_bg, start_azurite, stop_azurite,
#            log_tail

HOTLINE_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AZURITE_DIR="$HOTLINE_REPO/tools/azurite"
AZURITE_PORTS=(10000 10001 10002)
AZURITE_PID=""

log()  { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die()  { printf '[%s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2; exit 1; }

# require_cmd NAME HINT — fail with a clear message when a tool is missing.
require_cmd() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' not found on PATH. $2"
}

# log_tail FILE [LINES] — print the last lines of a log, framed, to stderr.
log_tail() {
  local file="$1" lines="${2:-40}"
  {
    echo "----- last $lines lines of $file -----"
    if [[ -f "$file" ]]; then tail -n "$lines" "$file"; else echo "(no log file)"; fi
    echo "----- end of $file -----"
  } >&2
}

# ensure_npm_deps [DIR] — `npm ci` when node_modules is missing or older than package-lock.json.
# Staleness is decided by a sha256 stamp of package.json + package-lock.json kept in node_modules.
ensure_npm_deps() {
  local dir="${1:-$AZURITE_DIR}"
  require_cmd node "Install Node.js 20+ (Debian: apt-get install -y nodejs npm)."
  require_cmd npm  "Install npm (Debian: apt-get install -y npm)."
  [[ -f "$dir/package-lock.json" ]] || die "$dir/package-lock.json is missing (run 'npm install' in $dir once and commit the lock file)."
  local stamp="$dir/node_modules/.hotline-lock.sha256" want have=""
  want="$(cat "$dir/package.json" "$dir/package-lock.json" | sha256sum | cut -d' ' -f1)"
  [[ -f "$stamp" ]] && have="$(cat "$stamp")"
  if [[ -d "$dir/node_modules" && "$have" == "$want" ]]; then
    return 0
  fi
  log "Installing npm packages in ${dir#"$HOTLINE_REPO"/} (npm ci)…"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in $dir"
  printf '%s\n' "$want" > "$stamp"
}

# port_open PORT [HOST] — true when something accepts TCP connections there (bash /dev/tcp).
port_open() {
  local port="$1" host="${2:-127.0.0.1}"
  timeout 2 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null
}

# port_owner PORT — best-effort description of the process listening on PORT (may be empty).
port_owner() {
  local port="$1"
  if command -v ss >/dev/null 2>&1; then
    ss -ltnpH "sport = :$port" 2>/dev/null | sed -n 's/.*users:((\(.*\)))/\1/p' | head -n1
  elif command -v lsof >/dev/null 2>&1; then
    lsof -nP -iTCP:"$port" -sTCP:LISTEN 2>/dev/null | awk 'NR==2 {print $1 " pid=" $2}'
  fi
}

# pid_alive PID — true when the process exists and is not a zombie.
pid_alive() {
  local pid="$1" state
  [[ -n "$pid" ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/stat" ]]; then
    state="$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1)"
    [[ "$state" != "Z" && "$state" != "X" ]] || return 1
  fi
  return 0
}

# wait_for_port PORT TIMEOUT_SECONDS [PID] — wait until PORT accepts connections.
# Fails early (status 2) if PID is given and the process dies meanwhile; status 1 on timeout.
wait_for_port() {
  local port="$1" timeout="${2:-60}" pid="${3:-}" deadline
  deadline=$((SECONDS + timeout))
  while ! port_open "$port"; do
    if [[ -n "$pid" ]] && ! pid_alive "$pid"; then return 2; fi
    if (( SECONDS >= deadline )); then return 1; fi
    sleep 0.5
  done
  return 0
}

# http_status URL — print the HTTP status code of a GET (000 when unreachable).
http_status() {
  local url="$1"
  if command -v curl >/dev/null 2>&1; then
    curl -s -o /dev/null -m 5 -w '%{http_code}' "$url" 2>/dev/null || true
    return 0
  fi
  # Fallback: plain HTTP/1.0 over /dev/tcp (http:// only).
  local rest="${url#http://}" hostport path host port line
  hostport="${rest%%/*}"; path="/${rest#*/}"; [[ "$rest" == */* ]] || path="/"
  host="${hostport%%:*}"; port="${hostport##*:}"; [[ "$hostport" == *:* ]] || port=80
  line="$(timeout 5 bash -c "exec 3<>/dev/tcp/$host/$port && printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' '$path' '$hostport' >&3 && head -n1 <&3" 2>/dev/null || true)"
  line="$(printf '%s' "$line" | awk '{print $2}')"
  printf '%s' "${line:-000}"
}

# wait_for_http URL TIMEOUT_SECONDS [PID] — wait until GET URL answers 2xx.
# Fails early (status 2) if PID is given and the process dies meanwhile; status 1 on timeout.
wait_for_http() {
  local url="$1" timeout="${2:-60}" pid="${3:-}" code deadline
  deadline=$((SECONDS + timeout))
  while true; do
    code="$(http_status "$url")"
    [[ "$code" == 2?? ]] && return 0
    if [[ -n "$pid" ]] && ! pid_alive "$pid"; then return 2; fi
    if (( SECONDS >= deadline )); then
      warn "$url still answers '$code' after ${timeout}s"
      return 1
    fi
    sleep 1
  done
}

# start_bg LOGFILE CWD CMD... — start CMD in the background in its own session (so a terminal
# Ctrl-C reaches only the calling script, which then stops children in order). stdin is /dev/null,
# stdout+stderr go to LOGFILE. Sets BG_PID.
BG_PID=""
start_bg() {
  local logfile="$1" cwd="$2"; shift 2
  mkdir -p "$(dirname "$logfile")"
  : > "$logfile"
  if command -v setsid >/dev/null 2>&1; then
    (cd "$cwd" && exec setsid "$@" < /dev/null >> "$logfile" 2>&1) &
  else
    (cd "$cwd" && exec "$@" < /dev/null >> "$logfile" 2>&1) &
  fi
  BG_PID=$!
}

# stop_pid PID NAME [TIMEOUT_SECONDS] — SIGTERM, wait up to TIMEOUT (default 20), then SIGKILL.
stop_pid() {
  local pid="$1" name="$2" timeout="${3:-20}" deadline
  pid_alive "$pid" || return 0
  log "Stopping $name (pid $pid)…"
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + timeout))
  while pid_alive "$pid"; do
    if (( SECONDS >= deadline )); then
      warn "$name (pid $pid) did not stop within ${timeout}s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.3
  done
  wait "$pid" 2>/dev/null || true   # reap it if it is our child
  return 0
}

# start_azurite LOCATION LOGFILE — reuse an Azurite already listening on 10002, or start one.
# Sets AZURITE_PID (empty when an existing one is reused). Fails loudly with the log tail.
start_azurite() {
  local location="$1" logfile="$2" port bin="$AZURITE_DIR/node_modules/.bin/azurite"
  AZURITE_PID=""
  if port_open 10002; then
    log "Azurite (or something) already listens on 127.0.0.1:10002 — reusing it, not starting another."
    local owner; owner="$(port_owner 10002)"; [[ -n "$owner" ]] && log "  port 10002 is held by: $owner"
    return 0
  fi
  for port in 10000 10001; do
    if port_open "$port"; then
      die "Port $port is in use but 10002 is not: a partial/stale emulator or another program holds it ($(port_owner "$port")). Stop it and retry."
    fi
  done
  [[ -x "$bin" ]] || ensure_npm_deps "$AZURITE_DIR"
  mkdir -p "$location"
  log "Starting Azurite (data: $location, log: $logfile)…"
  start_bg "$logfile" "$location" "$bin" --silent --location "$location" \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    --skipApiVersionCheck --disableTelemetry
  AZURITE_PID="$BG_PID"
  for port in "${AZURITE_PORTS[@]}"; do
    if ! wait_for_port "$port" 30 "$AZURITE_PID"; then
      echo "Azurite did not come up on port $port (pid $AZURITE_PID)." >&2
      log_tail "$logfile"
      stop_pid "$AZURITE_PID" Azurite 5
      AZURITE_PID=""
      return 1
    fi
  done
  sleep 1   # EADDRINUSE and similar failures surface right after binding: make sure it stays up
  if ! pid_alive "$AZURITE_PID"; then
    echo "Azurite exited right after start." >&2
    log_tail "$logfile"
    AZURITE_PID=""
    return 1
  fi
  log "Azurite is up (pid $AZURITE_PID) on 127.0.0.1:10000-10002."
  return 0
}

# stop_azurite — stop the Azurite that start_azurite started (no-op when it reused one).
stop_azurite() {
  if [[ -n "${AZURITE_PID:-}" ]]; then
    stop_pid "$AZURITE_PID" Azurite 10
    AZURITE_PID=""
  fi
}

# ---- benches: private emulators and retried builds -------------------------------------------

# free_port — a port nothing listens on, away from the usual 10000-10002 / 11111 / 30000 / 5080.
free_port() {
  local port
  while true; do
    port=$(( 20000 + RANDOM % 20000 ))
    port_open "$port" || { echo "$port"; return 0; }
  done
}

# build_release PROJECT — Release build, retried: other engineers may be mid-edit in the same tree.
# Returns 1 after the third failure.
build_release() {
  local attempt
  for attempt in 1 2 3; do
    if dotnet build "$1" -c Release -v quiet -nologo; then return 0; fi
    warn "build of ${1#"$REPO"/} failed (attempt $attempt); retrying in 20 s"
    sleep 20
  done
  return 1
}

# A bench's private work directory, and on exit the cleanup of what the bench started in it: sets
# work, pidfile (the dashboard the bench may start), PRIVATE_AZURITE_PID and status. The directory is
# removed after a clean run unless the variable named by $2 is set (BENCH_KEEP, BOARD_KEEP).
bench_workdir() {
  work="$(mktemp -d -t "$1-XXXXXX")"
  pidfile="$work/dashboard.pid"
  PRIVATE_AZURITE_PID=""
  status=0
  BENCH_KEEP_VARIABLE="$2"
  trap bench_cleanup EXIT
  trap 'status=130; exit 130' INT TERM
}

bench_cleanup() {
  local rc=$?
  (( status != 0 )) || status=$rc
  # The benches stop their dashboard themselves; the pid file is left only if a bench died hard.
  if [[ -f "$pidfile" ]]; then stop_pid "$(cat "$pidfile")" dashboard 5; fi
  if [[ -n "$PRIVATE_AZURITE_PID" ]]; then stop_pid "$PRIVATE_AZURITE_PID" Azurite 10; fi
  if (( status == 0 )) && [[ -z "${!BENCH_KEEP_VARIABLE:-}" ]]; then rm -rf "$work"; else log "Logs kept in $work"; fi
  exit "$status"
}

# start_private_azurite WORK ACCOUNT [persistence args…] — an Azurite on three free ports with a throwaway
# account (a fresh key, read by Azurite from AZURITE_ACCOUNTS), so a bench neither disturbs nor is disturbed
# by a developer's Azurite on 10000-10002. Sets PRIVATE_AZURITE_PID as soon as it starts (for cleanup) and
# PRIVATE_AZURITE_CONNECTION once it listens; returns 1, after printing its log's tail, if it does not come up.
start_private_azurite() {
  local work="$1" account="$2" blob queue table key port
  shift 2
  blob="$(free_port)"; queue="$(free_port)"; table="$(free_port)"
  while [[ "$queue" == "$blob" ]]; do queue="$(free_port)"; done
  while [[ "$table" == "$blob" || "$table" == "$queue" ]]; do table="$(free_port)"; done
  key="$(head -c 32 /dev/urandom | base64 -w0)"
  log "Starting a private Azurite ($*) on 127.0.0.1:$blob/$queue/$table (data and log in $work)…"
  start_bg "$work/azurite.log" "$work" env "AZURITE_ACCOUNTS=$account:$key" \
    "$AZURITE_DIR/node_modules/.bin/azurite" --silent \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    --blobPort "$blob" --queuePort "$queue" --tablePort "$table" \
    --skipApiVersionCheck --disableTelemetry "$@"
  PRIVATE_AZURITE_PID="$BG_PID"
  for port in "$blob" "$queue" "$table"; do
    if ! wait_for_port "$port" 30 "$PRIVATE_AZURITE_PID"; then
      log_tail "$work/azurite.log"
      return 1
    fi
  done
  local at="http://127.0.0.1"
  PRIVATE_AZURITE_CONNECTION="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=$at:$blob/$account;QueueEndpoint=$at:$queue/$account;TableEndpoint=$at:$table/$account;"
}
