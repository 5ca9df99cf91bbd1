# libFuzzer options per target, for campaigns (Tests/Fuzz/campaign.sh), `make fuzz`
# and the speed measurement (Tests/Fuzz/bench.sh): `fuzz_options TARGET` prints them.
#
# -max_len bounds what one input can ask for (issue 16: a few slow inputs took most
# of a campaign's time). Without it libFuzzer takes the largest input of the corpus
# (27 KB for scenario, from the library's files) and lets mutations grow towards
# it. Each bound is above what the target's structure-aware inputs use (corpus of
# 7 December 2026: the longest generated input of each target is under a quarter
# of its bound) and covers its hand-written seeds but the largest; a longer seed is
# cut to the bound when read, which is still an input.
fuzz_options() {
  case $1 in
    solvers) echo "-max_len=64" ;;        # 2 bytes of shape, 32 of payoffs
    nfg) echo "-max_len=1024" ;;          # games up to about 12×12
    scenario) echo "-max_len=4096" ;;     # the example of Docs/scenario-format.md is 1.6 KB
    repl) echo "-max_len=512" ;;          # 8 lines; generated sessions use under 270 bytes
    merge) echo "-max_len=512" ;;         # generated edits use under 250 bytes
  esac
}
