#!/usr/bin/env bash
# Every test of the project in one command: the XCTest suites, then the review page in a real
# browser (Tests/Browser/run.sh). Arguments go to `swift test` (e.g. --filter); the flag keeps
# Swift Testing from closing the log with an empty run of its own. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")"
swift test --disable-swift-testing "$@"
Tests/Browser/run.sh
