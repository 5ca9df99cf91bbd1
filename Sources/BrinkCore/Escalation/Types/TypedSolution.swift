/// The perfect Bayesian equilibrium of a scenario with types (`TypedSolver`): a tree
/// of nodes, one per (round, ladder node, public beliefs) that play reaches, each
/// holding the stage's equilibria among the *type-agents* and the one played.
///
/// `nodes[roots[k]]` is the node reached by `graph.initial[k]`. A node's `children`
/// say which node follows each joint move and successor, so a path of play is read
/// by following ids (the same (round, node, beliefs) usually shares one node; a
/// semi-separating equilibrium gets its own child, the one whose mixture keeps the
/// mixing type indifferent).
public struct TypedSolution: Sendable {
  public var scenario: EscalationScenario
  public var graph: LadderGraph
  public var nodes: [TypedNode]
  public var roots: [Int]

  /// The node's type names per player ("" for a player without types).
  public func typeNames(of p: Int) -> [String] { scenario.typeList(of: p).map(\.name) }

  /// Expected values before the types are drawn, per type profile: `values[θ₀][θ₁]`.
  public var rootValues: [[[Rational]]] {
    let n0 = scenario.typeList(of: 0).count, n1 = scenario.typeList(of: 1).count
    var v = [[[Rational]]](repeating: [[Rational]](repeating: [.zero, .zero], count: n1), count: n0)
    for (k, b) in graph.initial.enumerated() {
      for a in 0..<n0 { for c in 0..<n1 { for p in 0..<2 { v[a][c][p] += b.probability * nodes[roots[k]].values[a][c][p] } } }
    }
    return v
  }
}

/// One node of the typed solution.
public struct TypedNode: Sendable {
  public var round: Int
  /// Index into `graph.rounds[round]`.
  public var ladderNode: Int
  /// Public beliefs at the start of the round: `beliefs[p][θ]` (`TypeBeliefs`).
  public var beliefs: [[Rational]]
  /// The stage's perfect Bayesian equilibria found (empty at a terminal node or the horizon).
  public var equilibria: [TypedStageEquilibrium]
  /// Which equilibrium each player's selection rule picks (`nil`: no stage).
  public var selected: [Int?]
  /// What is played: each player's part of the equilibrium it selected.
  public var played: TypedStageEquilibrium?
  /// `values[θ₀][θ₁]`: both players' expected payoffs from this round on, by type profile.
  public var values: [[[Rational]]]
  /// Why the selected equilibrium, in words (`TypedSelection`).
  public var reason: String
}

/// One stage equilibrium among the type-agents, with its continuation.
public struct TypedStageEquilibrium: Sendable {
  /// `strategies[p][θ]`: type θ of player p's mixture over its moves in this state,
  /// as it intends it.
  public var strategies: [[[Rational]]]
  /// What type θ of player p plays: `strategies` with p's tremble ε,
  /// `(1 − ε)·x + ε/n` (Selten 1975); the same as `strategies` without trembles.
  /// Paths, beliefs, simulation and replay follow this.
  public var playedStrategies: [[[Rational]]]
  /// `children[i][j][s]`: the node after joint move (i, j) and its `s`-th successor.
  public var children: [[[Int]]]
  /// `values[θ₀][θ₁]`, as in `TypedNode`.
  public var values: [[[Rational]]]
  /// Pooling, separating, semi-separating or a complete-information stage.
  public var shape: TypedShape
  /// A sequential state's first mover (nil: a simultaneous state). The follower
  /// sees the lead before it moves, so its type-agents answer each lead:
  /// `replies[θ][x]` (intended) and `playedReplies[θ][x]` (trembled) are type θ's
  /// mixtures after the leader's move x, and `strategies[follower][θ]` is only a
  /// summary (see `TypedStageEquilibrium+Sequential.swift`).
  public var leader: Int? = nil
  public var replies: [[[Rational]]]? = nil
  public var playedReplies: [[[Rational]]]? = nil

  /// Whether every type-agent plays a pure move (in a sequential state, every
  /// follower type after every lead).
  public var isPure: Bool {
    (0..<2).allSatisfy { p in
      if let leader, p != leader, let replies { return replies.allSatisfy { $0.allSatisfy { $0.contains(.one) } } }
      return strategies[p].allSatisfy { $0.contains(.one) }
    }
  }
}

/// How the types of the player(s) with private information behave at a stage
/// (Fudenberg and Tirole 1991, §8.2): all alike, all apart, or some mixing.
public enum TypedShape: String, Sendable, Hashable {
  /// Every type the belief allows plays the same pure move: the move reveals nothing.
  case pooling
  /// Different types play different pure moves: the move reveals something.
  case separating
  /// Some type mixes: a move shared with another type is a partial signal (a bluff).
  case semiSeparating = "semi-separating"
  /// Beliefs are certain: a game of complete information (solved as the untyped ladder's stage).
  case completeInformation = "complete information"
}
