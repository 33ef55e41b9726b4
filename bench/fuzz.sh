#!/usr/bin/env bash
# Longer runs of the fuzz harness (crates/web/tests/fuzz): each target alone in its own process,
# in a release build, for LOTSEN_FUZZ_SECS seconds (default 120), so the peak of the capped
# allocator is that target's own. Prints a line per target: iterations, input, peak, result.
#   bench/fuzz.sh                       every target, 120 s each
#   LOTSEN_FUZZ_SECS=600 bench/fuzz.sh ical_feed
#   LOTSEN_FUZZ_SEED=42 bench/fuzz.sh case_import   (the same inputs again)
#   LOTSEN_FUZZ_XLSX_HUGE=0 bench/fuzz.sh           (without the XLSX inputs read_table does not bound yet)
set -uo pipefail
cd "$(dirname "$0")/.."
export LOTSEN_FUZZ_SECS="${LOTSEN_FUZZ_SECS:-120}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(case_import concern_import hsds_upload case_form dropin_forms ical_feed)

bin=$(cargo test --release -p lotsen-web --test fuzz --no-run --message-format=json 2>/dev/null \
  | python3 -c 'import json,sys
for l in sys.stdin:
    m = json.loads(l)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["target"]["name"] == "fuzz":
        print(m["executable"])' | tail -n1)
[ -x "$bin" ] || { echo "the fuzz test binary did not build" >&2; exit 1; }

printf 'machine: %s, %s cores; %s s a target; %s\n' \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" "$(nproc)" "$LOTSEN_FUZZ_SECS" "$(date -u +%F)"
failed=0
for t in "${targets[@]}"; do
  out=$(cd crates/web && "$bin" --exact "$t" --test-threads 1 2>&1)
  rc=$?
  line=$(grep -E "^fuzz $t: [0-9]+ iterations" <<<"$out" | tail -n1)
  if [ $rc -eq 0 ] && [ -n "$line" ]; then
    echo "$line"
  else
    failed=1
    echo "fuzz $t: FAILED (exit $rc)"
    grep -E "^fuzz $t:|memory allocation|panicked" <<<"$out" | head -n 6 | sed 's/^/  /'
  fi
done
exit $failed
