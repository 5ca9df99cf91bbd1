#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A scenario with types unrolled into its tree of *public histories* (round,
/// ladder node, the joint moves and chance branches so far), in doubles, and the one
/// map the logit agent QRE is a fixed point of (`respond`). Read by `TypedLogitSolver`.
///
/// Unlike the PBE's tree (`TypedSolution`), histories are never merged: under logit
/// play the beliefs after different histories differ, so each history is its own
/// information set for each type-agent (McKelvey and Palfrey 1998's agent form).
///
/// The unknowns are the type-agents' *move payoffs* `u`: for each history, player
/// `p` with more than one move, type θ and move m, one entry `u[offset + m]`. The
/// strategies are `σ = softmax(λ_p · u)`, so every vector `u` gives a valid profile
/// with every move played with positive probability, and the fixed point is
/// `u = respond(u)`.
struct TypedLogitTree: Sendable {
  struct History: Sendable {
    var round: Int
    var ladderNode: Int
    /// `children[i][j][s]`: the history after joint move (i, j) and successor s;
    /// empty at a leaf (terminal state or the horizon).
    var children: [[[Int]]]
    /// `moves[p]`: the number of moves player p has here (0 at a leaf).
    var moves: [Int]
    /// `offsets[p][θ]`: where type θ of player p's move payoffs start in `u`
    /// (nil for a one-move player: it plays its move).
    var offsets: [[Int?]]
    /// `stage[i][j][θ₀][θ₁][p]`: the stage payoffs of joint move (i, j) by type profile (`TypedPayoffs`).
    var stage: [[[[[Double]]]]]
    /// `branches[i][j][s]`: the chance of successor s.
    var branches: [[[Double]]]
    /// At a leaf: the arrival payoffs (the same for every type profile).
    var arrival: [Double]
  }

  /// Preorder: a parent before its children.
  var histories: [History]
  /// `histories[roots[k]]` follows `graph.initial[k]`, which has chance `rootChances[k]`.
  var roots: [Int]
  var rootChances: [Double]
  var typeCounts: [Int]
  /// `logPrior[p][θ]`.
  var logPrior: [[Double]]
  var delta: Double
  /// The length of `u`.
  var unknowns: Int

  init(scenario: EscalationScenario, graph: LadderGraph, historyLimit: Int) throws {
    let payoffs = TypedPayoffs(scenario: scenario)
    typeCounts = (0..<2).map { scenario.typeList(of: $0).count }
    logPrior = (0..<2).map { scenario.typeList(of: $0).map { log($0.prior.doubleValue) } }
    delta = scenario.discount.doubleValue
    rootChances = graph.initial.map(\.probability.doubleValue)
    histories = []
    unknowns = 0
    roots = []
    let counts = typeCounts
    func build(_ t: Int, _ n: Int) throws -> Int {
      guard histories.count < historyLimit else { throw EscalationError.tooManyNodes(limit: historyLimit) }
      let here = graph.rounds[t][n]
      let id = histories.count
      histories.append(History(round: t, ladderNode: n, children: [], moves: [0, 0], offsets: [[], []], stage: [],
                               branches: [], arrival: here.arrivalPayoffs.map(\.doubleValue)))
      guard !here.isTerminal, t < graph.horizon else { return id }
      let m = [here.moves.count, here.moves[0].count]
      var offsets: [[Int?]] = [[], []]
      for p in 0..<2 {
        for _ in 0..<counts[p] {
          if m[p] > 1 {
            offsets[p].append(unknowns)
            unknowns += m[p]
          } else {
            offsets[p].append(nil)
          }
        }
      }
      histories[id].moves = m
      histories[id].offsets = offsets
      histories[id].stage = (0..<m[0]).map { i in
        (0..<m[1]).map { j in
          (0..<counts[0]).map { a in (0..<counts[1]).map { c in payoffs.payoffs(here, i, j, types: a, c).map(\.doubleValue) } }
        }
      }
      histories[id].branches = here.moves.map { $0.map { $0.successors.map(\.probability.doubleValue) } }
      var children = [[[Int]]]()
      for i in 0..<m[0] {
        var row = [[Int]]()
        for j in 0..<m[1] { row.append(try here.moves[i][j].successors.map { try build(t + 1, $0.next) }) }
        children.append(row)
      }
      histories[id].children = children
      return id
    }
    roots = try graph.initial.map { try build(0, $0.next) }
  }

  /// Everything `u` implies: the strategies, the beliefs, the values, and the move
  /// payoffs the strategies earn (`payoffs`, the right-hand side of `u = respond(u)`).
  struct Profile: Sendable {
    /// `strategies[h][p][θ][m]` and their logarithms (exact even where a chance underflows).
    var strategies: [[[[Double]]]]
    var logStrategies: [[[[Double]]]]
    /// `beliefs[h][p][θ]` at the start of history h's round, by Bayes' rule.
    var beliefs: [[[Double]]]
    /// `values[h][θ₀][θ₁][p]`: expected payoffs from h's round on.
    var values: [[[[Double]]]]
    /// The move payoffs, laid out as `u`.
    var payoffs: [Double]
  }

  /// The map whose fixed point is the agent QRE, for the λ of each player:
  /// 1. σ = softmax(λ_p · u) for every type-agent (a one-move agent plays its move).
  /// 2. Forward, parents first: the beliefs by Bayes' rule on the strategies, in
  ///    logarithms (`log μ′(θ) = log μ(θ) + log σ(a | θ) − log Σ`), so a posterior
  ///    is defined even when a chance underflows to 0 in doubles.
  /// 3. Backward, children first: the payoff of joint move (i, j) to each type
  ///    profile, `w = stage + δ · Σ_s chance_s · value(child_s)`; the history's values
  ///    `Σ σ₀(i | θ₀) σ₁(j | θ₁) w`; each type-agent's payoff per move, averaged over
  ///    the other side's types by the belief and over its strategy (the formula of
  ///    `TypedSolution.agentPayoffs`).
  func respond(_ u: [Double], lambda: [Double]) -> Profile {
    let h = histories.count
    var strategies = [[[[Double]]]](repeating: [], count: h), logs = strategies
    var beliefs = [[[Double]]](repeating: logPrior, count: h)
    // Step 1.
    for (id, node) in histories.enumerated() where !node.children.isEmpty {
      var s = [[[Double]]](), l = [[[Double]]]()
      for p in 0..<2 {
        var sp = [[Double]](), lp = [[Double]]()
        for theta in 0..<typeCounts[p] {
          guard let o = node.offsets[p][theta] else {
            sp.append([1])
            lp.append([0])
            continue
          }
          let x = (0..<node.moves[p]).map { lambda[p] * u[o + $0] }
          let top = x.max()!
          let lse = top + log(x.reduce(0) { $0 + exp($1 - top) })
          lp.append(x.map { $0 - lse })
          sp.append(x.map { exp($0 - lse) })
        }
        s.append(sp)
        l.append(lp)
      }
      strategies[id] = s
      logs[id] = l
    }
    // Step 2 (log beliefs first, normalised to chances below).
    for id in histories.indices where !histories[id].children.isEmpty {
      let b = beliefs[id], l = logs[id]
      for (i, row) in histories[id].children.enumerated() {
        for (j, kids) in row.enumerated() {
          let post = [Self.logPosterior(b[0], l[0].map { $0[i] }), Self.logPosterior(b[1], l[1].map { $0[j] })]
          for child in kids { beliefs[child] = post }
        }
      }
    }
    beliefs = beliefs.map { $0.map { $0.map { exp($0) } } }
    // Step 3.
    let zero = (0..<typeCounts[0]).map { _ in (0..<typeCounts[1]).map { _ in [0.0, 0.0] } }
    var values = [[[[Double]]]](repeating: zero, count: h)
    var payoffs = [Double](repeating: 0, count: unknowns)
    for id in histories.indices.reversed() {
      let node = histories[id]
      guard !node.children.isEmpty else {
        values[id] = zero.map { $0.map { _ in node.arrival } }
        continue
      }
      let sigma = strategies[id], b = beliefs[id]
      var w = node.stage
      for i in 0..<node.moves[0] {
        for j in 0..<node.moves[1] {
          for (s, child) in node.children[i][j].enumerated() {
            let f = delta * node.branches[i][j][s]
            for a in 0..<typeCounts[0] {
              for c in 0..<typeCounts[1] { for p in 0..<2 { w[i][j][a][c][p] += f * values[child][a][c][p] } }
            }
          }
        }
      }
      for a in 0..<typeCounts[0] {
        for c in 0..<typeCounts[1] {
          var v = [0.0, 0.0]
          for i in 0..<node.moves[0] {
            for j in 0..<node.moves[1] {
              let q = sigma[0][a][i] * sigma[1][c][j]
              for p in 0..<2 { v[p] += q * w[i][j][a][c][p] }
            }
          }
          values[id][a][c] = v
        }
      }
      for p in 0..<2 {
        let q = 1 - p
        for theta in 0..<typeCounts[p] {
          guard let o = node.offsets[p][theta] else { continue }
          for move in 0..<node.moves[p] {
            var sum = 0.0
            for other in 0..<typeCounts[q] {
              for r in 0..<node.moves[q] {
                let (i, j, a, c) = p == 0 ? (move, r, theta, other) : (r, move, other, theta)
                sum += b[q][other] * sigma[q][other][r] * w[i][j][a][c][p]
              }
            }
            payoffs[o + move] = sum
          }
        }
      }
    }
    return Profile(strategies: strategies, logStrategies: logs, beliefs: beliefs, values: values, payoffs: payoffs)
  }

  /// Bayes' rule in logarithms: `log μ + log ℓ`, normalised.
  static func logPosterior(_ logPrior: [Double], _ logLikelihood: [Double]) -> [Double] {
    let joint = zip(logPrior, logLikelihood).map { $0 + $1 }
    let top = joint.max()!
    let lse = top + log(joint.reduce(0) { $0 + exp($1 - top) })
    return joint.map { $0 - lse }
  }
}
