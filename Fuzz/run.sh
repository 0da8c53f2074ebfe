#!/usr/bin/env bash
# Fuzz/run.sh [SECONDS]: builds the libFuzzer target and runs it for SECONDS (default 600)
# with a seed corpus from Examples/, Tests/BadInput/, the screening corpus and the YAML test suite. Crashes are
# written to fuzz-artifacts/; turn each into a file under Tests/FuzzRegressions/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
scratch=.build-fuzz
swift build -c release --product accord-fuzz --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xswiftc -DFUZZING -Xcc -DACCORD_FUZZING >&2
fuzzer="$(swift build -c release --product accord-fuzz --scratch-path "$scratch" --show-bin-path)/accord-fuzz"

corpus="${FUZZ_CORPUS:-/tmp/accord-fuzz-corpus}"
mkdir -p "$corpus" fuzz-artifacts
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
cp Examples/*.yaml Tests/BadInput/*.yaml Rules/fixtures/base.yaml "$seeds/" 2>/dev/null || true
[ -d Tests/FuzzRegressions ] && cp Tests/FuzzRegressions/* "$seeds/" 2>/dev/null || true
# The screening corpus as proposals: a crash in the free-text readers once escaped seeds that
# were all YAML structure and no prose.
python3 Fuzz/screening-seeds.py Tests/Screening/corpus Rules/fixtures/base.yaml "$seeds"
suite=../shared/yaml-test-suite
if [ -d "$suite" ]; then
    find "$suite" -name in.yaml | while read -r file; do cp "$file" "$seeds/suite-$(echo "$file" | md5sum | cut -c1-12).yaml"; done
fi
ACCORD_RULES=Rules "$fuzzer" "$corpus" "$seeds" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix=fuzz-artifacts/ -print_final_stats=1
