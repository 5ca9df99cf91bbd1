/// Every flat table of a compiled ladder, declared once: built once by
/// `LadderBuilder`, held by `CompiledLadder`, read through pointers by both
/// `PathSampler` loops and by `PathTracer`.
///
/// The layout (what `CompiledLadder`'s semantics steps 1–7 read):
/// - Joint move `(a, b)` in state `s` is outcome `jointBase[s] + a + b · moveCount0[s]`
///   (the first player's move varies fastest, as in `StrategicGame` and `.nfg`).
/// - Distributions are 53-bit cumulative thresholds (`Threshold53.cumulative`),
///   picked by `Table.pick`.
/// - A player's move table (`MovePlan`) holds `blocks × blockSize` thresholds,
///   `blockSize` being the total number of that player's moves over all states
///   (times the opponent's moves where it responds to them: `responseStride`);
///   block = round (`.byRound`), memory code (`.reactive`: 0 calm, 1 escalated last
///   round, 2 escalated earlier) or 0 (`.stationary`).
/// - Variable changes of outcomes and of round effects share one pool (`changes`)
///   addressed by `[start, end)` ranges; `paddedChanges` re-lays the outcomes'
///   share for the inner loop.
/// - Round effects are drawn by skip-ahead from geometric gap tables
///   (`nextFiring`, in `LadderTables+Draws.swift`).
/// - `chain`: the fused alias tables (`FusedRoundTable`) chained round to round
///   (`ChainedRoundTable`), when the ladder is small enough to have them.
/// - `payoffScale` and `variableScales` are powers of two chosen so that any path's
///   discounted payoff (or end value) times the scale is at most 2⁴⁰ in magnitude:
///   the statistics sum these as exact fixed-point integers.
///
/// A value: copying it copies views, not tables, and keeps `storage` (which owns
/// the memory) alive. Nothing writes to the tables after the builder returns, so
/// any number of threads may read them (hence `@unchecked Sendable`).
struct LadderTables: @unchecked Sendable {
  /// Owns the memory of every table below.
  let storage: TableStorage

  // MARK: - Shape
  var stateCount = 0
  var rounds = 0
  var variableCount = 0
  var initialState: Int32 = 0
  var discount = 1.0

  // MARK: - States and outcomes
  var terminal = Table<Bool>()
  var moveCount0 = Table<Int32>()
  var moveCount1 = Table<Int32>()
  var jointBase = Table<Int32>()
  /// Two per outcome: player 0, player 1.
  var stagePayoffs = Table<Double>()
  /// `outcomes + 1` entries.
  var transitionStart = Table<Int32>()
  var transitionNext = Table<Int32>()
  var transitionThreshold = Table<UInt64>()
  /// `outcomes + 1` entries, ranges into `changes`.
  var outcomeChangeStart = Table<Int32>()
  /// Two per state.
  var terminalPayoffs = Table<Double>()
  /// Whether some state has a terminal flow or a horizon value
  /// (`LadderBuilder+Horizon.swift`); the three tables below are empty otherwise.
  var hasHorizonPayoffs = false
  /// Two per state: the flow per round of a terminal state.
  var terminalFlows = Table<Double>()
  /// Two per state: the stationary tail's value of a path ending here at the horizon.
  var horizonValues = Table<Double>()
  /// `rounds + 1` entries: the worth at round 0 of one unit of flow from absorption at `t`.
  var flowAnnuity = Table<Double>()

  // MARK: - Variables
  var initialValues = Table<Double>()
  /// Two per variable: `[2v]` player 0, `[2v + 1]` player 1.
  var flowWeights = Table<Double>()
  var hasFlowPayoffs = false
  /// The pool of variable changes: the outcomes' first, then the effects'.
  var changes = ChangeList()
  var paddedChanges = PaddedChanges()
  /// Variables as SIMD lanes (`LaneValues`): one entry, or none when the ladder
  /// does not allow it (`LadderLanes.maps`).
  var lanes: Table<LadderLanes>?
  /// Up to sixteen variables as SIMD lanes (`WideLaneValues`), when `lanes` is
  /// `nil` and the ladder allows it.
  var wideLanes: Table<LadderWideLanes>?

  // MARK: - Strategies
  var plan0 = MovePlan()
  var plan1 = MovePlan()
  /// Does either player use a reactive (memory) strategy.
  var hasReactive = false

  // MARK: - Round effects
  var effectCount = 0
  /// `rounds + 1` entries, ranges into `effectRoundList` (effects by round).
  var effectRoundStart = Table<Int32>()
  var effectRoundList = Table<Int32>()
  /// Per effect: its chance per round as a threshold (2⁵³ = certain).
  var effectThreshold = Table<UInt64>()
  /// Per effect: its window `[effectFirst, effectLast]`, clipped to the horizon
  /// (first > last: never), and its geometric gap table
  /// `gapThreshold[gapStart[e] ..< gapStart[e] + gapCount[e]]`
  /// (`Threshold53.geometricGaps`).
  var effectFirst = Table<Int>()
  var effectLast = Table<Int>()
  var gapStart = Table<Int>()
  var gapCount = Table<Int>()
  var gapThreshold = Table<UInt64>()
  /// `stateCount` per effect: does it act in that state.
  var effectApplies = Table<Bool>()
  /// Per effect: the state it moves to (−1: none).
  var effectTarget = Table<Int32>()
  /// `effects + 1` entries, ranges into `changes`.
  var effectChangeStart = Table<Int32>()
  /// Derived from the tables above (`LadderBuilder+EffectSchedule.swift`): the
  /// effects that draw their firings (a chance below 1 and a window inside the
  /// horizon), in index order; the others fire in every round of their window.
  var drawnEffects = Table<Int32>()
  /// `stateCount + 1` entries, ranges into `effectsByState`: per state, the effects
  /// that apply there, in index order.
  var effectsByStateStart = Table<Int32>()
  var effectsByState = Table<Int32>()
  /// Per effect: is it in `drawnEffects`.
  var effectIsDrawn = Table<Bool>()
  /// `rounds + 1` entries: the first round at or after `t` in which an effect that
  /// is not drawn fires (`Int.max`: none).
  var certainFiringFrom = Table<Int>()

  // MARK: - Payoffs
  /// δ^t for t in 0...rounds, by repeated multiplication.
  var discountPowers = Table<Double>()
  var payoffScale = 1.0
  var variableScales = Table<Double>()

  // MARK: - Fused draws
  /// Moves and transition drawn in one alias lookup per round, as built (`nil`
  /// when too large); read only to build `chain` and by tests.
  var fused: FusedRoundTable?
  /// `fused`, chained round to round, in flat memory (`nil` without `fused`, or
  /// when a cell underflowed: see `ChainedRoundTable.init`).
  var chain: ChainTables?

  // MARK: - Joint round effects (the shock rule)
  /// `stateCount` per effect: can it fire when the round's joint effects begin in
  /// that state (all true for an effect that is not joint).
  var effectFiresFrom = Table<Bool>()
  /// The index of the first joint effect (`effectCount`: none); the ones after it
  /// are joint too (`CompiledLadder.RoundEffect.firesFrom`).
  var firstJointEffect = 0

  init(storage: TableStorage) { self.storage = storage }

  /// One player's move tables.
  struct MovePlan {
    /// Index of state `s`'s first move inside a block.
    var moveOffset = Table<Int32>()
    /// Per state: 0, or the player's move count when it moves second in a
    /// sequential stage there, its row after the opponent's move `k` starting
    /// `k × responseStride[s]` after `moveOffset[s]`.
    var responseStride = Table<Int32>()
    var blockSize = 0
    /// `blockSize` for `.byRound`, else 0.
    var roundStride = 0
    /// `blockSize` for `.reactive`, else 0.
    var memoryStride = 0
    var thresholds = Table<UInt64>()
    /// Per (state, move) at `moveOffset`: does this move read as escalation.
    var escalates = Table<Bool>()
  }

  /// `(variable, isSet, amount)` triples, addressed by `[start, end)` ranges.
  struct ChangeList {
    var variable = Table<Int32>()
    var isSet = Table<Bool>()
    var amount = Table<Double>()
  }

  /// The outcomes' changes re-laid for the inner loop: every outcome has the same
  /// number of entries (the most any outcome has, up to 8; at least 1), padded with
  /// no-ops on the scratch variable `variableCount`, and a change is
  /// `value = value × keep + amount` (keep 0: set, 1: add), so the change loop runs
  /// without a data-dependent branch.
  struct PaddedChanges {
    /// `outcomes + 1` entries.
    var start = Table<Int32>()
    var variable = Table<Int32>()
    var keep = Table<Double>()
    var amount = Table<Double>()
  }

  /// `ChainedRoundTable` in flat memory.
  struct ChainTables {
    /// Per (block, state): where its alias table starts in `columns`, and its size.
    var cellStart = Table<Int32>()
    var cellCount = Table<Int32>()
    var roundStride = 0
    var columns = Table<ChainedRoundTable.Column>()
    var outcomes = Table<ChainedRoundTable.Outcome>()
  }

  /// Both players' plans, player 0 first.
  var plans: [MovePlan] { [plan0, plan1] }
}
