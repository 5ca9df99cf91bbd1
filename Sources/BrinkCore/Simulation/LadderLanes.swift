/// The tables `LaneValues` reads: a ladder's variable changes per joint move as one
/// lane-wise affine map `x × keep + amount` on a `SIMD4<Double>`. Part of a
/// ladder's `LadderTables` (its tables live in the same `TableStorage`).
struct LadderLanes {
  let initial: SIMD4<Double>
  let weights0: SIMD4<Double>
  let weights1: SIMD4<Double>
  /// Per joint move.
  let keep: Table<SIMD4<Double>>
  let amount: Table<SIMD4<Double>>
  /// The shared change pool (round effects).
  let changes: LadderTables.ChangeList

  /// Lanes and per-joint maps, or `nil` when the ladder has more than four
  /// variables or an outcome changes a variable twice (two changes to one variable
  /// in a row are not one IEEE operation, so they cannot share a lane map).
  static func maps(_ ladder: LadderTables) -> (initial: SIMD4<Double>, weights: [SIMD4<Double>], keep: [SIMD4<Double>], amount: [SIMD4<Double>])? {
    let count = ladder.variableCount
    guard count <= 4 else { return nil }
    var initial = SIMD4<Double>.zero, w0 = SIMD4<Double>.zero, w1 = SIMD4<Double>.zero
    for v in 0..<count {
      initial[v] = ladder.initialValues[v]
      w0[v] = ladder.flowWeights[2 * v]
      w1[v] = ladder.flowWeights[2 * v + 1]
    }
    var keep: [SIMD4<Double>] = [], amount: [SIMD4<Double>] = []
    for j in 0..<(ladder.outcomeChangeStart.count - 1) {
      var k = SIMD4<Double>(repeating: 1), a = SIMD4<Double>.zero, seen = Set<Int>()
      for c in Int(ladder.outcomeChangeStart[j])..<Int(ladder.outcomeChangeStart[j + 1]) {
        let v = Int(ladder.changes.variable[c])
        guard seen.insert(v).inserted else { return nil }
        k[v] = ladder.changes.isSet[c] ? 0 : 1
        a[v] = ladder.changes.amount[c]
      }
      keep.append(k)
      amount.append(a)
    }
    return (initial, [w0, w1], keep, amount)
  }
}
