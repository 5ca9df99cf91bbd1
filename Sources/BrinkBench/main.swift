print("brink-bench: no benchmarks yet")
