#!/usr/bin/env bash
# Stagegate `rollback` action: all traffic back to stable (weight 0), whatever the step was.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
echo "[rollback.sh] rolling back from ${STAGEGATE_PREVIOUS_WEIGHT:-?}% canary: ${STAGEGATE_REASON:-no reason given}"
STAGEGATE_WEIGHT=0 exec bash "$HERE/set-weight.sh"
