/// The choice in a simultaneous stage game where at least one player optimises;
/// the one part of backward induction that differs between exact (`Rational`) and
/// floating-point (`Double`, logit) solving.
protocol StageChooser: LadderNumber {
  /// `given[k]` is the mixture of a non-optimising player, `nil` for an optimising
  /// one; `tremble[k]` is player `k`'s tremble ε, which the other player expects.
  /// `shouldContinue` is polled by long searches (the stage's equilibria); after it
  /// returned false the choice is meaningless and the caller stops.
  static func chooseSimultaneous(a: [[Self]], b: [[Self]], models: [ChoiceModel], given: [[Self]?], tremble: [Self],
                                 shouldContinue: () -> Bool) -> SimultaneousChoice<Self>
  /// The logit response to `values` with rationality `lambda`.
  static func logitResponse(_ values: [Self], lambda: Double) -> [Self]
}

struct SimultaneousChoice<Number: LadderNumber> {
  var mixtures: [[Number]]
  /// For the optimising players; `nil` for the others.
  var explanations: [ChoiceExplanation?]
  /// The stage equilibria considered (exact solving with two equilibrium players).
  var equilibria: [Equilibrium] = []
  /// Which of `equilibria` each player expects.
  var selected: [Int?] = [nil, nil]
}

extension Array where Element: LadderNumber {
  /// The first index of the largest entry.
  func firstArgmax() -> Int {
    var best = 0
    for k in indices where self[k] > self[best] { best = k }
    return best
  }

  /// A pure mixture on move `k` of `count`.
  static func pure(_ k: Int, count: Int) -> [Element] {
    (0..<count).map { $0 == k ? .one : .zero }
  }

  /// Uniform over the entries equal to the largest.
  func uniformOverArgmax() -> [Element] {
    let top = self[firstArgmax()]
    var n = Element.zero
    for v in self where v == top { n = n + .one }
    return map { $0 == top ? .one / n : .zero }
  }
}

/// `values[i] = Σ_j m[i][j] · y[j]`.
func rowValues<T: LadderNumber>(_ m: [[T]], _ y: [T]) -> [T] { m.map { $0.dot(y) } }

/// `values[j] = Σ_i m[i][j] · x[i]`.
func columnValues<T: LadderNumber>(_ m: [[T]], _ x: [T]) -> [T] {
  (0..<m[0].count).map { j in
    var s = T.zero
    for i in m.indices { s = s + m[i][j] * x[i] }
    return s
  }
}

extension Rational: StageChooser {
  static func chooseSimultaneous(a: [[Rational]], b: [[Rational]], models: [ChoiceModel], given: [[Rational]?],
                                 tremble: [Rational], shouldContinue: () -> Bool) -> SimultaneousChoice<Rational>
  {
    let logit = models.contains { if case .logit = $0 { return true } else { return false } }
    if logit {
      // Not reached by the solver (a logit player makes it solve in Double); kept total.
      let d = Double.chooseSimultaneous(a: a.map { $0.map(\.doubleValue) }, b: b.map { $0.map(\.doubleValue) },
                                        models: models, given: given.map { $0?.map(\.doubleValue) },
                                        tremble: tremble.map(\.doubleValue), shouldContinue: shouldContinue)
      return SimultaneousChoice(mixtures: d.mixtures.map(Rational.distribution(approximating:)),
                                explanations: d.explanations)
    }
    switch (given[0], given[1]) {
    case (let x?, let y?):
      return SimultaneousChoice(mixtures: [x, y], explanations: [nil, nil])
    // A best response is to the opponent's play as it will be, tremble included
    // (Selten 1975): a move that only ties against the intended mixture may lose
    // against the trembled one.
    case (nil, let y?):
      let v = rowValues(a, y.trembled(tremble[1]))
      return SimultaneousChoice(mixtures: [bestResponse(v, models[0]), y], explanations: [.bestResponse, nil])
    case (let x?, nil):
      let v = columnValues(b, x.trembled(tremble[0]))
      return SimultaneousChoice(mixtures: [x, bestResponse(v, models[1])], explanations: [nil, .bestResponse])
    case (nil, nil):
      let game = Bimatrix(a: a, b: b)
      let rules = models.map { m -> EquilibriumSelection in
        if case .equilibrium(let s) = m { return s } else { return .riskDominant }
      }
      let candidates = StageEquilibria.candidates(game, wantMixed: rules.contains(.mixed), shouldContinue: shouldContinue)
      guard !candidates.isEmpty else {
        // Not expected (every finite game has an equilibrium and vertex enumeration
        // finds the extreme ones); kept total rather than trapping.
        let uniform = { (n: Int) in [Rational](repeating: Rational(1, n), count: n) }
        return SimultaneousChoice(mixtures: [uniform(a.count), uniform(a[0].count)],
                                  explanations: [.equilibrium(rules[0], candidates: 0, pureOnly: false, decidedBy: .only),
                                                 .equilibrium(rules[1], candidates: 0, pureOnly: false, decidedBy: .only)])
      }
      let kept = StageEquilibria.robustToTrembles(candidates, in: game, tremble: tremble)
      let d0 = StageEquilibria.decide(rules[0], from: candidates, kept: kept, in: game)
      let d1 = StageEquilibria.decide(rules[1], from: candidates, kept: kept, in: game)
      // Without `mixed` in a rule the candidates are the pure equilibria only
      // (when there is one), so the count says "pure".
      let pureOnly = candidates.allSatisfy(\.isPure) && !rules.contains(.mixed)
      return SimultaneousChoice(
        mixtures: [candidates[d0.index].profile[0], candidates[d1.index].profile[1]],
        explanations: [.equilibrium(rules[0], candidates: candidates.count, pureOnly: pureOnly, decidedBy: d0.reason),
                       .equilibrium(rules[1], candidates: candidates.count, pureOnly: pureOnly, decidedBy: d1.reason)],
        equilibria: candidates, selected: [d0.index, d1.index])
    }
  }

  /// Against a non-optimising opponent: the first best response, or uniform over
  /// all best responses when the player expects mixed play.
  private static func bestResponse(_ values: [Rational], _ model: ChoiceModel) -> [Rational] {
    if case .equilibrium(.mixed) = model { return values.uniformOverArgmax() }
    return .pure(values.firstArgmax(), count: values.count)
  }

  static func logitResponse(_ values: [Rational], lambda: Double) -> [Rational] {
    distribution(approximating: LogitResponse.response(values.map(\.doubleValue), lambda: lambda))
  }

  /// Rationals within 10⁻⁹ of `p`, adjusted so that they sum to exactly 1.
  static func distribution(approximating p: [Double]) -> [Rational] {
    var r = p.map(Rational.init(approximating:))
    let k = r.indices.max { r[$0] < r[$1] } ?? 0
    r[k] += .one - r.reduce(.zero, +)
    return r
  }
}

extension Double: StageChooser {
  /// (A logit fixed point takes a bounded number of iterations: nothing to poll.)
  static func chooseSimultaneous(a: [[Double]], b: [[Double]], models: [ChoiceModel], given: [[Double]?],
                                 tremble: [Double], shouldContinue: () -> Bool) -> SimultaneousChoice<Double>
  {
    let responders = (0..<2).map { k -> LogitResponse.Responder in
      if let g = given[k] { return .given(g) }
      if case .logit(let lambda) = models[k] { return .logit(lambda) }
      return .best
    }
    let r = LogitResponse.fixedPoint(a: a, b: b, players: responders, tremble: tremble)
    let explanations = (0..<2).map { k -> ChoiceExplanation? in
      if given[k] != nil { return nil }
      if case .logit(let lambda) = models[k] {
        return .logit(lambda: lambda, iterations: r.iterations, converged: r.converged)
      }
      return .bestResponse
    }
    return SimultaneousChoice(mixtures: [r.x, r.y], explanations: explanations)
  }

  static func logitResponse(_ values: [Double], lambda: Double) -> [Double] {
    LogitResponse.response(values, lambda: lambda)
  }
}
