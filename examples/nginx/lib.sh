# Shared by the example nginx scripts (sourced, not run). Configuration comes only from the
# environment; see examples/README.md.
#   NGINX_PREFIX          nginx prefix directory (pid, logs, temp files)          required
#   NGINX_CONF            the rendered nginx.conf          default $NGINX_PREFIX/nginx.conf
#   NGINX_UPSTREAM_FILE   the upstream file it includes    default $NGINX_PREFIX/upstream.conf
#   NGINX_URL             where nginx listens, e.g. http://127.0.0.1:8080   (waits and checks)
#   NGINX_STABLE_SERVER   host:port of the stable track, e.g. 127.0.0.1:8081
#   NGINX_CANARY_SERVER   host:port of the canary track, e.g. 127.0.0.1:8082
#   NGINX_BIN             the nginx binary                  default nginx (or /usr/sbin/nginx)
#   NGINX_PID_FILE        the master's pid file              default $NGINX_PREFIX/nginx.pid
#   NGINX_RELOAD_TIMEOUT  seconds to wait for a reload to take effect           default 10
#   NGINX_VERIFY_REQUESTS requests sent by verify.sh / verify-rollback.sh      default 20

: "${NGINX_PREFIX:?set NGINX_PREFIX to the nginx prefix directory}"
NGINX_CONF=${NGINX_CONF:-$NGINX_PREFIX/nginx.conf}
NGINX_UPSTREAM_FILE=${NGINX_UPSTREAM_FILE:-$NGINX_PREFIX/upstream.conf}
NGINX_PID_FILE=${NGINX_PID_FILE:-$NGINX_PREFIX/nginx.pid}
if [ -z "${NGINX_BIN:-}" ]; then
  if command -v nginx >/dev/null 2>&1; then NGINX_BIN=nginx; else NGINX_BIN=/usr/sbin/nginx; fi
fi

log() { echo "[$(basename "$0")] $*"; }
die() { echo "[$(basename "$0")] error: $*" >&2; exit 1; }

nginx_cmd() { "$NGINX_BIN" -p "$NGINX_PREFIX" -c "$NGINX_CONF" "$@"; }

require_server() { # name value
  [[ "$2" =~ ^[A-Za-z0-9.-]+:[0-9]{1,5}$ ]] || die "$1 must look like host:port, got '$2'"
}

# Sets CANARY_WEIGHT and STABLE_WEIGHT (nginx server weights) for a percent 0..100 with at
# most one decimal: 25 → 75/25, 2.5 → 975/25 (tenths of a percent).
split_weights() { # percent
  [[ "$1" =~ ^([0-9]{1,3})(\.([0-9]))?0*$ ]] || die "STAGEGATE_WEIGHT must be a percent 0..100 with at most one decimal, got '$1'"
  local whole=$((10#${BASH_REMATCH[1]})) tenth=${BASH_REMATCH[3]:-0}
  if [ "$tenth" = 0 ]; then
    CANARY_WEIGHT=$whole STABLE_WEIGHT=$((100 - whole))
  else
    CANARY_WEIGHT=$((whole * 10 + tenth)) STABLE_WEIGHT=$((1000 - whole * 10 - tenth))
  fi
  [ "$STABLE_WEIGHT" -ge 0 ] || die "STAGEGATE_WEIGHT must be at most 100, got '$1'"
}

# Prints the upstream file for a percent: weight 0 omits the canary, 100 omits stable.
render_upstream() { # percent generation
  require_server NGINX_STABLE_SERVER "${NGINX_STABLE_SERVER:-}"
  require_server NGINX_CANARY_SERVER "${NGINX_CANARY_SERVER:-}"
  split_weights "$1"
  echo "# Written by examples/nginx/set-weight.sh: canary $1%, generation $2."
  echo "upstream stagegate_app {"
  echo "    zone stagegate_app 64k;"
  if [ "$STABLE_WEIGHT" -gt 0 ]; then echo "    server $NGINX_STABLE_SERVER weight=$STABLE_WEIGHT;"; fi
  if [ "$CANARY_WEIGHT" -gt 0 ]; then echo "    server $NGINX_CANARY_SERVER weight=$CANARY_WEIGHT;"; fi
  echo "    keepalive 16;"
  echo "}"
  echo "map \$uri \$stagegate_weight { default \"weight=$1 generation=$2\"; }"
}

# What nginx serves now: "weight=25 generation=...".
served_state() {
  : "${NGINX_URL:?set NGINX_URL to where nginx listens, e.g. http://127.0.0.1:8080}"
  curl -fsS --max-time 2 "$NGINX_URL/__stagegate/weight"
}

served_weight() {
  local state
  state=$(served_state) || return 1
  state=${state#weight=}
  echo "${state%% *}"
}

# PIDs of the master's worker processes (taken before a reload: those are the old ones).
worker_pids() {
  [ -s "$NGINX_PID_FILE" ] || die "no pid file at $NGINX_PID_FILE: is nginx running?"
  pgrep -P "$(<"$NGINX_PID_FILE")" || true
}

# A reload takes effect in two parts: new workers start with the new config, then (at least
# 100 ms later) the old ones are told to quit and stop accepting connections. Waits for both:
# nginx answers with the new generation, and every old worker is gone or shutting down.
wait_for_reload() { # generation old-worker-pids...
  local generation=$1 timeout=${NGINX_RELOAD_TIMEOUT:-10} state pid args
  local deadline=$((SECONDS + timeout))
  shift
  until state=$(served_state 2>/dev/null) && [[ "$state" == *"generation=$generation" ]]; do
    [ "$SECONDS" -lt "$deadline" ] || die "nginx did not serve generation $generation within ${timeout}s (last answer: '${state:-none}'); see $NGINX_PREFIX/logs/error.log"
    sleep 0.05
  done
  for pid in "$@"; do
    while args=$(ps -o args= -p "$pid" 2>/dev/null) && [[ "$args" != *"shutting down"* ]]; do
      [ "$SECONDS" -lt "$deadline" ] || die "old nginx worker $pid still accepts connections ${timeout}s after the reload"
      sleep 0.05
    done
  done
}

# Sends NGINX_VERIFY_REQUESTS requests to / through nginx; prints "<status> <x-track>" per line.
probe_requests() {
  : "${NGINX_URL:?set NGINX_URL to where nginx listens, e.g. http://127.0.0.1:8080}"
  local n=${NGINX_VERIFY_REQUESTS:-20} i headers code track
  [[ "$n" =~ ^[1-9][0-9]{0,4}$ ]] || die "NGINX_VERIFY_REQUESTS must be 1..99999, got '$n'"
  headers=$(mktemp)
  for ((i = 0; i < n; i++)); do
    : >"$headers"
    code=$(curl -s -o /dev/null -D "$headers" -w '%{http_code}' --max-time 5 "$NGINX_URL/" || true)
    track=$(tr -d '\r' <"$headers" | awk -F': *' 'tolower($1) == "x-track" { print $2 }' | tail -n 1)
    echo "$code ${track:--}"
  done
  rm -f "$headers"
}
