import BrinkCore
import BrinkFormats
import Foundation

/// The default scenario's speed figures (issue 13, "solving and simulating the
/// rebuilt default scenario stays interactive": 1M paths under a second, solve
/// under 50 ms, on this machine): a benchmark, not a timed test.
///
/// Steps:
/// 1. Read, solve and compile the built-in default (`us-china-2025-10`), timed.
/// 2. At 1 and 2 threads, the best of `repeats` runs of `paths` paths in-process:
///    wall and CPU seconds and path-rounds per second of each.
/// 3. `brink simulate --paths <paths>` and `brink solve` of the default's file in
///    `directory` as the user runs them (the executable beside this one, output
///    discarded): the median wall and CPU time of `repeats` runs, reading and
///    rendering included.
/// The load average is printed before and after: on a shared machine the wall
/// clock includes waiting for a core, CPU time does not.
///
/// - Returns: false when the scenario does not solve or `brink` fails.
func runDefaultScenarioBenchmark(directory: String, paths: Int = 1_000_000, repeats: Int = 3, seed: UInt64 = 2025) -> Bool {
  print("default: the built-in default scenario (Scenarios/us-china-2025-10.yaml), load average \(loadAverage())")
  // 1. Start-up.
  let clock = ContinuousClock()
  let startCPU = threadCPUTime()
  var compiled: CompiledScenario?
  let startUp = clock.measure { compiled = try? EscalationSolver.solve(ScenarioReader.builtIn().scenario).compiledScenario() }
  let startUpCPU = threadCPUTime() - startCPU
  guard let ladder = compiled?.ladder else {
    print("default: error: the built-in scenario does not solve and compile")
    return false
  }
  print("default: \(ladder.stateCount) states, \(ladder.variableCount) variables, \(ladder.rounds) rounds; "
        + "read + solve + compile \(ms(startUp)) wall, \(ms(startUpCPU)) CPU")
  // 2. Sampling.
  _ = Simulator.run(ladder, paths: 100_000, seed: 1, threads: 2)  // warm up
  for threads in [1, 2] {
    let run = best(of: repeats) { Simulator.run(ladder, paths: paths, seed: seed, threads: threads) }
    print(String(
      format: "default: %d paths at %d thread%@: %.3f s wall (best of %d), %.3f s CPU, %.1f million path-rounds/s",
      paths, threads, threads == 1 ? "" : "s", run.wall, repeats, run.cpu, Double(run.result.pathRounds) / run.wall / 1e6))
  }
  // 3. The commands.
  let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
  let brink = here.appendingPathComponent("brink").path
  let file = (directory as NSString).appendingPathComponent("us-china-2025-10.yaml")
  for arguments in [["simulate", file, "--paths", String(paths), "--seed", String(seed)], ["solve", file]] {
    var walls = [Double](), cpus = [Double]()
    for _ in 0..<repeats {
      guard let run = runOnce(brink, arguments) else {
        print("default: error: brink \(arguments.joined(separator: " ")) failed (is it built beside brink-bench?)")
        return false
      }
      walls.append(run.wall)
      cpus.append(run.cpu)
    }
    print(String(format: "default: brink %@: %.3f s wall, %.3f s CPU (median of %d)",
                 arguments.joined(separator: " "), walls.sorted()[repeats / 2], cpus.sorted()[repeats / 2], repeats))
  }
  print("default: load average \(loadAverage())")
  return true
}
