#!/usr/bin/env bash
# A fuzzing campaign (Docs/fuzzing.md): every target at once, each one libFuzzer
# process, to RUNS executions (10 million by default) or SECONDS of wall clock,
# whichever comes first; then one line per target with its executions.
#
#   Tests/Fuzz/campaign.sh BIN_DIR WORK_DIR "TARGETS" RUNS SECONDS TIMEOUT [TALLY]
#
# With TALLY (a file; `make fuzz-campaign` gives Tests/Fuzz/campaigns.tsv) each
# target's run is appended to it as one line (started, ended, target, executions,
# seconds, result, corpus, command, ran: the executions that were not repeats the
# harness skipped) and the totals per target over every line are
# printed: the 10-million goal counts executions across runs on a corpus that
# persists between them, so the count must persist too.
#
# One process per target suits a 2-core machine shared with other work: all five
# targets move at once at the same priority, and libFuzzer's -jobs would only split
# a target's share of the two cores between processes. Ctrl-C or SIGTERM stops
# every fuzzer, and the table still comes, from each log's last status line (a
# campaign started in the background ignores SIGINT, as background jobs do: stop
# it with `kill -TERM`).
# Corpora grow in WORK_DIR/corpus/TARGET (seeded from Tests/Fuzz/Corpus/TARGET),
# findings go to WORK_DIR/artifacts/, logs to WORK_DIR/campaign/TARGET.log.
set -u
bin=$1 work=$2 targets=$3 runs=$4 seconds=$5 timeout=$6 tally=${7:-}
started=$(date -u +%Y-%m-%dT%H:%MZ)
here=$(cd "$(dirname "$0")" && pwd)
. "$here/options.sh"  # fuzz_options: -max_len per target
mkdir -p "$work/campaign" "$work/artifacts"
pids=()
for t in $targets; do
  mkdir -p "$work/corpus/$t"
  # -close_fd_mask=2 keeps each command's own messages (about bad shards, unknown
  # commands) out of the log; libFuzzer's statistics and crash reports still come.
  SWIFT_BACKTRACE=enable=no ${FUZZ_NICE:-} "$bin/fuzz-$t" -runs="$runs" -max_total_time="$seconds" \
    $(fuzz_options "$t") -timeout="$timeout" -rss_limit_mb=4096 -print_final_stats=1 -close_fd_mask=2 \
    -artifact_prefix="$work/artifacts/$t-" "$work/corpus/$t" "$here/Corpus/$t" \
    >"$work/campaign/$t.log" 2>&1 &
  pids+=($!)
done
stop() { for p in "${pids[@]}"; do kill -INT "$p" 2>/dev/null; done; }
trap stop INT TERM
echo "campaign: ${targets} to ${runs} runs or ${seconds} s each; logs in $work/campaign/"
status=0
for i in "${!pids[@]}"; do
  # `wait` returns early when a trapped signal arrives; wait again until the fuzzer is gone.
  while kill -0 "${pids[$i]}" 2>/dev/null; do wait "${pids[$i]}"; done
  wait "${pids[$i]}"; rc=$?
  codes[$i]=$rc
done
printf '%-10s %14s %10s %10s %10s  %s\n' target executions ran "exec/s" seconds result
i=0
for t in $targets; do
  log="$work/campaign/$t.log"
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  # Killed before its final statistics: the last status line's count.
  [ -z "$execs" ] && execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  secs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | grep -oE '[0-9]+ second' | grep -o '[0-9]*')
  if grep -qE 'deadly signal|ERROR: libFuzzer|Fatal error|==ERROR' "$log"; then
    result="FINDING: $(grep -o 'Test unit written to .*' "$log" | head -1)"; status=1
  elif grep -q "^Done" "$log"; then result="done"
  elif [ "${codes[$i]}" = 72 ]; then result="stopped"  # libFuzzer's status after SIGINT
  else result="stopped (exit ${codes[$i]})"; fi
  # Executions that ran brink's code: a harness that skips repeats (`SeenBefore`)
  # prints `brink-fuzz: N inputs, R skipped as repeats` (`RepeatCount`); the last
  # such line's fraction is taken off the whole count, as the fuzzer stopped by a
  # signal printed no final one.
  ran=${execs:-0}
  counted=$(grep -oE '^brink-fuzz: [0-9]+ inputs, [0-9]+ skipped' "$log" | tail -1)
  if [ -n "$counted" ]; then
    given=$(echo "$counted" | awk '{print $2}') skipped=$(echo "$counted" | awk '{print $4}')
    ran=$(awk -v e="${execs:-0}" -v g="$given" -v s="$skipped" 'BEGIN { printf "%d", (g > 0 ? e * (g - s) / g : e) }')
    result="$result; $skipped of the first $given inputs skipped as repeats"
  fi
  printf '%-10s %14s %10s %10s %10s  %s\n' "$t" "${execs:-0}" "$ran" "${rate:--}" "${secs:--}" "$result"
  if [ -n "$tally" ]; then
    [ -s "$tally" ] || printf 'started\tended\ttarget\texecutions\tseconds\tresult\tcorpus\tcommand\tran\n' >"$tally"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$started" "$(date -u +%Y-%m-%dT%H:%MZ)" "$t" "${execs:-0}" \
      "${secs:--}" "$result" "$work/corpus/$t" "${FUZZ_NICE:+$FUZZ_NICE }fuzz-$t -runs=$runs -max_total_time=$seconds $(fuzz_options "$t") -timeout=$timeout" "$ran" >>"$tally"
  fi
  i=$((i + 1))
done
if [ -n "$tally" ]; then
  echo "executions so far, every run in $tally:"
  # A line without the ninth column (before repeats were skipped) ran every execution.
  awk -F'\t' 'NR > 1 { n[$3] += $4; r[$3] += ($9 == "" ? $4 : $9); runs[$3]++ }
    END { for (t in n) printf "%-10s %14d executions, %14d that ran brink, in %d runs\n", t, n[t], r[t], runs[t] }' "$tally" | sort
fi
exit $status
