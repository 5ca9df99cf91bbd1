import BrinkCore
import BrinkFormats
import Foundation

/// The ladder benchmark (issue 11): Monte Carlo speed on the model the project's
/// speed is judged on, read from a scenario file — `../shared/bench/ladder.yaml`
/// (6 rungs plus deal and rupture, fixed mixed strategies, a shock folded into the
/// transitions, discount 0.95, 20 rounds), which `make bench` passes when it exists.
///
/// Steps:
/// 1. Read, solve and compile the scenario, timed: what `brink simulate` does
///    before its first path.
/// 2. At 1 and 2 threads, the best of `repeats` runs of `paths` paths: path-rounds
///    per second of wall clock and of CPU time, and CPU nanoseconds per path; then
///    the same with the paths run one at a time (`Simulator.runOnePathAtATime`),
///    which must give the same statistics.
/// 3. The Monte Carlo answers of the last run beside the exact ones
///    (`LadderAnswers`), each with its distance in standard errors; one beyond 4
///    fails the section (the benchmark would be timing a wrong answer).
///
/// - Returns: false when the file does not read or solve, or an answer is off.
func runLadderBenchmark(file: String, paths: Int, repeats: Int = 3, seed: UInt64 = 2025) -> Bool {
  print("ladder: \(file), load average \(loadAverage())")
  // 1. Start-up.
  let clock = ContinuousClock()
  var prepared: (solved: SolvedScenario, compiled: CompiledScenario)?
  var failure = ""
  let startCPU = threadCPUTime()
  let startUp = clock.measure {
    do {
      let doc = try ScenarioReader.read(contentsOf: file)
      let solved = try EscalationSolver.solve(doc.scenario)
      prepared = (solved, try solved.compiledScenario())
    } catch let error as DiagnosticList {
      failure = error.description
    } catch {
      failure = "cannot simulate the scenario: \(error)"
    }
  }
  let startUpCPU = threadCPUTime() - startCPU
  guard let (solved, compiled) = prepared else {
    print("ladder: error: \(failure)")
    return false
  }
  let ladder = compiled.ladder
  print("ladder: \(ladder.stateCount) states (\(ladder.stateCount - ladder.terminalStates.count) active), \(ladder.rounds) rounds, "
        + "\(paths) paths, seed \(seed); read + solve + compile \(ms(startUp)) wall, \(ms(startUpCPU)) CPU")
  if !compiled.approximations.isEmpty { print("ladder: note: the tables approximate the solve: \(compiled.approximations)") }

  // 2. Throughput.
  _ = Simulator.run(ladder, paths: 100_000, seed: 1, threads: 2)  // warm up
  var statistics: SimulationStatistics?
  for threads in [1, 2] {
    let run = best(of: repeats) { Simulator.run(ladder, paths: paths, seed: seed, threads: threads) }
    let pathRounds = Double(run.result.pathRounds)
    print(String(
      format: "ladder: %d thread%@: %.1f million path-rounds/s (%.3f s wall, best of %d); %.1f million per CPU-second, %.1f CPU-ns per path",
      threads, threads == 1 ? "" : "s", pathRounds / run.wall / 1e6, run.wall, repeats, pathRounds / run.cpu / 1e6,
      run.cpu / Double(paths) * 1e9))
    statistics = run.result
  }
  // The same runs, one path at a time (what interleaving paths gains): identical answers.
  for threads in [1, 2] {
    let run = best(of: repeats) { Simulator.runOnePathAtATime(ladder, paths: paths, seed: seed, threads: threads) }
    let pathRounds = Double(run.result.pathRounds)
    print(String(
      format: "ladder: one path at a time, %d thread%@: %.1f million path-rounds/s (%.3f s wall); %.1f million per CPU-second, %.1f CPU-ns per path%@",
      threads, threads == 1 ? "" : "s", pathRounds / run.wall / 1e6, run.wall, pathRounds / run.cpu / 1e6,
      run.cpu / Double(paths) * 1e9, run.result == statistics ? "" : "  FAIL (not the same statistics)"))
  }

  // 3. Answers.
  let answers = LadderAnswers.compare(solved, compiled, statistics!)
  print("ladder: " + pad("answer", 18) + pad("Monte Carlo", 14) + pad("± s.e.", 12) + pad("exact", 14) + "off by")
  var allClose = true
  for a in answers {
    let close = abs(a.z) <= 4
    allClose = allClose && close
    print("ladder: " + pad(a.name, 18) + pad(String(format: "%.7f", a.estimate), 14) + pad(String(format: "%.7f", a.standardError), 12)
          + pad(String(format: "%.7f", a.exact), 14) + String(format: "%+.2f s.e.", a.z) + (close ? "" : "  FAIL (more than 4)"))
  }
  print("ladder: load average \(loadAverage())")
  return allClose
}
