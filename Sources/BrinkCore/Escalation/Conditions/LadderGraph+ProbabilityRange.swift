/// Where a transition probability written as an expression of the variables leaves
/// [0, 1] on the paths the scenario can take: `brink check` reports these, since the
/// round's rule then clamps it (`Transition.evaluated(at:)`), which is rarely what
/// the author meant.
extension LadderGraph {
  /// One node and joint move where a branch's expression leaves [0, 1].
  public struct ProbabilityLeak: Sendable, Hashable {
    public var round: Int
    public var node: LadderNode
    public var moves: (Int, Int)
    /// The branch's target state, and its unclamped value.
    public var target: Int
    public var value: Rational

    public static func == (l: Self, r: Self) -> Bool {
      l.round == r.round && l.node == r.node && l.moves == r.moves && l.target == r.target && l.value == r.value
    }
    public func hash(into h: inout Hasher) {
      h.combine(round); h.combine(node); h.combine(moves.0); h.combine(moves.1); h.combine(target); h.combine(value)
    }
  }

  /// Every node of every round (before the horizon) and joint move whose transition
  /// has a branch whose expression leaves [0, 1]; the first of each (state, joint
  /// move, target) only, in round order.
  public func probabilityLeaks(of scenario: EscalationScenario) -> [ProbabilityLeak] {
    let rules = ScenarioRound(scenario: scenario, tracked: trackedVariables)
    var seen = Set<[Int]>(), leaks = [ProbabilityLeak]()
    for t in 0..<horizon {
      for n in rounds[t] where !n.isTerminal {
        let state = scenario.states[n.node.state]
        for i in state.moves[0].indices {
          for j in state.moves[1].indices {
            for b in rules.chosenTransition(at: n.node, i, j).outcomes {
              guard let e = b.expression else { continue }
              let v = e.evaluate(n.node.values)
              guard v.signum < 0 || v > .one, seen.insert([n.node.state, i, j, b.state]).inserted else { continue }
              leaks.append(ProbabilityLeak(round: t, node: n.node, moves: (i, j), target: b.state, value: v))
            }
          }
        }
      }
    }
    return leaks
  }
}
