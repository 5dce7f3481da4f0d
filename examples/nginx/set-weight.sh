#!/usr/bin/env bash
# Stagegate `set-weight` action: moves STAGEGATE_WEIGHT percent of the traffic to the canary.
# Rewrites the upstream file (stable weight 100-W, canary W; 0 omits the canary, 100 omits
# stable), checks the config (restoring the previous file if nginx refuses it), reloads nginx
# and waits until the reload took effect: nginx answers with the new generation and every
# old worker has stopped taking connections. Environment: see lib.sh and examples/README.md.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib.sh"

weight=${STAGEGATE_WEIGHT:?set STAGEGATE_WEIGHT to the canary percent 0..100}
generation="$(date +%s%N)-$$"
old_workers=$(worker_pids)
new=$(mktemp "$NGINX_UPSTREAM_FILE.new.XXXXXX")
trap 'rm -f "$new"' EXIT
render_upstream "$weight" "$generation" >"$new"
[ -f "$NGINX_UPSTREAM_FILE" ] && cp -p "$NGINX_UPSTREAM_FILE" "$NGINX_UPSTREAM_FILE.prev"
mv -f "$new" "$NGINX_UPSTREAM_FILE"
if ! nginx_cmd -t -q; then
  [ -f "$NGINX_UPSTREAM_FILE.prev" ] && mv -f "$NGINX_UPSTREAM_FILE.prev" "$NGINX_UPSTREAM_FILE"
  die "nginx refused the new config; the previous upstream file is back in place"
fi
nginx_cmd -s reload
# shellcheck disable=SC2086 # one PID per word
wait_for_reload "$generation" $old_workers
split_weights "$weight"
log "traffic: canary ${weight}%, stable the rest (nginx weights: stable $STABLE_WEIGHT, canary $CANARY_WEIGHT)${STAGEGATE_STEP:+; step $STAGEGATE_STEP}"
