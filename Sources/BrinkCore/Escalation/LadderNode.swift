/// A node of the solved ladder: a state together with everything that decides what
/// happens from there: the variables' values (payoffs may depend on them) and, when
/// a player's model looks at history, each player's memory of the other's postures.
///
/// Nodes are enumerated round by round from the initial state (`LadderGraph`), so a
/// scenario whose moves only `set` variables, or `add` a few times, stays small.
/// A path followed one round at a time (hand play, replay) is a node too, with
/// every variable tracked; `ScenarioRound` says how a round moves a node.
public struct LadderNode: Sendable, Hashable {
  /// An index into the scenario's states.
  public var state: Int
  /// The variables' values, indexed like the scenario's variables. Only the
  /// variables some payoff reads are tracked (`LadderGraph.trackedVariables`); the
  /// others stay at their initial values here.
  public var values: [Rational]
  /// Two bits per player (bits 0–1 for player 0, 2–3 for player 1): bit 0 "the
  /// opponent escalated last round", bit 1 "the opponent has ever escalated".
  /// Always 0 when no player's model uses history.
  public var memory: Int
  /// The round the node is in, when some condition reads the date
  /// (`ScenarioRound.tracksTime`); else always 0. The compile step's node keys are
  /// not tied to a round, so a date that decides a rule must be in the key.
  public var clock: Int

  public init(state: Int, values: [Rational], memory: Int = 0, clock: Int = 0) {
    self.state = state
    self.values = values
    self.memory = memory
    self.clock = clock
  }

  public func opponentEscalatedLastRound(player: Int) -> Bool { (memory >> (2 * player)) & 1 == 1 }
  public func opponentEverEscalated(player: Int) -> Bool { (memory >> (2 * player)) & 2 == 2 }

  /// The memory after a round in which player 0 and player 1 escalated (or not).
  public static func memory(after memory: Int, escalated: (Bool, Bool)) -> Int {
    let m0 = remembered(memory & 3, opponentEscalated: escalated.1)
    let m1 = remembered((memory >> 2) & 3, opponentEscalated: escalated.0)
    return m0 | (m1 << 2)
  }

  /// One player's two bits after a round: both set when the opponent escalated,
  /// else "ever" kept and "last round" cleared. The one rule, also the simulator's
  /// (`LadderTables.remember`).
  @inline(__always)
  static func remembered(_ memory: Int, opponentEscalated: Bool) -> Int {
    (memory & 2) | (opponentEscalated ? 3 : 0)
  }
}
