#!/usr/bin/env bash
# Executions per CPU-second of each fuzz target on a fixed input set (Docs/fuzzing.md):
#
#   Tests/Fuzz/bench.sh BIN_DIR CORPUS_ROOT "TARGETS" RUNS
#
# Each target runs RUNS executions with seed 1, starting from CORPUS_ROOT/TARGET
# (read only: new units go to a temporary folder, removed afterwards), with the
# options a campaign gives it (`Tests/Fuzz/options.sh`; BENCH_OPTIONS=none: libFuzzer's
# defaults, to compare with builds from before those options). The rate is per second of
# processor time (user + system, from /usr/bin/time), not of wall clock, so it can
# be compared between runs on a machine shared with other work; the wall-clock
# rate libFuzzer prints depends on the load. `ran` is the executions that ran
# brink's code: the harnesses that skip repeats (`SeenBefore`) print how many they
# skipped (`RepeatCount`, on standard output, which is kept for it), and the goal of
# issue 16 is counted in those. `cov` and `ft` are libFuzzer's last status line, to
# compare the coverage two builds reach on the same input set.
set -u
bin=$(cd "$1" && pwd) corpora=$(cd "$2" && pwd) targets=$3 runs=$4
here=$(cd "$(dirname "$0")" && pwd)
. "$here/options.sh"
printf '%-10s %12s %10s %10s %14s %14s %12s %8s %8s\n' target executions ran "CPU s" "exec/CPU-s" "ran/CPU-s" "slowest s" cov ft
for t in $targets; do
  out=$(mktemp -d) log=$(mktemp)
  SWIFT_BACKTRACE=enable=no /usr/bin/time -f 'cpu %U %S' "$bin/fuzz-$t" -runs="$runs" -seed=1 \
    $([ "${BENCH_OPTIONS:-}" = none ] || fuzz_options "$t") -print_final_stats=1 -close_fd_mask=2 -artifact_prefix="$out/" \
    "$out" "$corpora/$t" >"$log" 2>&1
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$')
  slowest=$(grep -o 'stat::slowest_unit_time_sec: *[0-9]*' "$log" | grep -o '[0-9]*$')
  cpu=$(awk '/^cpu / { print $2 + $3 }' "$log")
  rate=$(awk -v n="${execs:-0}" -v s="${cpu:-0}" 'BEGIN { printf "%d", (s > 0 ? n / s : 0) }')
  counted=$(grep -oE '^brink-fuzz: [0-9]+ inputs, [0-9]+ skipped' "$log" | tail -1)
  ran=${execs:-0}
  [ -n "$counted" ] && ran=$(echo "$counted" | awk '{ print $2 - $4 }')
  ranrate=$(awk -v n="$ran" -v s="${cpu:-0}" 'BEGIN { printf "%d", (s > 0 ? n / s : 0) }')
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
  printf '%-10s %12s %10s %10s %14s %14s %12s %8s %8s\n' "$t" "${execs:-?}" "$ran" "${cpu:-?}" "$rate" "$ranrate" "${slowest:-?}" \
    "$(echo "$cov" | awk '{ print $2 }')" "$(echo "$cov" | awk '{ print $4 }')"
  grep -qE 'deadly signal|ERROR: libFuzzer|Fatal error' "$log" && { echo "fuzz-$t: a finding, see $log" >&2; continue; }
  rm -rf "$out" "$log"
done
