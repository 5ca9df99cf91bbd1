import BrinkCore
import BrinkFormats
import Foundation

extension CLI {
  /// `brink simulate` on a scenario with types: the typed solution's paths
  /// (`TypedSimulation`) beside the exact answers, by type profile. The options that
  /// read the compiled ladder (`--paths-out`, `--shard`, `--svg`, `--csv`,
  /// `--rounds`, `--exact` alone) are refused by name, not ignored.
  static func simulateTyped(_ o: SimulateOptions, _ doc: ScenarioDocument, run: Run) throws(Failure) {
    let refused = [("--paths-out", o.pathsOut != nil), ("--shard", o.shard != nil), ("--svg", o.svg != nil),
                   ("--csv", o.csv), ("--rounds", o.rounds != nil)].filter(\.1).map(\.0)
    if !refused.isEmpty {
      diagnose("\(doc.file): error: \(refused.joined(separator: ", ")) \(refused.count == 1 ? "is" : "are") not available for a scenario with types yet")
      throw .failed
    }
    if TypedLogitSolver.applies(to: doc.scenario) { return try simulateTypedLogit(o, doc, run: run) }
    let solution: TypedSolution
    do {
      solution = try TypedSolver.solve(doc.scenario, shouldContinue: run.control.shouldContinue)
    } catch {
      diagnose("\(doc.file): error: cannot solve the scenario: \(error)")
      throw .failed
    }
    let sim = TypedSimulation.run(solution, paths: o.paths, seed: o.seed, shouldContinue: run.control.shouldContinue)
    let text = o.json
      ? TypedSimulationReport.json(doc, solution: solution, simulation: sim, file: doc.file, seed: o.seed).rendered()
      : TypedSimulationReport.render(doc, solution: solution, simulation: sim, file: doc.file, seed: o.seed)
    try SimulationSetup.emit(text, to: o.out)
    if let stop = run.stop { throw run.failure(stop, detail: ": reported the \(sim.completed) paths completed of \(o.paths)") }
  }
}
