import Testing
@testable import BrinkCore

/// The worker's `CountTable` must end with exactly the table `CappedCounts` builds
/// from the same keys, at every level of coarsening, for every key width.
@Suite struct CountTableTests {
  /// A random path key: up to `maxLength + 3` states drawn from the first few, so
  /// that keys repeat, prefixes collide and a small cap forces several levels.
  static func randomKey(_ codec: PathKeyCodec, stateCount: Int, _ rng: inout SplitMix64) -> (UInt64, UInt64) {
    var a: UInt64 = 0, b: UInt64 = 0
    var state = Int32(stateCount - 1)  // the largest state, so the widest bit pattern is used
    codec.append(&a, &b, state: state)
    for _ in 0..<Int.random(in: 0...(codec.maxLength + 3), using: &rng) {
      let next = Int32(Int.random(in: 0..<min(stateCount, 3), using: &rng))
      codec.appendIfChanged(&a, &b, from: state, to: next)
      state = next
    }
    return (a, b)
  }

  @Test(arguments: [2, 3, 5, 9, 17, 33, 65, 200])
  func pathKeysCountAsInCappedCounts(stateCount: Int) {
    let codec = PathKeyCodec(stateCount: stateCount)
    var rng = SplitMix64(seed: UInt64(stateCount))
    var table = CountTable(cap: 12, coarsening: .pathPrefix(codec))
    var reference = CappedCounts(cap: 12, coarsening: .pathPrefix(codec))
    for _ in 0..<3000 {
      let (a, b) = Self.randomKey(codec, stateCount: stateCount, &rng)
      table.add(a, b)
      reference.add(a, b)
    }
    #expect(reference.level > 0)
    var drained = CappedCounts(cap: 12, coarsening: .pathPrefix(codec))
    table.drain(into: &drained)
    table.deallocate()
    #expect(drained == reference)
    #expect(drained.total == 3000)
  }

  @Test func valuesCountAsInCappedCounts() {
    var rng = SplitMix64(seed: 3)
    var table = CountTable(cap: 16, coarsening: .shift)
    var reference = CappedCounts(cap: 16, coarsening: .shift)
    for _ in 0..<5000 {
      let q = Int64.random(in: -(1 << 40)...(1 << 40), using: &rng) >> Int64.random(in: 0...40, using: &rng)
      table.add(UInt64(bitPattern: q), 0)
      reference.add(UInt64(bitPattern: q), 0)
    }
    #expect(reference.level > 10)
    var drained = CappedCounts(cap: 16, coarsening: .shift)
    table.drain(into: &drained)
    table.deallocate()
    #expect(drained == reference)
  }
}
