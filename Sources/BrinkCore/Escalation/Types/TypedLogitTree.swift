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
///
/// In a sequential state (an `order:` state, the bargaining round of a `deal:`) the
/// leader's move is a public event within the round: the follower has one
/// information set per lead (as in the `.efg` export), so each (follower type,
/// lead) is its own agent with its own move payoffs (`replyOffsets`), answering at
/// the posterior about the leader that the lead implies
/// (`TypedLogitTree+Sequential.swift`).
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
    /// (nil for a one-move player: it plays its move, and for a sequential
    /// follower, whose agents are `replyOffsets`).
    var offsets: [[Int?]]
    /// The first mover of a sequential state (nil: simultaneous).
    var leader: Int? = nil
    /// A sequential follower's `[θ][lead]`: where the move payoffs of its type θ
    /// after that lead start in `u` (nil for a one-move follower).
    var replyOffsets: [[Int?]] = []
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
      if case .sequential(let first) = scenario.states[here.node.state].timing {
        histories[id].leader = first
        histories[id].replyOffsets = (0..<counts[1 - first]).map { _ in
          (0..<m[first]).map { _ in
            guard m[1 - first] > 1 else { return nil }
            defer { unknowns += m[1 - first] }
            return unknowns
          }
        }
      }
      for p in 0..<2 {
        for _ in 0..<counts[p] {
          if m[p] > 1 && p != histories[id].follower {
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
    /// For a sequential follower, `strategies[h][f][θ]` is a summary: its replies
    /// averaged over the leads, weighted by the leader's play and the beliefs.
    var strategies: [[[[Double]]]]
    var logStrategies: [[[[Double]]]]
    /// A sequential follower's `replies[h]![θ][lead][m]` and their logarithms (nil: simultaneous).
    var replies: [[[[Double]]]?]
    var logReplies: [[[[Double]]]?]
    /// `beliefs[h][p][θ]` at the start of history h's round, by Bayes' rule.
    var beliefs: [[[Double]]]
    /// `values[h][θ₀][θ₁][p]`: expected payoffs from h's round on.
    var values: [[[[Double]]]]
    /// The move payoffs, laid out as `u`.
    var payoffs: [Double]
  }

  /// The map whose fixed point is the agent QRE, for the λ of each player:
  /// 1. σ = softmax(λ_p · u) for every type-agent (a one-move agent plays its move);
  ///    a sequential follower's agents are one per (type, lead).
  /// 2. Forward, parents first: the beliefs by Bayes' rule on the strategies, in
  ///    logarithms (`log μ′(θ) = log μ(θ) + log σ(a | θ) − log Σ`), so a posterior
  ///    is defined even when a chance underflows to 0 in doubles.
  /// 3. Backward, children first: the payoff of joint move (i, j) to each type
  ///    profile, `w = stage + δ · Σ_s chance_s · value(child_s)`; the history's values
  ///    `Σ σ₀(i | θ₀) σ₁(j | θ₁) w`; each type-agent's payoff per move, averaged over
  ///    the other side's types by the belief and over its strategy (the formula of
  ///    `TypedSolution.agentPayoffs`). A sequential follower's agent after lead x
  ///    averages over the leader's types by the posterior x implies instead
  ///    (`replyPayoff`); the leader's, over the follower's replies to its move.
  func respond(_ u: [Double], lambda: [Double]) -> Profile {
    let h = histories.count
    var strategies = [[[[Double]]]](repeating: [], count: h), logs = strategies
    var replies = [[[[Double]]]?](repeating: nil, count: h), logReplies = replies
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
          let x = Self.logSoftmax((0..<node.moves[p]).map { lambda[p] * u[o + $0] })
          lp.append(x)
          sp.append(x.map { exp($0) })
        }
        s.append(sp)
        l.append(lp)
      }
      strategies[id] = s
      logs[id] = l
      if let f = node.follower {
        let r = node.replyOffsets.map { $0.map { o in
          o.map { o in Self.logSoftmax((0..<node.moves[f]).map { lambda[f] * u[o + $0] }) } ?? [0]
        } }
        logReplies[id] = r
        replies[id] = r.map { $0.map { $0.map { exp($0) } } }
      }
    }
    // Step 2 (log beliefs first, normalised to chances below).
    for id in histories.indices where !histories[id].children.isEmpty {
      let b = beliefs[id], node = histories[id]
      for (i, row) in node.children.enumerated() {
        for (j, kids) in row.enumerated() {
          let post = (0..<2).map { p in
            Self.logPosterior(b[p], (0..<typeCounts[p]).map { node.logChance(p, $0, i, j, logs[id], logReplies[id]) })
          }
          for child in kids { beliefs[child] = post }
        }
      }
    }
    let logBeliefs = beliefs
    beliefs = beliefs.map { $0.map { $0.map { exp($0) } } }
    for id in histories.indices {
      if let f = histories[id].follower, let r = replies[id] {
        strategies[id][f] = histories[id].summary(r, leader: strategies[id][1 - f], beliefs: beliefs[id][1 - f])
      }
    }
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
      let sigma = strategies[id], rho = replies[id], b = beliefs[id]
      func chance(_ p: Int, _ theta: Int, _ i: Int, _ j: Int) -> Double {
        if p == node.follower, let rho { return rho[theta][node.lead(i, j)][p == 0 ? i : j] }
        return sigma[p][theta][p == 0 ? i : j]
      }
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
              let q = chance(0, a, i, j) * chance(1, c, i, j)
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
                sum += b[q][other] * chance(q, other, i, j) * w[i][j][a][c][p]
              }
            }
            payoffs[o + move] = sum
          }
        }
      }
      if let f = node.follower {
        let l = 1 - f
        for x in 0..<node.moves[l] {
          let post = Self.logPosterior(logBeliefs[id][l], logs[id][l].map { $0[x] }).map { exp($0) }
          for theta in 0..<typeCounts[f] {
            guard let o = node.replyOffsets[theta][x] else { continue }
            for y in 0..<node.moves[f] {
              payoffs[o + y] = node.replyPayoff(w, follower: f, type: theta, lead: x, reply: y, posterior: post)
            }
          }
        }
      }
    }
    return Profile(strategies: strategies, logStrategies: logs, replies: replies, logReplies: logReplies,
                   beliefs: beliefs, values: values, payoffs: payoffs)
  }

  /// Bayes' rule in logarithms: `log μ + log ℓ`, normalised.
  static func logPosterior(_ logPrior: [Double], _ logLikelihood: [Double]) -> [Double] {
    let joint = zip(logPrior, logLikelihood).map { $0 + $1 }
    let top = joint.max()!
    let lse = top + log(joint.reduce(0) { $0 + exp($1 - top) })
    return joint.map { $0 - lse }
  }
}
