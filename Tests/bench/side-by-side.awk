# brink's ladder figures (brink-bench) beside the scalar C loop's (ladder-scalar.c),
# read from their output lines `ladder[-c]: N thread[s]: X million path-rounds/s
# (...); Y million per CPU-second, ...`: wall-clock and CPU throughput, and the ratio.
/^ladder(-c)?: [0-9]+ threads?:/ {
  who = ($1 == "ladder:") ? "brink" : "c"
  n = $2 + 0
  wall[who, n] = $4
  for (i = 5; i <= NF; i++) if ($i == "per" && $(i + 1) == "CPU-second,") cpu[who, n] = $(i - 2)
  threads[n] = 1
}
END {
  print "ladder side by side (million path-rounds/s; brink / scalar C):"
  for (n = 1; n <= 2; n++) if (n in threads)
    printf "ladder: %d thread%s: wall brink %.1f, C %.1f, ratio %.2f; per CPU-second brink %.1f, C %.1f, ratio %.2f\n",
      n, n == 1 ? "" : "s", wall["brink", n], wall["c", n], wall["brink", n] / wall["c", n],
      cpu["brink", n], cpu["c", n], cpu["brink", n] / cpu["c", n]
}
