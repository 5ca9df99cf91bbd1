/// One round of a path — both players' moves and the transition — drawn with a
/// single alias-table lookup (Walker 1977, "An efficient method for generating
/// discrete random variables with general distributions", ACM TOMS 3:253–256;
/// built with Vose 1991, "A linear algorithm for generating random numbers with a
/// given distribution", IEEE TSE 17:972–975).
///
/// Why: drawing move, move, then transition is a chain of dependent table scans
/// per round. The triple (a, b, next) has probability p(a) · q(b) · T_ab(next)
/// when the players draw independently, p(a) · q(b | a) · T_ab(next) when player 1
/// responds to player 0's move in a sequential stage (and p(a | b) · q(b) · T_ab(next)
/// the other way round), and one alias table per (block, state)
/// samples it in O(1): two loads, no search. Block = strategy round (when a player
/// has `.byRound` tables) × each reactive player's memory code.
///
/// Alias sampling, for a table of n columns:
/// 1. Column i = ⌊u₁ · n⌋ from a 64-bit uniform u₁ (the high word of u₁ · n).
/// 2. Keep i if a 53-bit uniform u₂ < threshold[i], else take alias[i].
///
/// Vose's construction (numbered as in the paper's Algorithm):
/// 1. Scale each probability by n; put columns below 1 in `small`, others in `large`.
/// 2. Pair the last small column l with the last large g: threshold[l] = scaled[l],
///    alias[l] = g, scaled[g] −= 1 − scaled[l]; g moves to `small` if now below 1.
/// 3. Columns left over get threshold 1 (always kept).
/// All arithmetic is in a fixed order, so the table — and every path — is the same
/// on every machine.
struct FusedRoundTable: Sendable {
  struct Entry: Sendable {
    /// 53-bit: keep this column when u₂ < threshold.
    var threshold: UInt64
    var alias: Int32
    var next: Int32
    var joint: Int32
    /// Player 0's move in the low 16 bits, player 1's above.
    var moves: Int32
  }

  /// Per (block, state): `start` into `entries` and `count` columns (0: terminal).
  var cellStart: [Int32]
  var cellCount: [Int32]
  var entries: [Entry]
  /// Cell index = t · roundStride + code0 · code0Stride + code1 · code1Stride + state.
  var roundStride: Int
  var code0Stride: Int
  var code1Stride: Int

  /// Tables larger than this many entries are not built; the simulator then draws
  /// moves and transitions one by one (`MovePlan`).
  static let maxEntries = 1 << 20

  /// Builds the tables, or returns `nil` when they would exceed `maxEntries`.
  /// `probability(player, round, code, state)` gives a player's move distribution,
  /// or its responses, one distribution per opponent move, concatenated (the
  /// second mover of a sequential stage: `CompiledLadder.Strategy`).
  init?(
    stateCount: Int, rounds: Int, isTerminal: [Bool], moveCount0: [Int32], moveCount1: [Int32],
    jointBase: [Int32], transitionStart: [Int32], transitionNext: [Int32], transitionProbability: [Double],
    byRound: [Bool], reactive: [Bool],
    probability: (Int, Int, Int, Int) -> [Double]
  ) {
    let roundBlocks = byRound.contains(true) ? max(rounds, 1) : 1
    let codes0 = reactive[0] ? 3 : 1, codes1 = reactive[1] ? 3 : 1
    var perBlock = 0
    for s in 0..<stateCount where !isTerminal[s] {
      let base = Int(jointBase[s]), joints = Int(moveCount0[s]) * Int(moveCount1[s])
      perBlock += Int(transitionStart[base + joints] - transitionStart[base])
    }
    guard roundBlocks * codes0 * codes1 * perBlock <= Self.maxEntries else { return nil }
    code1Stride = reactive[1] ? stateCount : 0
    code0Stride = reactive[0] ? codes1 * stateCount : 0
    roundStride = byRound.contains(true) ? codes0 * codes1 * stateCount : 0
    cellStart = []
    cellCount = []
    entries = []
    for r in 0..<roundBlocks {
      for c0 in 0..<codes0 {
        for c1 in 0..<codes1 {
          for s in 0..<stateCount {
            cellStart.append(Int32(entries.count))
            guard !isTerminal[s] else {
              cellCount.append(0)
              continue
            }
            let p = probability(0, r, c0, s), q = probability(1, r, c1, s)
            let m0 = Int(moveCount0[s]), m1 = Int(moveCount1[s])
            // A player's chance of its move after the opponent's: its one row, or its response row.
            func chance(_ row: [Double], _ move: Int, _ moves: Int, after k: Int) -> Double {
              row.count > moves ? row[k * moves + move] : row[move]
            }
            var weights: [Double] = []
            var cells: [Entry] = []
            for b in 0..<Int(moveCount1[s]) {
              for a in 0..<m0 {
                let j = Int(jointBase[s]) + a + b * m0
                for k in Int(transitionStart[j])..<Int(transitionStart[j + 1]) {
                  let w = chance(p, a, m0, after: b) * chance(q, b, m1, after: a) * transitionProbability[k]
                  guard w > 0 else { continue }
                  weights.append(w)
                  cells.append(Entry(threshold: 0, alias: 0, next: transitionNext[k], joint: Int32(j), moves: Int32(a | b << 16)))
                }
              }
            }
            Self.vose(weights, into: &cells, offset: Int32(entries.count))
            cellCount.append(Int32(cells.count))
            entries += cells
          }
        }
      }
    }
  }

  /// Vose's steps 1–3; thresholds as 53-bit integers, aliases as absolute indices.
  static func vose(_ weights: [Double], into cells: inout [Entry], offset: Int32) {
    let n = weights.count
    let total = weights.reduce(0, +)
    var scaled = weights.map { $0 / total * Double(n) }
    var small: [Int] = [], large: [Int] = []
    for i in 0..<n { if scaled[i] < 1 { small.append(i) } else { large.append(i) } }
    while let l = small.last, let g = large.last {
      small.removeLast()
      cells[l].threshold = Threshold53.of(scaled[l])
      cells[l].alias = offset + Int32(g)
      scaled[g] -= 1 - scaled[l]
      if scaled[g] < 1 {
        large.removeLast()
        small.append(g)
      }
    }
    for i in small + large {
      cells[i].threshold = Threshold53.unit
      cells[i].alias = offset + Int32(i)
    }
  }
}
