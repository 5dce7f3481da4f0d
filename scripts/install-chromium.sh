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
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core fonts-noto-color-emoji
echo "install-chromium: $(chromium --version 2>/dev/null | head -1)"
