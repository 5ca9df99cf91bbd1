/// The plain, nested pieces a `CompiledLadder` is built from.
///
/// Everything here is a value made of arrays, integers and `Double`s, so that the
/// compile step (solved scenario → ladder) can fill it with ordinary loops. Indices
/// are 0-based: states index `CompiledLadder.init(states:…)`'s array, moves index a
/// state's `moves[player]`, variables index `variables`.
extension CompiledLadder {

  /// One state (rung) of the ladder.
  public struct State: Sendable, Codable, Equatable {
    public var name: String
    /// A terminal state ends a path as soon as it is reached.
    public var isTerminal: Bool
    /// Move names per player: `moves[0]` for player 0, `moves[1]` for player 1.
    /// A terminal state may have no moves. A non-terminal state needs at least one
    /// move for each player.
    public var moves: [[String]]
    /// Which moves read as "escalate" (versus "hold") for the history-dependent
    /// strategies: `escalates[player][move]`. Empty means no move escalates.
    public var escalates: [[Bool]]
    /// One outcome per joint move, the first player's move varying fastest
    /// (as in `StrategicGame` and Gambit's `.nfg`): index `a + b * moves[0].count`.
    /// Empty for a terminal state.
    public var outcomes: [Outcome]
    /// Payoff `[player0, player1]` received once, on arriving in this terminal
    /// state (discounted like the round of arrival). Ignored for non-terminal states.
    public var terminalPayoffs: [Double]
    /// Payoff `[player0, player1]` received in every round a path rests in this
    /// terminal state, to the horizon (or forever, with `flowsForever`): on
    /// absorption at round `t` the path earns `flowAnnuity[t] · terminalFlows[p]`
    /// (Horizon/TerminalFlow.swift). `nil`: none.
    public var terminalFlows: [Double]?
    /// Payoff `[player0, player1]`, discounted to the horizon, of a path that plays
    /// every round and ends here, not terminal: the value of the stationary tail
    /// from here (`StationaryTail`), earned as `δ^rounds · horizonValues[p]`.
    /// `nil`: none (the game ends with the calendar).
    public var horizonValues: [Double]?

    public init(
      name: String, isTerminal: Bool = false, moves: [[String]] = [[], []],
      escalates: [[Bool]] = [], outcomes: [Outcome] = [], terminalPayoffs: [Double] = [0, 0],
      terminalFlows: [Double]? = nil, horizonValues: [Double]? = nil
    ) {
      self.terminalFlows = terminalFlows
      self.horizonValues = horizonValues
      self.name = name
      self.isTerminal = isTerminal
      self.moves = moves
      self.escalates = escalates
      self.outcomes = outcomes
      self.terminalPayoffs = terminalPayoffs
    }
  }

  /// What one joint move in one state does.
  public struct Outcome: Sendable, Codable, Equatable {
    /// Stage payoffs `[player0, player1]` for this round (before discounting).
    public var payoffs: [Double]
    /// Where the path goes next; probabilities must sum to 1 (within 1e-9).
    /// Entries with probability 0 are allowed and never taken.
    public var transitions: [Transition]
    /// Applied in order, after the payoffs of the round are counted.
    public var variableChanges: [VariableChange]

    public init(payoffs: [Double], transitions: [Transition], variableChanges: [VariableChange] = []) {
      self.payoffs = payoffs
      self.transitions = transitions
      self.variableChanges = variableChanges
    }

    /// A deterministic move to `state`.
    public init(payoffs: [Double], to state: Int, variableChanges: [VariableChange] = []) {
      self.init(payoffs: payoffs, transitions: [Transition(to: state, probability: 1)], variableChanges: variableChanges)
    }
  }

  public struct Transition: Sendable, Codable, Equatable {
    public var to: Int
    public var probability: Double
    public init(to: Int, probability: Double) {
      self.to = to
      self.probability = probability
    }
  }

  /// `set` replaces a variable's value, `add` adds to it.
  public struct VariableChange: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case set, add }
    public var variable: Int
    public var kind: Kind
    public var amount: Double
    public init(variable: Int, kind: Kind, amount: Double) {
      self.variable = variable
      self.kind = kind
      self.amount = amount
    }
    public static func set(_ variable: Int, to amount: Double) -> VariableChange {
      VariableChange(variable: variable, kind: .set, amount: amount)
    }
    public static func add(_ variable: Int, _ amount: Double) -> VariableChange {
      VariableChange(variable: variable, kind: .add, amount: amount)
    }
  }

  /// A state variable (a tariff level, a flag 0/1, …), reported at the end of
  /// each path. `payoffWeights[player]` adds `weight × value` to that player's
  /// payoff in every round played (a flow cost such as a tariff's drag); empty
  /// means no weight.
  public struct Variable: Sendable, Codable, Equatable {
    public var name: String
    public var initial: Double
    public var payoffWeights: [Double]
    public init(name: String, initial: Double, payoffWeights: [Double] = []) {
      self.name = name
      self.initial = initial
      self.payoffWeights = payoffWeights
    }
  }

  /// How one player chooses. Every distribution is over that state's moves, as
  /// plain probabilities summing to 1 (within 1e-9), with any tremble already
  /// mixed in (see `CompiledLadder.trembled(_:epsilon:)`). In a terminal state the
  /// row is ignored and may be empty.
  ///
  /// Sequential stages: where a player moves second and sees the first mover's
  /// move, its row in that state may instead hold `m × n` probabilities (its `m`
  /// moves, the opponent's `n`): the response to the opponent's move `k` is
  /// entries `k·m ..< (k+1)·m`, each a distribution. The first mover then draws
  /// first, the responder from its response to that move (the joint move `(a, b)`
  /// has probability `p(a) · q(b | a)`). At most one player responds in a state.
  public enum Strategy: Sendable, Codable, Equatable {
    /// `probabilities[state][move]`, the same in every round (a stationary
    /// strategy, a fixed mix, or a logit fixed point).
    case stationary([[Double]])
    /// `probabilities[round][state][move]`, one table per round of the horizon
    /// (backward induction over a finite horizon gives these).
    case byRound([[[Double]]])
    /// History-dependent: tit-for-tat, grim trigger, generous tit-for-tat.
    case reactive(Reactive)
  }

  /// A strategy with a two-bit memory of the opponent: did the opponent escalate
  /// (per `State.escalates`) in the last round, and has it ever escalated. Each
  /// table is `probabilities[state][move]`.
  ///
  /// - Tit-for-tat: `calm` = hold, `afterEscalation` = escalate, `afterEarlierEscalation` = hold.
  /// - Grim trigger: `calm` = hold, both others = escalate.
  /// - Generous tit-for-tat (Nowak & Sigmund 1992): as tit-for-tat, but
  ///   `afterEscalation` holds with probability g.
  public struct Reactive: Sendable, Codable, Equatable {
    /// The opponent has never escalated (also the first round).
    public var calm: [[Double]]
    /// The opponent escalated in the last round.
    public var afterEscalation: [[Double]]
    /// The opponent escalated before, but not in the last round.
    public var afterEarlierEscalation: [[Double]]
    public init(calm: [[Double]], afterEscalation: [[Double]], afterEarlierEscalation: [[Double]]) {
      self.calm = calm
      self.afterEscalation = afterEscalation
      self.afterEarlierEscalation = afterEarlierEscalation
    }
  }

  /// Something that happens at the start of a round: a scheduled event
  /// (`probability` 1, one round) or a random shock (probability per round, over a
  /// window of rounds). It fires only when the path is in one of `fromStates`
  /// (`nil`: any non-terminal state); it never acts on a terminal state.
  /// Effects: move to `toState` (if given), then apply `variableChanges`.
  ///
  /// An effect with `firesFrom` is *joint* (the shock rule, `ScenarioRound` step 2):
  /// it fires only if the path was in one of `firesFrom` when the round's joint
  /// effects began (after the others), whatever an earlier joint effect of the
  /// round did to the state since; it then acts if the path is now in one of
  /// `fromStates`. Joint effects must come after all the others.
  public struct RoundEffect: Sendable, Codable, Equatable {
    public var name: String
    /// Chance per round of the window, in [0, 1].
    public var probability: Double
    /// First and last round (inclusive, 0-based) in which it may fire.
    public var firstRound: Int
    public var lastRound: Int
    public var fromStates: [Int]?
    public var toState: Int?
    public var variableChanges: [VariableChange]
    /// The states in which a joint effect can fire, judged before the round's
    /// joint effects (`nil`: not joint, judged on the state as it stands).
    public var firesFrom: [Int]?

    public init(
      name: String, probability: Double, firstRound: Int, lastRound: Int,
      fromStates: [Int]? = nil, toState: Int? = nil, variableChanges: [VariableChange] = [],
      firesFrom: [Int]? = nil
    ) {
      self.firesFrom = firesFrom
      self.name = name
      self.probability = probability
      self.firstRound = firstRound
      self.lastRound = lastRound
      self.fromStates = fromStates
      self.toState = toState
      self.variableChanges = variableChanges
    }

    /// A scheduled event: certain, in one round.
    public static func event(
      _ name: String, round: Int, fromStates: [Int]? = nil, toState: Int? = nil,
      variableChanges: [VariableChange] = []
    ) -> RoundEffect {
      RoundEffect(
        name: name, probability: 1, firstRound: round, lastRound: round,
        fromStates: fromStates, toState: toState, variableChanges: variableChanges)
    }
  }

  /// Mixes a tremble into a distribution: with probability ε the intended move is
  /// replaced by one drawn uniformly from all moves, so each move gets
  /// `(1 − ε)·p + ε/m` (Selten 1975's trembling hand).
  public static func trembled(_ probabilities: [Double], epsilon: Double) -> [Double] {
    guard !probabilities.isEmpty else { return probabilities }
    let share = epsilon / Double(probabilities.count)
    return probabilities.map { (1 - epsilon) * $0 + share }
  }
}
