#!/usr/bin/env bash
# Stagegate `deploy` action for the example: the canary (NGINX_CANARY_SERVER) is already
# started next to stable; this waits until it answers /healthz as the canary track, at 0% traffic.
# A real deploy would start the new version (STAGEGATE_VERSION) here first.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib.sh"

require_server NGINX_CANARY_SERVER "${NGINX_CANARY_SERVER:-}"
deadline=$((SECONDS + ${NGINX_RELOAD_TIMEOUT:-10}))
until health=$(curl -fsS --max-time 2 "http://$NGINX_CANARY_SERVER/healthz" 2>/dev/null) && [[ "$health" == *'"track":"canary"'* ]]; do
  [ "$SECONDS" -lt "$deadline" ] || die "the canary at $NGINX_CANARY_SERVER is not healthy (last answer: '${health:-none}')"
  sleep 0.2
done
log "canary${STAGEGATE_VERSION:+ $STAGEGATE_VERSION} is up at $NGINX_CANARY_SERVER (0% traffic)"
