/// The fused alias tables (`FusedRoundTable`) re-laid for the inner loop, so that
/// the draw of one round already says where the next round's draw starts.
///
/// Why: a path is a chain of dependent lookups — the state picks the alias table,
/// the table picks the outcome, the outcome picks the next state. In
/// `FusedRoundTable` each link is several loads (cell start, column, alias entry,
/// its next state, then the next cell). Here every column carries, for itself and
/// for its alias, the *next round's cell* (start and count packed in one word),
/// so a round's critical path is one multiply, one load and one select. What the
/// outcome means (payoffs, next state, joint move) is looked up beside the chain,
/// where it does not hold up the next draw.
///
/// The draws are exactly those of `FusedRoundTable` (same columns, thresholds and
/// aliases, same random numbers), so paths do not change.
///
/// Steps of the construction, per fused entry `e` in block (round r, codes c₀, c₁):
/// 1. The next block: round r + 1 for round-dependent strategies (the last round's
///    is never used), and each reactive player's memory after this round's moves
///    (bit 0 "opponent escalated last round", bit 1 "ever"; code = memory 0, 3, 2 →
///    0, 1, 2, as in `PathSampler`).
/// 2. `outcomes[e]`: stage payoffs of the joint move, the next state, the joint
///    move, and the next block's offset.
/// 3. `cells[e]`: the next state's cell in the next block, packed (`pack`).
/// 4. `columns[e]`: threshold and alias of the alias table, with steps 3 of the
///    column itself and of its alias side by side.
struct ChainedRoundTable {
  /// One alias-table column: 32 bytes, half a cache line.
  struct Column {
    /// 53-bit: keep this column when u₂ < threshold, else take `alias`.
    var threshold: UInt64
    /// The next round's cell (`pack`) if this column is kept, and if its alias is taken.
    var keepCell: UInt64
    var aliasCell: UInt64
    var alias: UInt64
  }

  /// What a drawn entry means, read off the chain of draws.
  struct Outcome {
    var payoff0: Double
    var payoff1: Double
    var next: Int32
    var joint: Int32
    /// The next round's memory block: code₀ · code0Stride + code₁ · code1Stride.
    var codeOffset: Int32
    var unused: Int32 = 0
  }

  var columns: [Column] = []
  var outcomes: [Outcome] = []

  /// A cell `start ..< start + count` of `columns` as one word; count 0 is a terminal state.
  @inline(__always)
  static func pack(start: Int32, count: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: start)) | UInt64(UInt32(bitPattern: count)) << 32
  }

  /// Builds the table, or returns `nil` when a non-terminal state has an empty
  /// cell (every weight underflowed), which the chained loop would read as terminal.
  init?(_ ladder: LadderTables, _ table: FusedRoundTable) {
    let s = ladder.stateCount
    let codes1 = table.code1Stride != 0 ? 3 : 1, codes0 = table.code0Stride != 0 ? 3 : 1
    let blockCount = table.cellStart.count / max(s * codes0 * codes1, 1)
    let p0 = ladder.plan0, p1 = ladder.plan1
    if table.cellCount.indices.contains(where: { table.cellCount[$0] == 0 && !ladder.terminal[$0 % s] }) { return nil }
    func cellOf(_ index: Int) -> UInt64 { Self.pack(start: table.cellStart[index], count: table.cellCount[index]) }
    /// Step 1: memory code after a round in which the opponent did or did not escalate.
    func nextCode(_ code: Int, opponentEscalated: Bool) -> Int {
      let memory = [0, 3, 2][code]
      return LadderTables.code(memory: LadderTables.remember(memory, opponentEscalated: opponentEscalated))
    }
    var cells = Array(repeating: UInt64(0), count: table.entries.count)
    outcomes = Array(repeating: Outcome(payoff0: 0, payoff1: 0, next: 0, joint: 0, codeOffset: 0), count: table.entries.count)
    for index in table.cellStart.indices {
      let state = index % s
      let c1 = (index / s) % codes1, c0 = (index / (s * codes1)) % codes0, round = index / (s * codes1 * codes0)
      let nextRound = table.roundStride == 0 ? 0 : min(round + 1, blockCount - 1)
      let start = Int(table.cellStart[index])
      for e in start..<start + Int(table.cellCount[index]) {
        let entry = table.entries[e]
        let a = Int(entry.moves & 0xffff), b = Int(entry.moves >> 16)
        // Player 0 remembers player 1's move, and the other way round.
        let n0 = codes0 == 1 ? 0 : nextCode(c0, opponentEscalated: p1.escalates(state: state, move: b))
        let n1 = codes1 == 1 ? 0 : nextCode(c1, opponentEscalated: p0.escalates(state: state, move: a))
        let codeOffset = n0 * table.code0Stride + n1 * table.code1Stride
        let j = Int(entry.joint)
        outcomes[e] = Outcome(
          payoff0: ladder.stagePayoffs[2 * j], payoff1: ladder.stagePayoffs[2 * j + 1],
          next: entry.next, joint: entry.joint, codeOffset: Int32(codeOffset))
        cells[e] = cellOf(nextRound * table.roundStride + codeOffset + Int(entry.next))
      }
    }
    columns = table.entries.indices.map { e in
      let entry = table.entries[e]
      return Column(
        threshold: entry.threshold, keepCell: cells[e], aliasCell: cells[Int(entry.alias)], alias: UInt64(entry.alias))
    }
  }
}
