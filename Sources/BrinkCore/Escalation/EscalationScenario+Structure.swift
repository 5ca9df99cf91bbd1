/// The structural rules every scenario must keep before the engine solves it.
/// The YAML reader reports violations with file positions; this check is the
/// engine's own guard, so that no scenario built in code can make the solver trap.
extension EscalationScenario {
  /// Every broken rule, in plain words; empty when the scenario is well formed.
  public func structuralProblems() -> [String] {
    var problems = [String]()
    let n = states.count, nv = variables.count
    func checkExpression(_ e: PayoffExpression, _ place: String) {
      for term in e.terms where !(0..<nv).contains(term.variable) {
        problems.append("\(place): payoff refers to variable #\(term.variable), which does not exist")
      }
    }
    func checkEffects(_ effects: [VariableEffect], _ place: String) {
      for e in effects where !(0..<nv).contains(e.variable) {
        problems.append("\(place): effect on variable #\(e.variable), which does not exist")
      }
    }
    func checkStates(_ list: [Int], _ place: String) {
      for s in list where !(0..<n).contains(s) { problems.append("\(place): no state #\(s)") }
    }
    func checkCondition(_ c: Condition?, _ place: String) {
      for v in c?.variables ?? [] where !(0..<nv).contains(v) {
        problems.append("\(place): condition refers to variable #\(v), which does not exist")
      }
    }
    if players.count != 2 { problems.append("a scenario has exactly two players, not \(players.count)") }
    if n == 0 { problems.append("no states") }
    if !(0..<n).contains(initialState) { problems.append("initial state #\(initialState) does not exist") }
    // δ = 0 is the engine's short-sighted baseline (`shortSightedPlay`); the
    // scenario format and `set discount` still ask a scenario for δ in (0, 1].
    if discount.signum < 0 || discount > .one { problems.append("discount \(discount) is not in [0, 1]") }
    if calendar.tail == .stationary && discount >= .one {
      problems.append("a stationary tail needs a discount below 1 (δ = \(discount) sums forever to no finite value)")
    }
    if behaviours.count != 2 { problems.append("need one behaviour per player") }
    for state in states {
      let place = "state '\(state.name)'"
      if let t = state.terminalPayoffs {
        if t.count != 2 { problems.append("\(place): terminal payoffs need two entries") }
        t.forEach { checkExpression($0, place) }
      }
      if let f = state.terminalFlow {
        if !state.isTerminal { problems.append("\(place): only a terminal state has a flow") }
        if f.count != 2 { problems.append("\(place): a flow needs two entries") }
        f.forEach { checkExpression($0, place) }
      }
      if let a = state.availability {
        checkStates([a.otherwise], place)
        checkCondition(a.condition, place)
        if state.isTerminal { problems.append("\(place): a terminal state cannot have an availability condition") }
      }
      if state.isTerminal { continue }
      guard state.moves.count == 2, !state.moves[0].isEmpty, !state.moves[1].isEmpty else {
        problems.append("\(place): each player needs at least one move")
        continue
      }
      if case .sequential(let first) = state.timing, first != 0 && first != 1 {
        problems.append("\(place): first mover must be player 0 or 1")
      }
      let rows = state.moves[0].count, cols = state.moves[1].count
      guard state.outcomes.count == rows, state.outcomes.allSatisfy({ $0.count == cols }) else {
        problems.append("\(place): outcome table must be \(rows) × \(cols)")
        continue
      }
      for i in 0..<rows {
        for j in 0..<cols {
          let o = state.outcomes[i][j]
          let cell = "\(place), (\(state.moves[0][i].name), \(state.moves[1][j].name))"
          if o.payoffs.count != 2 { problems.append("\(cell): needs two payoffs") }
          o.payoffs.forEach { checkExpression($0, cell) }
          checkEffects(o.effects, cell)
          for t in [o.transition] + o.guarded.map(\.transition) {
            checkStates(t.outcomes.map(\.state), cell)
            t.outcomes.compactMap(\.expression).forEach { checkExpression($0, cell) }
            if !t.isDistribution {
              problems.append("\(cell): transition probabilities must be positive and sum to 1")
            }
          }
          o.guarded.forEach { checkCondition($0.condition, cell) }
        }
      }
    }
    for e in events {
      checkStates(e.states + (e.effect.moveTo.map { [$0] } ?? []), "event '\(e.name)'")
      checkEffects(e.effect.effects, "event '\(e.name)'")
      checkCondition(e.condition, "event '\(e.name)'")
    }
    for shock in shocks {
      checkStates(shock.states + (shock.effect.moveTo.map { [$0] } ?? []), "shock '\(shock.name)'")
      checkEffects(shock.effect.effects, "shock '\(shock.name)'")
      checkCondition(shock.condition, "shock '\(shock.name)'")
      if shock.probability.signum < 0 || shock.probability > .one {
        problems.append("shock '\(shock.name)': probability \(shock.probability) is not in [0, 1]")
      }
    }
    for (k, b) in behaviours.enumerated() {
      let who = "player \(k)"
      if b.tremble.signum < 0 || b.tremble > .one { problems.append("\(who): tremble is not in [0, 1]") }
      switch b.model {
      case .logit(let lambda) where !(lambda >= 0 && lambda.isFinite):
        problems.append("\(who): logit λ must be a finite number ≥ 0")
      case .generousTitForTat(let g) where g.signum < 0 || g > .one:
        problems.append("\(who): forgiveness is not in [0, 1]")
      case .fixed(let strategies):
        if strategies.count != n { problems.append("\(who): fixed strategies need one entry per state") }
        for (s, mix) in strategies.enumerated() {
          guard let mix, s < n, !states[s].isTerminal, states[s].moves.count == 2 else { continue }
          if mix.count != states[s].moves[k].count || mix.contains(where: { $0.signum < 0 })
            || mix.reduce(Rational.zero, +) != .one
          {
            problems.append("\(who): fixed strategy in state '\(states[s].name)' is not a distribution over its moves")
          }
        }
      default: break
      }
      for o in b.perceivedPayoffs {
        guard (0..<n).contains(o.state), !states[o.state].isTerminal, states[o.state].moves.count == 2,
          (0..<states[o.state].moves[0].count).contains(o.rowMove),
          (0..<states[o.state].moves[1].count).contains(o.columnMove), o.payoffs.count == 2
        else {
          problems.append("\(who): a perceived payoff refers to a joint move that does not exist")
          continue
        }
        o.payoffs.forEach { checkExpression($0, "\(who)'s perceived payoffs") }
      }
    }
    return problems
  }
}
