# shellcheck shell=bash
# Load for tools/fault.sh (source it): heating orders walked over the REST API by the demo users, with a ledger.
#
#   start_load RATE LEDGER FAILED URL...   orders per second; one "order command version event" ledger line per 2xx
#                                          answer (the format of `hotline simulate --ledger`; event: the audit action at that version),
#                                          one "order action http-code time" line in FAILED per refused/failed call
#   stop_load                              stop creating orders, let the walks in flight finish
#
# An order is created by a seat, dispatched to its district's heating company after 1-5 s and, for 60 % of them,
# accepted 2-10 s later; the rest stay unaccepted so their accept clocks fall due. Calls go to the dashboards in
# turn. Nothing is retried: a call that failed is simply not acknowledged, and the audit does not expect it.

LOAD_PID=""

# api_call METHOD URL TOKEN [JSON] — prints the body, then the HTTP code on a last line (000: no answer)
api_call() {
  local args=(-s -m 30 -X "$1" -w '\n%{http_code}' -H "Content-Type: application/json")
  [[ -n "$3" ]] && args+=(-H "Authorization: Bearer $3")
  [[ -n "${4:-}" ]] && args+=(--data-binary "$4")
  curl "${args[@]}" "$2" 2>/dev/null || printf '\n000'
}

# sign_in URL USER — bearer token for a demo user (password hotline123 unless HOTLINE_PASSWORD)
sign_in() {
  local out
  out="$(api_call POST "$1/api/auth/token" "" "$(jq -nc --arg u "$2" --arg p "${HOTLINE_PASSWORD:-hotline123}" '{userName: $u, password: $p}')")"
  [[ "${out##*$'\n'}" == 200 ]] || return 1
  jq -r '.accessToken' <<< "${out%$'\n'*}"
}

# load_step ID ACTION LEDGER FAILED METHOD URL TOKEN JSON — one command; ledger line when acknowledged
load_step() {
  local id="$1" action="$2" ledger="$3" failed="$4" out code body
  out="$(api_call "$5" "$6" "$7" "$8")"; code="${out##*$'\n'}"; body="${out%$'\n'*}"
  if [[ "$code" == 2?? ]]; then
    jq -r --arg a "$action" '"\(.id) \($a) \(.version) \(.version as $v | [.events[]? | select(.sequence == $v) | .action][0] // "-")"' \
      <<< "$body" >> "$ledger"
    jq -r '.id' <<< "$body"
  else
    echo "$id $action $code $(date +%H:%M:%S)" >> "$failed"
    return 1
  fi
}

start_load() {
  local rate="$1" ledger="$2" failed="$3"; shift 3
  local urls=("$@") url="$1" seat dispatcher
  seat="$(sign_in "$url" seat1)" || die "Cannot sign in as seat1 at $url."
  dispatcher="$(sign_in "$url" dispatcher1)" || die "Cannot sign in as dispatcher1 at $url."
  # The district heating companies that have a demo user (code RL-LS → user rl-ls).
  local companies=() code district token
  while read -r code district; do
    token="$(sign_in "$url" "${code,,}")" || continue
    companies+=("$code $district $token")
  done < <(api_call GET "$url/api/reference" "$dispatcher" | sed '$d' |
           jq -r '.departments[] | select(.kind == "heating" and .district != null) | "\(.code) \(.district)"')
  (( ${#companies[@]} > 0 )) || die "No heating company could sign in at $url."
  local interval; interval="$(awk -v r="$rate" 'BEGIN { printf "%.3f", 1 / r }')"
  (
    stopping=0; trap 'stopping=1' TERM
    n=0
    while (( ! stopping )); do
      IFS=' ' read -r lead district token <<< "${companies[n % ${#companies[@]}]}"
      base="${urls[n % ${#urls[@]}]}"
      (
        body="$(jq -nc --arg d "$district" --arg p "139$((10000000 + RANDOM * 100 + n % 100))" --arg a "供热测试路 $n 号" \
          '{channel: "热线电话", caller: {phone: $p, name: "来电市民", type: "citizen"}, districtCode: $d, address: $a,
            category: "供热", title: "暖气不热", content: "故障演练：室温只有十四度，请尽快处理。", urgency: "normal"}')"
        id="$(load_step "new-$n" create "$ledger" "$failed" POST "$base/api/orders" "$seat" "$body")" || exit 0
        sleep $((1 + RANDOM % 5))
        load_step "$id" dispatch "$ledger" "$failed" POST "$base/api/orders/$id/dispatch" "$dispatcher" \
          "$(jq -nc --arg l "$lead" '{lead: $l, coHandlers: []}')" > /dev/null || exit 0
        (( RANDOM % 10 < 6 )) || exit 0
        sleep $((2 + RANDOM % 9))
        load_step "$id" accept "$ledger" "$failed" POST "$base/api/orders/$id/accept" "$token" \
          "$(jq -nc --arg l "$lead" '{department: $l}')" > /dev/null || exit 0
      ) &
      n=$((n + 1))
      sleep "$interval"
    done
    wait
  ) &
  LOAD_PID=$!
}

stop_load() {
  [[ -n "$LOAD_PID" ]] || return 0
  kill -TERM "$LOAD_PID" 2>/dev/null || true
  wait "$LOAD_PID" 2>/dev/null || true
  LOAD_PID=""
}
