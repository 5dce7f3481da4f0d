#!/usr/bin/env bash
# Stagegate `verify` action: nginx serves the split STAGEGATE_WEIGHT asks for, and
# NGINX_VERIFY_REQUESTS (default 20) requests through it get no 5xx and no connection failure.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib.sh"

if [ -n "${STAGEGATE_WEIGHT:-}" ]; then
  served=$(served_weight) || die "nginx at $NGINX_URL does not answer"
  [ "$served" = "$STAGEGATE_WEIGHT" ] || die "nginx serves canary ${served}%, expected ${STAGEGATE_WEIGHT}%"
fi
answers=$(probe_requests)
total=$(wc -l <<<"$answers")
bad=$(awk '$1 !~ /^[1-4][0-9][0-9]$/' <<<"$answers" | wc -l)
summary=$(awk '{ n[$2]++ } END { for (t in n) printf "%s=%d ", t, n[t] }' <<<"$answers")
if [ "$bad" -gt 0 ]; then
  awk '$1 !~ /^[1-4][0-9][0-9]$/ { print "  status " ($1 == "000" ? "none (connection failed)" : $1) " from " $2 }' <<<"$answers" | sort | uniq -c >&2
  die "$bad of $total requests through nginx failed (${summary% })"
fi
log "$total requests through nginx, no failures (${summary% })"
