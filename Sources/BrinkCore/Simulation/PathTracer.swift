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
/// field). It reads the ladder's own tables (`LadderTables`) and draws through the
/// same helpers as the sampler (`LadderTables+Draws.swift`: next firings, picks
/// of cumulative thresholds, chained alias draws), so the two agree by
/// construction; it allocates per path: clear rather than fast.
///
/// The draws of a path, in order (the contract shared with `PathSampler`):
/// 1. Per effect, in the ladder's order, the round of its first firing
///    (`nextFiring`: one 53-bit draw unless the effect is certain).
/// 2. Per round `t` (semantics steps 1–7 of `CompiledLadder`):
///    a. if effects are due at `t`: each due effect, in order, fires if it applies
///       to the current state (a joint one also if it could fire in the state the
///       joint effects began in), then draws its next firing round;
///    b. with the chained alias tables: a 64-bit draw picks the column (the high
///       word of `u · columns`), a 53-bit draw keeps it or takes its alias — both
///       only when the cell has more than one column (`ChainTables.draw`);
///    c. without them: the moves in the order of play (`drawMoves`: player 0's
///       move, a 53-bit draw if it has more than one move, then player 1's
///       likewise; player 1's first when player 0 responds to it in a sequential
///       stage), then the transition (a 53-bit draw if it has more than one next
///       state), each the number of cumulative thresholds ≤ u.
public struct PathTracer: Sendable {
  public let ladder: CompiledLadder
  public let seed: UInt64
  /// Draws from the chained alias tables, as the simulator's run does.
  let useChained: Bool

  /// A tracer for the paths of `Simulator.run(ladder, paths:, seed: seed, …)`.
  public init(ladder: CompiledLadder, seed: UInt64) {
    self.init(ladder: ladder, seed: seed, fused: true)
  }

  /// `fused: false` replays `Simulator.run(…, fused: false)`.
  init(ladder: CompiledLadder, seed: UInt64, fused: Bool) {
    self.ladder = ladder
    self.seed = seed
    useChained = ladder.tables.drawsChained(fused: fused)
  }

  /// Path `index` of the run, round by round.
  public func trace(path index: Int) -> TracedPath {
    let L = ladder.tables
    let S = L.stateCount, T = L.rounds, E = L.effectCount
    var rng = PathRandom(seed: seed, path: UInt64(index))
    var state = Int(L.initialState)
    var values = Array(L.initialValues)
    var pay0 = 0.0, pay1 = 0.0
    var memory0 = 0, memory1 = 0  // bit 0: the opponent escalated last round; bit 1: ever
    var result = TracedPath(
      index: index, states: [], moves: [], joints: [], firings: [], visited: [state], endState: state,
      absorbedAt: nil, payoffs: [], values: [])
    func visit(_ s: Int) { if result.visited.last != s { result.visited.append(s) } }
    // Whether the last state visited has not been played in yet (`PathTrail.pending`).
    var pending = true
    var nextFire = (0..<E).map { L.nextFiring($0, from: 0, &rng) }
    var codeOffset: Int32 = 0  // the chained tables' memory block
    var t = 0
    rounds: while t < T {
      if L.terminal[state] {
        result.absorbedAt = t
        break rounds
      }
      // Step 2: the effects due this round, in order.
      let before = state
      var settled: Int?  // the state the joint effects began in
      for e in 0..<E where nextFire[e] == t {
        if e >= L.firstJointEffect && settled == nil { settled = state }
        if L.effectApplies[e * S + state] && (e < L.firstJointEffect || L.effectFiresFrom[e * S + settled!]) {
          result.firings.append(.init(round: t, effect: e))
          let target = Int(L.effectTarget[e])
          if target >= 0 { state = target }
          for c in Int(L.effectChangeStart[e])..<Int(L.effectChangeStart[e + 1]) {
            let v = Int(L.changes.variable[c])
            if L.changes.isSet[c] { values[v] = L.changes.amount[c] } else { values[v] += L.changes.amount[c] }
          }
        }
        nextFire[e] = L.nextFiring(e, from: t + 1, &rng)
      }
      // A state the effects moved the path out of before it played there is not kept.
      if state != before {
        if pending { result.visited.removeLast() }
        visit(state)
        pending = true
      }
      if L.terminal[state] {
        result.absorbedAt = t
        break rounds
      }
      // Step 4: the moves and the transition.
      let s = state
      result.states.append(s)
      let (a, b, j, next) = useChained
        ? drawChained(t, &codeOffset, s, &rng)
        : drawOneByOne(t, (LadderTables.code(memory: memory0), LadderTables.code(memory: memory1)), s, &rng)
      result.moves.append(.init(first: a, second: b))
      result.joints.append(j)
      // Step 5: payoffs, with the variables as they stand before this round's changes.
      let d = L.discountPowers[t]
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
        let v = Int(L.changes.variable[c])
        values[v] = values[v] * (L.changes.isSet[c] ? 0 : 1) + L.changes.amount[c]
      }
      // Step 7: reactive memory.
      if L.hasReactive {
        memory0 = LadderTables.remember(memory0, opponentEscalated: L.plan1.escalates(state: s, move: b))
        memory1 = LadderTables.remember(memory1, opponentEscalated: L.plan0.escalates(state: s, move: a))
      }
      pending = next != state
      state = next
      visit(state)
      t += 1
    }
    if result.absorbedAt == nil && L.terminal[state] { result.absorbedAt = T }
    if let at = result.absorbedAt {
      let d = L.discountPowers[at]
      pay0 += d * L.terminalPayoffs[2 * state]
      pay1 += d * L.terminalPayoffs[2 * state + 1]
      if L.hasHorizonPayoffs {
        pay0 += L.flowAnnuity[at] * L.terminalFlows[2 * state]
        pay1 += L.flowAnnuity[at] * L.terminalFlows[2 * state + 1]
      }
    } else if L.hasHorizonPayoffs {
      pay0 += L.discountPowers[T] * L.horizonValues[2 * state]
      pay1 += L.discountPowers[T] * L.horizonValues[2 * state + 1]
    }
    result.endState = state
    result.payoffs = [pay0, pay1]
    result.values = values
    return result
  }

  /// Moves and next state from the chained alias tables (draws 2b); `codeOffset`
  /// is the path's memory block, updated as the sampler's chained loop does.
  private func drawChained(_ t: Int, _ codeOffset: inout Int32, _ s: Int, _ rng: inout PathRandom) -> (Int, Int, Int, Int) {
    let L = ladder.tables, chain = L.chain!
    let (e, _) = chain.draw(chain.cell(round: t, codeOffset: codeOffset, state: Int32(s)), &rng)
    let outcome = chain.outcomes[e]
    codeOffset = outcome.codeOffset
    let j = Int(outcome.joint), n0 = Int(L.moveCount0[s])
    let move = j - Int(L.jointBase[s])  // a + b · n0
    return (move % n0, move / n0, j, Int(outcome.next))
  }

  /// Moves and next state from the cumulative tables, one draw each (draws 2c).
  private func drawOneByOne(_ t: Int, _ codes: (Int, Int), _ s: Int, _ rng: inout PathRandom) -> (Int, Int, Int, Int) {
    let L = ladder.tables
    let n0 = Int(L.moveCount0[s])
    let (a, b) = L.drawMoves(round: t, codes: codes, state: s, &rng)
    let j = Int(L.jointBase[s]) + a + b * n0
    return (a, b, j, Int(L.drawNext(joint: j, &rng)))
  }
}
