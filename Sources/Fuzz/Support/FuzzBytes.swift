/// The fuzzer's bytes read as a stream of choices, for the structure-aware inputs
/// (a scenario generator, a shard mutator, REPL command sequences): each choice
/// takes one byte, and an exhausted input answers 0 to every question, so any
/// prefix of an input is an input too (the shape of LLVM's `FuzzedDataProvider`,
/// compiler-rt `include/fuzzer/FuzzedDataProvider.h`).
///
/// libFuzzer's mutations (flipping, inserting, erasing bytes) then become edits of
/// the structure: another move name, one more state, a count changed by one.
/// Valid only during the `LLVMFuzzerTestOneInput` call that made it.
public struct FuzzBytes {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0

  public init(_ data: UnsafePointer<UInt8>, _ size: Int) {
    bytes = UnsafeBufferPointer(start: data, count: size)
  }

  /// True once every byte has been used.
  public var isExhausted: Bool { position >= bytes.count }

  /// How many bytes the choices so far have read (past the end too).
  public var used: Int { position }

  /// The next byte, or 0 past the end.
  public mutating func byte() -> UInt8 {
    defer { position += 1 }
    return position < bytes.count ? bytes[position] : 0
  }

  /// A number in `range` (one byte, or two for ranges wider than 256).
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    let width = range.upperBound - range.lowerBound + 1
    let raw = width > 256 ? Int(byte()) << 8 | Int(byte()) : Int(byte())
    return range.lowerBound + raw % width
  }

  /// One of `items` (which must not be empty).
  public mutating func pick<T>(_ items: [T]) -> T {
    items[int(in: 0...(items.count - 1))]
  }

  /// True with probability `n` in 8 (for random bytes).
  public mutating func chance(_ n: Int) -> Bool { Int(byte() & 7) < n }

  /// The bytes not used yet, as text (invalid UTF-8 replaced).
  public mutating func rest() -> String {
    guard position < bytes.count else { return "" }
    defer { position = bytes.count }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[position...]), as: UTF8.self)
  }
}
