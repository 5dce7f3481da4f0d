#!/usr/bin/env bash
# Installs two Debian packages: tinyproxy for the proxy test (__tests__/integration/proxy.test.ts,
# which starts its own instance on 127.0.0.1 with its own config) and time (/usr/bin/time, which
# `npm run bench` uses for each process's CPU time and peak RSS). Idempotent.
set -euo pipefail

if { command -v tinyproxy >/dev/null 2>&1 || [ -x /usr/bin/tinyproxy ] || [ -x /usr/sbin/tinyproxy ]; } && [ -x /usr/bin/time ]; then
  echo "install-extras: tinyproxy and time are already installed"
else
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  # One `apt-get update` per CI run, not one per install script: skip it when the lists are under an hour old.
  if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin -60 -print -quit 2>/dev/null)" ]; then $SUDO apt-get update -q; fi
  POLICY=/usr/sbin/policy-rc.d
  CREATED_POLICY=
  if [ ! -e "$POLICY" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
    $SUDO chmod +x "$POLICY"
    CREATED_POLICY=1
  fi
  trap '[ -n "$CREATED_POLICY" ] && $SUDO rm -f "$POLICY"' EXIT
  $SUDO apt-get install -y -q --no-install-recommends tinyproxy time
fi
# The system service is not used: the test runs its own instance.
if command -v service >/dev/null 2>&1; then ${SUDO:-} service tinyproxy stop >/dev/null 2>&1 || true; fi
echo "install-extras: $( (tinyproxy -v 2>&1 || true) | head -1)"
