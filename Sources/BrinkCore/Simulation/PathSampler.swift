/// Runs paths of a ladder and counts what happens: the inner loop of the Monte
/// Carlo simulation. One sampler per worker thread; it accumulates over every
/// chunk of paths that worker runs, then hands its counts over as
/// `SimulationStatistics`.
///
/// Per round the loop only draws uniforms and looks up small precomputed tables
/// (`FlatLadder`; one alias draw in a `FusedRoundTable`, or branch-free scans of
/// cumulative tables): no allocation, no dictionaries, no reference counting. Per
/// path it also adds the path's key and end values to small capped hash tables.
/// The semantics of a path are those documented on `CompiledLadder` (steps 1–7).
struct PathSampler {
  let ladder: FlatLadder
  let codec: PathKeyCodec
  let occupancy: UnsafeMutablePointer<Int>
  let absorbed: UnsafeMutablePointer<Int>
  let horizonEnd: UnsafeMutablePointer<Int>
  let effectFires: UnsafeMutablePointer<Int>
  let values: UnsafeMutablePointer<Double>
  /// Per effect, the round of its next firing in the current path (`Int.max`: none).
  let nextFire: UnsafeMutablePointer<Int>
  let effectCount: Int
  var statistics: SimulationStatistics

  /// - Parameter fused: draw each round from the ladder's `FusedRoundTable` when it
  ///   has one (the default); `false` draws moves and transitions one by one.
  init(ladder source: CompiledLadder, seed: UInt64, fused: Bool = true) {
    ladder = FlatLadder(source, fused: fused)
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
    nextFire = .allocate(capacity: max(effectCount, 1))
    nextFire.initialize(repeating: .max, count: max(effectCount, 1))
    // One more than the variables: the scratch slot of no-op changes (FlatLadder).
    values = .allocate(capacity: source.variableCount + 1)
    values.initialize(repeating: 0, count: source.variableCount + 1)
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

  /// The round an effect next fires at or after round `from`, `Int.max` if not in
  /// its window: `from` plus a geometric gap drawn from its table (`FlatLadder`).
  @inline(__always)
  func nextFiring(_ e: Int, from: Int, _ rng: inout PathRandom) -> Int {
    let start = max(from, ladder.effectFirst[e])
    guard start <= ladder.effectLast[e] else { return .max }
    let table = ladder.gapThreshold + ladder.gapStart[e]
    var gap = 0
    if table[0] < LadderBuilder.unit {
      let u = rng.next53()
      var high = ladder.effectLast[e] &- start &+ 1  // gaps beyond this leave the window
      while gap < high {
        let middle = (gap &+ high) >> 1
        if u < table[middle] { high = middle } else { gap = middle &+ 1 }
      }
    }
    let round = start &+ gap
    return round <= ladder.effectLast[e] ? round : .max
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
    let S = L.stateCount, T = L.rounds, V = L.variableCount, E = L.effectCount
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
      var nextEffect = Int.max
      for e in 0..<E {
        nextFire[e] = nextFiring(e, from: 0, &rng)
        nextEffect = min(nextEffect, nextFire[e])
      }
      var t = 0
      rounds: while t < T {
        if L.terminal[Int(state)] {
          absorbedAt = t
          break rounds
        }
        // Step 2: round effects, at the rounds drawn for them (skip-ahead).
        if t == nextEffect {
          nextEffect = .max
          for e in 0..<E {
            if nextFire[e] == t {
              if L.effectApplies[e &* S &+ Int(state)] {
                effectFires[e] &+= 1
                let target = L.effectTarget[e]
                if target >= 0 && target != state {
                  state = target
                  codec.append(&keyA, &keyB, state: state)
                }
                applyChanges(L.effectChangeStart[e], L.effectChangeStart[e + 1])
              }
              nextFire[e] = nextFiring(e, from: t &+ 1, &rng)
            }
            nextEffect = min(nextEffect, nextFire[e])
          }
          if L.terminal[Int(state)] {
            absorbedAt = t
            break rounds
          }
        }
        // Step 4: occupancy and moves.
        let s = Int(state)
        occupancy[t &* S &+ s] &+= 1
        let n0 = Int(L.moveCount0[s])
        let code0 = memory0 &- 2 &* (memory0 & 1)  // memory 0, 2, 3 → table 0, 2, 1
        let code1 = memory1 &- 2 &* (memory1 & 1)
        var a = 0, b = 0, j = 0
        let next: Int32
        if L.useFused {
          // Moves and transition in one alias draw (FusedRoundTable).
          let cell = t &* L.fusedRoundStride &+ code0 &* L.fusedCode0Stride &+ code1 &* L.fusedCode1Stride &+ s
          var e = Int(L.fusedCellStart[cell])
          let columns = UInt64(L.fusedCellCount[cell])
          if columns > 1 {
            let i = e &+ Int(rng.next().multipliedFullWidth(by: columns).high)
            let u = rng.next53()
            // Keep column i or take its alias, without a branch (it is a coin flip).
            let keep = 0 &- Int(truncatingIfNeeded: (u &- L.fusedEntries[i].threshold) >> 63)
            let alias = Int(L.fusedEntries[i].alias)
            e = alias ^ ((i ^ alias) & keep)
          }
          let entry = L.fusedEntries[e]
          j = Int(entry.joint)
          a = Int(entry.moves & 0xffff)
          b = Int(entry.moves >> 16)
          next = entry.next
        } else {
          let n1 = Int(L.moveCount1[s])
          if n0 > 1 {
            let base = t &* L.roundStride0 &+ code0 &* L.memoryStride0 &+ Int(L.offset0[s])
            a = Self.pick(L.thresholds0 + base, n0, rng.next53())
          }
          if n1 > 1 {
            let base = t &* L.roundStride1 &+ code1 &* L.memoryStride1 &+ Int(L.offset1[s])
            b = Self.pick(L.thresholds1 + base, n1, rng.next53())
          }
          j = Int(L.jointBase[s]) &+ a &+ b &* n0
          let t0 = Int(L.transitionStart[j]), t1 = Int(L.transitionStart[j + 1])
          next = t1 - t0 == 1
            ? L.transitionNext[t0]
            : L.transitionNext[t0 &+ Self.pick(L.transitionThreshold + t0, t1 &- t0, rng.next53())]
        }
        // Step 5: payoffs.
        let d = L.discountPowers[t]
        var flow0 = 0.0, flow1 = 0.0
        if L.hasFlowPayoffs {
          for v in 0..<V {
            flow0 += L.flowWeights[2 * v] * values[v]
            flow1 += L.flowWeights[2 * v + 1] * values[v]
          }
        }
        pay0 += d * (L.stagePayoffs[2 &* j] + flow0)
        pay1 += d * (L.stagePayoffs[2 &* j &+ 1] + flow1)
        // Step 6: variable changes (the transition was drawn above).
        var c = Int(L.outcomeChangeStart[j])
        let c1 = Int(L.outcomeChangeStart[j &+ 1])
        repeat {
          let v = Int(L.outcomeChangeVariable[c])
          values[v] = values[v] * L.outcomeChangeKeep[c] + L.outcomeChangeAmount[c]
          c &+= 1
        } while c < c1
        // Step 7: reactive memory.
        if L.hasReactive {
          memory0 = (memory0 & 2) | (L.escalates1[Int(L.offset1[s]) &+ b] ? 3 : 0)
          memory1 = (memory1 & 2) | (L.escalates0[Int(L.offset0[s]) &+ a] ? 3 : 0)
        }
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
    let q0 = Int64(pay0 * ladder.payoffScale)  // toward zero: one instruction, still < 1 unit off
    let q1 = Int64(pay1 * ladder.payoffScale)
    statistics.payoffSums[0].add(q0)
    statistics.payoffSquares[0].addSquare(q0)
    statistics.payoffSums[1].add(q1)
    statistics.payoffSquares[1].addSquare(q1)
    for v in 0..<V {
      let q = Int64((values[v] * ladder.variableScales[v]).rounded())  // values such as 157 stay exact
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
    nextFire.deallocate()
    ladder.deallocate()
    return statistics
  }
}
