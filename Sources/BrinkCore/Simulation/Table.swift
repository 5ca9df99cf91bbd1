/// A read-only view of one flat table: a typed pointer and its index range, the
/// element type of every field of `LadderTables`.
///
/// Why a view and not an `Array`: the inner loop reads a few tables per round, and
/// through an array every read pays a bounds check and the loop holds a reference
/// to retain; through a pointer it is one load. The memory belongs to a
/// `TableStorage` (a class that frees it in `deinit`), which the `LadderTables`
/// holding this view keeps alive; a view never outlives its tables.
///
/// Reads are not bounds-checked: `LadderTables.checkInvariants()` proves, in debug
/// builds, that every index stored in one table is in range of the tables it
/// points into. A slice shares its base's indices, as `Collection` asks.
struct Table<Element>: RandomAccessCollection {
  /// The address of index 0 (not of `startIndex`, for a slice).
  let base: UnsafeMutablePointer<Element>
  let startIndex: Int
  let endIndex: Int

  typealias Indices = Range<Int>
  typealias SubSequence = Table<Element>

  init(base: UnsafeMutablePointer<Element>, startIndex: Int = 0, endIndex: Int) {
    self.base = base
    self.startIndex = startIndex
    self.endIndex = endIndex
  }

  /// An empty table, before the builder stores the real one. Its address is never
  /// read (there is nothing to read), so it need not be allocated.
  init() {
    self.init(base: UnsafeMutablePointer(bitPattern: MemoryLayout<Element>.alignment)!, endIndex: 0)
  }

  @inline(__always)
  subscript(position: Int) -> Element { base[position] }

  subscript(bounds: Range<Int>) -> Table<Element> {
    Table(base: base, startIndex: bounds.lowerBound, endIndex: bounds.upperBound)
  }

  /// A table reads as equal to an array holding the same elements.
  static func == (table: Table, array: [Element]) -> Bool where Element: Equatable {
    table.elementsEqual(array)
  }
}

extension Table where Element == UInt64 {
  /// The index a uniform 53-bit `u` picks among the `count` cumulative thresholds
  /// at `start` (`Threshold53.cumulative`): the number of thresholds ≤ u, which is
  /// the first entry whose threshold exceeds u, since thresholds never decrease
  /// and the last positive entry's is 2⁵³ > u. Counted without branches on `u`: a
  /// random choice would otherwise mispredict about every other time.
  ///
  /// The one mapping from a draw to a choice, used by the sampler and the tracer.
  @inline(__always)
  func pick(at start: Int, count: Int, _ u: UInt64) -> Int {
    let thresholds = base + start
    var i = 0
    var k = 0
    while k &+ 1 < count {
      i &+= u >= thresholds[k] ? 1 : 0
      k &+= 1
    }
    return i
  }
}
