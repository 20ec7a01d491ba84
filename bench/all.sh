#!/usr/bin/env bash
# The issue-6 bench suite in one run: ./bench/all.sh [--quick] [--clocks N] [--board-seconds N] …
#
# Baselines and the system measured in the same run, printed as one Markdown table (each figure,
# its baseline, the ratio, the issue's bar, PASS/FAIL) and written to bench/results/<date>.md:
#   in-memory silo: raw grain ping · lifecycle transitions/s · bare SignalR echo · ack-to-screen at
#                   1,000 transitions/s through the real dashboard · deadline lateness with N armed
#                   clocks · working set per open order
#   Azurite silo:   raw single-entity upserts/s · lifecycle transitions/s · N order reminders
#                   (time, Azurite CPU, lateness when due)
# --quick (≤ 3 min): 10,000 clocks, 8 s of board load, 1,000 reminders. Full: 100,000 clocks, 30 s,
# 20,000 reminders. Options: --ping-calls --orders --concurrency --board-rate --board-seconds --clocks
# --clock-sample --azurite-orders --upserts --azurite-concurrency --reminders --clock-concurrency (see Suite/SuiteSettings.cs).
# Starts a private Azurite (fresh data on disk, its own ports and account); BENCH_AZURITE_IN_MEMORY=1
# runs it with --inMemoryPersistence. BENCH_KEEP=1 keeps the work directory. Exit code: the bench's.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$REPO/tools/lib.sh"

BENCH="$REPO/bench/Hotline.Bench.Board"
ACCOUNT="hotlinebench"
work="$(mktemp -d -t hotline-suite-XXXXXX)"
pidfile="$work/dashboard.pid"
azurite_pid=""
status=0

cleanup() {
  local rc=$?
  (( status != 0 )) || status=$rc
  if [[ -f "$pidfile" ]]; then stop_pid "$(cat "$pidfile")" dashboard 5; fi
  if [[ -n "$azurite_pid" ]]; then stop_pid "$azurite_pid" Azurite 10; fi
  if (( status == 0 )) && [[ -z "${BENCH_KEEP:-}" ]]; then rm -rf "$work"; else log "Logs kept in $work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'status=130; exit 130' INT TERM

free_port() {
  local port
  while true; do
    port=$(( 20000 + RANDOM % 20000 ))
    port_open "$port" || { echo "$port"; return 0; }
  done
}

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
key="$(head -c 32 /dev/urandom | base64 -w0)"
persistence=(--location "$work/azurite")
[[ -n "${BENCH_AZURITE_IN_MEMORY:-}" ]] && persistence=(--inMemoryPersistence)

build "$REPO/dashboard"
build "$BENCH"

log "Starting a private Azurite (${persistence[*]}) on 127.0.0.1:$blob_port/$queue_port/$table_port…"
start_bg "$work/azurite.log" "$work" env "AZURITE_ACCOUNTS=$ACCOUNT:$key" \
  "$AZURITE_DIR/node_modules/.bin/azurite" --silent \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
  --blobPort "$blob_port" --queuePort "$queue_port" --tablePort "$table_port" \
  --skipApiVersionCheck --disableTelemetry "${persistence[@]}"
azurite_pid="$BG_PID"
for port in "$blob_port" "$queue_port" "$table_port"; do
  if ! wait_for_port "$port" 30 "$azurite_pid"; then
    log_tail "$work/azurite.log"; status=2; die "Azurite did not come up on port $port"
  fi
done
# CPU is read from /proc/<pid>/stat: the pid must be Azurite's node process itself.
node_pid="$(pgrep -P "$azurite_pid" -x node || true)"
[[ "$(cat "/proc/$azurite_pid/comm" 2>/dev/null)" == node ]] && node_pid="$azurite_pid"
[[ -n "$node_pid" ]] || warn "Azurite's node process not found under pid $azurite_pid: its CPU will read n/a"

endpoint() { echo "http://127.0.0.1:$1/$ACCOUNT"; }
export BOARD_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=$ACCOUNT;AccountKey=$key;BlobEndpoint=$(endpoint "$blob_port");QueueEndpoint=$(endpoint "$queue_port");TableEndpoint=$(endpoint "$table_port");"
export BOARD_DASHBOARD_DLL="$REPO/dashboard/bin/Release/net10.0/Hotline.Dashboard.dll"
export BOARD_WORK_DIR="$work"
export BOARD_PID_FILE="$pidfile"
export BENCH_AZURITE_PID="$node_pid"
export BENCH_RESULTS_DIR="$REPO/bench/results"
dotnet "$BENCH/bin/Release/net10.0/Hotline.Bench.Board.dll" suite "$@" || status=$?
pid_alive "$azurite_pid" || warn "Azurite exited during the run (see $work/azurite.log)"
exit "$status"
