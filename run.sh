#!/usr/bin/env bash
# Hotline.Orleans — start the whole system locally: Azurite, silo, dashboard (REST API + Orleans dashboard).
#
#   ./run.sh               build, start everything, stay in the foreground; Ctrl-C / SIGTERM stops it all
#   ./run.sh --in-memory   no Azurite; silo and dashboard get Hotline__Storage=InMemory
#   ./run.sh --detach      start, print the URLs, return and leave everything running
#   ./run.sh stop          stop what .data/run.pids names (SIGTERM, up to 20 s, then SIGKILL)
#   ./run.sh --no-build    skip `dotnet build` (use the existing Release output)
#   ./run.sh --demo        also keep heating complaints flowing (hotline demo flow), so the board moves
#   ./run.sh --silos 3     three silo processes on loopback (ports 11111+i / 30000+i), Azure Table membership;
#                          dashboards on 5080 and 5081 find them through the membership table
#
# Port overrides: HOTLINE_DASH_PORT (5080); with --silos N > 1 also the bases HOTLINE_SILO_PORT (11111) and
# HOTLINE_GATEWAY_PORT (30000) (one silo: set Hotline__SiloPort / Hotline__GatewayPort for silo and dashboard).
# Data and logs live under <repo>/.data (git-ignored).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tools/lib.sh
source "$REPO/tools/lib.sh"

DATA="$REPO/.data"
LOGS="$DATA/logs"
PIDS="$DATA/run.pids"
SILO_DIR="$REPO/silo/bin/Release/net10.0"
DASH_DIR="$REPO/dashboard/bin/Release/net10.0"
SILO_PORT="${HOTLINE_SILO_PORT:-11111}"
GATEWAY_PORT="${HOTLINE_GATEWAY_PORT:-30000}"
DASH_PORT="${HOTLINE_DASH_PORT:-5080}"
DASH_URL="http://127.0.0.1:$DASH_PORT"
START_TIMEOUT="${HOTLINE_START_TIMEOUT:-120}"

usage() { sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

MODE=run IN_MEMORY=0 DETACH=0 BUILD=1 DEMO=0 SILOS=1
while (( $# )); do
  arg="$1"; shift
  case "$arg" in
    --silos) [[ $# -gt 0 ]] || { echo "run.sh: --silos needs a number" >&2; exit 2; }; SILOS="$1"; shift ;;
    --silos=*) SILOS="${arg#--silos=}" ;;
    stop) MODE=stop ;;
    --in-memory) IN_MEMORY=1 ;;
    --detach|-d) DETACH=1 ;;
    --no-build) BUILD=0 ;;
    --demo) DEMO=1 ;;
    -h|--help|help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument '$arg'" >&2; usage >&2; exit 2 ;;
  esac
done
[[ "$SILOS" =~ ^[1-9]$ ]] || { echo "run.sh: --silos takes a number from 1 to 9 (got '$SILOS')" >&2; exit 2; }
(( SILOS > 1 )) || { SILO_PORT=11111; GATEWAY_PORT=30000; }   # one silo reads its ports from appsettings
if (( SILOS > 1 && IN_MEMORY )); then
  echo "run.sh: --in-memory runs one silo only (localhost clustering has no membership table for several silos)." >&2
  echo "        Use './run.sh --silos $SILOS' on Azurite, or drop --silos." >&2
  exit 2
fi

# ---------------------------------------------------------------------------------------------
# pids file: one "name pid" per line (azurite only when this script started it)
expected_cmd() {  # name -> a fragment its /proc/PID/cmdline must contain (guards against pid reuse)
  case "$1" in
    silo|silo-*) echo "Hotline.Silo.dll" ;;
    dashboard|dashboard-*) echo "Hotline.Dashboard.dll" ;;
    demo) echo "hotline.dll" ;;
    azurite) echo "azurite" ;;
    *) echo "$1" ;;
  esac
}

pid_is() {  # pid_is NAME PID — alive and still the program we started
  local name="$1" pid="$2" cmd
  pid_alive "$pid" || return 1
  cmd="$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null || true)"
  [[ "$cmd" == *"$(expected_cmd "$name")"* ]]
}

stop_from_pidfile() {
  if [[ ! -f "$PIDS" ]]; then
    log "Nothing to stop: $PIDS does not exist."
    return 0
  fi
  local name pid any=0
  # stop in reverse start order: demo, dashboard, silo, azurite
  for want in demo dashboard silo azurite; do
    while read -r name pid; do
      [[ "$name" == "$want" || "$name" == "$want"-* ]] || continue
      if pid_is "$name" "$pid"; then
        stop_pid "$pid" "$name" 20; any=1
      else
        log "$name (pid $pid) is not running."
      fi
    done < "$PIDS"
  done
  rm -f "$PIDS"
  (( any )) && log "Stopped." || true
}

if [[ "$MODE" == stop ]]; then
  stop_from_pidfile
  exit 0
fi

# ---------------------------------------------------------------------------------------------
# preflight
require_cmd dotnet "Install the .NET 10 SDK (https://dot.net) and make sure 'dotnet' is on PATH."
if (( ! IN_MEMORY )); then
  require_cmd node "Install Node.js 20+ (needed for the Azurite storage emulator), or use './run.sh --in-memory'."
  require_cmd npm "Install npm (comes with Node.js), or use './run.sh --in-memory'."
fi

if [[ -f "$PIDS" ]]; then
  running=""
  while read -r name pid; do
    pid_is "$name" "$pid" && running+=" $name(pid $pid)"
  done < "$PIDS"
  if [[ -n "$running" ]]; then
    die "Hotline is already running:$running. Stop it first with './run.sh stop'."
  fi
  rm -f "$PIDS"   # stale
fi

busy=""
extra_ports=()
for (( i = 1; i < SILOS; i++ )); do extra_ports+=("$((GATEWAY_PORT + i))" "$((SILO_PORT + i))"); done
(( SILOS > 1 )) && extra_ports+=("$((DASH_PORT + 1))")
for port in "$GATEWAY_PORT" "$SILO_PORT" "$DASH_PORT" "${extra_ports[@]}"; do
  if port_open "$port"; then
    owner="$(port_owner "$port")"
    busy+=$'\n'"  port $port is already in use${owner:+ by $owner}"
  fi
done
[[ -z "$busy" ]] || die "Cannot start: required ports are taken by something else:$busy
Stop that program (or './run.sh stop' if it is an earlier run) and try again."

mkdir -p "$LOGS"

# ---------------------------------------------------------------------------------------------
# cleanup: stop what we started, in reverse order
SILO_PID="" DASH_PID="" DEMO_PID="" STARTED_AZURITE=""
SILO_PIDS=() DASH2_PID=""   # --silos N > 1: silo i's pid at index i-1; the second dashboard
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  stop_pid "$DEMO_PID" demo 10
  stop_pid "$DASH2_PID" dashboard-2 20
  stop_pid "$DASH_PID" dashboard 20
  stop_pid "$SILO_PID" silo 20
  for i in "${!SILO_PIDS[@]}"; do stop_pid "${SILO_PIDS[$i]}" "silo-$((i + 1))" 20; done
  [[ -n "$STARTED_AZURITE" ]] && stop_pid "$STARTED_AZURITE" Azurite 10
  rm -f "$PIDS"
  exit "$rc"
}
on_signal() { echo; log "Signal received — shutting down…"; exit 0; }
trap 'echo "run.sh: unexpected failure at line $LINENO (exit $?)" >&2' ERR
trap cleanup EXIT
trap on_signal INT TERM

write_pids() {
  {
    if [[ -n "$STARTED_AZURITE" ]]; then echo "azurite $STARTED_AZURITE"; fi
    if [[ -n "$SILO_PID" ]]; then echo "silo $SILO_PID"; fi
    for i in "${!SILO_PIDS[@]}"; do echo "silo-$((i + 1)) ${SILO_PIDS[$i]}"; done
    if [[ -n "$DASH_PID" ]]; then echo "dashboard $DASH_PID"; fi
    if [[ -n "$DASH2_PID" ]]; then echo "dashboard-2 $DASH2_PID"; fi
    if [[ -n "$DEMO_PID" ]]; then echo "demo $DEMO_PID"; fi
  } > "$PIDS"
}

# ---------------------------------------------------------------------------------------------
# storage
STORAGE_ENV=()
if (( IN_MEMORY )); then
  log "Storage: InMemory (no Azurite)."
  STORAGE_ENV=(Hotline__Storage=InMemory)
else
  ensure_npm_deps "$AZURITE_DIR"
  start_azurite "$DATA/azurite" "$LOGS/azurite.log" || die "Azurite failed to start (log: $LOGS/azurite.log)."
  STARTED_AZURITE="$AZURITE_PID"
  write_pids
fi

# ---------------------------------------------------------------------------------------------
# build
if (( BUILD )); then
  log "Building Hotline.Orleans.sln (Release)… (full log: $LOGS/build.log)"
  t0=$SECONDS
  if ! dotnet build "$REPO/Hotline.Orleans.sln" -c Release -nologo -v quiet -clp:NoSummary > "$LOGS/build.log" 2>&1; then
    echo "Build failed:" >&2
    grep -E ': (error|warning) ' "$LOGS/build.log" | sort -u | head -n 40 >&2 || log_tail "$LOGS/build.log"
    exit 1
  fi
  log "Build succeeded in $((SECONDS - t0)) s."
fi
[[ -f "$SILO_DIR/Hotline.Silo.dll" ]] || die "$SILO_DIR/Hotline.Silo.dll not found — did the build succeed?"
[[ -f "$DASH_DIR/Hotline.Dashboard.dll" ]] || die "$DASH_DIR/Hotline.Dashboard.dll not found — did the build succeed?"

died() {  # died NAME LOG — report a process that exited during startup
  echo "$1 exited during startup." >&2
  log_tail "$2" 60
  exit 1
}

# ---------------------------------------------------------------------------------------------
# silo
if (( SILOS == 1 )); then
log "Starting silo (log: $LOGS/silo.log)…"
start_bg "$LOGS/silo.log" "$SILO_DIR" env "${STORAGE_ENV[@]}" dotnet Hotline.Silo.dll
SILO_PID="$BG_PID"; write_pids
case "$(wait_for_port "$GATEWAY_PORT" "$START_TIMEOUT" "$SILO_PID"; echo $?)" in
  0) log "Silo is up (pid $SILO_PID), gateway 127.0.0.1:$GATEWAY_PORT." ;;
  2) died silo "$LOGS/silo.log" ;;
  *) log_tail "$LOGS/silo.log" 60; die "Silo did not open gateway port $GATEWAY_PORT within ${START_TIMEOUT}s." ;;
esac
else
  # Silo 1 first (it creates the membership table and runs first-start seeding alone), then the rest together.
  # tools/fault.sh restarts a killed silo with the environment it had (/proc/PID/environ), so ports and ids match.
  start_silo() {  # start_silo I — silo I on SILO_PORT+I-1 / GATEWAY_PORT+I-1, log silo-I.log
    local i="$1"
    start_bg "$LOGS/silo-$i.log" "$SILO_DIR" env Hotline__SiloPort="$((SILO_PORT + i - 1))" \
      Hotline__GatewayPort="$((GATEWAY_PORT + i - 1))" dotnet Hotline.Silo.dll
    SILO_PIDS[i - 1]="$BG_PID"; write_pids
  }
  await_silo() {
    local i="$1" port="$((GATEWAY_PORT + $1 - 1))"
    case "$(wait_for_port "$port" "$START_TIMEOUT" "${SILO_PIDS[i - 1]}"; echo $?)" in
      0) log "Silo $i is up (pid ${SILO_PIDS[i - 1]}), silo 127.0.0.1:$((SILO_PORT + i - 1)), gateway 127.0.0.1:$port." ;;
      2) died "silo $i" "$LOGS/silo-$i.log" ;;
      *) log_tail "$LOGS/silo-$i.log" 60; die "Silo $i did not open gateway port $port within ${START_TIMEOUT}s." ;;
    esac
  }
  log "Starting $SILOS silos (logs: $LOGS/silo-1.log … silo-$SILOS.log)…"
  start_silo 1; await_silo 1
  for (( i = 2; i <= SILOS; i++ )); do start_silo "$i"; done
  for (( i = 2; i <= SILOS; i++ )); do await_silo "$i"; done
fi

# ---------------------------------------------------------------------------------------------
# dashboard (content root = its output folder)
log "Starting dashboard (log: $LOGS/dashboard.log)…"
start_bg "$LOGS/dashboard.log" "$DASH_DIR" env "${STORAGE_ENV[@]}" ASPNETCORE_URLS="$DASH_URL" \
  dotnet Hotline.Dashboard.dll --urls "$DASH_URL" --contentRoot "$DASH_DIR"
DASH_PID="$BG_PID"; write_pids
case "$(wait_for_http "$DASH_URL/health" "$START_TIMEOUT" "$DASH_PID" >&2; echo $?)" in
  0) log "Dashboard is up (pid $DASH_PID)." ;;
  2) died dashboard "$LOGS/dashboard.log" ;;
  *) log_tail "$LOGS/dashboard.log" 60; die "Dashboard did not answer $DASH_URL/health within ${START_TIMEOUT}s." ;;
esac
if (( SILOS == 1 )) && ! pid_alive "$SILO_PID"; then died silo "$LOGS/silo.log"; fi
if (( SILOS > 1 )); then
  # A second dashboard beside the first: both are plain Orleans clients finding the gateways in the membership table.
  DASH2_URL="http://127.0.0.1:$((DASH_PORT + 1))"
  log "Starting dashboard 2 (log: $LOGS/dashboard-2.log)…"
  start_bg "$LOGS/dashboard-2.log" "$DASH_DIR" env ASPNETCORE_URLS="$DASH2_URL" \
    dotnet Hotline.Dashboard.dll --urls "$DASH2_URL" --contentRoot "$DASH_DIR"
  DASH2_PID="$BG_PID"; write_pids
  case "$(wait_for_http "$DASH2_URL/health" "$START_TIMEOUT" "$DASH2_PID" >&2; echo $?)" in
    0) log "Dashboard 2 is up (pid $DASH2_PID) at $DASH2_URL." ;;
    2) died dashboard-2 "$LOGS/dashboard-2.log" ;;
    *) log_tail "$LOGS/dashboard-2.log" 60; die "Dashboard 2 did not answer $DASH2_URL/health within ${START_TIMEOUT}s." ;;
  esac
fi

# ---------------------------------------------------------------------------------------------
# demo load (optional): the same CLI a person would run, signed in as the demo users
if (( DEMO )); then
  log "Starting demo flow (log: $LOGS/demo.log)…"
  start_bg "$LOGS/demo.log" "$REPO" env HOTLINE_URL="$DASH_URL" dotnet client/bin/Release/net10.0/hotline.dll demo flow --rate 1
  DEMO_PID="$BG_PID"; write_pids
fi

# ---------------------------------------------------------------------------------------------
# summary
if (( IN_MEMORY )); then storage_line="InMemory (data is lost on stop)"
elif [[ -n "$STARTED_AZURITE" ]]; then storage_line="Azurite (pid $STARTED_AZURITE), data in $DATA/azurite"
else storage_line="Azurite already running on 127.0.0.1:10000-10002 (reused, not managed by run.sh)"
fi
cat <<EOF

================================================================================
 Hotline.Orleans is running
--------------------------------------------------------------------------------
 Sign in            $DASH_URL/login.html
 Big board (大屏)    $DASH_URL/board.html?taskforce=HEATING   (city-wide: $DASH_URL/board.html)
 Dispatcher console $DASH_URL/dispatch.html
 Department console $DASH_URL/department.html
 Seat console       $DASH_URL/seat.html
 Knowledge base     $DASH_URL/knowledge.html      (search, review queue, 高频知识, routing model)
 Review & callbacks $DASH_URL/review.html         (审核回访台: rule checks, 回访 queue, review rules)
 Leader (领导驾驶舱) $DASH_URL/leader.html         (three rates, red/yellow cards, 提级督办, hot spots)
 Monthly report     $DASH_URL/report.html         (printable; CSV at /api/reports/monthly?format=csv)
 REST API base      $DASH_URL/api        (e.g. $DASH_URL/api/orders, bearer token from POST /api/auth/token)
 Health             $DASH_URL/health
 Orleans dashboard  $DASH_URL/orleans     (admin)
$( if (( SILOS == 1 )); then echo " Silo               127.0.0.1:$SILO_PORT (silo), 127.0.0.1:$GATEWAY_PORT (gateway), pid $SILO_PID"; else
     for i in "${!SILO_PIDS[@]}"; do printf ' %-18s 127.0.0.1:%s (silo), 127.0.0.1:%s (gateway), pid %s, log %s\n' "Silo $((i + 1))" \
       "$((SILO_PORT + i))" "$((GATEWAY_PORT + i))" "${SILO_PIDS[$i]}" "$LOGS/silo-$((i + 1)).log"; done
     echo " Dashboard 2        $DASH2_URL  (pid $DASH2_PID, log $LOGS/dashboard-2.log)"
     echo " Membership         Azure Table (OrleansSiloInstances), ClusterId/ServiceId from Hotline__ClusterId / Hotline__ServiceId"; fi )
 Storage            $storage_line

 Logs               $( (( SILOS == 1 )) && echo "$LOGS/silo.log" || echo "$LOGS/silo-1.log … silo-$SILOS.log" )
                    $LOGS/dashboard.log
$( (( IN_MEMORY )) || echo "                    $LOGS/azurite.log" )
 Demo logins        password for all: hotline123
                    seat1, seat2 (坐席)          dispatcher1 (专班调度)     leader1 (领导)
                    rl-ls rl-xy rl-fy rl-ws rl-jc rl-ll rl-zy (各供热公司)   zjj (住建局)  cgj (城管局)
                    reviewer1 (审核回访)   admin (管理员，可看 /orleans)
 Live data (cd $REPO)
$( if (( DEMO )); then echo "                    demo flow is running (pid $DEMO_PID, log $LOGS/demo.log): heating orders keep arriving"; else echo "                    dotnet client/bin/Release/net10.0/hotline.dll demo flow      # heating orders keep flowing (or ./run.sh --demo)"; fi )
                    dotnet client/bin/Release/net10.0/hotline.dll demo heating   # one order, start to finish
                    dotnet client/bin/Release/net10.0/hotline.dll --help
 PIDs               $PIDS
$( if (( DETACH )); then echo " Stop               ./run.sh stop"; else echo " Stop               Ctrl-C (or SIGTERM to pid $$)"; fi )
================================================================================

EOF

if (( DETACH )); then
  trap - EXIT INT TERM
  log "Detached. Stop everything with: $REPO/run.sh stop"
  exit 0
fi

# ---------------------------------------------------------------------------------------------
# foreground: watch the children until a signal arrives or one of them dies
while true; do
  sleep 2 & wait $! || true
  watched=()
  for i in "${!SILO_PIDS[@]}"; do watched+=("silo-$((i + 1)):${SILO_PIDS[$i]}:$LOGS/silo-$((i + 1)).log"); done
  [[ -n "$DASH2_PID" ]] && watched+=("dashboard-2:$DASH2_PID:$LOGS/dashboard-2.log")
  for pair in "${watched[@]}" "silo:$SILO_PID:$LOGS/silo.log" "dashboard:$DASH_PID:$LOGS/dashboard.log" \
              "Azurite:$STARTED_AZURITE:$LOGS/azurite.log"; do
    IFS=: read -r name pid logf <<< "$pair"
    [[ -n "$pid" ]] || continue
    if ! pid_alive "$pid"; then
      echo "$name (pid $pid) exited unexpectedly." >&2
      log_tail "$logf" 40
      exit 1
    fi
  done
done
