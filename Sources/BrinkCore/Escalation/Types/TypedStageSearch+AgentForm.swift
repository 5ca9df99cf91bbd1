/// Step 3 of `TypedStageSearch` at a simultaneous stage: mixed type strategies, any
/// number of types on both sides, found through the stage's *plan bimatrix* with the
/// continuation held fixed, and iterated until a candidate reproduces itself.
///
/// Why it works. Hold fixed the node that follows each joint move (i, j) (so the
/// continuation values `v(θ₀, θ₁)` per type profile are fixed). Type θ of player p
/// then earns from move k against the other side's behaviour σ_q
///   `Σ_θq μq(θq) · Σ_r σ̃θq(r) · W(k, r)(θ, θq)`,
/// where W is the stage payoff plus δ times the continuation of that type profile
/// and σ̃ the trembled play. The Bayes normaliser of the posterior cancels (the
/// posterior only says *which* node follows, and that is held fixed), so this is
/// linear in the other side's mixtures: the Bayesian stage is the bimatrix game whose
/// pure strategies are *plans* (one move per type the beliefs allow) and whose payoff
/// is the sum over the player's own types, each with weight 1 (Harsanyi 1967–68;
/// Selten's agent form; Fudenberg and Tirole 1991, §6.2). A plan mixture is a best
/// response iff each type's marginal is, because the payoff is separable by own type.
///
/// Steps:
/// 1. Seeds: the continuation of the profile where every type mixes uniformly (the
///    posteriors equal the beliefs), then that of each pure type-strategy profile.
/// 2. For a continuation W, build the plan bimatrix (trembles: p's payoff is against
///    q's trembled play `(1 − εq)·y + εq·uniform`, linear in y) and enumerate all
///    its extreme equilibria exactly (`VertexEnumeration`, Avis et al. 2010).
/// 3. Turn each plan mixture into per-type mixtures (marginals), and each of those
///    into its pooled version (every allowed type playing the side's average,
///    the posteriors the beliefs); the types the beliefs rule out best-respond;
///    drop those already tried.
/// 4. Evaluate each candidate with `TypedSolver.evaluate`: its posteriors by Bayes'
///    rule, the continuation solved *there*, and every type-agent's best response
///    checked exactly. The check is the only verdict: a candidate that passes is a
///    perfect Bayesian equilibrium of the stage whatever produced it. A candidate that
///    fails hands its own continuation back to step 2 (a fixed-point iteration over
///    continuations), at most `iterationLimit` times from one seed.
///
/// Not found: an equilibrium whose continuation must itself mix at exactly the
/// posterior the mixing makes (a reply that keeps a type indifferent: step 2 of
/// `TypedStageSearch` finds those for one typed side), unless the solve of that
/// continuation happens to select it.
/// - Complexity: at most `enumerationLimit` vertex enumerations of a
///   Π(moves^types) plan bimatrix, and one `evaluate` per candidate (whose
///   continuation may search again); `solveBudget` enumerations in a whole solve.
extension TypedStageSearch {
  /// The most plans per side (moves^(types the beliefs allow)).
  static let planLimit = 64
  /// The most continuation updates followed from one seed.
  static let iterationLimit = 8
  /// The most plan bimatrices solved at one stage.
  static let enumerationLimit = 48
  /// The most plan bimatrices solved in one whole solve: a candidate's continuation
  /// is solved at its own posteriors, which may search again below, so without a
  /// budget a scenario with no equilibrium to find could take minutes to say so.
  static let solveBudget = 1_024

  static func agentForm(round t: Int, node n: Int, beliefs: [[Rational]], solver: inout TypedSolver) throws
    -> [TypedStageEquilibrium]
  {
    let here = solver.graph.rounds[t][n]
    let counts = [here.moves.count, here.moves[0].count]
    // The types each side's plans cover: those the beliefs allow.
    let active = (0..<2).map { p in beliefs[p].indices.filter { beliefs[p][$0] != .zero } }
    let plans = (0..<2).map { p in Self.plans(moves: counts[p], types: active[p].count) }
    guard let plans0 = plans[0], let plans1 = plans[1] else { return [] }
    let planSets = [plans0, plans1]
    // Step 1, lazily: the uniform profile, then each pure profile.
    let uniform = (0..<2).map { p in (0..<solver.typeCounts[p]).map { _ in [Rational](repeating: Rational(1, counts[p]), count: counts[p]) } }
    var seedQueue: [[[[Rational]]]] = [uniform]
    let pureProfiles = Self.pureProfiles(counts: counts, types: solver.typeCounts)
    var nextPure = 0
    var tried = Set<[[[Rational]]]>()
    var found = [TypedStageEquilibrium]()
    var enumerations = 0
    var pending: [(joint: [[[[[Rational]]]]], depth: Int)] = []
    var continuations = Set<[[[[[Rational]]]]]>()  // each continuation's bimatrix is solved once
    while enumerations < enumerationLimit, solver.agentFormBudget > 0 {
      if pending.isEmpty {
        // The next seed's continuation.
        let seed: [[[Rational]]]
        if !seedQueue.isEmpty { seed = seedQueue.removeFirst() }
        else if !found.isEmpty || nextPure >= pureProfiles.count { break }
        else { seed = pureProfiles[nextPure]; nextPure += 1 }
        guard let e = try attempt(round: t, node: n, beliefs: beliefs, strategies: seed, solver: &solver),
          continuations.insert(e.joint).inserted else { continue }
        pending.append((e.joint, 0))
        continue
      }
      let (w, depth) = pending.removeFirst()
      enumerations += 1
      solver.agentFormBudget -= 1
      guard solver.shouldContinue() else { throw EscalationError.cancelled }
      // Step 2.
      let game = planBimatrix(joint: w, plans: planSets, active: active, beliefs: beliefs, trembles: solver.trembles)
      let extreme = VertexEnumeration.extremeEquilibria(of: game, shouldContinue: solver.shouldContinue)
      guard solver.shouldContinue() else { throw EscalationError.cancelled }
      // Step 3: each extreme equilibrium's per-type mixtures, then the same pooled.
      let separate = extreme.map { x in
        (0..<2).map { p in
          behaviour(x.profile[p], plans: planSets[p], active: active[p], types: solver.typeCounts[p], moves: counts[p])
        }
      }
      for candidate in separate + separate.map({ pooled($0, active: active, beliefs: beliefs) }) {
        var strategies = candidate
        guard !tried.contains(strategies) else { continue }
        tried.insert(strategies)
        // Step 4.
        guard var e = try attempt(round: t, node: n, beliefs: beliefs, strategies: strategies, solver: &solver) else { continue }
        var ruledOut = false
        for p in 0..<2 {
          for theta in 0..<solver.typeCounts[p] where beliefs[p][theta] == .zero {
            strategies[p][theta] = .pure(e.agentPayoffs[p][theta].firstArgmax(), count: counts[p])
            ruledOut = true
          }
        }
        if ruledOut {
          // The ruled-out types move no belief: the continuation is the same.
          e = try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies)
        }
        if e.isEquilibrium {
          if !found.contains(where: { $0.strategies == e.equilibrium.strategies }) { found.append(e.equilibrium) }
        } else if depth < iterationLimit, continuations.insert(e.joint).inserted {
          pending.append((e.joint, depth + 1))
        }
      }
    }
    return found
  }

  /// `solver.evaluate`, or nil when the continuation at the candidate's posteriors
  /// has no equilibrium brink finds (the candidate is dropped, not the stage).
  static func attempt(round t: Int, node n: Int, beliefs: [[Rational]], strategies: [[[Rational]]],
                      solver: inout TypedSolver) throws -> TypedSolver.Evaluation? {
    do {
      return try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies)
    } catch TypedSolveError.noEquilibrium {
      return nil
    }
  }

  /// Every plan (one move per type, the first type's move varying fastest), or nil
  /// past `planLimit`.
  static func plans(moves: Int, types: Int) -> [[Int]]? {
    var total = 1
    for _ in 0..<types {
      total *= moves
      if total > planLimit { return nil }
    }
    return (0..<total).map { code in
      var rest = code
      return (0..<types).map { _ in
        defer { rest /= moves }
        return rest % moves
      }
    }
  }

  /// Every pure type-strategy profile, `[p][θ]` pure mixtures (step 1's seeds), at
  /// most `enumerationLimit` of them.
  static func pureProfiles(counts: [Int], types: [Int]) -> [[[[Rational]]]] {
    guard let p0 = plans(moves: counts[0], types: types[0]), let p1 = plans(moves: counts[1], types: types[1]) else {
      return []
    }
    var out = [[[[Rational]]]]()
    for a in p0 {
      for b in p1 {
        out.append([a.map { .pure($0, count: counts[0]) }, b.map { .pure($0, count: counts[1]) }])
        if out.count == enumerationLimit { return out }
      }
    }
    return out
  }

  /// The plan bimatrix of the doc comment's step 2: row plans are player 0's, column
  /// plans player 1's; each entry sums the player's own (allowed) types, weight 1,
  /// against the other side's types weighted by the beliefs and its trembled play.
  static func planBimatrix(joint w: [[[[[Rational]]]]], plans: [[[Int]]], active: [[Int]], beliefs: [[Rational]],
                           trembles: [Rational]) -> Bimatrix {
    let counts = [w.count, w[0].count]
    func entry(_ p: Int, own: Int, theta: Int, other: Int, o: Int) -> Rational {
      let (i, j) = p == 0 ? (own, other) : (other, own)
      let (a, c) = p == 0 ? (theta, o) : (o, theta)
      return w[i][j][a][c][p]
    }
    // u[p][θ][k][o][r]: type θ of p playing k against type o of q playing r, trembled:
    // (1 − εq)·W(k, r) + εq·mean over r′ of W(k, r′).
    func table(_ p: Int) -> [[[[Rational]]]] {
      let q = 1 - p
      let eps = trembles[q]
      return active[p].map { theta in
        (0..<counts[p]).map { k in
          active[q].map { o in
            let row = (0..<counts[q]).map { r in entry(p, own: k, theta: theta, other: r, o: o) }
            let mean = row.reduce(Rational.zero, +) / Rational(counts[q])
            return row.map { (.one - eps) * $0 + eps * mean }
          }
        }
      }
    }
    let u = [table(0), table(1)]
    func payoff(_ p: Int, _ own: [Int], _ other: [Int]) -> Rational {
      let q = 1 - p
      var s = Rational.zero
      for (x, k) in own.enumerated() {
        for (y, r) in other.enumerated() {
          s += beliefs[q][active[q][y]] * u[p][x][k][y][r]
        }
      }
      return s
    }
    let a = plans[0].map { r in plans[1].map { c in payoff(0, r, c) } }
    let b = plans[0].map { r in plans[1].map { c in payoff(1, c, r) } }
    return Bimatrix(a: a, b: b)
  }

  /// `strategies` with every allowed type of each side playing that side's mixture
  /// averaged over its types by the beliefs (the posteriors stay the beliefs): the
  /// pooling point of an equilibrium component, which is not one of its vertices
  /// when the types are alike at this stage but differ later.
  static func pooled(_ strategies: [[[Rational]]], active: [[Int]], beliefs: [[Rational]]) -> [[[Rational]]] {
    (0..<2).map { p in
      var average = [Rational](repeating: .zero, count: strategies[p][0].count)
      for theta in active[p] {
        for k in average.indices { average[k] += beliefs[p][theta] * strategies[p][theta][k] }
      }
      var s = strategies[p]
      for theta in active[p] { s[theta] = average }
      return s
    }
  }

  /// Per-type mixtures `[θ][move]` from a mixture over plans; the ruled-out types get
  /// move 0 for now (step 3 makes them best-respond).
  static func behaviour(_ x: [Rational], plans: [[Int]], active: [Int], types: Int, moves: Int) -> [[Rational]] {
    var s = (0..<types).map { _ in [Rational].pure(0, count: moves) }
    for theta in active { s[theta] = [Rational](repeating: .zero, count: moves) }
    for (plan, weight) in zip(plans, x) where weight != .zero {
      for (slot, theta) in active.enumerated() { s[theta][plan[slot]] += weight }
    }
    return s
  }
}
