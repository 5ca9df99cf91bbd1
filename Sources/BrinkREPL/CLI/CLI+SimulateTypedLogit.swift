import BrinkCore
import BrinkFormats
import Foundation

extension CLI {
  /// `brink simulate` on a scenario with types whose players all use `logit`: paths
  /// of the logit agent QRE (`TypedLogitSimulation`) beside the solve's answers, by
  /// type profile. Called by `simulateTyped` after its refusals of options.
  static func simulateTypedLogit(_ o: SimulateOptions, _ doc: ScenarioDocument, run: Run) throws(Failure) {
    let solution: TypedLogitSolution
    do {
      solution = try TypedLogitSolver.solve(doc.scenario, shouldContinue: run.control.shouldContinue)
    } catch {
      diagnose("\(doc.file): error: cannot solve the scenario: \(error)")
      throw .failed
    }
    let sim = TypedLogitSimulation.run(solution, paths: o.paths, seed: o.seed, shouldContinue: run.control.shouldContinue)
    let text = o.json
      ? TypedLogitSimulationReport.json(doc, solution: solution, simulation: sim, file: doc.file, seed: o.seed).rendered()
      : TypedLogitSimulationReport.render(doc, solution: solution, simulation: sim, file: doc.file, seed: o.seed)
    try SimulationSetup.emit(text, to: o.out)
    if let stop = run.stop { throw run.failure(stop, detail: ": reported the \(sim.completed) paths completed of \(o.paths)") }
  }
}
