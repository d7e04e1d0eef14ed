#!/usr/bin/env bash
# Throughput of the hot read path on loopback: /health, one employee, one list page, and their ratios, in req/s and in
# the API process's CPU time per request (/health's over the endpoint's). Two builds side by side: bench/wrk-ab.sh.
#   bash bench/wrk.sh [port=5186] [seconds=10] [connections=32]
# Needs wrk (Debian: apt-get install -y wrk; installed here when missing and apt-get can run) and jq or python3.
# Runs a Release build of the API with its own data directory and the rate limits off.
set -euo pipefail
PORT=${1:-5186}; SECONDS_PER_RUN=${2:-10}; CONNECTIONS=${3:-32}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=$(mktemp -d /tmp/asnapi-wrk-XXXXXX)
URL=http://127.0.0.1:$PORT

command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y wrk >/dev/null; }

dotnet build "$ROOT/api" -c Release -p:SkipClientBuild=true -v quiet -nologo >/dev/null
Database__DataDirectory=$DATA RateLimit__Enabled=false Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Development \
  dotnet "$ROOT/api/bin/Release/net10.0/AsnApi.dll" --urls "$URL" --contentRoot "$ROOT/api" >"$DATA/api.log" 2>&1 &
API=$!
trap 'kill $API 2>/dev/null; wait $API 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "$URL/health" >/dev/null && break; sleep 0.5; done

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
TOKEN=$(curl -sf -X POST "$URL/api/v1/auth/token" -H 'content-type: application/json' \
  -d '{"username":"admin@tpi","password":"Demo#2026"}' | json 'd["accessToken"]')
HEAD_TOKEN=$(curl -sf -X POST "$URL/api/v1/auth/token" -H 'content-type: application/json' \
  -d '{"username":"kadinkes@tpi","password":"Demo#2026"}' | json 'd["accessToken"]')
ID=$(curl -sf "$URL/api/v1/employees?pageSize=1" -H "Authorization: Bearer $HEAD_TOKEN" | json 'd["items"][0]["id"]')

cpu() { awk '{print $14 + $15}' "/proc/$API/stat"; } # the API's user + system CPU, in clock ticks
rps() { # url [token] -> "req/s CPU-µs-per-request" (CPU per request moves far less than req/s on a shared machine)
  local args=(-t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency) c0 c1 out n
  [ -n "${2:-}" ] && args+=(-H "Authorization: Bearer $2")
  wrk "${args[@]}" "$1" >/dev/null 2>&1 || true # warm-up of JIT and pools: 1 run discarded
  c0=$(cpu); out=$(wrk "${args[@]}" "$1"); c1=$(cpu)
  n=$(awk '/requests in/ {print $1}' <<<"$out")
  echo "$(awk '/Requests\/sec/ {print int($2)}' <<<"$out") $(( (c1 - c0) * 1000000 / $(getconf CLK_TCK) / (n > 0 ? n : 1) ))"
}
read -r HEALTH HEALTH_CPU <<<"$(rps "$URL/health")"
read -r ONE ONE_CPU <<<"$(rps "$URL/api/v1/employees/$ID" "$TOKEN")"
read -r HEAD HEAD_CPU <<<"$(rps "$URL/api/v1/employees/$ID" "$HEAD_TOKEN")" # a unit head: the sub-tree scope is looked up for them
read -r LIST LIST_CPU <<<"$(rps "$URL/api/v1/employees?pageSize=20" "$TOKEN")"
row() { printf '%-28s %10s %7s%% %14s %11s%%\n' "$1" "$2" "$((100 * $2 / HEALTH))" "$3" "$((100 * HEALTH_CPU / ($3 > 0 ? $3 : 1)))"; }
printf '%-28s %10s %8s %14s %12s\n' "endpoint" "req/s" "ratio" "CPU µs/req" "CPU ratio"
row "/health" "$HEALTH" "$HEALTH_CPU"
row "one employee" "$ONE" "$ONE_CPU"
row "one employee, as unit head" "$HEAD" "$HEAD_CPU"
row "employee list, 20 a page" "$LIST" "$LIST_CPU"
echo "goals: one employee >= 50 % of /health, the list >= 30 % ($CONNECTIONS connections, ${SECONDS_PER_RUN}s each, loopback)"
