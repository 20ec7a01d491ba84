# shellcheck shell=bash
# Audit for tools/fault.sh (source it; needs api_call/sign_in from fault-load.sh).
#
#   audit_ledger LEDGER URL OUT — reads every order the ledger names back through the REST API and checks:
#     1. the audit trail's sequence numbers run 1, 2, 3 … without gap, in order;
#     2. every acknowledged transition is there: the order's version is at least the acknowledged one and the event at
#        that sequence is the acknowledged one;
#     3. no clock threshold fired twice (one clock-* event per clock and percent);
#     4. every clock that fell due more than AUDIT_GRACE seconds ago (default 75: the durable reminder ticks every
#        minute) and was not stopped before its due instant has fired its breach ("<clock> 100%").
#   Writes a summary and each violation to OUT; returns 1 when there is any violation.
#
#   department_counts LEDGER_OUT URL OUT — for information, not judged: each department's own "received" counter
#     against the dispatches to it in the audited orders' trails (OUT of audit_ledger, .dispatches beside it). Only
#     meaningful on a cluster that served nothing but the fault run's load.

# jq: ISO-8601 with an offset → epoch seconds (jq's fromdateiso8601 takes only "Z").
AUDIT_JQ='
def epoch: capture("^(?<d>[0-9-]+T[0-9:]+)(\\.[0-9]+)?(?<o>Z|[+-][0-9]{2}:[0-9]{2})$") as $c
  | ($c.d + "Z" | fromdateiso8601)
    - (if $c.o == "Z" then 0 else ($c.o[0:1] + "1" | tonumber) * (($c.o[1:3] | tonumber) * 3600 + ($c.o[4:6] | tonumber) * 60) end);
. as $o
| ($o.events // []) as $ev
| [$ev[].sequence] as $seq
| (if $seq != [range(1; ($seq | length) + 1)] then "gap: sequence \($seq | map(tostring) | join(","))" else empty end),
  ($acks[] | . as $a | select($o.version < $a.version or ([$ev[] | select(.sequence == $a.version and (.action == $a.action or $a.action == "-"))] | length) == 0)
     | "lost: acknowledged \($a.command) (\($a.action)) at version \($a.version), order is at version \($o.version)"),
  ($ev | map(select(.action | startswith("clock-"))) | group_by(.reason) | .[] | select(length > 1)
     | "twice: \(.[0].reason) fired \(length) times"),
  ($o.clocks // [] | .[] | select(.dueAt != null) | . as $c | ($c.dueAt | epoch) as $due
     | select($due < $now - $grace and ($c.stoppedAt == null or ($c.stoppedAt | epoch) > $due))
     | select([$ev[] | select(.action == "clock-breach" and .reason == "\($c.name) 100%")] | length == 0)
     | "unfired: clock \($c.name) fell due \($c.dueAt) (state \($c.state)) without a breach")
'

# audit_counts: clocks past due (checked) and breaches seen, for the summary
AUDIT_COUNT_JQ='
def epoch: capture("^(?<d>[0-9-]+T[0-9:]+)(\\.[0-9]+)?(?<o>Z|[+-][0-9]{2}:[0-9]{2})$") as $c
  | ($c.d + "Z" | fromdateiso8601)
    - (if $c.o == "Z" then 0 else ($c.o[0:1] + "1" | tonumber) * (($c.o[1:3] | tonumber) * 3600 + ($c.o[4:6] | tonumber) * 60) end);
"\([.clocks // [] | .[] | select(.dueAt != null) | (.dueAt | epoch) as $due
     | select($due < $now - $grace and (.stoppedAt == null or (.stoppedAt | epoch) > $due))] | length) \([.events // [] | .[] | select(.action | startswith("clock-"))] | length)"
'

audit_ledger() {
  local ledger="$1" url="$2" out="$3" grace="${AUDIT_GRACE:-75}" token now id acks order code
  local orders=0 unreadable=0 violations=0 due=0 fired=0 d f
  token="$(sign_in "$url" dispatcher1)" || { echo " Audit: cannot sign in at $url" > "$out"; return 1; }
  now="$(date +%s)"
  : > "$out.violations"; : > "$out.dispatches"
  while read -r id; do
    acks="$(awk -v id="$id" '$1 == id { printf "{\"command\":\"%s\",\"version\":%s,\"action\":\"%s\"}\n", $2, $3, $4 }' "$ledger" | jq -sc .)"
    order=""
    for _ in 1 2 3 4 5; do   # a read may land on a silo that is still warming up: try a few times
      order="$(api_call GET "$url/api/orders/$id" "$token")"; code="${order##*$'\n'}"; order="${order%$'\n'*}"
      [[ "$code" == 200 ]] && break
      sleep 2
    done
    orders=$((orders + 1))
    if [[ "$code" != 200 ]]; then
      unreadable=$((unreadable + 1)); echo "  $id unreadable: HTTP $code" >> "$out.violations"; continue
    fi
    jq -r --argjson acks "$acks" --argjson now "$now" --argjson grace "$grace" "$AUDIT_JQ" <<< "$order" \
      | sed "s/^/  $id /" >> "$out.violations"
    read -r d f < <(jq -r --argjson now "$now" --argjson grace "$grace" "$AUDIT_COUNT_JQ" <<< "$order")
    due=$((due + d)); fired=$((fired + f))
    jq -r '.events // [] | .[] | select(.action == "dispatched" and .department != null) | .department' <<< "$order" >> "$out.dispatches"
  done < <(awk '{ print $1 }' "$ledger" | sort -u)
  violations="$(wc -l < "$out.violations")"
  {
    echo " Audit: $orders orders read back ($unreadable unreadable), $due clocks fell due more than ${grace}s before the audit,"
    echo "        $fired clock threshold events seen (due clocks: not stopped before their due instant); violations: $violations"
    head -n 40 "$out.violations"
  } > "$out"
  (( violations == 0 ))
}

department_counts() {
  local audit="$1" url="$2" out="$3" token department expected said line=""
  token="$(sign_in "$url" admin)" || { echo " Department counters: cannot sign in at $url" > "$out"; return 0; }
  while read -r expected department; do
    said="$(api_call GET "$url/api/departments/$department" "$token")"
    said="$(jq -r '.received // "?"' <<< "${said%$'\n'*}" 2>/dev/null || echo "?")"
    line+=" $department $said/$expected"
  done < <(sort "$audit.dispatches" | uniq -c)
  echo " Department counters (info, received / dispatches in the trails):$line" > "$out"
}
