#!/usr/bin/env bash
# The issue-6 bench suite in one run: ./bench/all.sh [--quick] [--clocks N] [--board-seconds N] …
#
# Baselines and the system measured in the same run, printed as one Markdown table (each figure,
# its baseline, the ratio, the issue's bar, PASS/FAIL) and written to bench/results/<date>.md:
#   in-memory silo: raw grain ping · lifecycle transitions/s · bare SignalR echo · ack-to-screen at
#                   1,000 transitions/s through the real dashboard · deadline lateness with N armed
#                   clocks · working set per open order
#   Azurite silo:   raw single-entity upserts/s · lifecycle transitions/s · working set per open order ·
#                   N order reminders (time, Azurite CPU, lateness when due); it runs first
# --quick (~6 min): 4,000 open orders on Azurite, 2,000 reminders, 8 s of board load, 10,000 clocks (2,000 falling
# due). Full (~15 min): 10,000 open orders, 100,000 reminders, 30 s, 100,000 clocks (10,000 falling due). Options: --ping-calls --orders --concurrency
# --board-rate --board-seconds --clocks --due-clocks --clock-sample --azurite-orders --upserts --azurite-concurrency --reminders --clock-concurrency --open-orders (see Suite/SuiteSettings.cs).
# Starts a private Azurite (its own ports and account) with --inMemoryPersistence: on disk, Azurite rewrites its
# whole database every 5 s (LokiJS autosave), a pause that grows with everything stored, the baseline's own 6 KB
# rows included, and that lands in one phase or another at random; BENCH_AZURITE_ON_DISK=1 keeps data on disk. BENCH_KEEP=1 keeps the work directory. Experiments: BENCH_DELIVERY_BATCH=N
# (stream messages per delivery, Hotline:StreamDeliveryBatch), BENCH_HOLD_FILE=path (after each memory reading,
# create path and wait until it is deleted, for dotnet-gcdump), BENCH_AZURITE_DEBUG=1 (Azurite's request log in the
# work directory), BENCH_STALLS=all (the board's tail also set beside the dashboard's and the watcher's GC pauses,
# read over EventPipe, and the bench process's thread-pool waits; or a list of dashboard, watcher, pool). Exit code: the bench's.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$REPO/tools/lib.sh"

BENCH="$REPO/bench/Hotline.Bench.Board"
ACCOUNT="hotlinebench"
bench_workdir hotline-suite BENCH_KEEP

ensure_npm_deps "$AZURITE_DIR"
persistence=(--inMemoryPersistence)
[[ -n "${BENCH_AZURITE_ON_DISK:-}" ]] && persistence=(--location "$work/azurite")
# Every request Azurite served, to count what a transition costs it (large: use with small sizes and BENCH_KEEP=1).
[[ -n "${BENCH_AZURITE_DEBUG:-}" ]] && persistence+=(--debug "$work/azurite-debug.log")

build_release "$REPO/dashboard" || { status=2; die "the dashboard did not build"; }
build_release "$BENCH" || { status=2; die "the bench did not build"; }

if ! start_private_azurite "$work" "$ACCOUNT" "${persistence[@]}"; then
  status=2
  die "the private Azurite did not come up"
fi
# CPU is read from /proc/<pid>/stat: the pid must be Azurite's node process itself.
node_pid="$(pgrep -P "$PRIVATE_AZURITE_PID" -x node || true)"
[[ "$(cat "/proc/$PRIVATE_AZURITE_PID/comm" 2>/dev/null)" == node ]] && node_pid="$PRIVATE_AZURITE_PID"
[[ -n "$node_pid" ]] || warn "Azurite's node process not found under pid $PRIVATE_AZURITE_PID: its CPU will read n/a"

export BOARD_CONNECTION_STRING="$PRIVATE_AZURITE_CONNECTION"
export BOARD_DASHBOARD_DLL="$REPO/dashboard/bin/Release/net10.0/Hotline.Dashboard.dll"
export BOARD_WORK_DIR="$work"
export BOARD_PID_FILE="$pidfile"
export BENCH_AZURITE_PID="$node_pid"
export BENCH_RESULTS_DIR="$REPO/bench/results"
dotnet "$BENCH/bin/Release/net10.0/Hotline.Bench.Board.dll" suite "$@" || status=$?
pid_alive "$PRIVATE_AZURITE_PID" || warn "Azurite exited during the run (see $work/azurite.log)"
exit "$status"
