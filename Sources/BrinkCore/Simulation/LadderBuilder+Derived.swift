/// Step 6 of `LadderBuilder`: the tables the inner loop reads besides the ones the
/// input spells out, built once here so that the sampler and the tracer read the
/// same ones (before, the simulator rebuilt them on every run and the tracer
/// rebuilt its own copies).
extension LadderBuilder {
  mutating func addDerived() {
    let store = tables.storage
    // The fused alias tables, when small enough, and their chained layout.
    tables.fused = fusedTable()
    if let fused = tables.fused, let chained = ChainedRoundTable(tables, fused) {
      tables.chain = LadderTables.ChainTables(
        cellStart: store.store(fused.cellStart), cellCount: store.store(fused.cellCount),
        roundStride: fused.roundStride, columns: store.store(chained.columns), outcomes: store.store(chained.outcomes))
    }
    addPaddedChanges()
    if let maps = LadderLanes.maps(tables) {
      tables.lanes = store.store([LadderLanes(
        initial: maps.initial, weights0: maps.weights[0], weights1: maps.weights[1],
        keep: store.store(maps.keep), amount: store.store(maps.amount), changes: tables.changes)])
    } else if let maps = LadderLanes.maps(tables, width: SIMD16<Double>.self, layers: LadderWideLanes.maximumLayers) {
      tables.wideLanes = store.store([LadderWideLanes(
        initial: maps.initial, weights0: maps.weights[0], weights1: maps.weights[1],
        keep: store.store(maps.keep), amount: store.store(maps.amount), changes: tables.changes,
        upper: tables.variableCount > 8, layers: maps.layerCount)])
    }
    addGapTables()
    addEffectSchedule()
    // δ^t by repeated multiplication.
    var powers: [Double] = [1]
    for _ in 0..<rounds { powers.append(powers[powers.count - 1] * discount) }
    tables.discountPowers = store.store(powers)
  }

  private func fusedTable() -> FusedRoundTable? {
    var kinds: [(byRound: Bool, reactive: Bool)] = []
    for strategy in strategies {
      switch strategy {
      case .stationary: kinds.append((false, false))
      case .byRound: kinds.append((true, false))
      case .reactive: kinds.append((false, true))
      }
    }
    let strategies = self.strategies
    return FusedRoundTable(
      stateCount: states.count, rounds: rounds, isTerminal: states.map(\.isTerminal),
      moveCount0: Array(tables.moveCount0), moveCount1: Array(tables.moveCount1), jointBase: Array(tables.jointBase),
      transitionStart: Array(tables.transitionStart), transitionNext: Array(tables.transitionNext),
      transitionProbability: transitionProbability,
      byRound: kinds.map(\.byRound), reactive: kinds.map(\.reactive)
    ) { player, round, code, state in
      switch strategies[player] {
      case .stationary(let table): table[state]
      case .byRound(let perRound): perRound[round][state]
      case .reactive(let r): [r.calm, r.afterEscalation, r.afterEarlierEscalation][code][state]
      }
    }
  }

  /// `LadderTables.PaddedChanges`: pad every outcome to the same number of changes
  /// (when that is small), so the change loop's trip count never depends on the
  /// random joint move.
  private mutating func addPaddedChanges() {
    let starts = tables.outcomeChangeStart, changes = tables.changes
    var start: [Int32] = [0], variable: [Int32] = [], keep: [Double] = [], amount: [Double] = []
    var most = 1
    for j in 0..<(starts.count - 1) { most = max(most, Int(starts[j + 1] - starts[j])) }
    let padTo = most <= 8 ? most : 1
    for j in 0..<(starts.count - 1) {
      let range = Int(starts[j])..<Int(starts[j + 1])
      for c in range {
        variable.append(changes.variable[c])
        keep.append(changes.isSet[c] ? 0 : 1)
        amount.append(changes.amount[c])
      }
      for _ in range.count..<max(padTo, range.count) {
        variable.append(Int32(variables.count))
        keep.append(1)
        amount.append(0)
      }
      start.append(Int32(variable.count))
    }
    let store = tables.storage
    tables.paddedChanges = LadderTables.PaddedChanges(
      start: store.store(start), variable: store.store(variable), keep: store.store(keep), amount: store.store(amount))
  }

  /// Per effect: its window clipped to the horizon and its geometric gap table.
  private mutating func addGapTables() {
    var first: [Int] = [], last: [Int] = [], gapStarts: [Int] = [], gapCounts: [Int] = [], gaps: [UInt64] = []
    for effect in effects {
      let lo = effect.firstRound, hi = min(effect.lastRound, rounds - 1)
      first.append(lo)
      last.append(hi)
      gapStarts.append(gaps.count)
      let length = max(hi - lo + 1, 0)
      gapCounts.append(length)
      gaps += Threshold53.geometricGaps(probability: Self.probability(effect), count: length)
    }
    let store = tables.storage
    tables.effectFirst = store.store(first)
    tables.effectLast = store.store(last)
    tables.gapStart = store.store(gapStarts)
    tables.gapCount = store.store(gapCounts)
    tables.gapThreshold = store.store(gaps)
  }
}
