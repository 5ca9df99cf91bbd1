print("brink-bench: no benchmarks yet")
// Temporary (simulation helper): the Monte Carlo figures until the owner of this file wires it.
runSimulationBenchmark()
