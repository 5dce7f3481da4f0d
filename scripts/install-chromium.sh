#!/usr/bin/env bash
# Installs Debian's Chromium for the report render test (a real headless browser draws the job
# summary's markdown and Mermaid charts). Idempotent.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "install-chromium: $(chromium --version 2>/dev/null | head -1)"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
# One `apt-get update` per CI run, not one per install script: skip it when the lists are under an hour old.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin -60 -print -quit 2>/dev/null)" ]; then $SUDO apt-get update -q; fi
$SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core fonts-noto-color-emoji
echo "install-chromium: $(chromium --version 2>/dev/null | head -1)"
