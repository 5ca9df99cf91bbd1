import Testing
@testable import BrinkCore

/// `PathTrail` packs the same key as appending state by state with `PathKeyCodec`.
@Suite struct PathTrailTests {
  @Test(arguments: [1, 2, 3, 8, 9, 16, 17, 33, 200, 5000])
  func trailKeyEqualsTheCodecKey(stateCount: Int) {
    let codec = PathKeyCodec(stateCount: stateCount)
    var trail = PathTrail(codec: codec)
    defer { trail.deallocate() }
    var rng = SplitMix64(seed: UInt64(stateCount))
    for _ in 0..<500 {
      var state = Int32(Int.random(in: 0..<stateCount, using: &rng))
      var a: UInt64 = 0, b: UInt64 = 0
      codec.append(&a, &b, state: state)
      trail.start(state)
      // Up to twice the kept length, staying put about a third of the time.
      for _ in 0..<Int.random(in: 0...(2 * codec.maxLength), using: &rng) {
        let next = Int.random(in: 0..<3, using: &rng) == 0 ? state : Int32(Int.random(in: 0..<stateCount, using: &rng))
        codec.appendIfChanged(&a, &b, from: state, to: next)
        trail.step(from: state, to: next)
        state = next
      }
      let key = trail.key()
      #expect(key.0 == a && key.1 == b, "states \(stateCount)")
    }
  }
}
