#!/usr/bin/env bash
# Install what the browser tests need (Debian's chromium + chromium-driver, and selenium) when missing, then run
# them: STRIFE_SCREENSHOTS=<dir> bash .ci/browser.sh   (screenshots of the map and Quetta pages land there).
# `bash .ci/browser.sh --install-only` installs and stops (.ci/run then runs every test at once).
set -euo pipefail

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "installing chromium and chromium-driver" >&2
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq chromium chromium-driver >&2
fi
python -c "import selenium" 2>/dev/null || python -m pip install -q "selenium>=4.20" >&2
if [ "${1:-}" = "--install-only" ]; then exit 0; fi

export STRIFE_SCREENSHOTS="${STRIFE_SCREENSHOTS:-${TMPDIR:-/tmp}/strife-screenshots}"
mkdir -p "$STRIFE_SCREENSHOTS"
python -m pytest -q -m browser tests/api/test_browser.py "$@"
echo "screenshots: $STRIFE_SCREENSHOTS" >&2
