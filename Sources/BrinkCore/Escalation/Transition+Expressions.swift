/// Transition probabilities written as exact affine expressions of the variables
/// (`breakdown: 1/100 + risk/20`, issue 13): a side that raises `risk` raises the
/// chance of a slide, Schelling's threat that leaves something to chance chosen
/// (*The Strategy of Conflict*, 1960, ch. 8). `ScenarioRound.transition(at:_:_:)`
/// evaluates them at the node.
extension Transition {
  /// Whether some branch's probability is an expression of the variables.
  public var hasExpressions: Bool { outcomes.contains { $0.expression != nil } }

  /// The sum of the branches' probabilities as one expression (terms merged).
  public var symbolicSum: PayoffExpression {
    var constant = Rational.zero, sums = [Int: Rational](), order = [Int]()
    for b in outcomes {
      let e = b.expression ?? PayoffExpression(b.probability)
      constant += e.constant
      for t in e.terms {
        if sums[t.variable] == nil { order.append(t.variable) }
        sums[t.variable, default: .zero] += t.coefficient
      }
    }
    return PayoffExpression(constant, terms: order.filter { !sums[$0]!.isZero }.map { .init(variable: $0, coefficient: sums[$0]!) })
  }

  /// The transition at variable values `values`: each expression evaluated, then,
  /// in order, each branch's probability clamped to [0, what is left of 1], the
  /// last taking what is left; branches of probability 0 dropped. When the
  /// expressions stay in [0, 1] (as `brink check` asks) this is their value
  /// exactly. A transition without expressions is returned as it is.
  public func evaluated(at values: [Rational]) -> Transition {
    guard hasExpressions else { return self }
    var left = Rational.one
    var out = [Branch]()
    for (k, b) in outcomes.enumerated() {
      let raw = b.expression?.evaluate(values) ?? b.probability
      let p = k == outcomes.count - 1 ? left : min(max(raw, .zero), left)
      left -= p
      if p.signum > 0 { out.append(Branch(state: b.state, probability: p)) }
    }
    return Transition(out)
  }
}
