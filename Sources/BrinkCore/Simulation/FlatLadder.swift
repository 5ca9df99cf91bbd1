/// A `CompiledLadder`'s tables as raw pointers, so the inner loop reads memory
/// directly: no array bounds checks, no reference counting, no copy-on-write
/// checks. Built once per run and shared, read-only, by every worker (hence
/// `@unchecked Sendable`: nothing writes to it after `init`); freed with
/// `deallocate()` once the workers are done.
struct FlatLadder: @unchecked Sendable {
  let stateCount: Int
  let rounds: Int
  let variableCount: Int
  let initialState: Int32
  let terminal: UnsafeMutablePointer<Bool>
  let moveCount0: UnsafeMutablePointer<Int32>
  let moveCount1: UnsafeMutablePointer<Int32>
  let jointBase: UnsafeMutablePointer<Int32>
  let stagePayoffs: UnsafeMutablePointer<Double>
  let transitionStart: UnsafeMutablePointer<Int32>
  let transitionNext: UnsafeMutablePointer<Int32>
  let transitionThreshold: UnsafeMutablePointer<UInt64>
  /// Outcome changes, re-laid for the inner loop: every outcome has the same number
  /// of entries (the most any outcome has, up to 8; at least 1), padded with no-ops
  /// on the scratch variable `variableCount`, and a change is
  /// `value = value × keep + amount` (keep 0: set, 1: add), so the change loop runs
  /// without a data-dependent branch.
  let outcomeChangeStart: UnsafeMutablePointer<Int32>
  let outcomeChangeVariable: UnsafeMutablePointer<Int32>
  let outcomeChangeKeep: UnsafeMutablePointer<Double>
  let outcomeChangeAmount: UnsafeMutablePointer<Double>
  /// Does either player use a reactive (memory) strategy.
  let hasReactive: Bool
  let changeVariable: UnsafeMutablePointer<Int32>
  let changeIsSet: UnsafeMutablePointer<Bool>
  let changeAmount: UnsafeMutablePointer<Double>
  let terminalPayoffs: UnsafeMutablePointer<Double>
  let initialValues: UnsafeMutablePointer<Double>
  let flowWeights: UnsafeMutablePointer<Double>
  let hasFlowPayoffs: Bool
  let offset0: UnsafeMutablePointer<Int32>
  let offset1: UnsafeMutablePointer<Int32>
  let thresholds0: UnsafeMutablePointer<UInt64>
  let thresholds1: UnsafeMutablePointer<UInt64>
  let escalates0: UnsafeMutablePointer<Bool>
  let escalates1: UnsafeMutablePointer<Bool>
  let roundStride0: Int, memoryStride0: Int
  let roundStride1: Int, memoryStride1: Int
  /// Round effects by skip-ahead: per effect its window `[effectFirst, effectLast]`
  /// (clipped to the horizon; first > last: never) and a table of geometric gaps:
  /// `gapThreshold[gapStart[e] + g]` = P(gap ≤ g) = 1 − (1 − p)^(g+1) as a 53-bit
  /// threshold, for g below the window's length. A path draws the round of each
  /// effect's next firing instead of flipping a coin every round: the coins are
  /// independent of the path, so the distribution is the same (geometric gaps,
  /// memoryless), at one draw per firing instead of one per round.
  let effectCount: Int
  let effectFirst: UnsafeMutablePointer<Int>
  let effectLast: UnsafeMutablePointer<Int>
  let gapStart: UnsafeMutablePointer<Int>
  let gapCount: UnsafeMutablePointer<Int>
  let gapThreshold: UnsafeMutablePointer<UInt64>
  let effectApplies: UnsafeMutablePointer<Bool>
  let effectTarget: UnsafeMutablePointer<Int32>
  let effectChangeStart: UnsafeMutablePointer<Int32>
  /// δ^t for t in 0...rounds.
  let discountPowers: UnsafeMutablePointer<Double>
  let payoffScale: Double
  /// The fused alias tables, chained (`ChainedRoundTable`), when the ladder has
  /// them and they are used; cells are found by `chainCell`.
  let useChained: Bool
  let fusedCellStart: UnsafeMutablePointer<Int32>
  let fusedCellCount: UnsafeMutablePointer<Int32>
  let fusedRoundStride: Int
  let chainColumns: UnsafeMutablePointer<ChainedRoundTable.Column>
  let chainOutcomes: UnsafeMutablePointer<ChainedRoundTable.Outcome>
  /// Variables as SIMD lanes (`LaneValues`), when the ladder allows it.
  let lanes: UnsafeMutablePointer<LadderLanes>?
  let variableScales: UnsafeMutablePointer<Double>
  private let allocations: [UnsafeMutableRawPointer]

  init(_ ladder: CompiledLadder, fused: Bool = true) {
    var allocations: [UnsafeMutableRawPointer] = []
    func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
      let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
      array.withUnsafeBufferPointer { buffer in
        if let base = buffer.baseAddress { pointer.initialize(from: base, count: buffer.count) }
      }
      allocations.append(UnsafeMutableRawPointer(pointer))
      return pointer
    }
    stateCount = ladder.stateCount
    rounds = ladder.rounds
    variableCount = ladder.variableCount
    initialState = Int32(ladder.initialState)
    terminal = copy(ladder.isTerminal)
    moveCount0 = copy(ladder.moveCount0)
    moveCount1 = copy(ladder.moveCount1)
    jointBase = copy(ladder.jointBase)
    stagePayoffs = copy(ladder.stagePayoffs)
    transitionStart = copy(ladder.transitionStart)
    transitionNext = copy(ladder.transitionNext)
    transitionThreshold = copy(ladder.transitionThreshold)
    var start: [Int32] = [0], variable: [Int32] = [], keep: [Double] = [], amount: [Double] = []
    // Pad every outcome to the same number of changes (when that is small), so the
    // change loop's trip count never depends on the random joint move.
    var most = 1
    for j in 0..<(ladder.outcomeChangeStart.count - 1) {
      most = max(most, Int(ladder.outcomeChangeStart[j + 1] - ladder.outcomeChangeStart[j]))
    }
    let padTo = most <= 8 ? most : 1
    for j in 0..<(ladder.outcomeChangeStart.count - 1) {
      let range = Int(ladder.outcomeChangeStart[j])..<Int(ladder.outcomeChangeStart[j + 1])
      for c in range {
        variable.append(ladder.changeVariable[c])
        keep.append(ladder.changeIsSet[c] ? 0 : 1)
        amount.append(ladder.changeAmount[c])
      }
      for _ in range.count..<max(padTo, range.count) {
        variable.append(Int32(ladder.variableCount))
        keep.append(1)
        amount.append(0)
      }
      start.append(Int32(variable.count))
    }
    outcomeChangeStart = copy(start)
    outcomeChangeVariable = copy(variable)
    outcomeChangeKeep = copy(keep)
    outcomeChangeAmount = copy(amount)
    hasReactive = ladder.plans.contains { $0.memoryStride != 0 }
    let pool = (variable: copy(ladder.changeVariable), isSet: copy(ladder.changeIsSet), amount: copy(ladder.changeAmount))
    changeVariable = pool.variable
    changeIsSet = pool.isSet
    changeAmount = pool.amount
    terminalPayoffs = copy(ladder.terminalPayoffs)
    initialValues = copy(ladder.initialValues)
    flowWeights = copy(ladder.flowWeights)
    hasFlowPayoffs = ladder.hasFlowPayoffs
    let p0 = ladder.plans[0], p1 = ladder.plans[1]
    offset0 = copy(p0.moveOffset)
    offset1 = copy(p1.moveOffset)
    thresholds0 = copy(p0.thresholds)
    thresholds1 = copy(p1.thresholds)
    escalates0 = copy(p0.escalates)
    escalates1 = copy(p1.escalates)
    roundStride0 = p0.roundStride
    memoryStride0 = p0.memoryStride
    roundStride1 = p1.roundStride
    memoryStride1 = p1.memoryStride
    effectCount = ladder.effectWindows.count
    var first: [Int] = [], last: [Int] = [], gapStarts: [Int] = [], gapCounts: [Int] = [], gaps: [UInt64] = []
    for (e, window) in ladder.effectWindows.enumerated() {
      let lo = window.first, hi = min(window.last, ladder.rounds - 1)
      first.append(lo)
      last.append(hi)
      gapStarts.append(gaps.count)
      let length = max(hi - lo + 1, 0)
      gapCounts.append(length)
      let p = ladder.effectProbabilities[e]
      // (1 − p)^(g+1) by repeated multiplication: IEEE arithmetic only, the same everywhere.
      var miss = 1.0
      for _ in 0..<length {
        miss *= 1 - p
        let hit = 1 - miss
        gaps.append(p >= 1 ? LadderBuilder.unit : min(LadderBuilder.unit, UInt64((hit * Double(LadderBuilder.unit)).rounded())))
      }
    }
    effectFirst = copy(first)
    effectLast = copy(last)
    gapStart = copy(gapStarts)
    gapCount = copy(gapCounts)
    gapThreshold = copy(gaps)
    effectApplies = copy(ladder.effectApplies)
    effectTarget = copy(ladder.effectTarget)
    effectChangeStart = copy(ladder.effectChangeStart)
    var powers: [Double] = [1]
    for _ in 0..<ladder.rounds { powers.append(powers[powers.count - 1] * ladder.discount) }
    discountPowers = copy(powers)
    payoffScale = ladder.payoffScale
    variableScales = copy(ladder.variableScales)
    let table = fused ? ladder.fused : nil
    let chained = table.flatMap { ChainedRoundTable(ladder, $0) }
    useChained = chained != nil
    fusedCellStart = copy(table?.cellStart ?? [])
    fusedCellCount = copy(table?.cellCount ?? [])
    fusedRoundStride = table?.roundStride ?? 0
    chainColumns = copy(chained?.columns ?? [])
    chainOutcomes = copy(chained?.outcomes ?? [])
    if let maps = LadderLanes.maps(ladder) {
      lanes = copy([LadderLanes(
        initial: maps.initial, weights0: maps.weights[0], weights1: maps.weights[1],
        keep: copy(maps.keep), amount: copy(maps.amount),
        changeVariable: pool.variable, changeIsSet: pool.isSet, changeAmount: pool.amount)])
    } else {
      lanes = nil
    }
    self.allocations = allocations
  }

  /// The packed cell (`ChainedRoundTable.pack`) of `state` in round `t`'s block,
  /// for a path whose memory block is at `codeOffset`: where the chained loop
  /// starts, and restarts after a round effect.
  @inline(__always)
  func chainCell(round t: Int, codeOffset: Int32, state: Int32) -> UInt64 {
    let index = t &* fusedRoundStride &+ Int(codeOffset) &+ Int(state)
    return ChainedRoundTable.pack(start: fusedCellStart[index], count: fusedCellCount[index])
  }

  func deallocate() {
    for pointer in allocations { pointer.deallocate() }
  }
}
