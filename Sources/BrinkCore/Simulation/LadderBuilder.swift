/// Checks a ladder's nested input and builds its `LadderTables`, every table once.
///
/// Steps:
/// 1. Global checks (two strategies, horizon, discount, initial state).
/// 2. Per state: move counts, outcomes (payoffs, transitions, variable changes).
/// 3. Per player: the strategy's tables, shape- and sum-checked, made cumulative.
/// 4. Variables and round effects; effects indexed by round.
/// 5. Bounds on payoffs and variables → fixed-point scales for exact statistics.
/// 6. The tables derived for the inner loop (`LadderBuilder+Derived.swift`): fused
///    and chained alias tables, padded changes, SIMD lanes, gap tables, δ^t.
/// 7. In debug builds, `LadderTables.checkInvariants()`.
///
/// Each step computes its tables in local arrays and stores each once
/// (`TableStorage.store`); later steps read them back from `tables`.
struct LadderBuilder {
  let states: [CompiledLadder.State]
  let initialState: Int
  let variables: [CompiledLadder.Variable]
  let strategies: [CompiledLadder.Strategy]
  let rounds: Int
  let discount: Double
  let effects: [CompiledLadder.RoundEffect]
  /// Terminal flows continue past the horizon (`CompiledLadder.init`).
  var flowsForever = false

  var problems: [String] = []
  var tables = LadderTables(storage: TableStorage())
  /// The change pool as it grows: the outcomes' changes (step 2), then the
  /// effects' (step 4); stored at the end of step 4.
  private var pool = (variable: [Int32](), isSet: [Bool](), amount: [Double]())
  /// Per transition, its probability normalised to sum 1 (for the fused tables).
  var transitionProbability: [Double] = []

  /// Largest horizon and table sizes accepted (far beyond any scenario; they keep
  /// the 32-bit indices and the statistics' memory sane).
  static let maxRounds = 1_000_000
  static let maxStates = 1_000_000
  /// The distribution tolerance of the brief: sums within 1e-9 of 1.
  static let tolerance = 1e-9
  static let unit = Threshold53.unit

  init(
    states: [CompiledLadder.State], initialState: Int, variables: [CompiledLadder.Variable],
    strategies: [CompiledLadder.Strategy], rounds: Int, discount: Double, effects: [CompiledLadder.RoundEffect]
  ) {
    self.states = states
    self.initialState = initialState
    self.variables = variables
    self.strategies = strategies
    self.rounds = rounds
    self.discount = discount
    self.effects = effects
  }

  mutating func build() {
    // 1. Global checks.
    if states.isEmpty { problems.append("there are no states") }
    if states.count > Self.maxStates { problems.append("\(states.count) states, at most \(Self.maxStates)") }
    if !(0..<states.count).contains(initialState) {
      problems.append("initialState \(initialState) is not a state index (0..<\(states.count))")
    }
    if rounds < 0 || rounds > Self.maxRounds { problems.append("rounds \(rounds) is not in 0...\(Self.maxRounds)") }
    if !(discount >= 0 && discount <= 1) { problems.append("discount \(discount) is not in [0, 1]") }
    if strategies.count != 2 { problems.append("\(strategies.count) strategies, expected 2 (one per player)") }
    guard problems.isEmpty else { return }
    tables.stateCount = states.count
    tables.rounds = rounds
    tables.discount = discount
    tables.initialState = Int32(initialState)
    tables.variableCount = variables.count
    // 2. States and outcomes.
    addStates()
    // 3. Strategies.
    tables.plan0 = plan(0)
    tables.plan1 = plan(1)
    checkResponders()
    tables.hasReactive = tables.plan0.memoryStride != 0 || tables.plan1.memoryStride != 0
    // 4. Variables and effects.
    addVariables()
    addEffects()
    // 5. Scales.
    if problems.isEmpty { computeScales() }
    // 6–7. The inner loop's tables, then the invariants.
    if problems.isEmpty {
      addDerived()
      assert(tables.checkInvariants())
    }
  }

  private func label(_ s: Int) -> String { "states[\(s)] \"\(states[s].name)\"" }

  /// Step 2.
  private mutating func addStates() {
    var moveCount0: [Int32] = [], moveCount1: [Int32] = [], jointBase: [Int32] = []
    var stagePayoffs: [Double] = [], terminalPayoffs: [Double] = []
    var transitionStart: [Int32] = [0], transitionNext: [Int32] = [], transitionThreshold: [UInt64] = []
    var outcomeChangeStart: [Int32] = [0]
    for (s, state) in states.enumerated() {
      jointBase.append(Int32(stagePayoffs.count / 2))
      let tp = state.terminalPayoffs.isEmpty ? [0, 0] : state.terminalPayoffs
      if tp.count != 2 || !tp.allSatisfy(\.isFinite) {
        problems.append("\(label(s)): terminalPayoffs must be 2 finite numbers, got \(state.terminalPayoffs)")
      }
      terminalPayoffs += tp.count == 2 ? tp : [0, 0]
      guard !state.isTerminal else {
        moveCount0.append(0)
        moveCount1.append(0)
        continue
      }
      guard state.moves.count == 2, !state.moves[0].isEmpty, !state.moves[1].isEmpty else {
        problems.append("\(label(s)): a non-terminal state needs moves for both players, got \(state.moves.map(\.count))")
        moveCount0.append(0)
        moveCount1.append(0)
        continue
      }
      let m0 = state.moves[0].count, m1 = state.moves[1].count
      moveCount0.append(Int32(m0))
      moveCount1.append(Int32(m1))
      if !state.escalates.isEmpty && state.escalates.map(\.count) != [m0, m1] {
        problems.append("\(label(s)): escalates has shape \(state.escalates.map(\.count)), expected [\(m0), \(m1)] or empty")
      }
      guard state.outcomes.count == m0 * m1 else {
        problems.append("\(label(s)): \(state.outcomes.count) outcomes, expected \(m0 * m1) (\(m0) × \(m1) joint moves)")
        continue
      }
      for (j, outcome) in state.outcomes.enumerated() {
        let where_ = "\(label(s)) outcomes[\(j)] (\(state.moves[0][j % m0]), \(state.moves[1][j / m0]))"
        if outcome.payoffs.count != 2 || !outcome.payoffs.allSatisfy(\.isFinite) {
          problems.append("\(where_): payoffs must be 2 finite numbers, got \(outcome.payoffs)")
        }
        stagePayoffs += outcome.payoffs.count == 2 ? outcome.payoffs : [0, 0]
        var probabilities: [Double] = []
        for t in outcome.transitions {
          if !(0..<states.count).contains(t.to) {
            problems.append("\(where_): transition to \(t.to), not a state index")
          }
          transitionNext.append(Int32(clamping: t.to))
          probabilities.append(t.probability)
        }
        if let thresholds = thresholds(probabilities, where_ + " transitions") {
          transitionThreshold += thresholds
          let total = probabilities.reduce(0, +)
          transitionProbability += probabilities.map { $0 / total }
        } else {
          transitionProbability += Array(repeating: 0, count: probabilities.count)
          transitionThreshold += Array(repeating: Self.unit, count: probabilities.count)
        }
        transitionStart.append(Int32(transitionNext.count))
        addChanges(outcome.variableChanges, where_)
        outcomeChangeStart.append(Int32(pool.variable.count))
      }
    }
    let store = tables.storage
    tables.terminal = store.store(states.map(\.isTerminal))
    tables.moveCount0 = store.store(moveCount0)
    tables.moveCount1 = store.store(moveCount1)
    tables.jointBase = store.store(jointBase)
    tables.stagePayoffs = store.store(stagePayoffs)
    tables.terminalPayoffs = store.store(terminalPayoffs)
    addHorizonPayoffs()
    tables.transitionStart = store.store(transitionStart)
    tables.transitionNext = store.store(transitionNext)
    tables.transitionThreshold = store.store(transitionThreshold)
    tables.outcomeChangeStart = store.store(outcomeChangeStart)
  }

  private mutating func addChanges(_ changes: [CompiledLadder.VariableChange], _ where_: String) {
    for change in changes {
      if !(0..<variables.count).contains(change.variable) {
        problems.append("\(where_): variable change on \(change.variable), not a variable index")
      }
      if !change.amount.isFinite { problems.append("\(where_): variable change amount \(change.amount) is not finite") }
      pool.variable.append(Int32(clamping: change.variable))
      pool.isSet.append(change.kind == .set)
      pool.amount.append(change.amount)
    }
  }

  /// Plain probabilities → 53-bit cumulative thresholds, or `nil` (with a problem
  /// recorded) when they are not a distribution.
  mutating func thresholds(_ probabilities: [Double], _ where_: String) -> [UInt64]? {
    guard !probabilities.isEmpty else {
      problems.append("\(where_): empty distribution")
      return nil
    }
    guard probabilities.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
      problems.append("\(where_): probabilities must be finite and ≥ 0, got \(probabilities)")
      return nil
    }
    let total = probabilities.reduce(0, +)
    guard abs(total - 1) <= Self.tolerance else {
      problems.append("\(where_): probabilities sum to \(total), not 1")
      return nil
    }
    return Threshold53.cumulative(probabilities)
  }

  /// Step 3 for one player. A state's row is either the player's `m` move
  /// probabilities, or, when it moves second in a sequential stage, `m × n` of
  /// them: its response to each of the opponent's `n` moves (`CompiledLadder.Strategy`).
  /// A state where the player responds in some block takes `m × n` slots in every
  /// block (a plain row is repeated), so that `moveOffset` and `responseStride`
  /// are the same in every block.
  private mutating func plan(_ player: Int) -> LadderTables.MovePlan {
    let counts = player == 0 ? tables.moveCount0 : tables.moveCount1
    let others = player == 0 ? tables.moveCount1 : tables.moveCount0
    let name = "strategies[\(player)]"
    var blocks: [[[Double]]] = []
    var plan = LadderTables.MovePlan()
    switch strategies[player] {
    case .stationary(let table):
      blocks = [table]
    case .byRound(let perRound):
      if perRound.count != rounds {
        problems.append("\(name): byRound has \(perRound.count) rounds, expected \(rounds)")
      }
      blocks = perRound
    case .reactive(let r):
      blocks = [r.calm, r.afterEscalation, r.afterEarlierEscalation]
    }
    // Does the player respond to the opponent's move in state s (in some block)?
    let responds = (0..<states.count).map { s in
      let m = Int(counts[s]), n = Int(others[s])
      return n > 1 && m > 0 && blocks.contains { $0.count == states.count && $0[s].count == m * n }
    }
    var offsets: [Int32] = [], strides: [Int32] = []
    var blockSize = 0
    for (s, c) in counts.enumerated() {
      offsets.append(Int32(blockSize))
      strides.append(responds[s] ? c : 0)
      blockSize += Int(c) * (responds[s] ? Int(others[s]) : 1)
    }
    plan.blockSize = blockSize
    switch strategies[player] {
    case .stationary: break
    case .byRound: plan.roundStride = blockSize
    case .reactive: plan.memoryStride = blockSize
    }
    var escalates: [Bool] = []
    for (s, state) in states.enumerated() {
      let m = Int(counts[s])
      escalates += state.escalates.count == 2 && state.escalates[player].count == m
        ? state.escalates[player] : Array(repeating: false, count: m)
      if responds[s] { escalates += Array(repeating: false, count: m * (Int(others[s]) - 1)) }
    }
    var thresholds: [UInt64] = []
    for (b, table) in blocks.enumerated() {
      let blockName = blocks.count > 1 ? "\(name) table \(b)" : name
      guard table.count == states.count else {
        problems.append("\(blockName): \(table.count) state rows, expected \(states.count)")
        thresholds += Array(repeating: Self.unit, count: blockSize)
        continue
      }
      for s in 0..<states.count {
        let m = Int(counts[s])
        guard m > 0 else { continue }
        let copies = responds[s] ? Int(others[s]) : 1
        // The rows after each opponent move: one row for all, or one each.
        let rows: [ArraySlice<Double>]
        if table[s].count == m {
          rows = Array(repeating: table[s][...], count: copies)
        } else if responds[s] && table[s].count == m * copies {
          rows = (0..<copies).map { table[s][$0 * m ..< ($0 + 1) * m] }
        } else {
          let also = Int(others[s]) > 1 ? " (or \(m * Int(others[s])): a response to each opponent move)" : ""
          problems.append("\(blockName) \(label(s)): \(table[s].count) probabilities, expected \(m) moves\(also)")
          thresholds += Array(repeating: Self.unit, count: m * copies)
          continue
        }
        for (k, row) in rows.enumerated() {
          let after = copies > 1 ? " after opponent move \(k)" : ""
          thresholds += self.thresholds(Array(row), "\(blockName) \(label(s))\(after)")
            ?? Array(repeating: Self.unit, count: m)
        }
      }
    }
    let store = tables.storage
    plan.moveOffset = store.store(offsets)
    plan.responseStride = store.store(strides)
    plan.thresholds = store.store(thresholds)
    plan.escalates = store.store(escalates)
    return plan
  }

  /// Step 3, last: in a state at most one player responds to the other's move
  /// (the second mover of a sequential stage).
  mutating func checkResponders() {
    for s in 0..<states.count where tables.plan0.responseStride[s] != 0 && tables.plan1.responseStride[s] != 0 {
      problems.append("\(label(s)): both players respond to the other's move")
    }
  }

  /// Step 4: variables.
  private mutating func addVariables() {
    var flowWeights: [Double] = []
    for (v, variable) in variables.enumerated() {
      if !variable.initial.isFinite { problems.append("variables[\(v)] \"\(variable.name)\": initial value is not finite") }
      let w = variable.payoffWeights.isEmpty ? [0, 0] : variable.payoffWeights
      if w.count != 2 || !w.allSatisfy(\.isFinite) {
        problems.append("variables[\(v)] \"\(variable.name)\": payoffWeights must be 2 finite numbers or empty")
      }
      flowWeights += w.count == 2 ? w : [0, 0]
    }
    tables.initialValues = tables.storage.store(variables.map(\.initial))
    tables.flowWeights = tables.storage.store(flowWeights)
    tables.hasFlowPayoffs = flowWeights.contains { $0 != 0 }
  }

  /// Step 4: round effects, then the change pool (outcomes' and effects').
  private mutating func addEffects() {
    var byRound = Array(repeating: [Int32](), count: max(rounds, 0))
    var effectChangeStart = [Int32(pool.variable.count)]  // effects' changes follow the outcomes' in the pool
    var effectApplies: [Bool] = [], effectThreshold: [UInt64] = [], effectTarget: [Int32] = []
    var effectFiresFrom: [Bool] = []
    let firstJoint = effects.firstIndex { $0.firesFrom != nil } ?? effects.count
    for (e, effect) in effects.enumerated() {
      let where_ = "effects[\(e)] \"\(effect.name)\""
      if !(effect.probability >= 0 && effect.probability <= 1) {
        problems.append("\(where_): probability \(effect.probability) is not in [0, 1]")
      }
      if effect.firstRound < 0 || effect.lastRound < effect.firstRound {
        problems.append("\(where_): rounds \(effect.firstRound)...\(effect.lastRound) are not a window of rounds ≥ 0")
      }
      if let to = effect.toState, !(0..<states.count).contains(to) {
        problems.append("\(where_): toState \(to) is not a state index")
      }
      var applies = Array(repeating: effect.fromStates == nil, count: states.count)
      for s in effect.fromStates ?? [] {
        if (0..<states.count).contains(s) { applies[s] = true } else {
          problems.append("\(where_): fromStates contains \(s), not a state index")
        }
      }
      for s in states.indices where states[s].isTerminal { applies[s] = false }
      effectApplies += applies
      var fires = Array(repeating: effect.firesFrom == nil, count: states.count)
      for s in effect.firesFrom ?? [] {
        if (0..<states.count).contains(s) { fires[s] = true } else {
          problems.append("\(where_): firesFrom contains \(s), not a state index")
        }
      }
      if e > firstJoint && effect.firesFrom == nil {
        problems.append("\(where_): an effect without firesFrom follows a joint one (joint effects come last)")
      }
      effectFiresFrom += fires
      effectThreshold.append(Threshold53.of(Self.probability(effect)))
      effectTarget.append(Int32(clamping: effect.toState ?? -1))
      addChanges(effect.variableChanges, where_)
      effectChangeStart.append(Int32(pool.variable.count))
      if effect.firstRound >= 0 && effect.lastRound >= effect.firstRound && effect.firstRound < rounds {
        for t in effect.firstRound...min(effect.lastRound, rounds - 1) { byRound[t].append(Int32(e)) }
      }
    }
    var effectRoundStart: [Int32] = [0], effectRoundList: [Int32] = []
    for list in byRound {
      effectRoundList += list
      effectRoundStart.append(Int32(effectRoundList.count))
    }
    let store = tables.storage
    tables.effectCount = effects.count
    tables.effectApplies = store.store(effectApplies)
    tables.effectFiresFrom = store.store(effectFiresFrom)
    tables.firstJointEffect = firstJoint
    tables.effectThreshold = store.store(effectThreshold)
    tables.effectTarget = store.store(effectTarget)
    tables.effectChangeStart = store.store(effectChangeStart)
    tables.effectRoundStart = store.store(effectRoundStart)
    tables.effectRoundList = store.store(effectRoundList)
    tables.changes = LadderTables.ChangeList(
      variable: store.store(pool.variable), isSet: store.store(pool.isSet), amount: store.store(pool.amount))
  }

  /// An effect's chance per round, clamped to [0, 1] (NaN: 0).
  static func probability(_ effect: CompiledLadder.RoundEffect) -> Double {
    min(max(effect.probability.isNaN ? 0 : effect.probability, 0), 1)
  }

  /// Bounds any path's |discounted payoff| and |end value| per variable, then picks
  /// power-of-two scales mapping those bounds to at most 2⁴⁰ (so 2⁴⁷ paths' sums of
  /// squares still fit 128 bits).
  private mutating func computeScales() {
    let nv = variables.count
    let changes = tables.changes
    var maxSet = variables.map { abs($0.initial) }
    var perRoundAdd = Array(repeating: 0.0, count: nv)
    func changeBound(_ range: Range<Int>, _ adds: inout [Double]) {
      for c in range {
        let v = Int(changes.variable[c])
        if changes.isSet[c] { maxSet[v] = max(maxSet[v], abs(changes.amount[c])) } else { adds[v] += abs(changes.amount[c]) }
      }
    }
    let outcomeChangeStart = tables.outcomeChangeStart, effectChangeStart = tables.effectChangeStart
    var outcomeAdd = Array(repeating: 0.0, count: nv)
    for j in 0..<(outcomeChangeStart.count - 1) {
      var adds = Array(repeating: 0.0, count: nv)
      changeBound(Int(outcomeChangeStart[j])..<Int(outcomeChangeStart[j + 1]), &adds)
      for v in 0..<nv { outcomeAdd[v] = max(outcomeAdd[v], adds[v]) }
    }
    var effectAdd = Array(repeating: 0.0, count: nv)
    for e in 0..<effects.count {
      changeBound(Int(effectChangeStart[e])..<Int(effectChangeStart[e + 1]), &effectAdd)
    }
    for v in 0..<nv { perRoundAdd[v] = outcomeAdd[v] + effectAdd[v] }
    let horizon = Double(rounds)
    let variableBounds = (0..<nv).map { maxSet[$0] + horizon * perRoundAdd[$0] }
    tables.variableScales = tables.storage.store(variableBounds.map(Self.scale(forBound:)))
    var stageBound = tables.stagePayoffs.map(abs).max() ?? 0
    for v in 0..<nv {
      stageBound += max(abs(tables.flowWeights[2 * v]), abs(tables.flowWeights[2 * v + 1])) * variableBounds[v]
    }
    var payoffBound = horizon * stageBound + (tables.terminalPayoffs.map(abs).max() ?? 0)
    if tables.hasHorizonPayoffs { payoffBound += horizonPayoffBound }
    if !payoffBound.isFinite || payoffBound > 1e300 || variableBounds.contains(where: { !$0.isFinite || $0 > 1e300 }) {
      problems.append("payoffs or variables can grow too large to sum (bound \(payoffBound))")
    }
    tables.payoffScale = Self.scale(forBound: payoffBound)
  }

  static func scale(forBound bound: Double) -> Double {
    guard bound > 0, bound.isFinite else { return 1 }
    let exponent = Int(bound.exponent) + 1  // bound < 2^exponent
    return Double(sign: .plus, exponent: min(max(40 - exponent, -1000), 1000), significand: 1)
  }
}
