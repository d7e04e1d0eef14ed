#!/usr/bin/env bash
# Throughput of the hot read path on loopback: /health, one employee, one list page, and their ratios.
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

rps() { # url [token]
  local args=(-t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency)
  [ -n "${2:-}" ] && args+=(-H "Authorization: Bearer $2")
  wrk "${args[@]}" "$1" >/dev/null 2>&1 || true # warm-up of JIT and pools: 1 run discarded
  wrk "${args[@]}" "$1" | awk '/Requests\/sec/ {print int($2)}'
}
HEALTH=$(rps "$URL/health")
ONE=$(rps "$URL/api/v1/employees/$ID" "$TOKEN")
HEAD=$(rps "$URL/api/v1/employees/$ID" "$HEAD_TOKEN") # a unit head: the sub-tree scope is looked up for them
LIST=$(rps "$URL/api/v1/employees?pageSize=20" "$TOKEN")
printf '%-28s %10s %8s\n' "endpoint" "req/s" "ratio"
printf '%-28s %10s %8s\n' "/health" "$HEALTH" "100 %"
printf '%-28s %10s %7s%%\n' "one employee" "$ONE" "$((100 * ONE / HEALTH))"
printf '%-28s %10s %7s%%\n' "one employee, as unit head" "$HEAD" "$((100 * HEAD / HEALTH))"
printf '%-28s %10s %7s%%\n' "employee list, 20 a page" "$LIST" "$((100 * LIST / HEALTH))"
echo "goals: one employee >= 50 % of /health, the list >= 30 % ($CONNECTIONS connections, ${SECONDS_PER_RUN}s each, loopback)"
