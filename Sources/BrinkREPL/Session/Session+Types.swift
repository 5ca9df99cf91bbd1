import BrinkCore
import BrinkFormats

extension Session {
  /// The REPL's `solve` on a scenario with types: the perfect Bayesian equilibrium
  /// as `brink solve` words it (`TypedSolveReport`), or, when every player uses
  /// `logit`, the logit agent QRE (`TypedLogitReport`); nil without a typed scenario.
  func typedSolutionText() throws(CommandError) -> String? {
    guard let doc = document, doc.scenario.hasTypes else { return nil }
    do {
      if TypedLogitSolver.applies(to: doc.scenario) {
        return TypedLogitReport.render(doc, solution: try TypedLogitSolver.solve(doc.scenario, shouldContinue: shouldContinue), file: source)
      }
      let solution = try TypedSolver.solve(doc.scenario, shouldContinue: shouldContinue)
      return TypedSolveReport.render(doc, solution: solution, file: source)
    } catch let error as EscalationError where error == .cancelled {
      throw CommandError("interrupted; the session is unchanged")
    } catch {
      throw CommandError("cannot solve \(doc.name): \(error)")
    }
  }
}
