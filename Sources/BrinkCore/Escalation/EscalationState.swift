/// One rung or situation of the crisis: a state of the stochastic game.
///
/// `outcomes[i][j]` is what happens when player 0 plays `moves[0][i]` and player 1
/// plays `moves[1][j]`. A terminal state ends the game: it has no moves, and its
/// `terminalPayoffs` (if any) are received once, on arrival.
public struct EscalationState: Sendable, Hashable {
  public var name: String
  public var description: String
  public var isTerminal: Bool
  /// Received once by each player on arriving in a terminal state (`nil`: nothing).
  public var terminalPayoffs: [PayoffExpression]?
  /// Received by each player in every round the game rests in this terminal state
  /// (`nil`: nothing): a truce that keeps the tariffs keeps their cost. Evaluated on
  /// the values at arrival (nothing changes them in a terminal state); its worth at
  /// arrival is `EscalationScenario.terminalValue` (Horizon/TerminalFlow.swift).
  public var terminalFlow: [PayoffExpression]?
  /// `moves[player]`; empty for a terminal state.
  public var moves: [[Move]]
  public var timing: Timing
  /// `outcomes[i][j]`, `moves[0].count × moves[1].count`; empty for a terminal state.
  public var outcomes: [[JointOutcome]]
  /// When set, the state is open only while its condition holds; a path that would
  /// be here otherwise is in `availability.otherwise` (`ScenarioRound.opened`).
  public var availability: StateAvailability?

  public init(name: String, description: String = "", isTerminal: Bool = false,
              terminalPayoffs: [PayoffExpression]? = nil, moves: [[Move]] = [[], []],
              timing: Timing = .simultaneous, outcomes: [[JointOutcome]] = []) {
    self.name = name
    self.description = description
    self.isTerminal = isTerminal
    self.terminalPayoffs = terminalPayoffs
    self.moves = moves
    self.timing = timing
    self.outcomes = outcomes
  }

  /// A terminal state.
  public static func terminal(_ name: String, description: String = "",
                              payoffs: [PayoffExpression]? = nil) -> EscalationState {
    EscalationState(name: name, description: description, isTerminal: true, terminalPayoffs: payoffs)
  }

  /// What each player receives on arriving here at the variable values `values`:
  /// a terminal state's `terminalPayoffs` (zeros when it has none, or is not
  /// terminal).
  public func arrivalPayoffs(at values: [Rational]) -> [Rational] {
    guard isTerminal, let terminalPayoffs else { return [.zero, .zero] }
    return terminalPayoffs.map { $0.evaluate(values) }
  }

  /// What each player receives per round while resting here at `values`: the
  /// `terminalFlow` (zeros when it has none, or is not terminal).
  public func flowPayoffs(at values: [Rational]) -> [Rational] {
    guard isTerminal, let terminalFlow else { return [.zero, .zero] }
    return terminalFlow.map { $0.evaluate(values) }
  }

  /// The index of `player`'s move called `name`, if any.
  public func moveIndex(player: Int, named name: String) -> Int? {
    moves[player].firstIndex { $0.name == name }
  }
}

/// A move available to one player in one state.
public struct Move: Sendable, Hashable {
  /// Short identifier, e.g. `tariff100`.
  public var name: String
  /// Human text, e.g. "Extra 100% tariff on Chinese goods".
  public var label: String
  /// How tit-for-tat-like models read the move; `nil` counts as holding.
  public var posture: Posture?

  public init(name: String, label: String = "", posture: Posture? = nil) {
    self.name = name
    self.label = label.isEmpty ? name : label
    self.posture = posture
  }
}

/// The escalate/hold reading of a move, used by `.titForTat`, `.grimTrigger` and
/// `.generousTitForTat` (Axelrod, *The Evolution of Cooperation*, 1984).
public enum Posture: String, Sendable, Hashable, CaseIterable {
  case escalate, hold
}

/// Who moves when within a round.
public enum Timing: Sendable, Hashable {
  /// Both choose without seeing the other's move.
  case simultaneous
  /// `firstMover` (0 or 1) commits first; the other sees that move and then chooses.
  case sequential(firstMover: Int)
}

/// What one joint move does: payoffs to both players, effects on the variables,
/// and where the game goes next.
public struct JointOutcome: Sendable, Hashable {
  /// `payoffs[player]`, evaluated on the variable values at the start of the round.
  public var payoffs: [PayoffExpression]
  public var transition: Transition
  /// Applied in order after the move (so they affect the next round's payoffs).
  public var effects: [VariableEffect]
  /// Transitions that apply while their condition holds, checked in order before
  /// `transition` (`ScenarioRound.transition(at:_:_:)`).
  public var guarded: [GuardedTransition] = []

  public init(payoffs: [PayoffExpression], transition: Transition, effects: [VariableEffect] = []) {
    self.payoffs = payoffs
    self.transition = transition
    self.effects = effects
  }

  /// Constant payoffs and a sure move to `next`.
  public init(_ p0: Rational, _ p1: Rational, to next: Int, effects: [VariableEffect] = []) {
    self.init(payoffs: [PayoffExpression(p0), PayoffExpression(p1)],
              transition: .to(next), effects: effects)
  }
}
