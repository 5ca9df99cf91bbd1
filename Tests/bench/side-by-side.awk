# brink's ladder figures (brink-bench) beside the scalar C loop's (ladder-scalar.c) and
# the AVX-512 C loop's (ladder-avx512.c), read from their output lines
# `ladder[-c|-avx512]: N thread[s]: X million path-rounds/s (...); Y million per
# CPU-second, ...`: wall-clock and CPU throughput, and the ratios.
/^ladder(-c|-avx512)?: [0-9]+ threads?:/ {
  who = ($1 == "ladder:") ? "brink" : ($1 == "ladder-c:") ? "c" : "avx512"
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
  if (("avx512", 2) in wall) {
    print "ladder side by side (million path-rounds/s; brink / AVX-512 C):"
    for (n = 1; n <= 2; n++) if (n in threads)
      printf "ladder: %d thread%s: wall brink %.1f, AVX-512 %.1f, ratio %.2f; per CPU-second brink %.1f, AVX-512 %.1f, ratio %.2f\n",
        n, n == 1 ? "" : "s", wall["brink", n], wall["avx512", n], wall["brink", n] / wall["avx512", n],
        cpu["brink", n], cpu["avx512", n], cpu["brink", n] / cpu["avx512", n]
  }
}
