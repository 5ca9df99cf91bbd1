/// A scenario with types played by hand (`play as PLAYER` in the REPL, issue 14):
/// the user plays one side, the model the other, by the perfect Bayesian
/// equilibrium (`TypedSolver`), and the types stay hidden.
///
/// Steps:
/// 1. Nature draws one type per player from the priors (a player without types has
///    one), and the first node from the ladder's initial branches. The user is told
///    its own side's type only; the other's stays hidden until `reveal`.
/// 2. Each round, the model's move is drawn from its type's strategy in the played
///    equilibrium at the current node; it is drawn before, and whatever, the user's
///    move (the round is simultaneous), so the same generator gives the same move.
///    In a sequential state the model, when it follows, answers the user's move
///    (its type's reply to that lead); when it leads, its move is drawn the same
///    way and the REPL shows it before the user answers.
/// 3. After the joint move the public beliefs are updated by Bayes' rule on each
///    side's move under the equilibrium's type strategies (kept off the path;
///    `TypeBeliefs`, `TypedSolution.posterior`): `beliefs[p]` is what the other side
///    now believes about `p`'s type, so the model's side holds `beliefs[human]` and
///    the user's side should hold `beliefs[model]` (the beliefs are public: both saw
///    the same moves and know the strategies).
/// 4. The next node is drawn from the transition and followed in the solution; a
///    node without a played stage (terminal, or the horizon) ends the game.
///
/// The round's payoffs depend on the hidden types (`PlayerType.payoffs`), so they
/// are kept here and shown only once the types are revealed (showing them earlier
/// would reveal a type: the Challenger pressed by a resolved Defender gets -2, by an
/// irresolute one 1, in `Scenarios/bluff-ladder.yaml`).
///
/// Randomness is passed in: each draw takes its generator, which the REPL derives
/// from the session's seed and the round, so a seed reproduces a game.
public struct TypedHandPlay: Sendable {
  public let solution: TypedSolution
  /// The player the user plays (0 or 1).
  public let human: Int
  /// The type profile nature drew: indices into `scenario.typeList(of: p)`.
  public let types: [Int]
  /// The solution node about to be played (`TypedSolution.nodes`).
  public private(set) var node: Int
  public private(set) var rounds: [Round] = []
  /// How many rounds had been played when the types were revealed, or nil.
  public var revealedAfter: Int?

  /// One round played.
  public struct Round: Sendable, Hashable {
    /// The solution node it was played at.
    public var node: Int
    /// Both players' moves (indices in the state's move lists).
    public var moves: [Int]
    /// The public beliefs before and after the moves (`beliefs[p][θ]`).
    public var before: [[Rational]]
    public var after: [[Rational]]
    /// Each move's chance under the equilibrium, per type: `likelihood[p][θ]` (the
    /// factors of Bayes' rule).
    public var likelihood: [[Rational]]
    /// The stage payoffs for the types drawn (hidden until the types are revealed).
    public var payoffs: [Rational]
  }

  /// The model's side.
  public var model: Int { 1 - human }

  /// Step 1: draws the types and the first node with `generator`.
  public init<G: RandomNumberGenerator>(solution: TypedSolution, human: Int, using generator: inout G) {
    self.solution = solution
    self.human = human
    let s = solution.scenario
    types = (0..<2).map { p in Self.draw(s.typeList(of: p).map(\.prior), using: &generator) }
    node = solution.roots[Self.draw(solution.graph.initial.map(\.probability), using: &generator)]
  }

  /// Whether the game has ended (a terminal state or the horizon).
  public var isOver: Bool { solution.nodes[node].played == nil }

  /// The public beliefs now.
  public var beliefs: [[Rational]] { solution.nodes[node].beliefs }

  /// The scenario state of the current node.
  public var state: Int { ladderNode.node.state }

  /// The ladder node of the current node (its state and tracked variables).
  public var ladderNode: LadderGraph.Node {
    solution.graph.rounds[solution.nodes[node].round][solution.nodes[node].ladderNode]
  }

  /// Step 2: the model's move this round; nil once the game is over. When the model
  /// follows in a sequential state, it answers the user's move `lead` (its reply to
  /// that lead in the equilibrium); otherwise `lead` is not read.
  public func modelMove<G: RandomNumberGenerator>(after lead: Int? = nil, using generator: inout G) -> Int? {
    guard let e = solution.nodes[node].played else { return nil }
    if e.follower == model, let lead { return Self.draw(e.played(model, type: types[model], lead: lead), using: &generator) }
    return Self.draw(e.playedStrategies[model][types[model]], using: &generator)
  }

  /// Steps 3 and 4: plays `moves` (both players'), drawing the next node with `generator`.
  /// - Precondition: the game is not over and the moves are the state's.
  @discardableResult
  public mutating func play<G: RandomNumberGenerator>(_ moves: [Int], using generator: inout G) -> Round {
    let here = solution.nodes[node]
    guard let e = here.played else { preconditionFailure("the game is over") }
    let graphNode = ladderNode
    let after = solution.posteriors(at: node, moves: moves)
    let likelihood = (0..<2).map { e.likelihood($0, moves[0], moves[1]) }
    let payoffs = TypedPayoffs(scenario: solution.scenario).payoffs(graphNode, moves[0], moves[1], types: types[0], types[1])
    let round = Round(node: node, moves: moves, before: here.beliefs, after: after, likelihood: likelihood, payoffs: payoffs)
    rounds.append(round)
    let successors = graphNode.moves[moves[0]][moves[1]].successors
    node = e.children[moves[0]][moves[1]][Self.draw(successors.map(\.probability), using: &generator)]
    return round
  }

  /// The payoffs of the rounds played, summed, and on arrival at a terminal state
  /// (`LadderGraph.Node.arrivalPayoffs`), for the types drawn.
  public var totals: [Rational] {
    var sum = rounds.reduce([Rational.zero, .zero]) { [$0[0] + $1.payoffs[0], $0[1] + $1.payoffs[1]] }
    if isOver, ladderNode.isTerminal { sum = [sum[0] + ladderNode.arrivalPayoffs[0], sum[1] + ladderNode.arrivalPayoffs[1]] }
    return sum
  }

  /// An index drawn with the exact probabilities `p` (summing to 1), read as doubles
  /// against one 53-bit uniform; an entry of probability 0 is never drawn.
  static func draw<G: RandomNumberGenerator>(_ p: [Rational], using generator: inout G) -> Int {
    let u = Double(generator.next() >> 11) * 0x1p-53
    var acc = 0.0
    for (k, x) in p.enumerated() where x != .zero {
      acc += x.doubleValue
      if u < acc { return k }
    }
    return p.lastIndex { $0 != .zero } ?? 0
  }
}
