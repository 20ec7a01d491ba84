#!/usr/bin/env bash
# tools/fault.sh — SIGKILL silos of a 3-silo cluster under load, restart them on the same ports, then audit.
#
#   tools/fault.sh [--kills N] [--every S] [--load-rate R] [--settle S] [--no-build] [--keep]
#
#   --kills N       how many silo kills (default 10)             --every S   seconds between kills (default 30)
#   --load-rate R   new heating orders per second (default 1)    --settle S  wait after the load stops (default 90)
#   --no-build      start the cluster without building           --keep      leave a cluster it started running
#
# Uses the cluster of './run.sh --silos N' when one is up (pids in .data/run.pids); otherwise starts one detached
# with a fresh ClusterId/ServiceId, no seeded knowledge/routing data (a restarted silo loads in seconds) and a
# short heating accept clock (2 min instead of 30), so that clocks fall due — and must fire — during the run.
# Load: orders walk seat → dispatcher → heating company over the REST API (both dashboards); every acknowledged
# command (HTTP 2xx) is a ledger line "order command version event". The audit then reads every ledger order back and
# checks: the audit trail is gap-free and ordered; every acknowledged transition is there; no clock threshold
# fired twice; every clock that fell due (more than the reminder period ago) has fired its breach.
# `hotline audit --ledger` (the CLI) checks the same ledger too when the client is built with it. Prints PASS/FAIL; exit 0 on PASS, 1 on FAIL, 2 on bad usage.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=tools/lib.sh
source "$REPO/tools/lib.sh"
# shellcheck source=tools/fault-audit.sh
source "$REPO/tools/fault-audit.sh"
# shellcheck source=tools/fault-load.sh
source "$REPO/tools/fault-load.sh"

KILLS=10 EVERY=30 RATE=1 SETTLE=90 BUILD=1 KEEP=0
usage() { sed -n '2,/^set -/p' "${BASH_SOURCE[0]}" | grep '^#' | sed 's/^# \{0,1\}//'; }
while (( $# )); do
  case "$1" in
    --kills) KILLS="${2:?}"; shift 2 ;;
    --every) EVERY="${2:?}"; shift 2 ;;
    --load-rate) RATE="${2:?}"; shift 2 ;;
    --settle) SETTLE="${2:?}"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "fault.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
for v in KILLS EVERY SETTLE; do [[ "${!v}" =~ ^[0-9]+$ ]] || { echo "fault.sh: --${v,,} takes a whole number" >&2; exit 2; }; done
[[ "$RATE" =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "fault.sh: --load-rate takes a number" >&2; exit 2; }
require_cmd curl "Install curl."
require_cmd jq "Install jq (Debian: apt-get install -y jq)."

DATA="$REPO/.data"; PIDS="$DATA/run.pids"; LOGS="$DATA/logs"
SILO_DIR="$REPO/silo/bin/Release/net10.0"
DASH_PORT="${HOTLINE_DASH_PORT:-5080}"
URLS=("http://127.0.0.1:$DASH_PORT" "http://127.0.0.1:$((DASH_PORT + 1))")
RUN="$DATA/fault/$(date +%Y%m%d-%H%M%S)"; mkdir -p "$RUN"
LEDGER="$RUN/ledger.txt"; FAILED="$RUN/failed.txt"; : > "$LEDGER"; : > "$FAILED"

silo_pids() {  # "i pid" for each live silo-i in the pid file
  [[ -f "$PIDS" ]] || return 0
  local name pid
  while read -r name pid; do
    [[ "$name" == silo-* ]] && pid_alive "$pid" && echo "${name#silo-} $pid"
  done < "$PIDS"
  return 0
}

STARTED=0
if [[ -z "$(silo_pids)" ]]; then
  if [[ -f "$PIDS" ]] && grep -q '^silo ' "$PIDS"; then
    die "A single-silo run is up (.data/run.pids). Stop it ('./run.sh stop') or start './run.sh --silos 3 --detach' first."
  fi
  # A private cluster and short clocks: see the header.
  FAULT_DATA="$RUN/data"; cp -r "$SILO_DIR/data" "$FAULT_DATA"
  sed -i 's/"accept": "30m"/"accept": "2m"/g' "$FAULT_DATA/sla-policies.json"
  id="fault-$(date +%Y%m%d%H%M%S)"
  export Hotline__ClusterId="$id" Hotline__ServiceId="$id" Hotline__DataDirectory="$FAULT_DATA" \
    Hotline__SeedKnowledgeEntries=0 Hotline__SeedRoutingSamples=0
  log "No multi-silo run is up: starting './run.sh --silos 3 --detach' (ClusterId/ServiceId $id, heating accept clock 2 min)…"
  args=(--silos 3 --detach); (( BUILD )) || args+=(--no-build)
  "$REPO/run.sh" "${args[@]}" > "$RUN/run.log" 2>&1 || { tail -n 40 "$RUN/run.log" >&2; die "run.sh failed (log: $RUN/run.log)."; }
  STARTED=1
fi
mapfile -t SILOS < <(silo_pids)
(( ${#SILOS[@]} >= 2 )) || die "Need at least 2 live silos in $PIDS, found ${#SILOS[@]}."
log "Cluster: ${#SILOS[@]} silos ($(printf 'silo-%s, ' "${SILOS[@]}" | sed 's/, $//'))"

# restart_silo I OLD_PID — start silo I again with the killed process's own environment (ports, ClusterId, data)
restart_silo() {
  local i="$1" envfile="$2" new
  (cd "$SILO_DIR" && exec setsid env -i $(tr '\n' ' ' < "$envfile") dotnet Hotline.Silo.dll < /dev/null >> "$LOGS/silo-$i.log" 2>&1) &
  new=$!
  sed -i "s/^silo-$i .*/silo-$i $new/" "$PIDS"
  echo "$new"
}

start_load "$RATE" "$LEDGER" "$FAILED" "${URLS[@]}"
log "Load: $RATE orders/s through ${URLS[*]} (ledger $LEDGER)."

KILLED=0 RECOVERY=()
for (( k = 1; k <= KILLS; k++ )); do
  sleep "$EVERY"
  mapfile -t SILOS < <(silo_pids)
  pick="${SILOS[$(shuf -i 0-$((${#SILOS[@]} - 1)) -n 1)]}"; i="${pick%% *}"; pid="${pick##* }"
  envfile="$RUN/silo-$i.env"
  tr '\0' '\n' < "/proc/$pid/environ" | grep -E '^[A-Za-z_][A-Za-z0-9_]*=[^ ]*$' > "$envfile"
  port="$(sed -n 's/^Hotline__GatewayPort=//p' "$envfile")"; port="${port:-30000}"
  kill -KILL "$pid"; KILLED=$((KILLED + 1)); t0=$SECONDS
  # The main thread turns zombie before the other threads are gone: wait for the port itself to close too.
  while pid_alive "$pid" || port_open "$port"; do
    (( SECONDS - t0 < 30 )) || { warn "gateway $port still open 30 s after the kill"; break; }
    sleep 0.1
  done
  new="$(restart_silo "$i" "$envfile")"
  if wait_for_port "$port" 120 "$new"; then
    RECOVERY+=("$((SECONDS - t0))")
    log "Kill $k/$KILLS: silo-$i (pid $pid) SIGKILLed; restarted as pid $new, gateway $port open again after $((SECONDS - t0)) s."
  else
    warn "Kill $k/$KILLS: silo-$i restarted as pid $new but gateway $port is not open after 120 s (log $LOGS/silo-$i.log)."
  fi
done

stop_load
log "Load stopped. Settling for ${SETTLE}s (clocks that fell due must fire; the durable reminder ticks every minute)…"
sleep "$SETTLE"

rc=0
audit_ledger "$LEDGER" "${URLS[0]}" "$RUN/audit.txt" || rc=1
# A cluster this script started served only this load, so its departments' counters can be set against the trails.
: > "$RUN/departments.txt"
(( STARTED )) && department_counts "$RUN/audit.txt" "${URLS[0]}" "$RUN/departments.txt"
# The CLI's own audit (hotline audit --ledger) over the same ledger, when the client is built with it.
CLI="$REPO/client/bin/Release/net10.0/hotline.dll" cli_audit="not built"
if [[ -f "$CLI" ]] && dotnet "$CLI" audit --help > /dev/null 2>&1; then
  if HOTLINE_URL="${URLS[0]}" dotnet "$CLI" audit --ledger "$LEDGER" > "$RUN/cli-audit.txt" 2>&1; then cli_audit="PASS"
  else cli_audit="FAIL (exit $?, $RUN/cli-audit.txt)"; rc=1; fi
fi
echo
echo "================================================================================"
echo " Fault run: $KILLED kills every ${EVERY}s, load $RATE orders/s, run folder $RUN"
echo " Silo back (gateway open) after: ${RECOVERY[*]:-n/a} s"
echo " Orders created (acknowledged): $(awk '$2 == "create"' "$LEDGER" | wc -l)"
echo " Transitions acknowledged:      $(wc -l < "$LEDGER")   (not acknowledged — errors/timeouts, never counted: $(wc -l < "$FAILED"))"
cat "$RUN/audit.txt"
cat "$RUN/departments.txt"
echo " hotline audit --ledger:        $cli_audit"
echo " Result: $( (( rc == 0 )) && echo PASS || echo FAIL )"
echo "================================================================================"
if (( STARTED && ! KEEP )); then "$REPO/run.sh" stop > /dev/null || true; fi
exit "$rc"
