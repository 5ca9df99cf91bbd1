import BrinkCore
import BrinkFormats

extension Session {
  /// `explain` on a scenario with types whose players all use `logit`: the logit
  /// agent QRE at the start (`TypedLogitExplanation`), or, during a game of `play
  /// as`, at the public history the game has reached.
  func typedLogitExplanationText(_ doc: ScenarioDocument) throws(CommandError) -> String {
    if let typed = typedLogitPlay, typed.solution.scenario == doc.scenario, !typed.isOver {
      return TypedLogitExplanation.render(typed.solution, history: typed.history)
    }
    let solution: TypedLogitSolution
    do {
      solution = try TypedLogitSolver.solve(doc.scenario, shouldContinue: shouldContinue)
    } catch let error as EscalationError where error == .cancelled {
      throw CommandError("interrupted; the session is unchanged")
    } catch {
      throw CommandError("cannot solve \(doc.name): \(error)")
    }
    guard solution.roots.count == 1 else {
      throw CommandError("\(doc.name) starts in one of several nodes by chance; 'explain' of the logit variant explains a single start only")
    }
    return TypedLogitExplanation.render(solution, history: solution.roots[0])
  }
}
