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
    maps(ladder, width: SIMD4<Double>.self, layers: 1).map { ($0.initial, $0.weights, $0.keep, $0.amount) }
  }

  /// The same maps in lanes of any width, as up to `layers` maps per joint move
  /// applied one after the other (`WideLaneValues`): the k-th change of an outcome
  /// to a variable goes in map k, so each map changes a variable at most once and
  /// a variable's changes apply in their order, each one IEEE operation as in
  /// `PooledValues`. `keep` and `amount` hold `layerCount` maps per joint move,
  /// joint move j's from `j × layerCount`. `nil` when the ladder has more variables
  /// than lanes, or an outcome more changes to one variable than `layers`.
  static func maps<V: SIMD>(_ ladder: LadderTables, width: V.Type, layers: Int)
    -> (initial: V, weights: [V], keep: [V], amount: [V], layerCount: Int)? where V.Scalar == Double {
    let count = ladder.variableCount
    guard count <= V.scalarCount else { return nil }
    var initial = V.zero, w0 = V.zero, w1 = V.zero
    for v in 0..<count {
      initial[v] = ladder.initialValues[v]
      w0[v] = ladder.flowWeights[2 * v]
      w1[v] = ladder.flowWeights[2 * v + 1]
    }
    let joints = ladder.outcomeChangeStart.count - 1
    // Each change's layer: how many earlier changes of its outcome are to its variable.
    var layerOf: [Int] = [], layerCount = 1
    for j in 0..<joints {
      var seen: [Int: Int] = [:]
      for c in Int(ladder.outcomeChangeStart[j])..<Int(ladder.outcomeChangeStart[j + 1]) {
        let v = Int(ladder.changes.variable[c])
        let layer = seen[v, default: 0]
        seen[v] = layer + 1
        layerOf.append(layer)
        layerCount = max(layerCount, layer + 1)
      }
    }
    guard layerCount <= layers else { return nil }
    var keep = Array(repeating: V(repeating: 1), count: joints * layerCount)
    var amount = Array(repeating: V.zero, count: joints * layerCount)
    var i = 0
    for j in 0..<joints {
      for c in Int(ladder.outcomeChangeStart[j])..<Int(ladder.outcomeChangeStart[j + 1]) {
        let v = Int(ladder.changes.variable[c]), map = j * layerCount + layerOf[i]
        keep[map][v] = ladder.changes.isSet[c] ? 0 : 1
        amount[map][v] = ladder.changes.amount[c]
        i += 1
      }
    }
    return (initial, [w0, w1], keep, amount, layerCount)
  }
}
