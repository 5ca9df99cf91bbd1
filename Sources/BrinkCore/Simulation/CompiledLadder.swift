/// An escalation ladder flattened into the tables the Monte Carlo simulator runs:
/// every strategy already solved, every distribution already cumulative, nothing
/// left to decide but random draws.
///
/// # Where it sits
/// A scenario (BrinkFormats) is solved by the escalation model (BrinkCore/Escalation)
/// into per-state, per-round strategies. The *compile step* turns that solution into
/// a `CompiledLadder` by filling the plain nested arrays of `CompiledLadder+Parts.swift`
/// and calling `init(players:states:initialState:variables:strategies:rounds:discount:effects:)`,
/// which validates shapes and probabilities and flattens everything. `Simulator.run`
/// then samples paths from it without touching `Rational`, dictionaries or classes.
///
/// # What a path does (the semantics the compile step must match)
/// Players are 0 and 1 (say the US and China). A path starts in `initialState` with
/// every variable at its `initial` value and runs rounds `t = 0, 1, …, rounds − 1`:
///
/// 1. If the state is terminal, the path is absorbed at round `t` and stops.
/// 2. Round effects scheduled for round `t` (`effects`, in the order given) may fire:
///    a certain event, or a shock with its probability. One that fires in a state it
///    applies to moves the path to its `toState` (if any) and applies its variable
///    changes. Effects never act on a terminal state.
/// 3. If the state is now terminal, the path is absorbed at round `t` and stops.
/// 4. The state is counted as occupied in round `t`. Each player draws a move from
///    its strategy for (round, state) — or, for a `.reactive` strategy, for (memory,
///    state) — independently. Any tremble is already inside those distributions.
/// 5. Player `p` earns `δ^t · (outcome.payoffs[p] + Σ_v weight[p][v] · value_v)`,
///    with variable values as they stand before this round's move changes.
/// 6. The joint move's variable changes apply, then its transition is drawn.
/// 7. Reactive memory updates: each player records whether the opponent's move
///    reads as "escalate" (`State.escalates`).
///
/// After the last round the path ends in its current state; if that state is
/// terminal (reached by the last transition) it counts as absorbed at round
/// `rounds`. On absorption at round `t` each player also earns
/// `δ^t · terminalPayoffs[p]` of that state. With `rounds == 0` every path ends
/// at once in `initialState`.
///
/// # Layout (internal, read by the simulator)
/// - Joint move `(a, b)` in state `s` is outcome `jointBase[s] + a + b · moveCount0[s]`
///   (the first player's move varies fastest, as in `StrategicGame` and `.nfg`).
/// - Distributions are stored as 53-bit cumulative thresholds: an entry is chosen by
///   the first `u < threshold[i]`, `u` a uniform 53-bit integer; the last entry with
///   positive probability has threshold 2⁵³, so zero-probability entries are never chosen.
/// - A player's move table holds `blocks × blockSize` thresholds, `blockSize` being
///   the total number of that player's moves over all states; block = round
///   (`.byRound`), memory code (`.reactive`: 0 calm, 1 escalated last round, 2 escalated
///   earlier) or 0 (`.stationary`).
/// - Variable changes of outcomes and of round effects share one pool of
///   `(variable, isSet, amount)` triples, addressed by `[start, end)` ranges.
/// - `payoffScale` and `variableScales` are powers of two chosen so that any path's
///   discounted payoff (or end value) times the scale is at most 2⁴⁰ in magnitude:
///   the statistics sum these as exact fixed-point integers (payoffs truncated
///   toward zero, end values rounded), which is what makes them mergeable bit for
///   bit across threads and shards.
/// - `fused` (`FusedRoundTable`): when small enough (≤ 2²⁰ entries), one alias
///   table per (strategy block, state) over (move, move, next state), so a round
///   costs one O(1) draw. Otherwise moves and transitions are drawn one by one from
///   the cumulative tables above. Either way the distribution is the one above.
/// - Round effects are drawn by skip-ahead: each path draws the round of each
///   effect's next firing from a table of geometric gaps (`FlatLadder`), which has
///   the distribution of an independent coin per round of the window.
///
/// # Complexity
/// Building is linear in the size of the input tables. Memory is that size (move
/// tables are `rounds ×` larger for `.byRound` strategies).
public struct CompiledLadder: Sendable {
  // MARK: - Description (for reports)
  /// The two players' names (player 0 first).
  public let playerNames: [String]
  public let stateNames: [String]
  public let isTerminal: [Bool]
  /// `moveNames[state][player][move]`.
  public let moveNames: [[[String]]]
  public let variableNames: [String]
  public let effectNames: [String]
  public let initialState: Int
  public let rounds: Int
  public let discount: Double

  public let stateCount: Int

  // MARK: - Flat tables
  let moveCount0: [Int32]
  let moveCount1: [Int32]
  let jointBase: [Int32]
  /// Two per outcome: player 0, player 1.
  let stagePayoffs: [Double]
  /// `outcomes + 1` entries.
  let transitionStart: [Int32]
  let transitionNext: [Int32]
  let transitionThreshold: [UInt64]
  /// `outcomes + 1` entries, ranges into the change pool.
  let outcomeChangeStart: [Int32]
  let changeVariable: [Int32]
  let changeIsSet: [Bool]
  let changeAmount: [Double]
  /// Two per state.
  let terminalPayoffs: [Double]
  let initialValues: [Double]
  /// Two per variable: `[2v]` player 0, `[2v + 1]` player 1.
  let flowWeights: [Double]
  let hasFlowPayoffs: Bool
  /// One per player.
  let plans: [MovePlan]
  /// `rounds + 1` entries, ranges into `effectRoundList`.
  let effectRoundStart: [Int32]
  let effectRoundList: [Int32]
  /// Per effect: 53-bit threshold (2⁵³ = certain), applicability mask (`stateCount`
  /// per effect), target (−1: none), change range.
  let effectThreshold: [UInt64]
  /// Per effect: its window of rounds as given, and its probability per round.
  let effectWindows: [(first: Int, last: Int)]
  let effectProbabilities: [Double]
  let effectApplies: [Bool]
  let effectTarget: [Int32]
  let effectChangeStart: [Int32]

  /// Moves and transition drawn in one alias lookup per round (`nil` when too large).
  let fused: FusedRoundTable?

  // MARK: - Derived
  public let payoffScale: Double
  public let variableScales: [Double]
  /// A stable 64-bit digest of every table (FNV-1a), so statistics from different
  /// ladders are never merged.
  public let fingerprint: UInt64

  /// One player's move tables.
  struct MovePlan: Sendable {
    /// Index of state `s`'s first move inside a block.
    var moveOffset: [Int32]
    var blockSize: Int
    /// `blockSize` for `.byRound`, else 0.
    var roundStride: Int
    /// `blockSize` for `.reactive`, else 0.
    var memoryStride: Int
    var thresholds: [UInt64]
    /// Per (state, move) at `moveOffset`: does this move read as escalation.
    var escalates: [Bool]
  }

  public var variableCount: Int { initialValues.count }
  public var terminalStates: [Int] { (0..<stateCount).filter { isTerminal[$0] } }

  /// Validates and flattens a ladder.
  ///
  /// - Parameters:
  ///   - players: the two players' names, for reports.
  ///   - states: every state; terminal ones need no moves or outcomes.
  ///   - initialState: where every path starts.
  ///   - variables: state variables, reported at the end of each path.
  ///   - strategies: exactly two, one per player.
  ///   - rounds: the horizon (≥ 0).
  ///   - discount: δ in [0, 1]; round `t` is weighted δ^t.
  ///   - effects: scheduled events and random shocks. Rounds past the horizon are
  ///     simply never reached (so a shorter `--rounds` needs no new effects).
  /// - Throws: `LadderError` listing every problem: shapes that do not match,
  ///   indices out of range, probabilities that are negative, not finite, or do
  ///   not sum to 1 within 1e-9, payoffs so large that sums would overflow.
  public init(
    players: [String] = ["player 1", "player 2"], states: [State], initialState: Int, variables: [Variable] = [],
    strategies: [Strategy], rounds: Int, discount: Double, effects: [RoundEffect] = []
  ) throws(LadderError) {
    var builder = LadderBuilder(
      states: states, initialState: initialState, variables: variables,
      strategies: strategies, rounds: rounds, discount: discount, effects: effects)
    builder.build()
    if players.count != 2 { builder.problems.insert("\(players.count) player names, expected 2", at: 0) }
    guard builder.problems.isEmpty else { throw LadderError(problems: builder.problems) }
    playerNames = players
    stateNames = states.map(\.name)
    isTerminal = states.map(\.isTerminal)
    moveNames = states.map { $0.moves.count == 2 ? $0.moves : [[], []] }
    variableNames = variables.map(\.name)
    effectNames = effects.map(\.name)
    self.initialState = initialState
    self.rounds = rounds
    self.discount = discount
    stateCount = states.count
    moveCount0 = builder.moveCount0
    moveCount1 = builder.moveCount1
    jointBase = builder.jointBase
    stagePayoffs = builder.stagePayoffs
    transitionStart = builder.transitionStart
    transitionNext = builder.transitionNext
    transitionThreshold = builder.transitionThreshold
    outcomeChangeStart = builder.outcomeChangeStart
    changeVariable = builder.changeVariable
    changeIsSet = builder.changeIsSet
    changeAmount = builder.changeAmount
    terminalPayoffs = builder.terminalPayoffs
    initialValues = variables.map(\.initial)
    flowWeights = builder.flowWeights
    hasFlowPayoffs = builder.flowWeights.contains { $0 != 0 }
    plans = builder.plans
    effectRoundStart = builder.effectRoundStart
    effectRoundList = builder.effectRoundList
    effectThreshold = builder.effectThreshold
    effectWindows = effects.map { ($0.firstRound, $0.lastRound) }
    effectProbabilities = effects.map { min(max($0.probability, 0), 1) }
    effectApplies = builder.effectApplies
    effectTarget = builder.effectTarget
    effectChangeStart = builder.effectChangeStart
    fused = builder.fused
    payoffScale = builder.payoffScale
    variableScales = builder.variableScales
    fingerprint = builder.fingerprint(names: stateNames + variableNames + effectNames)
  }
}
