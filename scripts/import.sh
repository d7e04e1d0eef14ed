#!/usr/bin/env bash
# Imports one file into AsnApi: a dry run first, its report printed, and the real import only when no row is rejected
# (or with --mode valid-only, which writes the valid rows and lists the rest). A large file becomes a background job
# (202 + Location): the script follows it to its end.
#
#   ASNAPI_KEY=asn_… [ASNAPI_URL=http://localhost:5080] scripts/import.sh <kind> <file> [--mode atomic|valid-only] [--sheet NAME] [--dry-run-only]
#
# kind: employees, units, positions, position-standards, assessments, training-records, survey-responses.
# file: .csv (comma or semicolon), .xlsx or .json.
# Exit codes: 0 done (or the dry run was clean with --dry-run-only), 1 usage or a refused request, 2 rows rejected.
set -euo pipefail

usage() { sed -n '5,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is needed" >&2; exit 1; }

[[ $# -ge 2 ]] || usage
kind=$1 file=$2; shift 2
mode=atomic sheet="" dry_only=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --mode) mode=${2:-}; shift 2 ;;
    --sheet) sheet=${2:-}; shift 2 ;;
    --dry-run-only) dry_only=1; shift ;;
    *) usage ;;
  esac
done
[[ $mode == atomic || $mode == valid-only ]] || { echo "--mode must be atomic or valid-only" >&2; exit 1; }
[[ -f $file ]] || { echo "No such file: $file" >&2; exit 1; }
[[ -n ${ASNAPI_KEY:-} ]] || { echo "Set ASNAPI_KEY to an API key with the import scope" >&2; exit 1; }
base=${ASNAPI_URL:-http://localhost:5080}
base=${base%/}

case ${file,,} in
  *.xlsx) type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet ;;
  *.json) type=application/json ;;
  *) type=text/csv ;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# POST the file; sets $status and leaves the body in $tmp/body and the headers in $tmp/headers.
post() {
  local url="$base/api/v1/imports/$kind?mode=$mode&dryRun=$1"
  [[ -n $sheet ]] && url+="&sheet=$(jq -rn --arg s "$sheet" '$s|@uri')"
  status=$(curl -sS -o "$tmp/body" -D "$tmp/headers" -w '%{http_code}' -X POST "$url" \
    -H "Authorization: ApiKey $ASNAPI_KEY" -H "Content-Type: $type" -H "Accept: application/json" \
    -H "Idempotency-Key: $2" --data-binary "@$file")
}

# A 202: poll the job until it ends; its report (or its error) replaces the body.
follow() {
  local location
  location=$(grep -i '^location:' "$tmp/headers" | tail -1 | cut -d' ' -f2- | tr -d '\r')
  [[ $location == http* ]] || location="$base$location"
  while :; do
    curl -sS -o "$tmp/job" -H "Authorization: ApiKey $ASNAPI_KEY" -H "Accept: application/json" "$location"
    local s p t
    s=$(jq -r '.status' "$tmp/job"); p=$(jq -r '.rowsProcessed' "$tmp/job"); t=$(jq -r '.rowsTotal' "$tmp/job")
    printf '\r  job %s: %s/%s rows' "$s" "$p" "$t" >&2
    case $s in
      Succeeded|Failed) echo >&2; break ;;
    esac
    sleep 2
  done
  if jq -e '.report != null' "$tmp/job" >/dev/null; then jq '.report' "$tmp/job" > "$tmp/body"; else
    echo "The job failed: $(jq -r '.error // "?"' "$tmp/job")" >&2; exit 1
  fi
}

# Prints the counts and each rejected row as "row<TAB>column<TAB>message".
report() {
  jq -r '"  rows \(.rows): inserted \(.inserted), updated \(.updated), unchanged \(.unchanged), rejected \(.rejected)"' "$1"
  jq -r 'if (.errors | length) > 0 then "  row\tcolumn\tmessage", (.errors[] | "  \(.row)\t\(.column)\t\(.message)") else empty end' "$1"
}

problem() {
  echo "Refused ($status): $(jq -r '[.title, .detail] | map(select(. != null)) | join(": ")' "$tmp/body" 2>/dev/null || cat "$tmp/body")" >&2
  jq -r '.errors // {} | to_entries[] | "  \(.key): \(.value | join("; "))"' "$tmp/body" 2>/dev/null >&2 || true
  if jq -e '.report != null' "$tmp/body" >/dev/null 2>&1; then jq '.report' "$tmp/body" > "$tmp/r"; report "$tmp/r" >&2; exit 2; fi
  exit 1
}

key() { cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen; }

echo "Dry run: $kind from $file (mode $mode)"
post true "$(key)"
case $status in 200) ;; 202) follow ;; *) problem ;; esac
report "$tmp/body"
rejected=$(jq -r '.rejected' "$tmp/body")
if [[ $rejected != 0 && $mode == atomic ]]; then
  echo "$rejected rows rejected: nothing imported. Fix them, or run with --mode valid-only." >&2
  exit 2
fi
[[ $dry_only == 1 ]] && { [[ $rejected == 0 ]] && exit 0 || exit 2; }

echo "Import: $kind from $file (mode $mode)"
# One key per run: a retried request (a dropped connection) replays the first answer instead of importing twice.
post false "$(key)"
case $status in 200) ;; 202) follow ;; *) problem ;; esac
report "$tmp/body"
[[ $(jq -r '.written' "$tmp/body") == true ]] || { echo "Nothing was written." >&2; exit 2; }
[[ $(jq -r '.rejected' "$tmp/body") == 0 ]] || { echo "Imported, but $(jq -r '.rejected' "$tmp/body") rows were rejected (listed above)." >&2; exit 2; }
echo "Done."
