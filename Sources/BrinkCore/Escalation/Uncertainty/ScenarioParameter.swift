/// One judgement number of a scenario that a prior (`ParameterPrior`) or a fit
/// (`LogitFit`, `--weight`) can move, addressed by indices into the scenario.
///
/// Only judgement numbers are parameters: the payoffs, the players' payoff weights,
/// the probabilities of transitions and shocks, the trembles and the discount. A
/// variable's initial value and an event's date are facts (they cite sources, and
/// `as_of` dates them); a scenario cannot give them a prior (Docs/scenario-format.md,
/// "priors").
///
/// Each case names what `applying` changes, so a draw changes exactly one number of
/// the model and nothing of the engine's round:
/// - `discount`: `EscalationScenario.discount`;
/// - `tremble`: the player's `PlayerBehaviour.tremble`;
/// - `weight`: the player's payoff weight on a variable. The scenario reader folds a
///   weight into every stage payoff of the player (`ScenarioLowering.expression`), so
///   moving it from `point` to `x` adds `(x − point) × variable` to each of them;
/// - `payoff`: the constant of one stage payoff (its variable terms stay), as `set
///   payoff` moves it;
/// - `value`: the constant of a terminal state's one-off payoff;
/// - `shock`: a shock's probability per round;
/// - `transition`: the probability that a joint move in a state leads to `target`,
///   the other branches scaled to share the rest (`Transition.settingProbability`, as
///   `set probability` does); a conditional (`when:`) transition keeps its guards.
///
/// After an edit of a state, the round-of-decision copies of deadlines are rebuilt
/// from it (`refreshingDeadlines`), as the REPL's `set` does.
public enum ScenarioParameter: Sendable, Hashable {
  case discount
  case tremble(player: Int)
  case weight(player: Int, variable: Int)
  case payoff(state: Int, row: Int, column: Int, player: Int)
  case value(state: Int, player: Int)
  case shock(name: String)
  case transition(state: Int, row: Int, column: Int, target: Int)

  /// Whether the parameter is a probability (its values must lie in [0, 1]).
  public var isProbability: Bool {
    switch self {
    case .tremble, .shock, .transition: true
    case .discount, .weight, .payoff, .value: false
    }
  }

  /// The parameter's value in `s`; `nil` for a weight (which the model folds into
  /// the payoffs: its value is the file's) or for an address `s` does not have.
  public func value(in s: EscalationScenario) -> Rational? {
    switch self {
    case .discount: return s.discount
    case .tremble(let p): return s.behaviours.indices.contains(p) ? s.behaviours[p].tremble : nil
    case .weight: return nil
    case .payoff(let st, let i, let j, let p): return outcome(s, st, i, j)?.payoffs[p].constant
    case .value(let st, let p):
      guard s.states.indices.contains(st), let v = s.states[st].terminalPayoffs else { return nil }
      return v[p].constant
    case .shock(let name): return s.shocks.first { $0.name == name }?.probability
    case .transition(let st, let i, let j, let target):
      guard let o = outcome(s, st, i, j) else { return nil }
      return o.transition.outcomes.filter { $0.state == target }.reduce(Rational.zero) { $0 + $1.probability }
    }
  }

  func outcome(_ s: EscalationScenario, _ st: Int, _ i: Int, _ j: Int) -> JointOutcome? {
    guard s.states.indices.contains(st), s.states[st].outcomes.indices.contains(i),
      s.states[st].outcomes[i].indices.contains(j)
    else { return nil }
    return s.states[st].outcomes[i][j]
  }

  /// `s` with the parameter at `x`; `point` is its value in `s` (for a weight, the
  /// file's value, which `s` does not hold on its own).
  public func applying(_ x: Rational, to s: EscalationScenario, point: Rational) -> EscalationScenario {
    var c = s
    switch self {
    case .discount: c.discount = x
    case .tremble(let p): c.behaviours[p].tremble = x
    case .weight(let p, let v):
      let delta = x - point
      if delta.isZero { return s }
      for st in c.states.indices where !c.states[st].isTerminal && !EscalationScenario.isDecisionState(c.states[st].name) {
        for i in c.states[st].outcomes.indices {
          for j in c.states[st].outcomes[i].indices {
            c.states[st].outcomes[i][j].payoffs[p] = Self.adding(delta, of: v, to: c.states[st].outcomes[i][j].payoffs[p])
          }
        }
      }
      return c.refreshingDeadlines()
    case .payoff(let st, let i, let j, let p):
      c.states[st].outcomes[i][j].payoffs[p].constant = x
      return c.refreshingDeadlines()
    case .value(let st, let p): c.states[st].terminalPayoffs?[p].constant = x
    case .shock(let name):
      if let k = c.shocks.firstIndex(where: { $0.name == name }) { c.shocks[k].probability = x }
    case .transition(let st, let i, let j, let target):
      c.states[st].outcomes[i][j].transition = c.states[st].outcomes[i][j].transition
        .settingProbability(of: target, to: x, otherwiseTo: st)
      return c.refreshingDeadlines()
    }
    return c
  }

  static func adding(_ delta: Rational, of variable: Int, to e: PayoffExpression) -> PayoffExpression {
    var e = e
    if let k = e.terms.firstIndex(where: { $0.variable == variable }) {
      e.terms[k].coefficient += delta
    } else {
      e.terms.append(PayoffExpression.Term(variable: variable, coefficient: delta))
    }
    return e
  }
}
