/// Packs a path's sequence of visited states (runs collapsed: "standoff → talks →
/// deal", whatever the time spent in each) into a 128-bit key `(a, b)`.
///
/// Layout: bits 0–6 of `a` hold the length, bit 7 is set when the sequence was
/// longer than kept ("truncated"), and states follow from bit 8 on, `bits` bits each,
/// running from `a` into `b`. At most `maxLength` states are kept (≤ 24, and
/// `8 + maxLength · bits ≤ 128`).
public struct PathKeyCodec: Sendable, Equatable, Codable {
  public let bits: Int
  public let maxLength: Int

  public init(stateCount: Int) {
    bits = max(1, Int.bitWidth - max(stateCount - 1, 1).leadingZeroBitCount)
    maxLength = min(24, 120 / bits)
  }

  /// Read back (a shard file): only the pairs `init(stateCount:)` makes, so that
  /// the shifts of a damaged file cannot overflow.
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    bits = try container.decode(Int.self, forKey: .bits)
    maxLength = try container.decode(Int.self, forKey: .maxLength)
    guard (1...32).contains(bits), maxLength == min(24, 120 / bits) else {
      throw DecodingError.dataCorruptedError(forKey: .bits, in: container, debugDescription: "not a path-key layout")
    }
  }

  private enum CodingKeys: String, CodingKey { case bits, maxLength }

  @inline(__always)
  static func length(_ a: UInt64) -> Int { Int(a & 0x7f) }

  @inline(__always)
  static func isTruncated(_ a: UInt64) -> Bool { a & 0x80 != 0 }

  /// Appends a state (marks the key truncated once `maxLength` states are held).
  @inline(__always)
  func append(_ a: inout UInt64, _ b: inout UInt64, state: Int32) {
    let length = Int(a & 0x7f)
    guard length < maxLength else {
      a |= 0x80
      return
    }
    let position = 8 + length * bits
    let value = UInt64(UInt32(bitPattern: state))
    if position < 64 {
      a |= value << UInt64(position)
      if position + bits > 64 { b |= value >> UInt64(64 - position) }
    } else {
      b |= value << UInt64(position - 64)
    }
    a &+= 1
  }

  /// Appends `to` when it differs from `from` (a run of the same state is one
  /// entry), without a branch on the comparison, which is random in the inner loop.
  @inline(__always)
  func appendIfChanged(_ a: inout UInt64, _ b: inout UInt64, from: Int32, to: Int32) {
    let changed: UInt64 = from != to ? 1 : 0
    let length = Int(a & 0x7f)
    let room: UInt64 = length < maxLength ? 1 : 0
    let take = changed & room
    let value = UInt64(UInt32(bitPattern: to)) &* take
    // A 128-bit shift of `value` to `position`, with masks instead of branches.
    let p = UInt64(8 &+ length &* bits)
    let low: UInt64 = p < 64 ? ~0 : 0
    let spills: UInt64 = p &+ UInt64(bits) > 64 ? ~0 : 0
    a |= (value &<< p) & low
    b |= ((value &>> (64 &- p)) & low & spills) | ((value &<< (p &- 64)) & ~low)
    a = (a &+ take) | ((changed & (1 &- room)) << 7)
  }

  /// The key cut to its first `limit` states (marked truncated if anything was cut).
  func truncated(_ a: UInt64, _ b: UInt64, to limit: Int) -> (UInt64, UInt64) {
    let length = Self.length(a)
    guard length > limit else { return (a, b) }
    let keep = 8 + limit * bits
    var a2 = a, b2 = b
    if keep <= 64 {
      if keep < 64 { a2 &= (1 << UInt64(keep)) - 1 }
      b2 = 0
    } else {
      b2 &= (1 << UInt64(keep - 64)) - 1
    }
    a2 = (a2 & ~0xff) | UInt64(limit) | 0x80
    return (a2, b2)
  }

  /// The states of a key, in order.
  public func states(_ a: UInt64, _ b: UInt64) -> [Int] {
    let mask: UInt64 = (1 << UInt64(bits)) - 1
    return (0..<Self.length(a)).map { i in
      let position = 8 + i * bits
      var value: UInt64
      if position < 64 {
        value = a >> UInt64(position)
        if position + bits > 64 { value |= b << UInt64(64 - position) }
      } else {
        value = b >> UInt64(position - 64)
      }
      return Int(value & mask)
    }
  }
}
