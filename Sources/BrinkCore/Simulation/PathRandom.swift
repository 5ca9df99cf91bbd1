/// The random stream of one path: xoshiro256** (Blackman & Vigna 2018, "Scrambled
/// linear pseudorandom number generators"), seeded from `(seed, path index)` with
/// SplitMix64 (Steele, Lea & Flood 2014).
///
/// Why per path: a path's draws depend only on the run's seed and the path's index,
/// never on which thread or shard ran it, so any thread count and any `--shard`
/// split give the same paths, and so the same statistics.
///
/// Steps of the seeding:
/// 1. `z = mix(seed ^ mix(index + γ))`: two rounds of SplitMix64's finaliser make
///    nearby indices (0, 1, 2, …) land far apart.
/// 2. Four SplitMix64 outputs from `z` fill the 256-bit state (never all zero: the
///    finaliser is a bijection of four distinct counters).
struct PathRandom {
  var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

  static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

  /// SplitMix64's output function (Stafford's "Mix13" variant).
  @inline(__always)
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  @inline(__always)
  init(seed: UInt64, path: UInt64) {
    var z = Self.mix(seed ^ Self.mix(path &+ Self.gamma))
    z &+= Self.gamma; s0 = Self.mix(z)
    z &+= Self.gamma; s1 = Self.mix(z)
    z &+= Self.gamma; s2 = Self.mix(z)
    z &+= Self.gamma; s3 = Self.mix(z)
  }

  /// The next 64 random bits.
  @inline(__always)
  mutating func next() -> UInt64 {
    let result = (s1 &* 5).rotatedLeft(7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = s3.rotatedLeft(45)
    return result
  }

  /// A uniform integer in [0, 2⁵³): the top 53 bits, compared against the
  /// ladder's 53-bit cumulative thresholds.
  @inline(__always)
  mutating func next53() -> UInt64 { next() >> 11 }
}

extension UInt64 {
  @inline(__always)
  func rotatedLeft(_ k: UInt64) -> UInt64 { (self << k) | (self >> (64 - k)) }
}
