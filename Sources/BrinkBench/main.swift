// brink-bench: prints benchmark figures, one section per benchmark.
// Run with `make bench` (a release build). Each section is one function in its own
// file; `--only NAME` runs just that section.
let arguments = Array(CommandLine.arguments.dropFirst())
let only = arguments.firstIndex(of: "--only").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }

func section(_ name: String, _ run: ([String]) -> Void) {
  if only == nil || only == name { run(arguments) }
}

section("equilibria", runEquilibriumBenchmark)
section("degenerate", runDegenerateBenchmark)
section("lemke-howson-large", runLargeLemkeHowsonBenchmark)
section("simulation") { _ in runSimulationBenchmark() }
