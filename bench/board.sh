#!/usr/bin/env bash
# Board latency bench: event-to-screen time of the live board under a paced load, against a bare
# SignalR echo measured in the same run.   ./bench/board.sh [rate=200] [seconds=30] [concurrency=64]
#
# Starts a private Azurite (fresh data, its own ports and account, so it neither disturbs nor is
# disturbed by a developer's Azurite on 10000-10002), builds the dashboard and the bench in Release,
# then runs the bench, which hosts the silo and starts/kills the dashboard itself. Exit code is the
# bench's: 0 ok, 1 load not sustained or nothing reached the board, 2 setup failed, 130 interrupted.
# BOARD_KEEP=1 keeps the work directory (Azurite data, azurite.log, dashboard.log) after a good run.
# BOARD_FLUSH_MS=N sets the dashboard's Hotline:Live:FlushGap, the least time between two flushes under load (default 25).
# BOARD_PULL_MS=N (experiment) sets the in-process silo's memory-stream polling period (Hotline:StreamPollingPeriod, 20 ms).
# BOARD_AZURITE_IN_MEMORY=1 runs Azurite with --inMemoryPersistence: its table store otherwise saves
# the whole database to disk every 5 s on its single thread, which stalls every writer meanwhile.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$REPO/tools/lib.sh"

BENCH="$REPO/bench/Hotline.Bench.Board"
DASHBOARD_DLL="$REPO/dashboard/bin/Release/net10.0/Hotline.Dashboard.dll"
ACCOUNT="hotlinebench"

bench_workdir hotline-board BOARD_KEEP

ensure_npm_deps "$AZURITE_DIR"

persistence=(--location "$work/azurite"); storage_note="private Azurite, on disk"
if [[ -n "${BOARD_AZURITE_IN_MEMORY:-}" ]]; then
  persistence=(--inMemoryPersistence); storage_note="private Azurite, in memory"
fi
if ! start_private_azurite "$work" "$ACCOUNT" "${persistence[@]}"; then
  status=2
  die "the private Azurite did not come up"
fi

build_release "$REPO/dashboard" || { status=2; die "the dashboard did not build"; }
build_release "$BENCH" || { status=2; die "the bench did not build"; }

export BOARD_CONNECTION_STRING="$PRIVATE_AZURITE_CONNECTION"
export BOARD_DASHBOARD_DLL="$DASHBOARD_DLL"
export BOARD_WORK_DIR="$work"
export BOARD_STORAGE_NOTE="$storage_note"
export BOARD_PID_FILE="$pidfile"
dotnet "$BENCH/bin/Release/net10.0/Hotline.Bench.Board.dll" "$@" || status=$?
pid_alive "$PRIVATE_AZURITE_PID" || warn "Azurite exited during the run (see $work/azurite.log)"
exit "$status"
