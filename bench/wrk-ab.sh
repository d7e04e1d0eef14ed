#!/usr/bin/env bash
# Two builds of the hot read path side by side: req/s and CPU per request, measured alternately, round after round.
#   bash bench/wrk-ab.sh BEFORE_ROOT AFTER_ROOT [rounds=4] [seconds=5] [connections=32]
# Each ROOT is a checkout of this repository (e.g. `git archive <commit> | tar -x -C /tmp/before`); both are built in
# Release and run at once on loopback, each with its own data directory and the rate limits off. On a machine shared
# with other work req/s moves with the load from one run to the next, so each endpoint runs on both builds back to back
# and each ratio is taken against /health of the same build in the same round. "CPU" is the API process's own CPU time
# (user + system, from /proc) per request: it moves much less with the load than req/s, and says what a request costs.
set -euo pipefail
BEFORE=$(cd "$1" && pwd); AFTER=$(cd "$2" && pwd); ROUNDS=${3:-4}; SECS=${4:-5}; CONN=${5:-32}
TICK=$(getconf CLK_TCK)
DIRS=(); PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "${DIRS[@]}"; }
trap cleanup EXIT
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

declare -A URL PID TOKEN HEADTOKEN ID
start() { # name root port
  local data; data=$(mktemp -d /tmp/asnapi-ab-XXXXXX); DIRS+=("$data")
  dotnet build "$2/api" -c Release -p:SkipClientBuild=true -v quiet -nologo >/dev/null
  Database__DataDirectory=$data RateLimit__Enabled=false Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Development \
    dotnet "$2/api/bin/Release/net10.0/AsnApi.dll" --urls "http://127.0.0.1:$3" --contentRoot "$2/api" >"$data/api.log" 2>&1 &
  PID[$1]=$!; PIDS+=($!); URL[$1]=http://127.0.0.1:$3
}
login() { # name
  local u=${URL[$1]}
  for _ in $(seq 1 240); do curl -sf "$u/health" >/dev/null && break; sleep 0.5; done
  tok() { curl -sf -X POST "$u/api/v1/auth/token" -H 'content-type: application/json' -d "{\"username\":\"$1\",\"password\":\"Demo#2026\"}" | json 'd["accessToken"]'; }
  TOKEN[$1]=$(tok admin@tpi); HEADTOKEN[$1]=$(tok kadinkes@tpi)
  ID[$1]=$(curl -sf "$u/api/v1/employees?pageSize=1" -H "Authorization: Bearer ${HEADTOKEN[$1]}" | json 'd["items"][0]["id"]')
}
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run() { # name endpoint -> "req/s cpu-µs-per-request"
  local u=${URL[$1]} path tok=${TOKEN[$1]}
  case $2 in
    health) path=/health; tok= ;;
    one) path=/api/v1/employees/${ID[$1]} ;;
    head) path=/api/v1/employees/${ID[$1]}; tok=${HEADTOKEN[$1]} ;;
    list) path="/api/v1/employees?pageSize=20" ;;
  esac
  local args=(-t2 -c"$CONN" -d"${SECS}s")
  [ -n "$tok" ] && args+=(-H "Authorization: Bearer $tok")
  local c0 out c1 n
  c0=$(cpu "${PID[$1]}"); out=$(wrk "${args[@]}" "$u$path"); c1=$(cpu "${PID[$1]}")
  n=$(awk '/requests in/ {print $1}' <<<"$out")
  echo "$(awk '/Requests\/sec/ {print int($2)}' <<<"$out") $(( (c1 - c0) * 1000000 / TICK / (n > 0 ? n : 1) ))"
}

start before "$BEFORE" 5401; start after "$AFTER" 5402
login before; login after
ENDPOINTS=(health one head list)
for b in before after; do for e in "${ENDPOINTS[@]}"; do SECS_SAVED=$SECS; SECS=3; run $b $e >/dev/null; SECS=$SECS_SAVED; done; done # warm-up: JIT, pools, caches

printf '%-6s %-6s %-10s %22s %22s %18s\n' round load endpoint "req/s before → after" "ratio before → after" "CPU µs/req b → a"
for r in $(seq 1 "$ROUNDS"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  declare -A H=()
  for e in "${ENDPOINTS[@]}"; do
    # Alternate which build goes first, so neither always runs in the other's wake.
    if (( r % 2 )); then read -r rb cb <<<"$(run before $e)"; read -r ra ca <<<"$(run after $e)"
    else read -r ra ca <<<"$(run after $e)"; read -r rb cb <<<"$(run before $e)"; fi
    [ "$e" = health ] && { H[b]=$rb; H[a]=$ra; }
    printf '%-6s %-6s %-10s %22s %22s %18s\n' "$r" "$load" "$e" "$rb → $ra" "$((100 * rb / H[b])) % → $((100 * ra / H[a])) %" "$cb → $ca"
  done
done
echo "goals: one employee >= 50 % of /health, the list >= 30 % ($CONN connections, ${SECS}s each, loopback; 'head' is a unit head)"
