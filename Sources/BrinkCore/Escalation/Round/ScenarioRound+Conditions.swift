/// The conditions of `ScenarioRound` (issue 13): when a rule applies, read at a node
/// and a round, and the transition step 5 takes. Written once, here; the enumerate
/// and follow drivers, the ladder and the compile step all call these.
extension ScenarioRound {
  /// Whether `condition` holds at `node` in round `t` (`nil` always holds).
  public func holds(_ condition: Condition?, at node: LadderNode, round t: Int) -> Bool {
    guard let condition else { return true }
    return condition.holds(on: scenario.calendar.date(ofRound: t), values: node.values)
  }

  /// `node` (in round `t`) moved on from every state that is closed there to its
  /// `otherwise` state; at most one step per state, so a cycle cannot trap it.
  public func opened(_ node: LadderNode, round t: Int) -> LadderNode {
    var node = node
    for _ in scenario.states.indices {
      guard let a = scenario.states[node.state].availability, !holds(a.condition, at: node, round: t) else { break }
      node.state = a.otherwise
    }
    return node
  }

  /// Step 5's transition for `(i, j)` at `node`: the first guarded transition whose
  /// condition holds there (values before the move, in the node's round), else the
  /// default one; probabilities written as expressions of the variables are
  /// evaluated at the same values (`Transition.evaluated(at:)`).
  public func transition(at node: LadderNode, _ i: Int, _ j: Int) -> Transition {
    chosenTransition(at: node, i, j).evaluated(at: node.values)
  }

  /// The transition `transition(at:_:_:)` starts from, its expressions not yet evaluated.
  public func chosenTransition(at node: LadderNode, _ i: Int, _ j: Int) -> Transition {
    let o = scenario.states[node.state].outcomes[i][j]
    return o.guarded.first { holds($0.condition, at: node, round: node.clock) }?.transition ?? o.transition
  }
}
