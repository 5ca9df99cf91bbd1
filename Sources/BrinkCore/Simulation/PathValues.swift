/// A path's state variables as the inner loop sees them: reset at the start of a
/// path, read for flow payoffs (step 5 of `CompiledLadder`), changed by the drawn
/// joint move (step 6) and by round effects (step 2), read once at the end.
///
/// Three implementations, chosen per ladder by `PathSampler`; the loop is generic
/// over them so each gets its own specialised copy, with no dynamic dispatch:
/// - `NoValues`: a ladder without variables carries nothing (`NoValues.swift`).
/// - `LaneValues`: up to four variables held in one `SIMD4<Double>`, so they stay
///   in registers and a joint move's changes are one multiply and one add.
/// - `PooledValues`: any number of variables in memory, changes applied one by one.
/// Both do the same IEEE operations in the same order on every variable, so a path
/// ends with the same values, bit for bit, whichever is used.
protocol PathValues {
  /// Resets to the initial values.
  mutating func start()
  /// Σ_v weight[p][v] · value_v for p = 0, 1, summed from 0.0 in the order v = 0, 1, ….
  func flows() -> (Double, Double)
  /// The outcome's changes: `value = value × keep + amount` per change (keep 0: set, 1: add).
  mutating func applyOutcome(_ joint: Int)
  /// The changes `[start, end)` of the shared pool (round effects): set or add.
  mutating func applyChanges(_ start: Int32, _ end: Int32)
  func value(_ v: Int) -> Double
}

/// Up to four variables in the lanes of a `SIMD4<Double>` (unused lanes stay 0).
///
/// Why: in memory, every round's change is a load, multiply, add and store on the
/// same few addresses, a chain through store-to-load forwarding that stalls the
/// loop. In a register it is two vector operations off the path's critical chain.
///
/// Exactness: per joint move, lane v gets `keep`/`amount` of the one change to v
/// (keep 1, amount 0 if none: x × 1 + 0 is x, or +0 for x = −0, and the sign of a
/// zero never reaches a statistic). So `LadderLanes` only exists when every outcome
/// changes each variable at most once; otherwise `PooledValues` is used.
struct LaneValues: PathValues {
  var lanes: SIMD4<Double> = .zero
  /// The tables by address (small to copy, for round effects), with the two read
  /// every round beside it.
  let tables: UnsafePointer<LadderLanes>
  let keep: UnsafeMutablePointer<SIMD4<Double>>
  let amount: UnsafeMutablePointer<SIMD4<Double>>

  init(_ tables: UnsafePointer<LadderLanes>) {
    self.tables = tables
    keep = tables.pointee.keep.base
    amount = tables.pointee.amount.base
  }

  @inline(__always)
  mutating func start() { lanes = tables.pointee.initial }

  @inline(__always)
  func flows() -> (Double, Double) {
    let p = tables.pointee.weights0 * lanes, q = tables.pointee.weights1 * lanes
    // Lanes past the last variable add +0.0, which leaves a sum started at +0.0 unchanged.
    return ((((0.0 + p[0]) + p[1]) + p[2]) + p[3], (((0.0 + q[0]) + q[1]) + q[2]) + q[3])
  }

  @inline(__always)
  mutating func applyOutcome(_ joint: Int) {
    lanes = lanes * keep[joint] + amount[joint]
  }

  mutating func applyChanges(_ start: Int32, _ end: Int32) {
    let changes = tables.pointee.changes
    for c in Int(start)..<Int(end) {
      let v = Int(changes.variable[c])
      if changes.isSet[c] { lanes[v] = changes.amount[c] } else { lanes[v] += changes.amount[c] }
    }
  }

  /// A lane picked by selects, not by a variable index: indexing a vector with a
  /// variable makes the compiler keep it in memory for the whole loop.
  @inline(__always)
  func value(_ v: Int) -> Double { v == 0 ? lanes[0] : v == 1 ? lanes[1] : v == 2 ? lanes[2] : lanes[3] }
}

/// Any number of variables in memory: the padded change lists of `LadderTables`.
struct PooledValues: PathValues {
  let variableCount: Int
  let initialValues: Table<Double>
  let flowWeights: Table<Double>
  let padded: LadderTables.PaddedChanges
  let changes: LadderTables.ChangeList
  /// `variableCount + 1` slots: the last is the scratch target of padding no-ops.
  let values: UnsafeMutablePointer<Double>

  /// The few tables it reads (not the whole `LadderTables`: a value is passed by
  /// copy through round effects).
  init(ladder: LadderTables, values: UnsafeMutablePointer<Double>) {
    variableCount = ladder.variableCount
    initialValues = ladder.initialValues
    flowWeights = ladder.flowWeights
    padded = ladder.paddedChanges
    changes = ladder.changes
    self.values = values
  }

  @inline(__always)
  mutating func start() {
    for v in 0..<variableCount { values[v] = initialValues[v] }
  }

  @inline(__always)
  func flows() -> (Double, Double) {
    var flow0 = 0.0, flow1 = 0.0
    for v in 0..<variableCount {
      flow0 += flowWeights[2 * v] * values[v]
      flow1 += flowWeights[2 * v + 1] * values[v]
    }
    return (flow0, flow1)
  }

  @inline(__always)
  mutating func applyOutcome(_ joint: Int) {
    var c = Int(padded.start[joint])
    let c1 = Int(padded.start[joint &+ 1])
    repeat {
      let v = Int(padded.variable[c])
      values[v] = values[v] * padded.keep[c] + padded.amount[c]
      c &+= 1
    } while c < c1
  }

  mutating func applyChanges(_ start: Int32, _ end: Int32) {
    for c in Int(start)..<Int(end) {
      let v = Int(changes.variable[c])
      if changes.isSet[c] { values[v] = changes.amount[c] } else { values[v] += changes.amount[c] }
    }
  }

  @inline(__always)
  func value(_ v: Int) -> Double { values[v] }
}
