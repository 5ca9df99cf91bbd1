import BigInt

/// Step 5 of `TypedStageSearch` at a simultaneous stage: a *mutual bluff*. Both sides
/// are typed and uncertain, and a type on each side mixes: each side's posterior
/// after the shared moves comes from Bayes' rule on the mixing it makes, and in the
/// next round (a simultaneous stage s, both sides still moving) one type of each side
/// answers with a mixture, indifferent at the posterior about the other side; those
/// answers keep the stage's mixing types indifferent. Step 4 (the contested bluff)
/// with a sender on both sides at once (the semi-separating equilibria of Gibbons
/// 1992, §4.2–4.4, two-sided; Fudenberg and Tirole 1991, §8.2, for sequential
/// rationality; Fearon 1997 for threats that may be bluffs on both sides).
///
/// For each player p (two types, both possible): type θa_p plays m_p, type θb_p plays
/// m_p with chance x_p and m′_p otherwise (enumerated). After (m₀, m₁) the next round
/// is a simultaneous stage s (its only successor, before the horizon). There each
/// player's *answering* type mixes two moves z₁, z₂ (chance r_p of z₁) and its other
/// type plays one move (enumerated). The unknowns are the posteriors b_p (θa_p's
/// chance at s) and the answers r_p. While the play after s keeps its supports, the
/// continuation after s is a number per type profile, so:
/// 1. *The posteriors.* p's answering type's payoff from z₁ minus z₂ against type θ
///    of q, D(θ), is a number, and its indifference is linear in the belief about q:
///    b_q\*(θa_q) = D(θb_q)/(D(θb_q) − D(θa_q)), strictly between q's prior and 1.
/// 2. *The stage's mixtures* by Bayes' rule on the trembled play, as in step 4:
///    P_b = μa·Pa·(1 − b\*)/(b\*·μb), x = (P_b − ε/n)/(1 − ε).
/// 3. *The answers.* The values at s are bilinear in (r₀, r₁) (each type profile's
///    chance of a joint move is a product of one chance per side, each affine in
///    its own r), and so is θb_p's payoff from m_p minus m′_p in the stage,
///    F_p(r₀, r₁) = A_p + B_p·r₀ + C_p·r₁ + D_p·r₀·r₁, read exactly from the four
///    corners r ∈ {0, 1}². F₀ = F₁ = 0: solving F₀ for r₁ and substituting gives a
///    quadratic in r₀, q₂·r₀² + q₁·r₀ + q₀ = 0 with q₂ = B₁D₀ − D₁B₀,
///    q₁ = A₁D₀ + B₁C₀ − C₁B₀ − D₁A₀, q₀ = A₁C₀ − C₁A₀. Its roots are kept when
///    rational (the discriminant a square of a rational) and in [0, 1]; an
///    irrational root is not representable exactly, and the candidate is dropped,
///    so the search falls back to what steps 1–4 do.
/// 4. *The fixed point.* The continuation after s is read at the posteriors that
///    (b, r) make; steps 1–3 are repeated from the new (b, r) until they reproduce
///    themselves exactly (at most `mutualIterationLimit` turns, from the prior and
///    r = 1/2). Then s with (b, r) is a child of its own, and **a candidate is kept
///    only when the exact best-response check (`TypedSolver.evaluate`) passes at s
///    and at the stage**, the same verdict as every other step.
/// Runs only when steps 1–4 find nothing, so every stage they solve keeps its answer.
/// Not searched: three types on a side, a side whose belief is already certain (step
/// 4), a sequential s or one with several successors, two types of a side mixing at
/// s, an s whose answers move the supports after it (the iteration does not settle).
/// - Complexity: per stage, Π_p 2·m_p(m_p − 1) stage choices times Π_p 2·C(m_s,2)·m_s
///   answers at s, each at most `mutualIterationLimit` turns of 4 + 1 evaluations.
extension TypedStageSearch {
  /// The most turns of the fixed point from one start.
  static let mutualIterationLimit = 6

  /// One side's part of a mutual-bluff candidate.
  struct MutualSide {
    /// θa plays `shared` (m); θb mixes `shared` and `other` (m′).
    var pure: Int, mixing: Int
    var shared: Int, other: Int
    /// At s: the answering type mixes z₁ and z₂; the other type plays `rest`.
    var answering: Int
    var moves: (Int, Int)
    var rest: Int

    /// This side's intended play at s when its answering type plays z₁ with chance r.
    func play(_ r: Rational, count: Int) -> [[Rational]] {
      var answer = [Rational](repeating: .zero, count: count)
      answer[moves.0] = r
      answer[moves.1] = answer[moves.1] + (.one - r)
      var s = [[Rational]](repeating: .pure(rest, count: count), count: 2)
      s[answering] = answer
      return s
    }
  }

  static func mutualBluffs(round t: Int, node n: Int, beliefs: [[Rational]], solver: inout TypedSolver) throws
    -> [TypedStageEquilibrium]
  {
    let here = solver.graph.rounds[t][n]
    guard solver.leader(of: here) == nil, solver.delta != .zero, t + 1 < solver.graph.horizon,
          solver.typeCounts == [2, 2], beliefs.allSatisfy({ $0.allSatisfy { $0 != .zero } }),
          solver.trembles.allSatisfy({ $0 < .one })
    else { return [] }
    let counts = [here.moves.count, here.moves[0].count]
    func stageChoices(_ p: Int) -> [(shared: Int, other: Int, mixing: Int)] {
      (0..<counts[p]).flatMap { m in
        (0..<counts[p]).filter { $0 != m }.flatMap { o in (0..<2).map { (m, o, $0) } }
      }
    }
    var found = [TypedStageEquilibrium]()
    for c0 in stageChoices(0) {
      for c1 in stageChoices(1) {
        guard let (s, child) = solver.simultaneousSuccessor(of: here, round: t, c0.shared, c1.shared) else {
          continue
        }
        let sc = [child.moves.count, child.moves[0].count]
        guard sc[0] >= 2, sc[1] >= 2 else { continue }
        func answers(_ p: Int, _ c: (shared: Int, other: Int, mixing: Int)) -> [MutualSide] {
          var out = [MutualSide]()
          for answering in 0..<2 {
            for z1 in 0..<sc[p] {
              for z2 in (z1 + 1)..<sc[p] {
                for rest in 0..<sc[p] {
                  out.append(MutualSide(pure: 1 - c.mixing, mixing: c.mixing, shared: c.shared, other: c.other,
                                        answering: answering, moves: (z1, z2), rest: rest))
                }
              }
            }
          }
          return out
        }
        for a0 in answers(0, c0) {
          for a1 in answers(1, c1) {
            guard solver.shouldContinue() else { throw EscalationError.cancelled }
            if let e = try mutualBluff([a0, a1], round: t, node: n, beliefs: beliefs, child: s, solver: &solver) {
              found.append(e)
            }
          }
        }
      }
    }
    return found
  }

  /// One candidate (the doc comment's steps 1–4); nil when a step has no answer or a check fails.
  static func mutualBluff(_ k: [MutualSide], round t: Int, node n: Int, beliefs: [[Rational]], child s: Int,
                          solver: inout TypedSolver) throws -> TypedStageEquilibrium? {
    let here = solver.graph.rounds[t][n]
    let counts = [here.moves.count, here.moves[0].count]
    let node = solver.graph.rounds[t + 1][s]
    let sc = [node.moves.count, node.moves[0].count]
    func vector(_ p: Int, _ b: Rational) -> [Rational] {
      var v = [Rational](repeating: .zero, count: 2)
      v[k[p].pure] = b
      v[k[p].mixing] = .one - b
      return v
    }
    func childPlay(_ r: [Rational]) -> [[[Rational]]] { (0..<2).map { k[$0].play(r[$0], count: sc[$0]) } }
    // Step 2: the stage's intended play for the posteriors b.
    func stagePlay(_ b: [Rational]) -> [[[Rational]]]? {
      var out: [[[Rational]]] = [[], []]
      for p in 0..<2 {
        let mu = beliefs[p], side = k[p]
        let epsilon = solver.trembles[p], share = epsilon / Rational(counts[p])
        let pa = Rational.one - epsilon + share
        let pb = mu[side.pure] * pa * (.one - b[p]) / (b[p] * mu[side.mixing])
        let x = (pb - share) / (.one - epsilon)
        guard x > .zero, x < .one else { return nil }
        var mixture = [Rational](repeating: .zero, count: counts[p])
        mixture[side.shared] = x
        mixture[side.other] = .one - x
        out[p] = [[], []]
        out[p][side.pure] = .pure(side.shared, count: counts[p])
        out[p][side.mixing] = mixture
      }
      return out
    }
    let reason = "the answers that keep both bluffing types indifferent (a mutual bluff the round before)"
    func typedNode(_ e: TypedStageEquilibrium, _ b: [[Rational]]) -> TypedNode {
      TypedNode(round: t + 1, ladderNode: s, beliefs: b, equilibria: [e], selected: [0, 0], played: e,
                values: e.values, reason: reason)
    }
    // One node stands for s throughout (the corners', then the fixed point's); it
    // stays unused in `nodes` when the candidate fails (nothing points at it).
    solver.nodes.append(TypedNode(round: t + 1, ladderNode: s, beliefs: beliefs, equilibria: [], selected: [nil, nil],
                                  played: nil, values: [], reason: reason))
    let id = solver.nodes.count - 1
    var b = (0..<2).map { beliefs[$0][k[$0].pure] }
    var r = [Rational(1, 2), Rational(1, 2)]
    for _ in 0..<mutualIterationLimit {
      let childBeliefs = (0..<2).map { vector($0, b[$0]) }
      guard let e = try attempt({ try solver.evaluate(round: t + 1, node: s, beliefs: childBeliefs,
                                                       strategies: childPlay(r)) })
      else { return nil }
      // Step 1: each side's answering type's indifference fixes the belief about the other.
      var next = b
      let played = e.equilibrium.playedStrategies
      for p in 0..<2 {
        let q = 1 - p, side = k[p]
        let d = (0..<2).map { theta in
          var total = Rational.zero
          for (move, chance) in played[q][theta].enumerated() where chance != .zero {
            let (i1, j1) = p == 0 ? (side.moves.0, move) : (move, side.moves.0)
            let (i2, j2) = p == 0 ? (side.moves.1, move) : (move, side.moves.1)
            let (a, o) = p == 0 ? (side.answering, theta) : (theta, side.answering)
            total += chance * (e.payoff(i1, j1, a, o, p) - e.payoff(i2, j2, a, o, p))
          }
          return total
        }
        let (ta, tb) = (k[q].pure, k[q].mixing)
        guard d[ta] != d[tb] else { return nil }
        let star = d[tb] / (d[tb] - d[ta])
        guard star > beliefs[q][ta], star < .one else { return nil }
        next[q] = star
      }
      guard let strategies = stagePlay(next) else { return nil }
      let nextBeliefs = (0..<2).map { vector($0, next[$0]) }
      // Step 3: the stage's indifferences at the four corners, the values at s read
      // from this turn's tables (the continuation after s held).
      var corners = [[Rational]]()  // corners[2·r₀ + r₁] = [F₀, F₁]
      for r0 in [Rational.zero, .one] {
        for r1 in [Rational.zero, .one] {
          let values = heldValues(e, play: solver.trembled(childPlay([r0, r1])), counts: sc)
          var synthetic = typedNode(e.equilibrium, nextBeliefs)
          synthetic.values = values
          solver.nodes[id] = synthetic
          guard let stage = try attempt({ try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies,
                                                               override: [[k[0].shared, k[1].shared, 0]: id]) })
          else { return nil }
          corners.append((0..<2).map { p in
            stage.agentPayoffs[p][k[p].mixing][k[p].shared] - stage.agentPayoffs[p][k[p].mixing][k[p].other]
          })
        }
      }
      guard let root = bilinearRoot(corners) else { return nil }
      if next == b && root == r {
        // Step 4: the fixed point, checked exactly at s and at the stage.
        guard e.isEquilibrium else { return nil }
        solver.nodes[id] = typedNode(e.equilibrium, childBeliefs)
        guard let stage = try attempt({ try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies,
                                                             override: [[k[0].shared, k[1].shared, 0]: id]) }),
              stage.isEquilibrium
        else { return nil }
        return stage.equilibrium
      }
      b = next
      r = root
    }
    return nil
  }

  /// The values at s per type profile when each side plays `play` (trembled), each
  /// joint move paid as in `e`'s tables: the continuation after s held at `e`'s.
  static func heldValues(_ e: TypedSolver.Evaluation, play: [[[Rational]]], counts: [Int]) -> [[[Rational]]] {
    (0..<2).map { a in
      (0..<2).map { c in
        var v = [Rational.zero, .zero]
        for i in 0..<counts[0] where play[0][a][i] != .zero {
          for j in 0..<counts[1] where play[1][c][j] != .zero {
            let w = play[0][a][i] * play[1][c][j]
            for p in 0..<2 { v[p] += w * e.payoff(i, j, a, c, p) }
          }
        }
        return v
      }
    }
  }

  /// The (r₀, r₁) in [0, 1]² where both bilinear functions given at the corners
  /// (`corners[2·r₀ + r₁][p]`) vanish (the doc comment's step 3); the one with the
  /// smallest r₀ when several do, nil when none is rational.
  static func bilinearRoot(_ corners: [[Rational]]) -> [Rational]? {
    // F = A + B·r₀ + C·r₁ + D·r₀·r₁ from F(0,0), F(0,1), F(1,0), F(1,1).
    let f: [(a: Rational, b: Rational, c: Rational, d: Rational)] = (0..<2).map { p in
      let f00: Rational = corners[0][p], f01: Rational = corners[1][p]
      let f10: Rational = corners[2][p], f11: Rational = corners[3][p]
      let d: Rational = (f11 - f10) - (f01 - f00)
      return (a: f00, b: f10 - f00, c: f01 - f00, d: d)
    }
    func r1(for r0: Rational) -> Rational? {
      for p in 0..<2 {
        let slope = f[p].c + f[p].d * r0
        if slope != .zero { return -(f[p].a + f[p].b * r0) / slope }
      }
      return nil
    }
    let (x, y) = (f[0], f[1])
    let q2: Rational = y.b * x.d - y.d * x.b
    let q1a: Rational = y.a * x.d + y.b * x.c
    let q1: Rational = q1a - y.c * x.b - y.d * x.a
    let q0: Rational = y.a * x.c - y.c * x.a
    var roots = [Rational]()
    if q2 != .zero {
      let disc: Rational = q1 * q1 - Rational(4) * q2 * q0
      guard disc >= .zero, let root = disc.rationalSquareRoot() else { return nil }
      roots = [(-q1 - root) / (Rational(2) * q2), (-q1 + root) / (Rational(2) * q2)].sorted()
    } else if q1 != .zero {
      roots = [-q0 / q1]
    } else if x.c == .zero && x.d == .zero && x.b != .zero {
      roots = [-x.a / x.b]  // F₀ in r₀ alone
    }
    for r0 in roots where r0 >= .zero && r0 <= .one {
      guard let r1 = r1(for: r0), r1 >= .zero, r1 <= .one else { continue }
      let vanishes = (0..<2).allSatisfy { p -> Bool in
        let linear: Rational = f[p].a + f[p].b * r0 + f[p].c * r1
        return linear + f[p].d * r0 * r1 == .zero
      }
      if vanishes { return [r0, r1] }
    }
    return nil
  }
}

extension Rational {
  /// The exact square root when this number is the square of a rational, else nil.
  func rationalSquareRoot() -> Rational? {
    guard self >= .zero else { return nil }
    let n = numerator.magnitude, d = denominator.magnitude
    let sn = n.squareRoot(), sd = d.squareRoot()
    guard sn * sn == n, sd * sd == d else { return nil }
    return Rational(BigInt(sn), BigInt(sd))
  }
}
