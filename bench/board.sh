#!/usr/bin/env bash
# Board latency bench: event-to-screen time of the live board under a paced load, against a bare
# SignalR echo measured in the same run.   ./bench/board.sh [rate=200] [seconds=30] [concurrency=64]
#
# Starts a private Azurite (fresh data, its own ports and account, so it neither disturbs nor is
# disturbed by a developer's Azurite on 10000-10002), builds the dashboard and the bench in Release,
# then runs the bench, which hosts the silo and starts/kills the dashboard itself. Exit code is the
# bench's: 0 ok, 1 load not sustained or nothing reached the board, 2 setup failed, 130 interrupted.
# BOARD_KEEP=1 keeps the work directory (Azurite data, azurite.log, dashboard.log) after a good run.
# BOARD_FLUSH_MS=N sets the dashboard's Hotline:Live:FlushInterval (default 250).
# BOARD_PULL_MS=N (experiment) sets the in-process silo's memory-stream polling period (Hotline:StreamPollingPeriod, 20 ms).
# BOARD_AZURITE_IN_MEMORY=1 runs Azurite with --inMemoryPersistence: its table store otherwise saves
# the whole database to disk every 5 s on its single thread, which stalls every writer meanwhile.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$REPO/tools/lib.sh"

BENCH="$REPO/bench/Hotline.Bench.Board"
DASHBOARD_DLL="$REPO/dashboard/bin/Release/net10.0/Hotline.Dashboard.dll"
ACCOUNT="hotlinebench"

work="$(mktemp -d -t hotline-board-XXXXXX)"
pidfile="$work/dashboard.pid"
azurite_pid=""
status=0

cleanup() {
  local rc=$?
  (( status != 0 )) || status=$rc
  # The bench kills its dashboard itself; the pid file is left only if the bench died hard.
  if [[ -f "$pidfile" ]]; then stop_pid "$(cat "$pidfile")" dashboard 5; fi
  if [[ -n "$azurite_pid" ]]; then stop_pid "$azurite_pid" Azurite 10; fi
  if (( status == 0 )) && [[ -z "${BOARD_KEEP:-}" ]]; then rm -rf "$work"; else log "Logs kept in $work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'status=130; exit 130' INT TERM

# free_port — a port nothing listens on, away from the usual 10000-10002 / 11111 / 30000 / 5080.
free_port() {
  local port
  while true; do
    port=$(( 20000 + RANDOM % 20000 ))
    port_open "$port" || { echo "$port"; return 0; }
  done
}

# build PROJECT — Release build, retried: other engineers may be mid-edit in the same tree.
build() {
  local attempt
  for attempt in 1 2 3; do
    if dotnet build "$1" -c Release -v quiet -nologo; then return 0; fi
    warn "build of ${1#"$REPO"/} failed (attempt $attempt); retrying in 20 s"
    sleep 20
  done
  status=2
  die "build of ${1#"$REPO"/} failed three times"
}

ensure_npm_deps "$AZURITE_DIR"
blob_port="$(free_port)"; queue_port="$(free_port)"; table_port="$(free_port)"
while [[ "$queue_port" == "$blob_port" ]]; do queue_port="$(free_port)"; done
while [[ "$table_port" == "$blob_port" || "$table_port" == "$queue_port" ]]; do table_port="$(free_port)"; done
# A throwaway account for a throwaway emulator: Azurite reads it from AZURITE_ACCOUNTS.
key="$(head -c 32 /dev/urandom | base64 -w0)"

persistence=(--location "$work/azurite"); storage_note="private Azurite, on disk"
if [[ -n "${BOARD_AZURITE_IN_MEMORY:-}" ]]; then
  persistence=(--inMemoryPersistence); storage_note="private Azurite, in memory"
fi
log "Starting a private Azurite (${persistence[*]}) on 127.0.0.1:$blob_port/$queue_port/$table_port (data and log in $work)…"
start_bg "$work/azurite.log" "$work" env "AZURITE_ACCOUNTS=$ACCOUNT:$key" \
  "$AZURITE_DIR/node_modules/.bin/azurite" --silent \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
  --blobPort "$blob_port" --queuePort "$queue_port" --tablePort "$table_port" \
  --skipApiVersionCheck --disableTelemetry "${persistence[@]}"
azurite_pid="$BG_PID"
for port in "$blob_port" "$queue_port" "$table_port"; do
  if ! wait_for_port "$port" 30 "$azurite_pid"; then
    log_tail "$work/azurite.log"
    status=2
    die "Azurite did not come up on port $port"
  fi
done

build "$REPO/dashboard"
build "$BENCH"

endpoint() { echo "http://127.0.0.1:$1/$ACCOUNT"; }
export BOARD_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=$ACCOUNT;AccountKey=$key;BlobEndpoint=$(endpoint "$blob_port");QueueEndpoint=$(endpoint "$queue_port");TableEndpoint=$(endpoint "$table_port");"
export BOARD_DASHBOARD_DLL="$DASHBOARD_DLL"
export BOARD_WORK_DIR="$work"
export BOARD_STORAGE_NOTE="$storage_note"
export BOARD_PID_FILE="$pidfile"
dotnet "$BENCH/bin/Release/net10.0/Hotline.Bench.Board.dll" "$@" || status=$?
pid_alive "$azurite_pid" || warn "Azurite exited during the run (see $work/azurite.log)"
exit "$status"
