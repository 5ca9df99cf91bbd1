extension PathSampler {
  /// Runs paths drawing each player's move, then the transition, from the
  /// cumulative tables (`LadderTables.MovePlan`): for ladders whose fused tables would be too
  /// large, and for tests of this way of drawing. Returns the rounds played.
  mutating func runMoveByMove<Values: PathValues>(_ range: Range<Int>, seed: UInt64, values prototype: Values) -> Int {
    let L = ladder
    let S = L.stateCount, T = L.rounds, occupancy = self.occupancy, jointMoves = self.jointMoves
    // Locals, not `inout` parameters or fields, so that the compiler can keep the
    // path's state (generator, values, trail) in registers across the loop.
    var values = prototype
    var trail = self.trail
    defer { self.trail = trail }
    var pathRounds = 0
    for path in range {
      var (rng, state, nextEffect) = startPath(path, seed: seed, &values, &trail)
      var pay0 = 0.0, pay1 = 0.0
      // Reactive memory of the opponent: bit 0 escalated last round, bit 1 ever.
      var memory0 = 0, memory1 = 0
      var absorbedAt = -1
      // The state the path played its last round in (none yet): where an effect
      // finds it in another, that state was not played in (`PathTrail.settle`).
      var previous: Int32 = -1
      var t = 0
      while t < T {
        // Steps 1–3: terminal, round effects, terminal again.
        if L.terminal[Int(state)] {
          absorbedAt = t
          break
        }
        if t == nextEffect {
          nextEffect = fireEffectsKeepingRegisters(at: t, pending: previous != state, &state, &values, &trail, &rng)
          if L.terminal[Int(state)] {
            absorbedAt = t
            break
          }
        }
        // Step 4: occupancy and moves.
        let s = Int(state)
        occupancy[t &* S &+ s] &+= 1
        let n0 = Int(L.moveCount0[s])
        let (a, b) = L.drawMoves(
          round: t, codes: (LadderTables.code(memory: memory0), LadderTables.code(memory: memory1)), state: s, &rng)
        let j = Int(L.jointBase[s]) &+ a &+ b &* n0
        let next = L.drawNext(joint: j, &rng)
        jointMoves[j] &+= 1
        // Step 5: payoffs.
        accrue(round: t, L.stagePayoffs[2 &* j], L.stagePayoffs[2 &* j &+ 1], values, &pay0, &pay1)
        // Step 6: variable changes (the transition was drawn above).
        values.applyOutcome(j)
        // Step 7: reactive memory.
        if L.hasReactive {
          memory0 = LadderTables.remember(memory0, opponentEscalated: L.plan1.escalates(state: s, move: b))
          memory1 = LadderTables.remember(memory1, opponentEscalated: L.plan0.escalates(state: s, move: a))
        }
        trail.step(from: state, to: next)
        previous = state
        state = next
        t &+= 1
      }
      pathRounds &+= absorbedAt < 0 ? T : absorbedAt
      endPath(state: state, absorbedAt: absorbedAt, pay0: pay0, pay1: pay1, values: values, key: trail.key())
    }
    return pathRounds
  }
}
