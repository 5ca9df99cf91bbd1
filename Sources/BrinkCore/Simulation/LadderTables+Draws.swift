/// The draws of a path, written once and used by both `PathSampler` loops and by
/// `PathTracer`, so that the tracer replays the sampler's paths by construction:
/// the same uniforms, consumed in the same order, mapped to choices by the same
/// code (the order itself is stated on `PathTracer`).
extension LadderTables {
  /// The round effect `e` next fires at or after round `from`, `Int.max` if not in
  /// its window: `from` plus a geometric gap, found in its gap table (counted in a
  /// short window, by binary search in a long one; one 53-bit draw, none for a
  /// certain effect). The coins of an effect are
  /// independent of the path, so drawing the gap to its next firing has the
  /// distribution of a coin per round (geometric gaps are memoryless), at one draw
  /// per firing instead of one per round.
  @inline(__always)
  func nextFiring(_ e: Int, from: Int, _ rng: inout PathRandom) -> Int {
    let last = effectLast[e]
    let start = max(from, effectFirst[e])
    guard start <= last else { return .max }
    let table = gapThreshold.base + gapStart[e]
    var gap = 0
    if table[0] < Threshold53.unit {
      let u = rng.next53()
      var high = last &- start &+ 1  // gaps beyond this leave the window
      if high <= 16 {
        // A short window (a dated scenario's): count the thresholds ≤ u, without a
        // branch on u, where a binary search mispredicts about every other step.
        // The same gap: the thresholds never decrease.
        for k in 0..<high { gap &+= u >= table[k] ? 1 : 0 }
      } else {
        while gap < high {
          let middle = (gap &+ high) >> 1
          if u < table[middle] { high = middle } else { gap = middle &+ 1 }
        }
      }
    }
    let round = start &+ gap
    return round <= last ? round : .max
  }

  /// The next state after joint move `j`: a 53-bit draw over its cumulative
  /// transition thresholds, none when it has one next state.
  @inline(__always)
  func drawNext(joint j: Int, _ rng: inout PathRandom) -> Int32 {
    let t0 = Int(transitionStart[j]), t1 = Int(transitionStart[j &+ 1])
    return t1 &- t0 == 1
      ? transitionNext[t0]
      : transitionNext[t0 &+ transitionThreshold.pick(at: t0, count: t1 &- t0, rng.next53())]
  }

  /// Both players' moves in state `s` at round `t`, with memory codes `codes`, in
  /// the order of play: player 0 then player 1 (a simultaneous stage, or player 0
  /// leads), or player 1 then player 0 when player 0 responds to it; the second
  /// mover draws from its response to the first mover's drawn move (a sequential
  /// stage, Selten 1965: the follower sees the leader's move). One 53-bit draw per
  /// player with more than one move.
  @inline(__always)
  func drawMoves(round t: Int, codes: (Int, Int), state s: Int, _ rng: inout PathRandom) -> (Int, Int) {
    let n0 = Int(moveCount0[s]), n1 = Int(moveCount1[s])
    if plan0.responds(state: s) {
      let b = plan1.draw(round: t, code: codes.1, state: s, moves: n1, after: 0, &rng)
      return (plan0.draw(round: t, code: codes.0, state: s, moves: n0, after: b, &rng), b)
    }
    let a = plan0.draw(round: t, code: codes.0, state: s, moves: n0, after: 0, &rng)
    return (a, plan1.draw(round: t, code: codes.1, state: s, moves: n1, after: a, &rng))
  }

  /// Whether paths draw from the chained alias tables (`fused` asked, and the
  /// ladder has them) or move by move.
  func drawsChained(fused: Bool) -> Bool { fused && chain != nil }

  /// A reactive memory (bit 0: the opponent escalated last round; bit 1: ever)
  /// as the code of its move table: memory 0, 2, 3 → code 0, 2, 1.
  @inline(__always)
  static func code(memory: Int) -> Int { memory &- 2 &* (memory & 1) }

  /// The memory after a round in which the opponent did or did not escalate
  /// (`LadderNode.remembered`, the rule the exact ladder uses).
  @inline(__always)
  static func remember(_ memory: Int, opponentEscalated: Bool) -> Int {
    LadderNode.remembered(memory, opponentEscalated: opponentEscalated)
  }
}

extension LadderTables.MovePlan {
  /// The player's move in state `s` at round `t` with memory code `code`, after
  /// the opponent played `k` (read only where the player responds to it:
  /// `responseStride`), in a state where it has `moves` moves: a 53-bit draw over
  /// the cumulative thresholds of its row, none when it has one move.
  @inline(__always)
  func draw(round t: Int, code: Int, state s: Int, moves: Int, after k: Int, _ rng: inout PathRandom) -> Int {
    guard moves > 1 else { return 0 }
    let row = t &* roundStride &+ code &* memoryStride &+ Int(moveOffset[s]) &+ k &* Int(responseStride[s])
    return thresholds.pick(at: row, count: moves, rng.next53())
  }

  /// Does the player move second in state `s`, responding to the opponent's move.
  @inline(__always)
  func responds(state s: Int) -> Bool { responseStride[s] != 0 }

  /// Does move `move` in state `s` read as escalation.
  @inline(__always)
  func escalates(state s: Int, move: Int) -> Bool { escalates[Int(moveOffset[s]) &+ move] }
}

extension LadderTables.ChainTables {
  /// The packed cell (`ChainedRoundTable.pack`) of `state` in round `t`'s block, for
  /// a path whose memory block is at `codeOffset`: where the chained loop starts,
  /// and restarts after a round effect.
  @inline(__always)
  func cell(round t: Int, codeOffset: Int32, state: Int32) -> UInt64 {
    let index = t &* roundStride &+ Int(codeOffset) &+ Int(state)
    return ChainedRoundTable.pack(start: cellStart[index], count: cellCount[index])
  }

  /// One round's alias draw from a non-empty `cell` (`PathSampler+Chained.swift`
  /// step 1): the entry drawn and the next round's cell. Column
  /// i = start + ⌊u₁ · count⌋ (the high word of a 64-bit u₁ · count), kept if a
  /// 53-bit u₂ < its threshold, else its alias; a cell of one column draws nothing.
  /// The select is branch-free (it is a coin flip).
  @inline(__always)
  func draw(_ cell: UInt64, _ rng: inout PathRandom) -> (entry: Int, cell: UInt64) {
    let start = Int(truncatingIfNeeded: cell & 0xffff_ffff)
    let count = cell >> 32
    guard count > 1 else { return (start, columns[start].keepCell) }
    let i = start &+ Int(truncatingIfNeeded: rng.next().multipliedFullWidth(by: count).high)
    let u = rng.next53()
    let column = columns[i]
    // All ones when column i is kept.
    let keep = 0 &- ((u &- column.threshold) >> 63)
    return (Int(truncatingIfNeeded: column.alias ^ ((UInt64(i) ^ column.alias) & keep)),
            column.aliasCell ^ ((column.keepCell ^ column.aliasCell) & keep))
  }
}
