#!/usr/bin/env bash
# Where one authenticated GET's time goes: a Release build on loopback under wrk load, sampled with dotnet-trace.
#   bash bench/profile.sh [one|head|list] [port=5187] [seconds=10]
# Needs wrk, python3 and dotnet-trace (dotnet tool install -g dotnet-trace; measured with 10.0.750501).
# Prints req/s during the trace and the share of busy thread time per part of the request path (bench/trace-breakdown.py).
set -euo pipefail
WHAT=${1:-one}; PORT=${2:-5187}; SECONDS_TRACED=${3:-10}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=$(mktemp -d /tmp/asnapi-profile-XXXXXX)
URL=http://127.0.0.1:$PORT
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-trace >/dev/null || { echo "dotnet-trace missing: dotnet tool install -g dotnet-trace"; exit 1; }

dotnet build "$ROOT/api" -c Release -p:SkipClientBuild=true -v quiet -nologo >/dev/null
Database__DataDirectory=$DATA RateLimit__Enabled=false Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Development \
  dotnet "$ROOT/api/bin/Release/net10.0/AsnApi.dll" --urls "$URL" --contentRoot "$ROOT/api" >"$DATA/api.log" 2>&1 &
API=$!
trap 'kill $API 2>/dev/null; wait $API 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "$URL/health" >/dev/null && break; sleep 0.5; done

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
token() { curl -sf -X POST "$URL/api/v1/auth/token" -H 'content-type: application/json' -d "{\"username\":\"$1\",\"password\":\"Demo#2026\"}" | json 'd["accessToken"]'; }
TOKEN=$(token admin@tpi); HEAD_TOKEN=$(token kadinkes@tpi)
ID=$(curl -sf "$URL/api/v1/employees?pageSize=1" -H "Authorization: Bearer $HEAD_TOKEN" | json 'd["items"][0]["id"]')
case $WHAT in
  one) PATH_=/api/v1/employees/$ID ;;
  head) PATH_=/api/v1/employees/$ID; TOKEN=$HEAD_TOKEN ;;
  list) PATH_="/api/v1/employees?pageSize=20" ;;
  *) echo "one, head or list"; exit 1 ;;
esac

wrk -t2 -c32 -d5s -H "Authorization: Bearer $TOKEN" "$URL$PATH_" >/dev/null # warm-up: JIT, pools, caches
wrk -t2 -c32 -d"$((SECONDS_TRACED + 6))s" -H "Authorization: Bearer $TOKEN" "$URL$PATH_" >"$DATA/wrk.txt" &
LOAD=$!
sleep 3
dotnet-trace collect -p "$API" --profile dotnet-sampled-thread-time --duration "00:00:00:$(printf %02d "$SECONDS_TRACED")" \
  -o "$DATA/trace.nettrace" --format Speedscope >/dev/null
wait $LOAD
echo "$WHAT: $(awk '/Requests\/sec/ {print int($2)}' "$DATA/wrk.txt") req/s while traced (the trace itself costs some)"
python3 "$ROOT/bench/trace-breakdown.py" "$DATA/trace.speedscope.json"
# KEEP=dir keeps the trace for a closer look (e.g. python3 bench/trace-breakdown.py --top 30 dir/trace.speedscope.json)
[ -n "${KEEP:-}" ] && cp "$DATA/trace.speedscope.json" "$KEEP/" || true
