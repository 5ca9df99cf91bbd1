/// The tables `WideLaneValues` reads: `LadderLanes` for five to sixteen variables,
/// in the lanes of a `SIMD16<Double>`. Part of a ladder's `LadderTables` (its tables
/// live in the same `TableStorage`); built from the same maps
/// (`LadderLanes.maps(_:width:)`), so the two differ only in width.
struct LadderWideLanes {
  let initial: SIMD16<Double>
  let weights0: SIMD16<Double>
  let weights1: SIMD16<Double>
  /// `layers` maps per joint move, applied in turn (`LadderLanes.maps(_:width:layers:)`).
  let keep: Table<SIMD16<Double>>
  let amount: Table<SIMD16<Double>>
  /// The shared change pool (round effects).
  let changes: LadderTables.ChangeList
  /// Are there more than eight variables.
  let upper: Bool
  /// Maps per joint move: the most changes an outcome makes to one variable.
  let layers: Int

  /// The most maps per joint move accepted (more: the variables stay in memory).
  static let maximumLayers = 4
}

/// Up to sixteen variables in the lanes of a `SIMD16<Double>` (unused lanes stay
/// 0): `LaneValues` for a ladder it cannot take, one with more variables than four
/// lanes hold or an outcome that changes a variable more than once.
///
/// Why: the rebuilt default scenario has nine variables (its eight and the
/// deadline's due round, issue 13), so its paths held them in memory
/// (`PooledValues`), where every round's padded change list is a chain of loads,
/// multiplies, adds and stores on the same addresses: a quarter of its Monte Carlo
/// time. In lanes a joint move's changes are vector multiplies and adds, off the
/// path's critical chain.
///
/// Exactness, as for `LaneValues`: per joint move and map, lane v gets
/// `keep`/`amount` of the one change to v in that map (keep 1, amount 0 if none:
/// x × 1 + 0 is x, or +0 for x = −0, and the sign of a zero never reaches a
/// statistic), and an outcome that changes v twice (the default's deadline
/// variable) has its second change in the second map, applied after the first, as
/// `PooledValues` applies them in order; the flows are the
/// products summed from +0.0 in the order v = 0, 1, …, as `PooledValues` sums them
/// (lanes past the last variable add +0.0, which leaves the sum unchanged). So a
/// path ends with the same values, bit for bit, and the statistics are the same.
struct WideLaneValues: PathValues {
  var lanes: SIMD16<Double> = .zero
  /// The tables by address (small to copy, for round effects), with the two read
  /// every round beside it.
  let tables: UnsafePointer<LadderWideLanes>
  let keep: UnsafeMutablePointer<SIMD16<Double>>
  let amount: UnsafeMutablePointer<SIMD16<Double>>
  let layers: Int

  init(_ tables: UnsafePointer<LadderWideLanes>) {
    self.tables = tables
    keep = tables.pointee.keep.base
    amount = tables.pointee.amount.base
    layers = tables.pointee.layers
  }

  @inline(__always)
  mutating func start() { lanes = tables.pointee.initial }

  /// The upper eight lanes are summed only when a variable is there (`upper`): a
  /// branch the same way on every round of a ladder, where the sum would only add
  /// +0.0 eight times.
  @inline(__always)
  func flows() -> (Double, Double) {
    let p = tables.pointee.weights0 * lanes, q = tables.pointee.weights1 * lanes
    var f0 = (((((((0.0 + p[0]) + p[1]) + p[2]) + p[3]) + p[4]) + p[5]) + p[6]) + p[7]
    var f1 = (((((((0.0 + q[0]) + q[1]) + q[2]) + q[3]) + q[4]) + q[5]) + q[6]) + q[7]
    if tables.pointee.upper {
      f0 = (((((((f0 + p[8]) + p[9]) + p[10]) + p[11]) + p[12]) + p[13]) + p[14]) + p[15]
      f1 = (((((((f1 + q[8]) + q[9]) + q[10]) + q[11]) + q[12]) + q[13]) + q[14]) + q[15]
    }
    return (f0, f1)
  }

  /// The joint move's maps in turn (a loop of the same length every round).
  @inline(__always)
  mutating func applyOutcome(_ joint: Int) {
    var map = joint &* layers
    let end = map &+ layers
    repeat {
      lanes = lanes * keep[map] + amount[map]
      map &+= 1
    } while map < end
  }

  mutating func applyChanges(_ start: Int32, _ end: Int32) {
    let changes = tables.pointee.changes
    for c in Int(start)..<Int(end) {
      let v = Int(changes.variable[c])
      if changes.isSet[c] { lanes[v] = changes.amount[c] } else { lanes[v] += changes.amount[c] }
    }
  }

  /// Read once per path, at its end (`PathTally.record`).
  @inline(__always)
  func value(_ v: Int) -> Double { lanes[v] }
}
