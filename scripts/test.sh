#!/usr/bin/env bash
# The whole test suite: installs what is missing, then runs every test. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
swift test
