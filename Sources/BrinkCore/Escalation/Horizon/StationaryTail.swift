/// Solves a stationary tail (`HorizonTail.stationary`, `TailGraph`): a stationary
/// profile of the players' choice rules on the tail's nodes, its exact values, and
/// a check that it is an equilibrium.
///
/// Sources: Shapley, "Stochastic games", *PNAS* 39 (1953) 1095–1100 (values of a
/// discounted stochastic game as a fixed point of the stage games); Fink 1964 and
/// Filar and Vrieze, *Competitive Markov Decision Processes*, 1997, §6.3 (a
/// stationary equilibrium exists in every discounted stochastic game); Howard,
/// *Dynamic Programming and Markov Processes*, 1960, and for games Pollatschek and
/// Avi-Itzhak, *Management Science* 15 (1969) 399–415 (policy iteration: evaluate a
/// profile exactly, improve it stage by stage); the one-shot deviation principle
/// (Fudenberg and Tirole, *Game Theory*, 1991, §4.2 and Theorem 13.2 for
/// discounted stochastic games).
///
/// Steps:
/// 1. Backward induction's first step over the tail: continuation values are the
///    terminal nodes' worth (arrival plus the flow forever) and 0 elsewhere; each
///    node's stage game `A = u + δ·Σ p·V` is folded and each player chooses by its
///    model, as in the dated rounds (`choose`), giving a stationary profile σ.
/// 2. Evaluate σ exactly: the values solve `(I − δ·P_σ)·v = r_σ` (P_σ the node-to-node
///    transition matrix under σ, r_σ the expected stage payoff plus the discounted
///    worth of the terminal nodes reached), by Gaussian elimination in the solve's
///    number type; `I − δP` is strictly diagonally dominant for δ < 1, so no pivot
///    is ever zero.
/// 3. Fold the stage games with these values and choose again. If every node's
///    choice is σ's own (exactly; to 10⁻¹² in a logit solve, 10⁻⁸ once rounded),
///    σ is *stationary*:
///    each player's rule picks it in every tail state given what it is worth.
///    Otherwise take the new profile and go to 2, at most `maxIterations` times,
///    stopping early when a profile comes back (a cycle). A mixed stationary
///    equilibrium may be irrational (it solves polynomial equations in the values),
///    so the exact iterates can only approach it, their denominators doubling in
///    size: once a mixture's denominator passes `exactBits` bits, every mixture is
///    rounded to 10⁻⁹ (`rounded`) from then on, and the profile "repeats" when
///    the rounded choices do; the values stay exact for the rounded profile, and
///    step 4 states how far from an equilibrium it is.
/// 4. Verify: for each player who uses the equilibrium model, the largest gain from
///    a one-round deviation in any tail state's folded stage game (to a pure move,
///    against the other's play, trembles included; in a sequential stage, the
///    leader's and each of the follower's responses). Zero means σ is a stationary
///    subgame-perfect equilibrium of the tail (one-shot deviation principle); a gain
///    `g > 0` bounds what any deviation gains by `g/(1 − δ)` (an ε-equilibrium).
///
/// - Complexity: per iteration, one stage choice per node and a dense solve,
///   O(nodes³); `TailGraph.defaultNodeLimit` keeps that small.
enum StationaryTail {
  /// The bound on step 3's iterations.
  static let maxIterations = 64
  /// Past this many bits in a mixture's denominator, mixtures are rounded (step 3).
  static let exactBits = 128

  struct Result<T: LadderNumber> {
    var values: [[T]]
    var played: [StageStrategy<T>?]
    var intended: [StageStrategy<T>?]
    var report: TailReport
  }

  /// - Parameters:
  ///   - payoff: the stage payoffs of tail node `n` for `(i, j)` in the view solved.
  ///   - optimizes: which players use the equilibrium model (checked in step 4).
  ///   - choose: the played (trembled) and intended strategies at node `n` from the
  ///     folded matrices, as the dated rounds choose.
  static func solve<T: LadderNumber>(
    tail: TailGraph, delta: T, payoff: (Int, Int, Int) -> [T], optimizes: [Bool],
    choose: (Int, [[T]], [[T]]) throws -> (played: StageStrategy<T>, intended: StageStrategy<T>),
    shouldContinue: () -> Bool
  ) throws -> Result<T> {
    let count = tail.nodes.count
    // Step 1.
    var values = tail.nodes.map { $0.isTerminal ? $0.arrivalPayoffs.map(T.from) : [T.zero, T.zero] }
    func improve(_ values: [[T]]) throws -> ([StageStrategy<T>?], [StageStrategy<T>?]) {
      var played = [StageStrategy<T>?](repeating: nil, count: count), intended = played
      for n in 0..<count where !tail.nodes[n].isTerminal {
        guard shouldContinue() else { throw EscalationError.cancelled }
        let (a, b) = fold(tail, n, values, delta, payoff)
        (played[n], intended[n]) = try choose(n, a, b)
      }
      return (played, intended)
    }
    var rounding = false
    func bounded(_ choice: ([StageStrategy<T>?], [StageStrategy<T>?])) -> ([StageStrategy<T>?], [StageStrategy<T>?]) {
      if !rounding, T.self == Rational.self {
        rounding = choice.0.contains { s in
          guard let s else { return false }
          return ([s.leaderMixture] + s.followerMixtures).joined().contains { $0.rationalValue.denominator.bitWidth > exactBits }
        }
      }
      return rounding ? (choice.0.map { $0.map(rounded) }, choice.1.map { $0.map(rounded) }) : choice
    }
    var (played, intended) = bounded(try improve(values))
    var seen: Set<[StageStrategy<T>?]> = [played]
    var iterations = 0, repeated = false
    while iterations < maxIterations {
      iterations += 1
      // Step 2.
      values = evaluate(tail, delta: delta, payoff: payoff, played: played)
      // Step 3.
      let (next, nextIntended) = bounded(try improve(values))
      if same(next, played, tolerance: rounding ? 1e-8 : 1e-12) { repeated = true; break }
      if seen.contains(next) { break }
      seen.insert(next)
      (played, intended) = (next, nextIntended)
    }
    if !repeated { values = evaluate(tail, delta: delta, payoff: payoff, played: played) }
    // Step 4.
    var gain = T.zero
    for n in 0..<count where !tail.nodes[n].isTerminal {
      let (a, b) = fold(tail, n, values, delta, payoff)
      gain = max(gain, oneShotGain(a, b, played: played[n]!, intended: intended[n]!, optimizes: optimizes))
    }
    let exact = T.self == Rational.self
    let verified = exact ? gain == .zero : gain.doubleValue <= 1e-9
    let report = TailReport(nodes: count, iterations: iterations, repeated: repeated, rounded: rounding, verified: verified,
                            largestGain: gain.doubleValue, exactGain: exact ? gain.rationalValue : nil,
                            discount: delta.rationalValue, exact: exact)
    return Result(values: values, played: played, intended: intended, report: report)
  }

  /// The values of a fixed profile (step 2); also the truth under a combined profile
  /// when a player misperceives.
  static func evaluate<T: LadderNumber>(_ tail: TailGraph, delta: T, payoff: (Int, Int, Int) -> [T],
                                        played: [StageStrategy<T>?]) -> [[T]] {
    let live = tail.nodes.indices.filter { !tail.nodes[$0].isTerminal }
    var position = [Int](repeating: -1, count: tail.nodes.count)
    for (r, n) in live.enumerated() { position[n] = r }
    let m = live.count
    var matrix = [[T]](repeating: [T](repeating: .zero, count: m), count: m)
    var rhs = [[T]](repeating: [.zero, .zero], count: m)
    for (r, n) in live.enumerated() {
      matrix[r][r] = .one
      let node = tail.nodes[n], sigma = played[n]!
      for i in node.moves.indices {
        for j in node.moves[i].indices {
          let p = sigma.probability(row: i, column: j)
          if p == .zero { continue }
          let u = payoff(n, i, j)
          rhs[r][0] = rhs[r][0] + p * u[0]
          rhs[r][1] = rhs[r][1] + p * u[1]
          for s in node.moves[i][j].successors {
            let q = p * T.from(s.probability)
            let next = tail.nodes[s.next]
            if next.isTerminal {
              let v = next.arrivalPayoffs.map(T.from)
              rhs[r][0] = rhs[r][0] + delta * q * v[0]
              rhs[r][1] = rhs[r][1] + delta * q * v[1]
            } else {
              matrix[r][position[s.next]] = matrix[r][position[s.next]] - delta * q
            }
          }
        }
      }
    }
    let solution = solveLinear(&matrix, &rhs)
    var values = tail.nodes.map { $0.isTerminal ? $0.arrivalPayoffs.map(T.from) : [T.zero, T.zero] }
    for (r, n) in live.enumerated() { values[n] = solution[r] }
    return values
  }

  /// Gaussian elimination without pivoting (the matrix is strictly diagonally
  /// dominant), two right-hand sides; zeros are skipped, as the ladder is sparse.
  static func solveLinear<T: LadderNumber>(_ a: inout [[T]], _ b: inout [[T]]) -> [[T]] {
    let m = a.count
    for k in 0..<m {
      let pivot = a[k][k]
      for r in (k + 1)..<max(m, k + 1) where a[r][k] != .zero {
        let f = a[r][k] / pivot
        for c in k..<m where a[k][c] != .zero { a[r][c] = a[r][c] - f * a[k][c] }
        b[r][0] = b[r][0] - f * b[k][0]
        b[r][1] = b[r][1] - f * b[k][1]
      }
    }
    var x = [[T]](repeating: [.zero, .zero], count: m)
    for k in stride(from: m - 1, through: 0, by: -1) {
      var s0 = b[k][0], s1 = b[k][1]
      for c in (k + 1)..<max(m, k + 1) where a[k][c] != .zero {
        s0 = s0 - a[k][c] * x[c][0]
        s1 = s1 - a[k][c] * x[c][1]
      }
      x[k] = [s0 / a[k][k], s1 / a[k][k]]
    }
    return x
  }

  /// The stage game at tail node `n` with continuation values `values`.
  static func fold<T: LadderNumber>(_ tail: TailGraph, _ n: Int, _ values: [[T]], _ delta: T,
                                    _ payoff: (Int, Int, Int) -> [T]) -> ([[T]], [[T]]) {
    tail.nodes[n].foldedGame(delta: delta, payoff: { payoff(n, $0, $1) }, next: { values[$0] })
  }

  /// A mixture rounded to 10⁻⁹, still summing to 1 exactly: each entry but the
  /// largest to the nearest 10⁻⁹, the largest taking the rest.
  static func rounded<T: LadderNumber>(_ s: StageStrategy<T>) -> StageStrategy<T> {
    func round(_ m: [T]) -> [T] {
      guard let top = m.indices.max(by: { m[$0] < m[$1] }) else { return m }
      var out = m.map { T.from(Rational(approximating: $0.doubleValue)) }
      out[top] = .zero
      out[top] = out.reduce(T.one) { $0 - $1 }
      return out
    }
    return StageStrategy(leader: s.leader, isSequential: s.isSequential, leaderMixture: round(s.leaderMixture),
                         followerMixtures: s.followerMixtures.map(round))
  }

  /// Whether two profiles are the same: exactly, or to `tolerance` for `Double` and
  /// for rounded mixtures (a few grid steps of 10⁻⁹, as rounding can alternate).
  static func same<T: LadderNumber>(_ x: [StageStrategy<T>?], _ y: [StageStrategy<T>?], tolerance: Double) -> Bool {
    if T.self == Rational.self && tolerance < 1e-9 { return x == y }
    for (s, t) in zip(x, y) {
      guard let s, let t else { if (s == nil) != (t == nil) { return false }; continue }
      let a = [s.leaderMixture] + s.followerMixtures, b = [t.leaderMixture] + t.followerMixtures
      guard a.map(\.count) == b.map(\.count) else { return false }
      for (u, v) in zip(a, b) where zip(u, v).contains(where: { abs($0.doubleValue - $1.doubleValue) > tolerance }) {
        return false
      }
    }
    return true
  }
}
