/// Checks a ladder's nested input and flattens it into `CompiledLadder`'s tables.
///
/// Steps:
/// 1. Global checks (two strategies, horizon, discount, initial state).
/// 2. Per state: move counts, outcomes (payoffs, transitions, variable changes).
/// 3. Per player: the strategy's tables, shape- and sum-checked, made cumulative.
/// 4. Variables and round effects; effects indexed by round.
/// 5. Bounds on payoffs and variables → fixed-point scales for exact statistics.
struct LadderBuilder {
  let states: [CompiledLadder.State]
  let initialState: Int
  let variables: [CompiledLadder.Variable]
  let strategies: [CompiledLadder.Strategy]
  let rounds: Int
  let discount: Double
  let effects: [CompiledLadder.RoundEffect]

  var problems: [String] = []
  var moveCount0: [Int32] = []
  var moveCount1: [Int32] = []
  var jointBase: [Int32] = []
  var stagePayoffs: [Double] = []
  var transitionStart: [Int32] = [0]
  var transitionNext: [Int32] = []
  var transitionThreshold: [UInt64] = []
  var transitionProbability: [Double] = []
  var fused: FusedRoundTable?
  var outcomeChangeStart: [Int32] = [0]
  var changeVariable: [Int32] = []
  var changeIsSet: [Bool] = []
  var changeAmount: [Double] = []
  var terminalPayoffs: [Double] = []
  var flowWeights: [Double] = []
  var plans: [CompiledLadder.MovePlan] = []
  var effectRoundStart: [Int32] = []
  var effectRoundList: [Int32] = []
  var effectThreshold: [UInt64] = []
  var effectApplies: [Bool] = []
  var effectTarget: [Int32] = []
  var effectChangeStart: [Int32] = []
  var payoffScale: Double = 1
  var variableScales: [Double] = []

  /// Largest horizon and table sizes accepted (far beyond any scenario; they keep
  /// the 32-bit indices and the statistics' memory sane).
  static let maxRounds = 1_000_000
  static let maxStates = 1_000_000
  /// The distribution tolerance of the brief: sums within 1e-9 of 1.
  static let tolerance = 1e-9
  static let unit: UInt64 = 1 << 53

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
    // 2. States and outcomes.
    for (s, state) in states.enumerated() { addState(s, state) }
    // 3. Strategies.
    for player in 0..<2 { addPlan(player) }
    // 4. Variables and effects.
    addVariables()
    addEffects()
    // 5. Scales.
    if problems.isEmpty { computeScales() }
    // 6. The fused alias tables, when small enough.
    if problems.isEmpty { buildFused() }
  }

  private mutating func buildFused() {
    var kinds: [(byRound: Bool, reactive: Bool)] = []
    for strategy in strategies {
      switch strategy {
      case .stationary: kinds.append((false, false))
      case .byRound: kinds.append((true, false))
      case .reactive: kinds.append((false, true))
      }
    }
    let strategies = self.strategies
    fused = FusedRoundTable(
      stateCount: states.count, rounds: rounds, isTerminal: states.map(\.isTerminal),
      moveCount0: moveCount0, moveCount1: moveCount1, jointBase: jointBase,
      transitionStart: transitionStart, transitionNext: transitionNext, transitionProbability: transitionProbability,
      byRound: kinds.map(\.byRound), reactive: kinds.map(\.reactive)
    ) { player, round, code, state in
      switch strategies[player] {
      case .stationary(let table): table[state]
      case .byRound(let perRound): perRound[round][state]
      case .reactive(let r): [r.calm, r.afterEscalation, r.afterEarlierEscalation][code][state]
      }
    }
  }

  private func label(_ s: Int) -> String { "states[\(s)] \"\(states[s].name)\"" }

  private mutating func addState(_ s: Int, _ state: CompiledLadder.State) {
    jointBase.append(Int32(stagePayoffs.count / 2))
    let tp = state.terminalPayoffs.isEmpty ? [0, 0] : state.terminalPayoffs
    if tp.count != 2 || !tp.allSatisfy(\.isFinite) {
      problems.append("\(label(s)): terminalPayoffs must be 2 finite numbers, got \(state.terminalPayoffs)")
    }
    terminalPayoffs += tp.count == 2 ? tp : [0, 0]
    guard !state.isTerminal else {
      moveCount0.append(0)
      moveCount1.append(0)
      return
    }
    guard state.moves.count == 2, !state.moves[0].isEmpty, !state.moves[1].isEmpty else {
      problems.append("\(label(s)): a non-terminal state needs moves for both players, got \(state.moves.map(\.count))")
      moveCount0.append(0)
      moveCount1.append(0)
      return
    }
    let m0 = state.moves[0].count, m1 = state.moves[1].count
    moveCount0.append(Int32(m0))
    moveCount1.append(Int32(m1))
    if !state.escalates.isEmpty && state.escalates.map(\.count) != [m0, m1] {
      problems.append("\(label(s)): escalates has shape \(state.escalates.map(\.count)), expected [\(m0), \(m1)] or empty")
    }
    guard state.outcomes.count == m0 * m1 else {
      problems.append("\(label(s)): \(state.outcomes.count) outcomes, expected \(m0 * m1) (\(m0) × \(m1) joint moves)")
      return
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
      outcomeChangeStart.append(Int32(changeVariable.count))
    }
  }

  private mutating func addChanges(_ changes: [CompiledLadder.VariableChange], _ where_: String) {
    for change in changes {
      if !(0..<variables.count).contains(change.variable) {
        problems.append("\(where_): variable change on \(change.variable), not a variable index")
      }
      if !change.amount.isFinite { problems.append("\(where_): variable change amount \(change.amount) is not finite") }
      changeVariable.append(Int32(clamping: change.variable))
      changeIsSet.append(change.kind == .set)
      changeAmount.append(change.amount)
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
    let lastPositive = probabilities.lastIndex { $0 > 0 }!
    var cumulative = 0.0
    return probabilities.indices.map { i in
      cumulative += probabilities[i]
      if i >= lastPositive { return Self.unit }
      let scaled = (cumulative / total * Double(Self.unit)).rounded()
      return min(Self.unit, UInt64(scaled))
    }
  }

  private mutating func addPlan(_ player: Int) {
    let counts = player == 0 ? moveCount0 : moveCount1
    var offsets: [Int32] = []
    var blockSize = 0
    for c in counts {
      offsets.append(Int32(blockSize))
      blockSize += Int(c)
    }
    var escalates: [Bool] = []
    for (s, state) in states.enumerated() {
      let m = Int(counts[s])
      escalates += state.escalates.count == 2 && state.escalates[player].count == m
        ? state.escalates[player] : Array(repeating: false, count: m)
    }
    let name = "strategies[\(player)]"
    var tables: [[[Double]]] = []
    var plan = CompiledLadder.MovePlan(
      moveOffset: offsets, blockSize: blockSize, roundStride: 0, memoryStride: 0,
      thresholds: [], escalates: escalates)
    switch strategies[player] {
    case .stationary(let table):
      tables = [table]
    case .byRound(let perRound):
      if perRound.count != rounds {
        problems.append("\(name): byRound has \(perRound.count) rounds, expected \(rounds)")
      }
      tables = perRound
      plan.roundStride = blockSize
    case .reactive(let r):
      tables = [r.calm, r.afterEscalation, r.afterEarlierEscalation]
      plan.memoryStride = blockSize
    }
    for (b, table) in tables.enumerated() {
      let blockName = tables.count > 1 ? "\(name) table \(b)" : name
      guard table.count == states.count else {
        problems.append("\(blockName): \(table.count) state rows, expected \(states.count)")
        plan.thresholds += Array(repeating: Self.unit, count: blockSize)
        continue
      }
      for s in 0..<states.count {
        let m = Int(counts[s])
        guard m > 0 else { continue }
        if table[s].count != m {
          problems.append("\(blockName) \(label(s)): \(table[s].count) probabilities, expected \(m) moves")
          plan.thresholds += Array(repeating: Self.unit, count: m)
        } else if let t = thresholds(table[s], "\(blockName) \(label(s))") {
          plan.thresholds += t
        } else {
          plan.thresholds += Array(repeating: Self.unit, count: m)
        }
      }
    }
    plans.append(plan)
  }

  private mutating func addVariables() {
    for (v, variable) in variables.enumerated() {
      if !variable.initial.isFinite { problems.append("variables[\(v)] \"\(variable.name)\": initial value is not finite") }
      let w = variable.payoffWeights.isEmpty ? [0, 0] : variable.payoffWeights
      if w.count != 2 || !w.allSatisfy(\.isFinite) {
        problems.append("variables[\(v)] \"\(variable.name)\": payoffWeights must be 2 finite numbers or empty")
      }
      flowWeights += w.count == 2 ? w : [0, 0]
    }
  }

  private mutating func addEffects() {
    var byRound = Array(repeating: [Int32](), count: max(rounds, 0))
    effectChangeStart = [Int32(changeVariable.count)]  // effects' changes follow the outcomes' in the pool
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
      let p = min(max(effect.probability.isNaN ? 0 : effect.probability, 0), 1)
      effectThreshold.append(p >= 1 ? Self.unit : UInt64((p * Double(Self.unit)).rounded()))
      effectTarget.append(Int32(clamping: effect.toState ?? -1))
      addChanges(effect.variableChanges, where_)
      effectChangeStart.append(Int32(changeVariable.count))
      if effect.firstRound >= 0 && effect.lastRound >= effect.firstRound && effect.firstRound < rounds {
        for t in effect.firstRound...min(effect.lastRound, rounds - 1) { byRound[t].append(Int32(e)) }
      }
    }
    effectRoundStart = [0]
    for list in byRound {
      effectRoundList += list
      effectRoundStart.append(Int32(effectRoundList.count))
    }
  }

  /// Bounds any path's |discounted payoff| and |end value| per variable, then picks
  /// power-of-two scales mapping those bounds to at most 2⁴⁰ (so 2⁴⁷ paths' sums of
  /// squares still fit 128 bits).
  private mutating func computeScales() {
    let nv = variables.count
    var maxSet = variables.map { abs($0.initial) }
    var perRoundAdd = Array(repeating: 0.0, count: nv)
    func changeBound(_ range: Range<Int>, _ adds: inout [Double]) {
      for c in range {
        let v = Int(changeVariable[c])
        if changeIsSet[c] { maxSet[v] = max(maxSet[v], abs(changeAmount[c])) } else { adds[v] += abs(changeAmount[c]) }
      }
    }
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
    variableScales = variableBounds.map(Self.scale(forBound:))
    var stageBound = stagePayoffs.map(abs).max() ?? 0
    for v in 0..<nv {
      stageBound += max(abs(flowWeights[2 * v]), abs(flowWeights[2 * v + 1])) * variableBounds[v]
    }
    let payoffBound = horizon * stageBound + (terminalPayoffs.map(abs).max() ?? 0)
    if !payoffBound.isFinite || payoffBound > 1e300 || variableBounds.contains(where: { !$0.isFinite || $0 > 1e300 }) {
      problems.append("payoffs or variables can grow too large to sum (bound \(payoffBound))")
    }
    payoffScale = Self.scale(forBound: payoffBound)
  }

  static func scale(forBound bound: Double) -> Double {
    guard bound > 0, bound.isFinite else { return 1 }
    let exponent = Int(bound.exponent) + 1  // bound < 2^exponent
    return Double(sign: .plus, exponent: min(max(40 - exponent, -1000), 1000), significand: 1)
  }

  /// FNV-1a over every table and name: stable across runs and machines
  /// (unlike `Hasher`, which is seeded per process).
  func fingerprint(names: [String]) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ x: UInt64) {
      for byte in 0..<8 {
        h ^= (x >> (8 * UInt64(byte))) & 0xff
        h = h &* 0x0000_0100_0000_01b3
      }
    }
    for name in names {
      for b in name.utf8 { mix(UInt64(b)) }
      mix(0xffff)
    }
    mix(UInt64(initialState))
    mix(UInt64(rounds))
    mix(discount.bitPattern)
    for a in [moveCount0, moveCount1, jointBase, transitionStart, transitionNext, outcomeChangeStart,
              changeVariable, effectRoundStart, effectRoundList, effectTarget, effectChangeStart] {
      mix(UInt64(a.count))
      for x in a { mix(UInt64(bitPattern: Int64(x))) }
    }
    for a in [stagePayoffs, changeAmount, terminalPayoffs, flowWeights, variables.map(\.initial)] {
      mix(UInt64(a.count))
      for x in a { mix(x.bitPattern) }
    }
    for a in [transitionThreshold, effectThreshold] + plans.map(\.thresholds) {
      mix(UInt64(a.count))
      for x in a { mix(x) }
    }
    for a in [changeIsSet, effectApplies] + plans.map(\.escalates) {
      mix(UInt64(a.count))
      for x in a { mix(x ? 1 : 0) }
    }
    for plan in plans { mix(UInt64(plan.roundStride)); mix(UInt64(plan.memoryStride)) }
    return h
  }
}
