/// A signed 128-bit integer sum, for exact fixed-point statistics.
///
/// Floating-point sums depend on the order of the additions, so a run split over
/// threads or shards would not add up to the same bits. Integer sums do not: each
/// path's value is scaled by a power of two (`CompiledLadder.payoffScale`), rounded
/// to an integer of at most 2⁴⁰, and added here; squares (≤ 2⁸⁰) fit for 2⁴⁷ paths.
/// Written by hand rather than with `Int128` so that it builds on every platform
/// the package lists.
public struct WideSum: Sendable, Equatable, Codable {
  public private(set) var high: Int64
  public private(set) var low: UInt64

  public init() {
    high = 0
    low = 0
  }

  @inline(__always)
  public mutating func add(_ x: Int64) {
    let (sum, carry) = low.addingReportingOverflow(UInt64(bitPattern: x))
    low = sum
    high = high &+ (x < 0 ? -1 : 0) &+ (carry ? 1 : 0)
  }

  /// Adds x², computed at full width.
  @inline(__always)
  public mutating func addSquare(_ x: Int64) {
    let product = x.multipliedFullWidth(by: x)
    add(WideSum(high: product.high, low: product.low))
  }

  @inline(__always)
  public mutating func add(_ other: WideSum) {
    let (sum, carry) = low.addingReportingOverflow(other.low)
    low = sum
    high = high &+ other.high &+ (carry ? 1 : 0)
  }

  init(high: Int64, low: UInt64) {
    self.high = high
    self.low = low
  }

  /// The value as a `Double` (rounded).
  public var doubleValue: Double { Double(high) * 18_446_744_073_709_551_616.0 + Double(low) }

  // Codable as `[high, low]`, compact and exact in JSON.
  public init(from decoder: Decoder) throws {
    var container = try decoder.unkeyedContainer()
    high = try container.decode(Int64.self)
    low = try container.decode(UInt64.self)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.unkeyedContainer()
    try container.encode(high)
    try container.encode(low)
  }
}
