// brink-bench: prints benchmark figures, one section per benchmark.
// Run with `make bench` (a release build). Each section is one function in its own
// file; `--only NAME` runs just that section, `--help` lists them (`BenchOptions`).
import Foundation

let options: BenchOptions
do {
  options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
  FileHandle.standardError.write(Data("brink-bench: error: \(error)\nSee 'brink-bench --help' for the sections and options.\n".utf8))
  exit(2)
}
if options.help {
  print(BenchOptions.usage)
  exit(0)
}

if options.runs("equilibria") { runEquilibriumBenchmark(sizes: options.sizes, games: options.games, seed: options.seed) }
if options.runs("degenerate") { runDegenerateBenchmark(gamesOut: options.gamesOut) }
if options.runs("lemke-howson-large") { runLargeLemkeHowsonBenchmark() }
if options.runs("simulation") { runSimulationBenchmark() }
if options.runs("ladder") {
  if let file = options.ladder {
    if !runLadderBenchmark(file: file, paths: options.ladderPaths) { exit(1) }
  } else {
    print("ladder: skipped: no scenario file given (--ladder FILE; `make bench` passes ../shared/bench/ladder.yaml when it exists)")
  }
}
if options.runs("scenarios") { if !runScenarioBenchmark(directory: options.scenarios) { exit(1) } }
if options.runs("repl") { if !runREPLBenchmark(directory: options.scenarios) { exit(1) } }
if options.runs("default") { if !runDefaultScenarioBenchmark(directory: options.scenarios) { exit(1) } }
