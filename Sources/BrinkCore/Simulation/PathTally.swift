/// What a worker adds up once per path — discounted payoffs, end values, the path's
/// key — kept in flat memory and plain fields, and handed to its
/// `SimulationStatistics` only at the end (`drain`).
///
/// Why: `SimulationStatistics` keeps these in arrays of structs of arrays, and
/// every per-path update through them pays for bounds and uniqueness checks. The
/// sums here are the same exact integers (`WideSum`), the tables the same
/// capped counts (`CountTable`), so the drained statistics are identical.
struct PathTally {
  let variableCount: Int
  var paths: Int = 0
  var payoffSum0 = WideSum(), payoffSquares0 = WideSum()
  var payoffSum1 = WideSum(), payoffSquares1 = WideSum()
  /// Per variable.
  let sums: UnsafeMutablePointer<WideSum>
  let squares: UnsafeMutablePointer<WideSum>
  let minimum: UnsafeMutablePointer<Int64>
  let maximum: UnsafeMutablePointer<Int64>
  let values: UnsafeMutablePointer<CountTable>
  var keys: CountTable

  init(variableCount: Int, codec: PathKeyCodec) {
    self.variableCount = variableCount
    let n = max(variableCount, 1)
    sums = .allocate(capacity: n)
    sums.initialize(repeating: WideSum(), count: n)
    squares = .allocate(capacity: n)
    squares.initialize(repeating: WideSum(), count: n)
    minimum = .allocate(capacity: n)
    minimum.initialize(repeating: .max, count: n)
    maximum = .allocate(capacity: n)
    maximum.initialize(repeating: .min, count: n)
    values = .allocate(capacity: n)
    for v in 0..<variableCount {
      (values + v).initialize(to: CountTable(cap: SimulationStatistics.valueCap, coarsening: .shift))
    }
    keys = CountTable(cap: SimulationStatistics.pathCap, coarsening: .pathPrefix(codec))
  }

  /// One path's totals: payoffs (times `payoffScale`, truncated), end values (times
  /// their scales, rounded) and the path's key.
  @inline(__always)
  mutating func record<Values: PathValues>(
    _ pay0: Double, _ pay1: Double, _ values: Values, key: (UInt64, UInt64), ladder: LadderTables
  ) {
    paths &+= 1
    let q0 = Int64(pay0 * ladder.payoffScale)  // toward zero: one instruction, still < 1 unit off
    let q1 = Int64(pay1 * ladder.payoffScale)
    payoffSum0.add(q0)
    payoffSquares0.addSquare(q0)
    payoffSum1.add(q1)
    payoffSquares1.addSquare(q1)
    for v in 0..<variableCount {
      let q = Self.roundedToInteger(values.value(v) * ladder.variableScales[v])  // values such as 157 stay exact
      sums[v].add(q)
      squares[v].addSquare(q)
      minimum[v] = min(minimum[v], q)
      maximum[v] = max(maximum[v], q)
      self.values[v].add(UInt64(bitPattern: q), 0)
    }
    keys.add(key.0, key.1)
  }

  /// `Int64(x.rounded())` (to nearest, halves away from zero) without a call into
  /// the maths library: truncate, then step away from zero if the part cut off is
  /// at least a half. `x − Double(q)` is exact below 2⁵², and above it `x` is
  /// already an integer; like the original, it traps outside `Int64`.
  @inline(__always)
  static func roundedToInteger(_ x: Double) -> Int64 {
    let q = Int64(x)
    let rest = x - Double(q)
    return q &+ (rest >= 0.5 ? 1 : 0) &- (rest <= -0.5 ? 1 : 0)
  }

  /// Adds everything to `statistics` (of the same ladder) and frees the memory.
  mutating func drain(into statistics: inout SimulationStatistics) {
    statistics.payoffSums[0].add(payoffSum0)
    statistics.payoffSquares[0].add(payoffSquares0)
    statistics.payoffSums[1].add(payoffSum1)
    statistics.payoffSquares[1].add(payoffSquares1)
    for v in 0..<variableCount {
      statistics.variables[v].sum.add(sums[v])
      statistics.variables[v].squares.add(squares[v])
      if paths > 0 {
        statistics.variables[v].minimum = min(statistics.variables[v].minimum ?? minimum[v], minimum[v])
        statistics.variables[v].maximum = max(statistics.variables[v].maximum ?? maximum[v], maximum[v])
      }
      values[v].drain(into: &statistics.variables[v].values)
      values[v].deallocate()
    }
    keys.drain(into: &statistics.paths)
    keys.deallocate()
    for pointer in [UnsafeMutableRawPointer(sums), UnsafeMutableRawPointer(squares), UnsafeMutableRawPointer(minimum),
                    UnsafeMutableRawPointer(maximum), UnsafeMutableRawPointer(values)] { pointer.deallocate() }
  }
}
