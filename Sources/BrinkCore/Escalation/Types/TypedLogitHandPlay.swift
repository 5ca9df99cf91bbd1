/// A scenario with types played by hand against the logit agent QRE (`play as
/// PLAYER` when every player uses `logit`; `TypedHandPlay` is the perfect Bayesian
/// counterpart, whose steps this follows):
/// 1. Nature draws one type per player from the priors, and the first history
///    from the ladder's initial branches. The user is told its own type only.
/// 2. Each round the model's move is drawn from its type's logit mixture at the
///    public history reached (`TypedLogitSolution.History.mixture`); in a
///    sequential state the model, when it follows, answers the user's lead with its
///    type's reply to that lead, and when it leads, its move is drawn the same way
///    before the user answers.
/// 3. The public beliefs after the joint move are Bayes' rule on each side's part of
///    it under the logit strategies: exactly the next history's `beliefs` (logit play
///    reaches every history, so there is no off-path rule to apply). `likelihood`
///    keeps the factors, so the REPL can show the rule worked.
/// 4. The next history is drawn from the transition; a leaf (terminal state or the
///    horizon) ends the game.
///
/// The numbers are doubles (the solve's precision, `TypedLogitSolution.residual`).
/// Randomness is passed in: each draw takes its generator.
public struct TypedLogitHandPlay: Sendable {
  public let solution: TypedLogitSolution
  /// The player the user plays (0 or 1).
  public let human: Int
  /// The type profile nature drew: indices into `scenario.typeList(of: p)`.
  public let types: [Int]
  /// The history about to be played (`TypedLogitSolution.histories`).
  public private(set) var history: Int
  public private(set) var rounds: [Round] = []
  /// How many rounds had been played when the types were revealed, or nil.
  public var revealedAfter: Int?

  /// One round played.
  public struct Round: Sendable, Hashable {
    public var history: Int
    /// Both players' moves (indices in the state's move lists).
    public var moves: [Int]
    /// The public beliefs before and after the moves (`beliefs[p][θ]`).
    public var before: [[Double]]
    public var after: [[Double]]
    /// Each side's move's chance under its logit strategy, per type:
    /// `likelihood[p][θ]` (Bayes' rule's factors; a follower's given the lead).
    public var likelihood: [[Double]]
    /// The stage payoffs for the types drawn (hidden until the types are revealed).
    public var payoffs: [Rational]
  }

  /// The model's side.
  public var model: Int { 1 - human }

  /// Step 1: draws the types and the first history with `generator`.
  public init<G: RandomNumberGenerator>(solution: TypedLogitSolution, human: Int, using generator: inout G) {
    self.solution = solution
    self.human = human
    let s = solution.scenario
    types = (0..<2).map { p in Self.draw(s.typeList(of: p).map(\.prior.doubleValue), using: &generator) }
    history = solution.roots[Self.draw(solution.graph.initial.map(\.probability.doubleValue), using: &generator)]
  }

  /// Whether the game has ended (a terminal state or the horizon).
  public var isOver: Bool { solution.histories[history].children.isEmpty }

  /// The public beliefs now.
  public var beliefs: [[Double]] { solution.histories[history].beliefs }

  /// The ladder node of the current history (its state and tracked variables).
  public var ladderNode: LadderGraph.Node {
    solution.graph.rounds[solution.histories[history].round][solution.histories[history].ladderNode]
  }

  /// The scenario state of the current history.
  public var state: Int { ladderNode.node.state }

  /// Step 2: the model's move this round; nil once the game is over. When the model
  /// follows in a sequential state it answers `lead` (the user's move); otherwise
  /// `lead` is not read.
  public func modelMove<G: RandomNumberGenerator>(after lead: Int? = nil, using generator: inout G) -> Int? {
    let h = solution.histories[history]
    guard !h.children.isEmpty else { return nil }
    return Self.draw(h.mixture(model, type: types[model], lead: h.follower == model ? lead ?? 0 : 0), using: &generator)
  }

  /// Steps 3 and 4: plays `moves` (both players'), drawing the next history with `generator`.
  /// - Precondition: the game is not over and the moves are the state's.
  @discardableResult
  public mutating func play<G: RandomNumberGenerator>(_ moves: [Int], using generator: inout G) -> Round {
    let h = solution.histories[history]
    precondition(!h.children.isEmpty, "the game is over")
    let node = ladderNode
    let (i, j) = (moves[0], moves[1])
    let successors = node.moves[i][j].successors
    let next = h.children[i][j][Self.draw(successors.map(\.probability.doubleValue), using: &generator)]
    let payoffs = TypedPayoffs(scenario: solution.scenario).payoffs(node, i, j, types: types[0], types[1])
    let round = Round(history: history, moves: moves, before: h.beliefs, after: solution.histories[next].beliefs,
                      likelihood: (0..<2).map { h.likelihood($0, i, j) }, payoffs: payoffs)
    rounds.append(round)
    history = next
    return round
  }

  /// The payoffs of the rounds played, summed, and on arrival at a terminal state,
  /// for the types drawn.
  public var totals: [Rational] {
    var sum = rounds.reduce([Rational.zero, .zero]) { [$0[0] + $1.payoffs[0], $0[1] + $1.payoffs[1]] }
    if isOver, ladderNode.isTerminal { sum = [sum[0] + ladderNode.arrivalPayoffs[0], sum[1] + ladderNode.arrivalPayoffs[1]] }
    return sum
  }

  /// An index drawn with the chances `p` against one 53-bit uniform (as
  /// `TypedHandPlay.draw`); a zero chance is never drawn.
  static func draw<G: RandomNumberGenerator>(_ p: [Double], using generator: inout G) -> Int {
    let u = Double(generator.next() >> 11) * 0x1p-53
    var acc = 0.0
    for (k, x) in p.enumerated() where x > 0 {
      acc += x
      if u < acc { return k }
    }
    return p.lastIndex { $0 > 0 } ?? 0
  }
}
