/// The solver's part of a stationary tail (`HorizonTail.stationary`): each view's
/// tail solved with the same choice rules as the dated rounds (`Run.decide`, round
/// `T`), and its values handed to the backward sweep as the horizon's.
extension Run {
  /// The tail in view `v` (`StationaryTail.solve`).
  func solveTail(_ tail: TailGraph, view v: Int, _ shouldContinue: () -> Bool) throws -> StationaryTail.Result<T> {
    let at = nodePayoffs(v)
    let optimizes = scenario.behaviours.map { if case .equilibrium = $0.model { true } else { false } }
    return try StationaryTail.solve(
      tail: tail, delta: delta, payoff: { n, i, j in at(tail.nodes[n], i, j) }, optimizes: optimizes,
      choose: { n, a, b in
        let info = decide(round: graph.horizon, key: tail.nodes[n].node, a: a, b: b, shouldContinue: shouldContinue)
        guard shouldContinue() else { throw EscalationError.cancelled }
        return (info.intended.trembled(tremble), info.intended)
      }, shouldContinue: shouldContinue)
  }

  /// The ladder's round-`T` values from a tail solution.
  func horizonValues(_ result: StationaryTail.Result<T>) -> [[T]] {
    tail!.horizonIndex.map { result.values[$0] }
  }

  /// When a player misperceives: each plays its own view's tail strategy; the
  /// true values of that combined profile, at the horizon's nodes.
  func evaluateTail(_ tail: TailGraph, _ results: [Int: StationaryTail.Result<T>], misperceives: [Bool]) -> [[T]] {
    func view(_ k: Int) -> StationaryTail.Result<T> { results[misperceives[k] ? k : -1]! }
    let played = tail.nodes.indices.map { n -> StageStrategy<T>? in
      guard let s0 = view(0).intended[n], let s1 = view(1).intended[n] else { return nil }
      return combine(s0, s1).trembled(tremble)
    }
    let at = nodePayoffs(-1)
    let values = StationaryTail.evaluate(tail, delta: delta, payoff: { n, i, j in at(tail.nodes[n], i, j) }, played: played)
    return tail.horizonIndex.map { values[$0] }
  }
}
