#!/usr/bin/env bash
# Installs the real stack the e2e suite and the examples run against: Debian's Prometheus and
# nginx, plus curl and procps (pgrep, ps) for the example scripts, HAProxy, InfluxDB and Graphite
# (graphite-carbon's carbon-cache and graphite-web, for the graphite provider's e2e suite; served by
# the Python standard library's wsgiref, so no extra web server). Idempotent: installs nothing when
# all of them are already there.
# The stack runs its own instances (own configs, ports on 127.0.0.1, temp dirs); the system
# services the packages bring are stopped and not needed.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || [ -x "/usr/bin/$1" ]; }

if have prometheus && have nginx && have curl && have pgrep && have haproxy && have influxd \
  && have carbon-cache && [ -f /usr/lib/python3/dist-packages/graphite/wsgi.py ]; then
  echo "install-stack: prometheus, nginx, curl, procps, haproxy, influxdb and graphite are already installed"
else
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  # One `apt-get update` per CI run, not one per install script: skip it when the lists are under an hour old.
  if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin -60 -print -quit 2>/dev/null)" ]; then $SUDO apt-get update -q; fi
  # nginx-light is the small build on older Debian/Ubuntu; newer ones only have nginx.
  if apt-cache show nginx-light >/dev/null 2>&1; then NGINX_PKG=nginx-light; else NGINX_PKG=nginx; fi
  # policy-rc.d 101: packages must not start their services during install (no init here anyway).
  POLICY=/usr/sbin/policy-rc.d
  CREATED_POLICY=
  if [ ! -e "$POLICY" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
    $SUDO chmod +x "$POLICY"
    CREATED_POLICY=1
  fi
  trap '[ -n "$CREATED_POLICY" ] && $SUDO rm -f "$POLICY"' EXIT
  # haproxy and influxdb: the traffic adapter and metric provider suites (h-reach)
  # graphite-carbon and graphite-web: the graphite metric provider's e2e suite (its own carbon-cache
  # and graphite-web on free 127.0.0.1 ports, see __tests__/support/graphite.ts)
  $SUDO apt-get install -y -q --no-install-recommends prometheus "$NGINX_PKG" curl procps haproxy influxdb graphite-carbon graphite-web
fi

# The system services are not used: make sure they are not running.
for svc in nginx prometheus haproxy influxdb carbon-cache; do
  if command -v service >/dev/null 2>&1; then
    ${SUDO:-} service "$svc" stop >/dev/null 2>&1 || true
  fi
done

echo "install-stack: $(prometheus --version 2>&1 | head -1)"
echo "install-stack: $(nginx -v 2>&1 | head -1)"
