import BrinkCore
import BrinkFormats

extension Session {
  /// `explain` on a scenario with types: the signalling at the node of the game
  /// being played with `play as` (or, without one, at the start); nil without types.
  func typedExplanationText() throws(CommandError) -> String? {
    guard let doc = document, doc.scenario.hasTypes else { return nil }
    if let typed = typedPlay, typed.solution.scenario == doc.scenario {
      if typed.isOver { throw CommandError("the game has ended; there is no stage to explain") }
      return TypedExplanation.render(typed.solution, node: typed.node)
    }
    if TypedLogitSolver.applies(to: doc.scenario) { return try typedLogitExplanationText(doc) }
    let solution: TypedSolution
    do {
      solution = try TypedSolver.solve(doc.scenario, shouldContinue: shouldContinue)
    } catch let error as EscalationError where error == .cancelled {
      throw CommandError("interrupted; the session is unchanged")
    } catch {
      throw CommandError("cannot solve \(doc.name): \(error)")
    }
    guard solution.roots.count == 1 else {
      throw CommandError("\(doc.name) starts in one of several nodes by chance: 'play as PLAYER' draws one, then 'explain' explains it")
    }
    return TypedExplanation.render(solution, node: solution.roots[0])
  }
}
