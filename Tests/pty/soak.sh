#!/usr/bin/env bash
# The pseudo-terminal suite N times in a row (default 20), then N times more with a
# busy loop on every core, as issue 16 asks: a test that waits for the clock instead
# of a line or a hook shows up here as a failure under load. Prints one line per
# run and a summary; exits 1 if any run failed (the failing runs' output is kept in
# the log folder it names).
#
#   Tests/pty/soak.sh [N] [idle|load|both]      (BRINK_BIN names the binary)
set -uo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20}
mode=${2:-both}
log=$(mktemp -d "${TMPDIR:-/tmp}/brink-pty-soak.XXXXXX")
busy=()
stop_load() {
  for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${busy[@]}"; do wait "$pid" 2>/dev/null; done
  busy=()
}
trap stop_load EXIT
failed=0
soak() {
  local label=$1 passed=0 start end
  for i in $(seq 1 "$runs"); do
    start=$(date +%s)
    if python3 -m pytest -q -p no:cacheprovider Tests/pty >"$log/$label-$i.txt" 2>&1; then
      passed=$((passed + 1)); rm "$log/$label-$i.txt"; result=passed
    else
      failed=1; result="FAILED ($log/$label-$i.txt)"
    fi
    end=$(date +%s)
    echo "$label run $i: $result in $((end - start)) s (load $(cut -d' ' -f1 /proc/loadavg))"
  done
  echo "$label: $passed of $runs runs passed"
}
if [ "$mode" != load ]; then soak idle; fi
if [ "$mode" != idle ]; then
  for _ in $(seq 1 "$(nproc)"); do (while :; do :; done) & busy+=($!); done
  soak load
  stop_load
fi
exit $failed
