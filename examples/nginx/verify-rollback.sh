#!/usr/bin/env bash
# Stagegate `verify-rollback` action: nginx serves weight 0, and NGINX_VERIFY_REQUESTS
# (default 20) requests through it are all answered by stable without a 5xx.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib.sh"

served=$(served_weight) || die "nginx at $NGINX_URL does not answer"
[ "$served" = 0 ] || die "nginx serves canary ${served}%, expected 0% after the rollback"
answers=$(probe_requests)
total=$(wc -l <<<"$answers")
wrong=$(awk '!($1 ~ /^[1-4][0-9][0-9]$/ && $2 == "stable")' <<<"$answers" | wc -l)
if [ "$wrong" -gt 0 ]; then
  awk '!($1 ~ /^[1-4][0-9][0-9]$/ && $2 == "stable") { print "  status " $1 " from " $2 }' <<<"$answers" | sort | uniq -c >&2
  die "$wrong of $total requests were not answered by a healthy stable"
fi
log "all $total requests answered by stable"
