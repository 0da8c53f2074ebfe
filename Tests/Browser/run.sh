#!/usr/bin/env bash
# The review page's browser tests (test_review_page.py): headless Chromium driven by Selenium
# against the accord-serve of this checkout, which `swift test` has built. Skipped, with a line
# saying so, when Chromium, its driver or the Python packages are missing (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v "${CHROMIUM:-chromium}" >/dev/null 2>&1 || missing+=("chromium (Debian)")
command -v "${CHROMEDRIVER:-chromedriver}" >/dev/null 2>&1 || missing+=("chromium-driver (Debian)")
python3 -c 'import selenium' 2>/dev/null || missing+=("selenium (PyPI)")
python3 -c 'import axe_selenium_python' 2>/dev/null || missing+=("axe-selenium-python (PyPI)")
python3 -c 'import axe_playwright_python' 2>/dev/null || missing+=("axe-playwright-python (PyPI, --no-deps: its axe-core 4)")
if ((${#missing[@]})); then
    echo "browser tests skipped: missing ${missing[*]}"
    exit 0
fi

export ACCORD_SERVE="${ACCORD_SERVE:-$(swift build --show-bin-path)/accord-serve}"
[ -x "$ACCORD_SERVE" ] || swift build --product accord-serve
export ACCORD_BROWSER_ARTIFACTS="${ACCORD_BROWSER_ARTIFACTS:-$PWD/.build/browser-artifacts}"
python3 -m unittest discover -s Tests/Browser -p 'test_*.py' -v
echo "browser test screenshots: $ACCORD_BROWSER_ARTIFACTS"
