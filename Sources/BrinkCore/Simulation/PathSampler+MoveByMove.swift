extension PathSampler {
  /// Index of the entry a uniform `u` picks in a cumulative table of `count`
  /// entries: the number of thresholds ≤ u (see `CompiledLadder`: thresholds never
  /// decrease and the last positive entry's is 2⁵³ > u, so this is the first entry
  /// whose threshold exceeds u). Counted without branches on `u`: a random choice
  /// would otherwise mispredict about every other time.
  @inline(__always)
  static func pick(_ thresholds: UnsafeMutablePointer<UInt64>, _ count: Int, _ u: UInt64) -> Int {
    var i = 0
    var k = 0
    while k &+ 1 < count {
      i &+= u >= thresholds[k] ? 1 : 0
      k &+= 1
    }
    return i
  }

  /// Runs paths drawing each player's move, then the transition, from the
  /// cumulative tables (`MovePlan`): for ladders whose fused tables would be too
  /// large, and for tests of this way of drawing. Returns the rounds played.
  mutating func runMoveByMove<Values: PathValues>(_ range: Range<Int>, seed: UInt64, values prototype: Values) -> Int {
    let L = ladder
    let S = L.stateCount, T = L.rounds, occupancy = self.occupancy
    // Locals, not `inout` parameters or fields, so that the compiler can keep the
    // path's state (generator, values, trail) in registers across the loop.
    var values = prototype
    var trail = self.trail
    defer { self.trail = trail }
    var pathRounds = 0
    for path in range {
      var rng = PathRandom(seed: seed, path: UInt64(path))
      var state = L.initialState
      values.start()
      trail.start(state)
      var pay0 = 0.0, pay1 = 0.0
      // Reactive memory of the opponent: bit 0 escalated last round, bit 1 ever.
      var memory0 = 0, memory1 = 0
      var absorbedAt = -1
      var nextEffect = firstFirings(&rng)
      var t = 0
      while t < T {
        // Steps 1–3: terminal, round effects, terminal again.
        if L.terminal[Int(state)] {
          absorbedAt = t
          break
        }
        if t == nextEffect {
          nextEffect = fireEffectsKeepingRegisters(at: t, &state, &values, &trail, &rng)
          if L.terminal[Int(state)] {
            absorbedAt = t
            break
          }
        }
        // Step 4: occupancy and moves.
        let s = Int(state)
        occupancy[t &* S &+ s] &+= 1
        let n0 = Int(L.moveCount0[s]), n1 = Int(L.moveCount1[s])
        let code0 = memory0 &- 2 &* (memory0 & 1)  // memory 0, 2, 3 → table 0, 2, 1
        let code1 = memory1 &- 2 &* (memory1 & 1)
        var a = 0, b = 0
        if n0 > 1 {
          let base = t &* L.roundStride0 &+ code0 &* L.memoryStride0 &+ Int(L.offset0[s])
          a = Self.pick(L.thresholds0 + base, n0, rng.next53())
        }
        if n1 > 1 {
          let base = t &* L.roundStride1 &+ code1 &* L.memoryStride1 &+ Int(L.offset1[s])
          b = Self.pick(L.thresholds1 + base, n1, rng.next53())
        }
        let j = Int(L.jointBase[s]) &+ a &+ b &* n0
        let t0 = Int(L.transitionStart[j]), t1 = Int(L.transitionStart[j + 1])
        let next = t1 - t0 == 1
          ? L.transitionNext[t0]
          : L.transitionNext[t0 &+ Self.pick(L.transitionThreshold + t0, t1 &- t0, rng.next53())]
        // Step 5: payoffs.
        let d = L.discountPowers[t]
        let flow = L.hasFlowPayoffs ? values.flows() : (0.0, 0.0)
        pay0 += d * (L.stagePayoffs[2 &* j] + flow.0)
        pay1 += d * (L.stagePayoffs[2 &* j &+ 1] + flow.1)
        // Step 6: variable changes (the transition was drawn above).
        values.applyOutcome(j)
        // Step 7: reactive memory.
        if L.hasReactive {
          memory0 = (memory0 & 2) | (L.escalates1[Int(L.offset1[s]) &+ b] ? 3 : 0)
          memory1 = (memory1 & 2) | (L.escalates0[Int(L.offset0[s]) &+ a] ? 3 : 0)
        }
        trail.step(from: state, to: next)
        state = next
        t &+= 1
      }
      pathRounds &+= absorbedAt < 0 ? T : absorbedAt
      endPath(state: state, absorbedAt: absorbedAt, pay0: pay0, pay1: pay1, values: values, key: trail.key())
    }
    return pathRounds
  }
}
