#!/usr/bin/env bash
# Renders nginx.conf.template into $NGINX_CONF, writes the upstream file with all traffic on
# stable (weight 0), checks the config and runs nginx in the foreground (exec: this script's
# PID becomes nginx's master PID; stop it with SIGTERM or SIGQUIT).
# Needs NGINX_PREFIX, NGINX_LISTEN (e.g. 127.0.0.1:8080), NGINX_STABLE_SERVER, NGINX_CANARY_SERVER.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib.sh"

: "${NGINX_LISTEN:?set NGINX_LISTEN to the address nginx listens on, e.g. 127.0.0.1:8080}"
[[ "$NGINX_LISTEN" =~ ^[0-9.]+:[0-9]{1,5}$ ]] || die "NGINX_LISTEN must look like 127.0.0.1:8080, got '$NGINX_LISTEN'"
[[ "$NGINX_UPSTREAM_FILE" != *[\"\\\$\;]* && "$NGINX_UPSTREAM_FILE" != *$'\n'* ]] || die "NGINX_UPSTREAM_FILE must not contain quotes, backslashes, \$, ; or newlines"

mkdir -p "$NGINX_PREFIX/logs" "$NGINX_PREFIX/temp" "$(dirname "$NGINX_CONF")" "$(dirname "$NGINX_UPSTREAM_FILE")"
conf=$(<"$HERE/nginx.conf.template")
conf=${conf//'${NGINX_LISTEN}'/"$NGINX_LISTEN"}
conf=${conf//'${NGINX_UPSTREAM_FILE}'/"$NGINX_UPSTREAM_FILE"}
printf '%s\n' "$conf" >"$NGINX_CONF"
render_upstream 0 initial >"$NGINX_UPSTREAM_FILE"
nginx_cmd -t -q
log "nginx on $NGINX_LISTEN: stable $NGINX_STABLE_SERVER 100%, canary $NGINX_CANARY_SERVER 0%"
exec "$NGINX_BIN" -p "$NGINX_PREFIX" -c "$NGINX_CONF" -g 'daemon off;'
