/// Replays single paths of a `Simulator.run`, recording every round
/// (`TracedPath`): what `brink simulate --paths-out` writes.
///
/// Why a second implementation: the simulator's inner loop (`PathSampler`) only
/// counts, so that it stays fast and its memory stays independent of the number
/// of paths. Path `i` draws only from its own stream `PathRandom(seed, i)`, so it
/// can be replayed on its own, in any order: the tracer consumes the same draws,
/// in the same order, with the same mapping from a uniform draw to a choice, and
/// so reproduces exactly the path the simulator ran (the tests tally traced paths
/// into `SimulationStatistics` and compare them with `Simulator.run`'s, field for
/// field). It reads the `CompiledLadder`'s tables through plain arrays and
/// allocates per path: clear rather than fast.
///
/// The draws of a path, in order (the contract shared with `PathSampler`):
/// 1. Per effect, in the ladder's order, the round of its first firing
///    (`nextFiring`: one 53-bit draw unless the effect is certain).
/// 2. Per round `t` (semantics steps 1–7 of `CompiledLadder`):
///    a. if effects are due at `t`: each due effect, in order, fires if it applies
///       to the current state, then draws its next firing round;
///    b. with the fused table: a 64-bit draw picks the column (the high word of
///       `u · columns`), a 53-bit draw keeps it or takes its alias — both only when
///       the cell has more than one column;
///    c. without it: player 0's move (a 53-bit draw if it has more than one move),
///       player 1's likewise, then the transition (a 53-bit draw if it has more
///       than one next state), each the number of cumulative thresholds ≤ u.
public struct PathTracer: Sendable {
  public let ladder: CompiledLadder
  public let seed: UInt64
  let useFused: Bool
  let hasReactive: Bool
  /// δ^t for t in 0...rounds, by repeated multiplication (as the simulator).
  let discountPowers: [Double]
  /// Per effect: its window clipped to the horizon, and its geometric-gap
  /// thresholds P(gap ≤ g) (as `FlatLadder` builds them).
  let effectFirst: [Int]
  let effectLast: [Int]
  let gapThresholds: [[UInt64]]

  /// A tracer for the paths of `Simulator.run(ladder, paths:, seed: seed, …)`.
  public init(ladder: CompiledLadder, seed: UInt64) {
    self.init(ladder: ladder, seed: seed, fused: true)
  }

  /// `fused: false` replays `Simulator.run(…, fused: false)`.
  init(ladder: CompiledLadder, seed: UInt64, fused: Bool) {
    self.ladder = ladder
    self.seed = seed
    useFused = fused && ladder.fused != nil
    hasReactive = ladder.plans.contains { $0.memoryStride != 0 }
    var powers: [Double] = [1]
    for _ in 0..<ladder.rounds { powers.append(powers[powers.count - 1] * ladder.discount) }
    discountPowers = powers
    var first: [Int] = [], last: [Int] = [], gaps: [[UInt64]] = []
    for (e, window) in ladder.effectWindows.enumerated() {
      let lo = window.first, hi = min(window.last, ladder.rounds - 1)
      first.append(lo)
      last.append(hi)
      let p = ladder.effectProbabilities[e]
      var miss = 1.0
      var table: [UInt64] = []
      for _ in 0..<max(hi - lo + 1, 0) {
        miss *= 1 - p
        let hit = 1 - miss
        table.append(p >= 1 ? LadderBuilder.unit : min(LadderBuilder.unit, UInt64((hit * Double(LadderBuilder.unit)).rounded())))
      }
      gaps.append(table)
    }
    effectFirst = first
    effectLast = last
    gapThresholds = gaps
  }

  /// The round effect `e` next fires at or after round `from` (`nil`: not in its
  /// window): `from` plus a geometric gap, found by binary search of its table.
  func nextFiring(_ e: Int, from: Int, _ rng: inout PathRandom) -> Int? {
    let start = max(from, effectFirst[e])
    guard start <= effectLast[e] else { return nil }
    let table = gapThresholds[e]
    var gap = 0
    if table[0] < LadderBuilder.unit {
      let u = rng.next53()
      var high = effectLast[e] - start + 1
      while gap < high {
        let middle = (gap + high) >> 1
        if u < table[middle] { high = middle } else { gap = middle + 1 }
      }
    }
    let round = start + gap
    return round <= effectLast[e] ? round : nil
  }

  /// The number of the first `count − 1` thresholds at `base` that are ≤ u.
  static func pick(_ thresholds: [UInt64], _ base: Int, _ count: Int, _ u: UInt64) -> Int {
    var i = 0
    for k in 0..<max(count - 1, 0) where u >= thresholds[base + k] { i += 1 }
    return i
  }

  /// Path `index` of the run, round by round.
  public func trace(path index: Int) -> TracedPath {
    let L = ladder
    let S = L.stateCount, T = L.rounds, E = effectFirst.count
    var rng = PathRandom(seed: seed, path: UInt64(index))
    var state = L.initialState
    var values = L.initialValues
    var pay0 = 0.0, pay1 = 0.0
    var memory0 = 0, memory1 = 0  // bit 0: the opponent escalated last round; bit 1: ever
    var result = TracedPath(
      index: index, states: [], moves: [], firings: [], visited: [state], endState: state,
      absorbedAt: nil, payoffs: [], values: [])
    func visit(_ s: Int) { if result.visited.last != s { result.visited.append(s) } }
    var nextFire = (0..<E).map { nextFiring($0, from: 0, &rng) }
    var t = 0
    rounds: while t < T {
      if L.isTerminal[state] {
        result.absorbedAt = t
        break rounds
      }
      // Step 2: the effects due this round, in order.
      for e in 0..<E where nextFire[e] == t {
        if L.effectApplies[e * S + state] {
          result.firings.append(.init(round: t, effect: e))
          let target = Int(L.effectTarget[e])
          if target >= 0 { state = target }
          visit(state)
          for c in Int(L.effectChangeStart[e])..<Int(L.effectChangeStart[e + 1]) {
            let v = Int(L.changeVariable[c])
            if L.changeIsSet[c] { values[v] = L.changeAmount[c] } else { values[v] += L.changeAmount[c] }
          }
        }
        nextFire[e] = nextFiring(e, from: t + 1, &rng)
      }
      if L.isTerminal[state] {
        result.absorbedAt = t
        break rounds
      }
      // Step 4: the moves and the transition.
      let s = state
      result.states.append(s)
      let codes = (memory0 - 2 * (memory0 & 1), memory1 - 2 * (memory1 & 1))  // memory 0, 2, 3 → code 0, 2, 1
      let (a, b, j, next) = useFused ? drawFused(t, codes, s, &rng) : drawOneByOne(t, codes, s, &rng)
      result.moves.append(.init(first: a, second: b))
      // Step 5: payoffs, with the variables as they stand before this round's changes.
      let d = discountPowers[t]
      var flow0 = 0.0, flow1 = 0.0
      if L.hasFlowPayoffs {
        for v in 0..<L.variableCount {
          flow0 += L.flowWeights[2 * v] * values[v]
          flow1 += L.flowWeights[2 * v + 1] * values[v]
        }
      }
      pay0 += d * (L.stagePayoffs[2 * j] + flow0)
      pay1 += d * (L.stagePayoffs[2 * j + 1] + flow1)
      // Step 6: the joint move's changes, as value × keep + amount (keep 0: set).
      for c in Int(L.outcomeChangeStart[j])..<Int(L.outcomeChangeStart[j + 1]) {
        let v = Int(L.changeVariable[c])
        values[v] = values[v] * (L.changeIsSet[c] ? 0 : 1) + L.changeAmount[c]
      }
      // Step 7: reactive memory.
      if hasReactive {
        let p0 = L.plans[0], p1 = L.plans[1]
        memory0 = (memory0 & 2) | (p1.escalates[Int(p1.moveOffset[s]) + b] ? 3 : 0)
        memory1 = (memory1 & 2) | (p0.escalates[Int(p0.moveOffset[s]) + a] ? 3 : 0)
      }
      state = next
      visit(state)
      t += 1
    }
    if result.absorbedAt == nil && L.isTerminal[state] { result.absorbedAt = T }
    if let at = result.absorbedAt {
      let d = discountPowers[at]
      pay0 += d * L.terminalPayoffs[2 * state]
      pay1 += d * L.terminalPayoffs[2 * state + 1]
    }
    result.endState = state
    result.payoffs = [pay0, pay1]
    result.values = values
    return result
  }

  /// Moves and next state from the fused alias table (draws 2b).
  private func drawFused(_ t: Int, _ codes: (Int, Int), _ s: Int, _ rng: inout PathRandom) -> (Int, Int, Int, Int) {
    let table = ladder.fused!
    let cell = t * table.roundStride + codes.0 * table.code0Stride + codes.1 * table.code1Stride + s
    var e = Int(table.cellStart[cell])
    let columns = UInt64(table.cellCount[cell])
    if columns > 1 {
      let i = e + Int(rng.next().multipliedFullWidth(by: columns).high)
      let u = rng.next53()
      e = u < table.entries[i].threshold ? i : Int(table.entries[i].alias)
    }
    let entry = table.entries[e]
    return (Int(entry.moves & 0xffff), Int(entry.moves >> 16), Int(entry.joint), Int(entry.next))
  }

  /// Moves and next state from the cumulative tables, one draw each (draws 2c).
  private func drawOneByOne(_ t: Int, _ codes: (Int, Int), _ s: Int, _ rng: inout PathRandom) -> (Int, Int, Int, Int) {
    let L = ladder
    var moves = [0, 0]
    for p in 0..<2 {
      let plan = L.plans[p]
      let n = Int(p == 0 ? L.moveCount0[s] : L.moveCount1[s])
      if n > 1 {
        let base = t * plan.roundStride + (p == 0 ? codes.0 : codes.1) * plan.memoryStride + Int(plan.moveOffset[s])
        moves[p] = Self.pick(plan.thresholds, base, n, rng.next53())
      }
    }
    let j = Int(L.jointBase[s]) + moves[0] + moves[1] * Int(L.moveCount0[s])
    let t0 = Int(L.transitionStart[j]), t1 = Int(L.transitionStart[j + 1])
    let next = t1 - t0 == 1
      ? L.transitionNext[t0]
      : L.transitionNext[t0 + Self.pick(L.transitionThreshold, t0, t1 - t0, rng.next53())]
    return (moves[0], moves[1], j, Int(next))
  }
}
