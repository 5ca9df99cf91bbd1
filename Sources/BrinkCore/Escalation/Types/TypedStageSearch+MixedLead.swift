/// Mixed leads of a typed leader in a sequential stage: one leader type mixes
/// between two leads, so that a lead half-reveals it (a bluff within one round), and
/// the follower, who sees the lead, mixes two answers to it (the semi-separating
/// equilibria of signalling games, Gibbons 1992, §4.2–4.4; Fudenberg and Tirole
/// 1991, §8.2). Searched by `TypedStageSearch.sequential` when no equilibrium with a
/// pure lead per type (pure or mixed answers) was found.
///
/// Two leader types, θo and θm (both possible), the follower's type known (or none):
/// θo leads x, θm leads x with chance Pm and x′ otherwise; after x the follower mixes
/// replies y and z with chance r.
/// 1. *The posterior b\** after x. The follower's payoff from y minus z against
///    leader type θ, D(θ), is a number while the continuations' profiles stay the
///    same, so it is indifferent at b\*(θo) = D(θm) / (D(θm) − D(θo)); D is read with
///    the leader's mixture that gives the guessed posterior, starting from both ends
///    (pooling on x: the prior; θm never leading x: θo for sure), and b\* is accepted
///    only when it reproduces itself (iterated at most four times from each end).
/// 2. *The leader's mixture*, by Bayes' rule on the trembled play as in step 2 of
///    `TypedStageSearch`: Pm = μo·Po·(1 − b\*)/(b\*·μm), intended (Pm − ε/n)/(1 − ε).
/// 3. *The follower's mixture r*: θm's payoff from x is linear in r (its payoff when
///    the answer to x is y, Vy, or z, Vz), so r = (V(x′) − Vz)/(Vy − Vz); every
///    other lead is answered with a best reply (the first, at the posterior it implies).
/// 4. The profile is kept only when `TypedSolver.evaluate`'s exact check passes.
/// Not searched: three leader types or more, a mixture over three leads, both
/// leader types mixing, a follower whose type is uncertain.
/// - Complexity: 2·m_l(m_l − 1)·C(m_f, 2) candidates, each a few evaluations.
extension TypedStageSearch {
  static func mixedLeads(round t: Int, node n: Int, beliefs: [[Rational]], leader l: Int,
                         solver: inout TypedSolver) throws -> [TypedStageEquilibrium] {
    let f = 1 - l
    let mu = beliefs[l]
    guard solver.typeCounts[l] == 2, mu.allSatisfy({ $0 != .zero }),
          let knownF = beliefs[f].firstIndex(of: .one) else { return [] }
    let here = solver.graph.rounds[t][n]
    let counts = [here.moves.count, here.moves[0].count]
    let (ml, mf) = (counts[l], counts[f])
    let epsilon = solver.trembles[l], share = solver.trembles[l] / Rational(ml)
    guard epsilon < .one else { return [] }
    let po = Rational.one - epsilon + share
    var found = [TypedStageEquilibrium]()
    for mixing in 0..<2 {
      let pure = 1 - mixing
      for x in 0..<ml {
        for x2 in 0..<ml where x2 != x {
          /// The leader's type strategies that make the posterior of θo after x equal `b`.
          func leading(_ b: Rational) -> [[Rational]]? {
            let pm = mu[pure] * po * (.one - b) / (b * mu[mixing])
            let rm = (pm - share) / (.one - epsilon)
            guard rm >= .zero, rm <= .one else { return nil }
            var s = [[Rational]](repeating: [], count: 2)
            s[pure] = .pure(x, count: ml)
            s[mixing] = [Rational](repeating: .zero, count: ml)
            s[mixing][x] = rm
            s[mixing][x2] += .one - rm
            return s
          }
          func replies(_ byLead: [[Rational]]) -> [[[Rational]]] {
            (0..<solver.typeCounts[f]).map { _ in byLead }
          }
          for y in 0..<mf {
            for z in (y + 1)..<mf {
              guard solver.shouldContinue() else { throw EscalationError.cancelled }
              // Step 1.
              var accepted: [[Rational]]? = nil
              starts: for start in [mu[pure], Rational.one] {
                var guess = start
                for _ in 0..<4 {
                  guard let lead = leading(guess) else { break }
                  var strategies: [[[Rational]]] = [[], []]
                  strategies[l] = lead
                  strategies[f] = (0..<solver.typeCounts[f]).map { _ in .pure(y, count: mf) }
                  let answer = [[Rational]](repeating: .pure(y, count: mf), count: ml)
                  guard let e = try attempt({ try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies,
                                                                  replies: replies(answer)) })
                  else { break }
                  let d = (0..<2).map { theta in
                    let (i1, j1) = l == 0 ? (x, y) : (y, x), (i2, j2) = l == 0 ? (x, z) : (z, x)
                    let (a, o) = l == 0 ? (theta, knownF) : (knownF, theta)
                    return e.payoff(i1, j1, a, o, f) - e.payoff(i2, j2, a, o, f)
                  }
                  guard d[mixing] != d[pure] else { break }
                  let star = d[mixing] / (d[mixing] - d[pure])
                  if star == guess {
                    if star > mu[pure], star < .one, let lead = leading(star),
                       lead[mixing][x] > .zero, lead[mixing][x] < .one {
                      accepted = lead
                      break starts
                    }
                    break
                  }
                  guard star > .zero, star < .one else { break }
                  guess = star
                }
              }
              guard let lead = accepted else { continue }
              if let e = try settle(round: t, node: n, beliefs: beliefs, leader: l, lead: lead, x: x, x2: x2,
                                    replies: (y, z), mixing: mixing, solver: &solver) {
                found.append(e)
              }
            }
          }
        }
      }
    }
    return found
  }

  /// Steps 3 and 4: the follower's answers (r after x, best replies elsewhere), checked.
  static func settle(round t: Int, node n: Int, beliefs: [[Rational]], leader l: Int, lead: [[Rational]], x: Int,
                     x2: Int, replies yz: (Int, Int), mixing: Int, solver: inout TypedSolver) throws
    -> TypedStageEquilibrium?
  {
    let f = 1 - l
    let here = solver.graph.rounds[t][n]
    let (ml, mf) = l == 0 ? (here.moves.count, here.moves[0].count) : (here.moves[0].count, here.moves.count)
    let tf = solver.typeCounts[f]
    var strategies: [[[Rational]]] = [[], []]
    strategies[l] = lead
    strategies[f] = (0..<tf).map { _ in .pure(yz.0, count: mf) }
    func evaluate(_ answers: [[[Rational]]]) throws -> TypedSolver.Evaluation? {
      try attempt({ try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies, replies: answers) })
    }
    var answers = (0..<tf).map { _ in [[Rational]](repeating: .pure(yz.0, count: mf), count: ml) }
    guard let first = try evaluate(answers) else { return nil }
    for theta in 0..<tf {
      for lx in 0..<ml where lx != x {
        answers[theta][lx] = .pure(first.replyPayoffs![theta][lx].firstArgmax(), count: mf)
      }
    }
    guard let ey = try evaluate(answers) else { return nil }
    var zAnswers = answers
    for theta in 0..<tf { zAnswers[theta][x] = .pure(yz.1, count: mf) }
    guard let ez = try evaluate(zAnswers) else { return nil }
    // Step 3.
    let vy = ey.agentPayoffs[l][mixing][x], vz = ez.agentPayoffs[l][mixing][x]
    let target = ey.agentPayoffs[l][mixing][x2]
    guard vy != vz else { return nil }
    let r = (target - vz) / (vy - vz)
    guard r >= .zero, r <= .one else { return nil }
    var mixture = [Rational](repeating: .zero, count: mf)
    mixture[yz.0] = r
    mixture[yz.1] = .one - r
    for theta in 0..<tf { answers[theta][x] = mixture }
    // Step 4 (the follower types the belief rules out answer x with a best move).
    guard var e = try evaluate(answers) else { return nil }
    if tf > 1 {
      let known = beliefs[f].firstIndex(of: .one)!
      for theta in 0..<tf where theta != known {
        answers[theta][x] = .pure(e.replyPayoffs![theta][x].firstArgmax(), count: mf)
      }
      guard let again = try evaluate(answers) else { return nil }
      e = again
    }
    return e.isEquilibrium ? e.equilibrium : nil
  }
}
