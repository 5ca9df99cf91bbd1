/// Runs paths of a ladder and counts what happens: the inner loop of the Monte
/// Carlo simulation. One sampler per worker thread; it accumulates over every
/// chunk of paths that worker runs, then hands its counts over as
/// `SimulationStatistics`.
///
/// Per round the loop only draws uniforms and scans small cumulative tables
/// (`FlatLadder`): no allocation, no dictionaries, no reference counting. Per path it
/// also adds the path's key and end values to small capped hash tables.
/// The semantics of a path are those documented on `CompiledLadder` (steps 1–7).
struct PathSampler {
  let ladder: FlatLadder
  let codec: PathKeyCodec
  let occupancy: UnsafeMutablePointer<Int>
  let absorbed: UnsafeMutablePointer<Int>
  let horizonEnd: UnsafeMutablePointer<Int>
  let effectFires: UnsafeMutablePointer<Int>
  let values: UnsafeMutablePointer<Double>
  let effectCount: Int
  var statistics: SimulationStatistics

  init(ladder source: CompiledLadder, seed: UInt64) {
    ladder = FlatLadder(source)
    codec = PathKeyCodec(stateCount: source.stateCount)
    let s = source.stateCount, t = source.rounds
    occupancy = .allocate(capacity: max(s * t, 1))
    occupancy.initialize(repeating: 0, count: max(s * t, 1))
    absorbed = .allocate(capacity: s * (t + 1))
    absorbed.initialize(repeating: 0, count: s * (t + 1))
    horizonEnd = .allocate(capacity: s)
    horizonEnd.initialize(repeating: 0, count: s)
    effectCount = source.effectNames.count
    effectFires = .allocate(capacity: max(effectCount, 1))
    effectFires.initialize(repeating: 0, count: max(effectCount, 1))
    values = .allocate(capacity: max(source.variableCount, 1))
    values.initialize(repeating: 0, count: max(source.variableCount, 1))
    statistics = SimulationStatistics(ladder: source, seed: seed, pathsRequested: 0)
  }

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

  /// Applies the variable changes `[start, end)` of the shared pool.
  @inline(__always)
  func applyChanges(_ start: Int32, _ end: Int32) {
    var c = Int(start)
    while c < Int(end) {
      let v = Int(ladder.changeVariable[c])
      if ladder.changeIsSet[c] { values[v] = ladder.changeAmount[c] } else { values[v] += ladder.changeAmount[c] }
      c += 1
    }
  }

  /// Runs the paths with the given global indices.
  mutating func run(paths range: Range<Int>, seed: UInt64) {
    let L = ladder
    let S = L.stateCount, T = L.rounds, V = L.variableCount
    var pathRounds = 0
    for path in range {
      var rng = PathRandom(seed: seed, path: UInt64(path))
      var state = L.initialState
      for v in 0..<V { values[v] = L.initialValues[v] }
      var pay0 = 0.0, pay1 = 0.0
      // Reactive memory of the opponent: bit 0 escalated last round, bit 1 ever.
      var memory0 = 0, memory1 = 0
      var keyA: UInt64 = 0, keyB: UInt64 = 0
      codec.append(&keyA, &keyB, state: state)
      var absorbedAt = -1
      var t = 0
      rounds: while t < T {
        if L.terminal[Int(state)] {
          absorbedAt = t
          break rounds
        }
        // Step 2: round effects.
        let e0 = Int(L.effectRoundStart[t]), e1 = Int(L.effectRoundStart[t + 1])
        if e0 < e1 {
          for k in e0..<e1 {
            let e = Int(L.effectRoundList[k])
            guard L.effectApplies[e * S + Int(state)] else { continue }
            let threshold = L.effectThreshold[e]
            guard threshold >= LadderBuilder.unit || rng.next53() < threshold else { continue }
            effectFires[e] += 1
            let target = L.effectTarget[e]
            if target >= 0 && target != state {
              state = target
              codec.append(&keyA, &keyB, state: state)
            }
            applyChanges(L.effectChangeStart[e], L.effectChangeStart[e + 1])
          }
          if L.terminal[Int(state)] {
            absorbedAt = t
            break rounds
          }
        }
        // Step 4: occupancy and moves.
        let s = Int(state)
        occupancy[t &* S &+ s] &+= 1
        let n0 = Int(L.moveCount0[s]), n1 = Int(L.moveCount1[s])
        var a = 0, b = 0
        if n0 > 1 {
          let code = memory0 &- 2 &* (memory0 & 1)  // memory 0, 2, 3 → table 0, 2, 1
          let base = t &* L.roundStride0 &+ code &* L.memoryStride0 &+ Int(L.offset0[s])
          a = Self.pick(L.thresholds0 + base, n0, rng.next53())
        }
        if n1 > 1 {
          let code = memory1 &- 2 &* (memory1 & 1)
          let base = t &* L.roundStride1 &+ code &* L.memoryStride1 &+ Int(L.offset1[s])
          b = Self.pick(L.thresholds1 + base, n1, rng.next53())
        }
        // Step 5: payoffs.
        let j = Int(L.jointBase[s]) &+ a &+ b &* n0
        let d = L.discountPowers[t]
        var flow0 = 0.0, flow1 = 0.0
        if L.hasFlowPayoffs {
          for v in 0..<V {
            flow0 += L.flowWeights[2 * v] * values[v]
            flow1 += L.flowWeights[2 * v + 1] * values[v]
          }
        }
        pay0 += d * (L.stagePayoffs[2 * j] + flow0)
        pay1 += d * (L.stagePayoffs[2 * j + 1] + flow1)
        // Step 6: variable changes, then the transition.
        applyChanges(L.outcomeChangeStart[j], L.outcomeChangeStart[j + 1])
        let t0 = Int(L.transitionStart[j]), t1 = Int(L.transitionStart[j + 1])
        let next = t1 - t0 == 1
          ? L.transitionNext[t0]
          : L.transitionNext[t0 &+ Self.pick(L.transitionThreshold + t0, t1 &- t0, rng.next53())]
        // Step 7: reactive memory.
        memory0 = (memory0 & 2) | (L.escalates1[Int(L.offset1[s]) &+ b] ? 3 : 0)
        memory1 = (memory1 & 2) | (L.escalates0[Int(L.offset0[s]) &+ a] ? 3 : 0)
        codec.appendIfChanged(&keyA, &keyB, from: state, to: next)
        state = next
        t += 1
      }
      pathRounds += absorbedAt < 0 ? T : absorbedAt
      let end = Int(state)
      if absorbedAt < 0 && L.terminal[end] { absorbedAt = T }
      if absorbedAt >= 0 {
        absorbed[end * (T + 1) + absorbedAt] += 1
        let d = L.discountPowers[absorbedAt]
        pay0 += d * L.terminalPayoffs[2 * end]
        pay1 += d * L.terminalPayoffs[2 * end + 1]
      } else {
        horizonEnd[end] += 1
      }
      record(pay0, pay1, V, keyA, keyB)
    }
    statistics.pathRounds += pathRounds
    statistics.pathsCompleted += range.count
    statistics.pathsRequested += range.count
    if !range.isEmpty {
      statistics.pathRanges = (try? SimulationStatistics.union(statistics.pathRanges, [[range.lowerBound, range.upperBound]]))
        ?? statistics.pathRanges
    }
  }

  /// Per-path totals: payoffs and end values as fixed-point integers, the path key.
  @inline(__always)
  private mutating func record(_ pay0: Double, _ pay1: Double, _ V: Int, _ keyA: UInt64, _ keyB: UInt64) {
    let q0 = Int64((pay0 * ladder.payoffScale).rounded())
    let q1 = Int64((pay1 * ladder.payoffScale).rounded())
    statistics.payoffSums[0].add(q0)
    statistics.payoffSquares[0].addSquare(q0)
    statistics.payoffSums[1].add(q1)
    statistics.payoffSquares[1].addSquare(q1)
    for v in 0..<V {
      let q = Int64((values[v] * ladder.variableScales[v]).rounded())
      statistics.variables[v].sum.add(q)
      statistics.variables[v].squares.addSquare(q)
      statistics.variables[v].minimum = min(statistics.variables[v].minimum ?? q, q)
      statistics.variables[v].maximum = max(statistics.variables[v].maximum ?? q, q)
      statistics.variables[v].values.add(UInt64(bitPattern: q), 0)
    }
    statistics.paths.add(keyA, keyB)
  }

  /// Moves the flat counters into `statistics` and frees every buffer.
  mutating func finish() -> SimulationStatistics {
    let S = ladder.stateCount, T = ladder.rounds
    for t in 0..<T {
      for s in 0..<S { statistics.occupancy[t][s] += occupancy[t * S + s] }
    }
    for s in 0..<S where !statistics.absorbed[s].isEmpty {
      for t in 0...T { statistics.absorbed[s][t] += absorbed[s * (T + 1) + t] }
    }
    for s in 0..<S { statistics.horizonEnd[s] += horizonEnd[s] }
    for e in 0..<effectCount { statistics.effectFires[e] += effectFires[e] }
    occupancy.deallocate()
    absorbed.deallocate()
    horizonEnd.deallocate()
    effectFires.deallocate()
    values.deallocate()
    ladder.deallocate()
    return statistics
  }
}
