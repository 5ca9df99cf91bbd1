/// The logit agent QRE of a scenario with types (`TypedLogitSolver`), history by
/// history, in doubles, with the precision reached.
///
/// Postconditions: every strategy is a softmax (each move's chance is positive,
/// though it may round to 0 when printed); `beliefs` are Bayes' rule on the
/// strategies of the history's ancestors exactly as `TypedLogitTree.respond`
/// computes them; `residual` < `tolerance` (else the solve threw).
public struct TypedLogitSolution: Sendable {
  /// One public history.
  public struct History: Sendable {
    public var round: Int
    /// Index into `graph.rounds[round]`.
    public var ladderNode: Int
    /// `children[i][j][s]`: the history after joint move (i, j) and successor s (empty at a leaf).
    public var children: [[[Int]]]
    /// `beliefs[p][θ]` at the start of the round.
    public var beliefs: [[Double]]
    /// `strategies[p][θ][m]` (empty at a leaf).
    public var strategies: [[[Double]]]
    /// `values[θ₀][θ₁][p]` from this round on.
    public var values: [[[Double]]]
    /// `agentPayoffs[p][θ][m]`: type θ of player p's expected payoff from move m
    /// (what its logit response reads); empty for a player with one move and for
    /// a sequential follower (its agents answer each lead: `replyPayoffs`).
    public var agentPayoffs: [[[Double]]]
    /// The first mover of a sequential state (nil: simultaneous). Its follower's
    /// `strategies[f][θ]` are then its chances before it sees the lead (its replies
    /// averaged over the leader's play at `beliefs`), a summary for reports.
    public var leader: Int?
    /// A sequential follower's `replies[θ][lead][m]` (nil: simultaneous).
    public var replies: [[[Double]]]?
    /// A sequential follower's `replyPayoffs[θ][lead][m]`: type θ's expected payoff
    /// from move m after the lead, at the posterior about the leader the lead
    /// implies (empty rows for a follower with one move).
    public var replyPayoffs: [[[Double]]]?
  }

  public var scenario: EscalationScenario
  public var graph: LadderGraph
  /// Each player's λ.
  public var lambdas: [Double]
  /// Preorder (a parent before its children); `histories[roots[k]]` follows `graph.initial[k]`.
  public var histories: [History]
  public var roots: [Int]
  /// max |σ − logit(λU(σ))| at the answer: the most one more logit response would
  /// move any probability.
  public var residual: Double
  /// max |Δσ| of the last Newton step (an estimate of the error before that step).
  public var lastStep: Double
  public var tolerance: Double
  /// Newton iterations over the whole path (corrector and final), and the
  /// continuation's arclength steps.
  public var newtonIterations: Int
  public var lambdaSteps: Int
  /// The number of unknowns (type-agent moves) solved for.
  public var unknowns: Int

  init(scenario: EscalationScenario, graph: LadderGraph, tree: TypedLogitTree, lambdas: [Double], payoffs: [Double],
       profile: TypedLogitTree.Profile, residual: Double, lastStep: Double, tolerance: Double,
       newtonIterations: Int, lambdaSteps: Int) {
    self.scenario = scenario
    self.graph = graph
    self.lambdas = lambdas
    self.roots = tree.roots
    self.residual = residual
    self.lastStep = lastStep
    self.tolerance = tolerance
    self.newtonIterations = newtonIterations
    self.lambdaSteps = lambdaSteps
    self.unknowns = tree.unknowns
    histories = tree.histories.enumerated().map { id, node in
      let agent = (0..<2).map { p in
        node.offsets[p].map { o in o.map { Array(payoffs[$0..<($0 + node.moves[p])]) } ?? [] }
      }
      let replyPayoffs = node.follower.map { f in
        node.replyOffsets.map { $0.map { o in o.map { Array(payoffs[$0..<($0 + node.moves[f])]) } ?? [] } }
      }
      return History(round: node.round, ladderNode: node.ladderNode, children: node.children,
                     beliefs: profile.beliefs[id], strategies: profile.strategies[id],
                     values: profile.values[id], agentPayoffs: agent, leader: node.leader,
                     replies: profile.replies[id], replyPayoffs: replyPayoffs)
    }
  }

  /// The chance of reaching each history, `[id][θ₀][θ₁]`, given the types.
  public func reachByType() -> [[[Double]]] {
    let n0 = scenario.typeList(of: 0).count, n1 = scenario.typeList(of: 1).count
    let zero = [[Double]](repeating: [Double](repeating: 0, count: n1), count: n0)
    var reach = [[[Double]]](repeating: zero, count: histories.count)
    for (k, b) in graph.initial.enumerated() {
      for a in 0..<n0 { for c in 0..<n1 { reach[roots[k]][a][c] += b.probability.doubleValue } }
    }
    for (id, h) in histories.enumerated() where !h.children.isEmpty {
      let here = graph.rounds[h.round][h.ladderNode]
      for i in h.children.indices {
        for j in h.children[i].indices {
          for (s, branch) in here.moves[i][j].successors.enumerated() {
            let child = h.children[i][j][s]
            for a in 0..<n0 {
              for c in 0..<n1 {
                reach[child][a][c] += reach[id][a][c] * h.chance(i, j, types: a, c) * branch.probability.doubleValue
              }
            }
          }
        }
      }
    }
    return reach
  }

  /// Where paths end, by type profile: `[θ₀][θ₁][state]`.
  public func endStatesByType() -> [[[Double]]] {
    let reach = reachByType()
    let n0 = scenario.typeList(of: 0).count, n1 = scenario.typeList(of: 1).count
    var out = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: 0, count: scenario.states.count), count: n1),
                           count: n0)
    for (id, h) in histories.enumerated() where h.children.isEmpty {
      let state = graph.rounds[h.round][h.ladderNode].node.state
      for a in 0..<n0 { for c in 0..<n1 { out[a][c][state] += reach[id][a][c] } }
    }
    return out
  }

  /// Expected values before the types are drawn, per type profile: `[θ₀][θ₁][p]`.
  public var rootValues: [[[Double]]] {
    let n0 = scenario.typeList(of: 0).count, n1 = scenario.typeList(of: 1).count
    var v = [[[Double]]](repeating: [[Double]](repeating: [0, 0], count: n1), count: n0)
    for (k, b) in graph.initial.enumerated() {
      for a in 0..<n0 {
        for c in 0..<n1 { for p in 0..<2 { v[a][c][p] += b.probability.doubleValue * histories[roots[k]].values[a][c][p] } }
      }
    }
    return v
  }

  /// The state a history is in.
  public func state(of id: Int) -> EscalationState {
    scenario.states[graph.rounds[histories[id].round][histories[id].ladderNode].node.state]
  }
}
