#!/usr/bin/env bash
# Hotline.Orleans — run every test in Hotline.Orleans.sln against Azurite.
#
#   ./test.sh [extra dotnet test args…]     e.g. ./test.sh --filter "FullyQualifiedName~Domain"
#
# Starts Azurite on a fresh temporary location (or reuses one already listening on 10002), runs
#   dotnet test Hotline.Orleans.sln -c Release --logger trx --results-directory <repo>/TestResults
# sums the <Counters> of every *.trx and prints, as the very last line:
#   N passed, N failed[, N skipped]
# Exits non-zero when dotnet test failed, any test failed, or no test ran.
#
#   ./test.sh --sum-trx [DIR]               only sum the TRX files under DIR (default TestResults)
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tools/lib.sh
source "$REPO/tools/lib.sh"
RESULTS="$REPO/TestResults"

case "${1:-}" in -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;; esac

require_cmd dotnet "Install the .NET 10 SDK and make sure 'dotnet' is on PATH."

# --------------------------------------------------------------------------------------------
# sum_trx DIR — prints "total executed passed failed notExecuted" summed over every *.trx under DIR.
# "failed" counts failed + error + timeout + aborted outcomes; "notExecuted" (skipped) is the larger
# of notExecuted and total - executed.
sum_trx() {
  local dir="$1" files=()
  mapfile -t files < <(find "$dir" -type f -name '*.trx' 2>/dev/null | sort)
  if (( ${#files[@]} == 0 )); then echo "0 0 0 0 0"; return 0; fi
  # Join lines so that a <Counters …/> tag split over several lines is still one match.
  cat "${files[@]}" | tr '\r\n' '  ' | grep -o '<Counters[^>]*>' | awk '
    function attr(tag, name,    s) {
      if (match(tag, "[ \t]" name "=\"[0-9]+\"")) {
        s = substr(tag, RSTART, RLENGTH); sub(/^[^"]*"/, "", s); sub(/"$/, "", s); return s + 0
      }
      return 0
    }
    {
      total += attr($0, "total"); executed += attr($0, "executed"); passed += attr($0, "passed")
      failed += attr($0, "failed") + attr($0, "error") + attr($0, "timeout") + attr($0, "aborted")
      ne = attr($0, "notExecuted"); sk = attr($0, "total") - attr($0, "executed")
      notexec += (sk > ne ? sk : ne)   # xunit skips show up as total - executed, not as notExecuted
    }
    END { printf "%d %d %d %d %d\n", total, executed, passed, failed, notexec }'
}

# Allow `./test.sh --sum-trx DIR` to test the summing on its own.
if [[ "${1:-}" == "--sum-trx" ]]; then
  read -r total executed passed failed skipped < <(sum_trx "${2:-$RESULTS}")
  line="$passed passed, $failed failed"; (( skipped > 0 )) && line+=", $skipped skipped"
  echo "(total=$total executed=$executed)"
  echo "$line"
  exit 0
fi

# --------------------------------------------------------------------------------------------
TMP_AZ=""
cleanup() {
  set +e
  stop_azurite >/dev/null 2>&1
  [[ -n "$TMP_AZ" ]] && rm -rf "$TMP_AZ"
}
trap cleanup EXIT
trap 'echo; echo "Interrupted." >&2; exit 130' INT TERM

t_start=$SECONDS
ensure_npm_deps "$AZURITE_DIR"
if port_open 10002; then
  log "An Azurite (or something) already listens on 127.0.0.1:10002 — reusing it for the tests."
  AZURITE_PID=""
else
  TMP_AZ="$(mktemp -d "${TMPDIR:-/tmp}/hotline-azurite.XXXXXX")"
  if ! start_azurite "$TMP_AZ/data" "$TMP_AZ/azurite.log"; then
    echo "Azurite failed to start; cannot run the tests." >&2
    echo "0 passed, 0 failed"
    exit 1
  fi
fi

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
log "dotnet test Hotline.Orleans.sln -c Release $*"
t_test=$SECONDS
# A hung test must not eat CI's time: the blame collector stops a test host after 10 minutes.
dotnet test "$REPO/Hotline.Orleans.sln" -c Release --logger "trx" --results-directory "$RESULTS" \
  --blame-hang-timeout 10m --blame-hang-dump-type none "$@"
test_rc=$?
log "dotnet test exited with $test_rc after $((SECONDS - t_test)) s."

read -r total executed passed failed skipped < <(sum_trx "$RESULTS")
trx_count="$(find "$RESULTS" -type f -name '*.trx' | wc -l)"
log "TRX files: $trx_count; total=$total executed=$executed passed=$passed failed=$failed notExecuted=$skipped"

# Stop the emulator before the summary so that the summary is the last line printed.
if [[ -n "$AZURITE_PID" ]]; then
  stop_azurite
  if [[ -n "$TMP_AZ" ]]; then rm -rf "$TMP_AZ"; TMP_AZ=""; fi
fi

rc=0
if (( test_rc != 0 )); then echo "dotnet test failed (exit code $test_rc)." >&2; rc=1; fi
if (( failed > 0 )); then echo "$failed test(s) failed." >&2; rc=1; fi
if (( passed + failed == 0 )); then echo "No test ran." >&2; rc=1; fi
log "test.sh finished in $((SECONDS - t_start)) s."

line="$passed passed, $failed failed"
(( skipped > 0 )) && line+=", $skipped skipped"
echo "$line"
exit "$rc"
