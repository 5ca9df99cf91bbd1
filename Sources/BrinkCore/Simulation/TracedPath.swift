/// Everything that happened on one sampled path, round by round (`PathTracer`).
///
/// States and moves are the compiled ladder's (`CompiledLadder`); map states to a
/// scenario's own with `CompiledScenario.scenarioStates`.
public struct TracedPath: Sendable, Equatable {
  /// A round effect that fired on the path.
  public struct Firing: Sendable, Equatable {
    /// The round it fired in (0-based).
    public var round: Int
    /// Its index in `CompiledLadder.effectNames`.
    public var effect: Int
  }

  /// The path's global index (its random stream is `(seed, index)`).
  public var index: Int
  /// `states[t]`: the state round `t` was played in (after that round's effects);
  /// one entry per round played.
  public var states: [Int]
  /// The two players' moves in one round, as indices into
  /// `CompiledLadder.moveNames[state][player]`.
  public struct Moves: Sendable, Equatable {
    public var first: Int
    public var second: Int
  }

  /// `moves[t]`: the moves of round `t`.
  public var moves: [Moves]
  /// `joints[t]`: the joint move of round `t` as the ladder's outcome index
  /// (`CompiledLadder.jointBase(state:)`).
  public var joints: [Int]
  /// The round effects that fired, in order.
  public var firings: [Firing]
  /// The states played in, in order, repeats collapsed, then the state the path
  /// ended in — never a state that round effects moved the path out of before it
  /// played there (`PathTrail`): the sequence the "most frequent paths" count
  /// (`PathKeyCodec`), never truncated.
  public var visited: [Int]
  /// The state the path ended in.
  public var endState: Int
  /// The round the path was absorbed at (`0...rounds`), `nil` if it played every
  /// round and ended in a non-terminal state.
  public var absorbedAt: Int?
  /// Each player's discounted payoff (player 0 first).
  public var payoffs: [Double]
  /// The state variables' values at the end.
  public var values: [Double]

  /// Rounds played (`states.count`).
  public var roundsPlayed: Int { states.count }
}
