/// Exact counts of keys with a hard cap on how many distinct keys are held, that
/// merge exactly: any split of the data into parts, counted apart and merged in
/// any order, gives the same table as counting it all at once.
///
/// At the cap, keys are coarsened rather than dropped. Each key lives at a *level*;
/// level `ℓ + 1` is a function of level `ℓ` (a coarser key), so the number of
/// distinct keys can only shrink as the level rises. The table is always at the
/// smallest level at which all keys seen fit under the cap, which depends on the
/// set of keys only, not on their order — hence exact merges:
/// 1. A new key that would make `cap + 1` distinct keys raises the level by one:
///    every held key is coarsened and equal keys are added together; repeat.
/// 2. Merging: raise both tables to the higher level, add counts, apply step 1.
///
/// Two coarsenings are used:
/// - `.shift` (variable values as fixed-point integers): level ℓ keeps `q >> ℓ`, a
///   bucket of width 2^ℓ units; level 0 is the exact value.
/// - `.pathPrefix` (state sequences, see `PathKeyCodec`): level ℓ keeps the first
///   `maxLength − ℓ` states, marking cut paths as truncated.
///
/// Complexity: O(1) expected per insertion; a level change costs O(cap) and
/// happens at most 64 times.
public struct CappedCounts: Sendable {
  public enum Coarsening: Sendable, Equatable, Codable {
    case shift
    case pathPrefix(PathKeyCodec)
  }

  public let cap: Int
  public let coarsening: Coarsening
  public private(set) var level: Int = 0
  public private(set) var distinct: Int = 0
  private var keyA: [UInt64]
  private var keyB: [UInt64]
  private var counts: [Int]
  private var mask: Int

  /// - Precondition: `cap ≥ 2`.
  public init(cap: Int, coarsening: Coarsening) {
    precondition(cap >= 2)
    self.cap = cap
    self.coarsening = coarsening
    var slots = 4
    while slots < 2 * cap { slots *= 2 }
    keyA = Array(repeating: 0, count: slots)
    keyB = Array(repeating: 0, count: slots)
    counts = Array(repeating: 0, count: slots)
    mask = slots - 1
  }

  /// A key at `from` as seen at the coarser level `to`.
  @inline(__always)
  func coarsened(_ a: UInt64, _ b: UInt64, from: Int, to: Int) -> (UInt64, UInt64) {
    coarsening.coarsened(a, b, from: from, to: to)
  }

  @inline(__always)
  private func slot(_ a: UInt64, _ b: UInt64) -> Int { Self.hash(a, b) & mask }

  /// The hash of a key (the slot is its low bits).
  @inline(__always)
  static func hash(_ a: UInt64, _ b: UInt64) -> Int {
    var h = (a &* 0x9E37_79B9_7F4A_7C15) ^ ((b &+ 0x632B_E59B_D9B4_E019) &* 0xC2B2_AE3D_27D4_EB4F)
    h ^= h >> 32
    return Int(truncatingIfNeeded: h)
  }

  /// Adds `count` to a key given at level `keyLevel` (0: the finest).
  public mutating func add(_ a: UInt64, _ b: UInt64, count: Int = 1, keyLevel: Int = 0) {
    guard count > 0 else { return }
    if keyLevel > level { raise(to: keyLevel) }
    while true {
      let (ka, kb) = coarsened(a, b, from: keyLevel, to: level)
      var i = slot(ka, kb)
      while counts[i] != 0 {
        if keyA[i] == ka && keyB[i] == kb {
          counts[i] += count
          return
        }
        i = (i + 1) & mask
      }
      if distinct < cap {
        keyA[i] = ka
        keyB[i] = kb
        counts[i] = count
        distinct += 1
        return
      }
      raise(to: level + 1)
    }
  }

  /// Coarsens every key to `newLevel`, adding together keys that become equal.
  private mutating func raise(to newLevel: Int) {
    let old = unsortedEntries
    let oldLevel = level
    for i in counts.indices { counts[i] = 0 }
    distinct = 0
    level = newLevel
    for entry in old { add(entry.a, entry.b, count: entry.count, keyLevel: oldLevel) }
  }

  /// Adds every count of `other` (same cap and coarsening).
  public mutating func merge(_ other: CappedCounts) {
    precondition(cap == other.cap && coarsening == other.coarsening)
    if other.level > level { raise(to: other.level) }
    for entry in other.entries { add(entry.a, entry.b, count: entry.count, keyLevel: other.level) }
  }

  public struct Entry: Sendable, Equatable {
    public var a: UInt64
    public var b: UInt64
    public var count: Int
  }

  /// The held keys and counts, sorted by key.
  public var entries: [Entry] {
    unsortedEntries.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
  }

  private var unsortedEntries: [Entry] {
    var list: [Entry] = []
    list.reserveCapacity(distinct)
    for i in counts.indices where counts[i] != 0 { list.append(Entry(a: keyA[i], b: keyB[i], count: counts[i])) }
    return list
  }

  public var total: Int { counts.reduce(0, +) }
}

extension CappedCounts.Coarsening {
  /// A key at level `from` as seen at the coarser level `to`.
  @inline(__always)
  func coarsened(_ a: UInt64, _ b: UInt64, from: Int, to: Int) -> (UInt64, UInt64) {
    guard to > from else { return (a, b) }
    switch self {
    case .shift:
      let shift = min(to - from, 63)
      return (UInt64(bitPattern: Int64(bitPattern: a) >> Int64(shift)), 0)
    case .pathPrefix(let codec):
      return codec.truncated(a, b, to: max(codec.maxLength - to, 0))
    }
  }
}

extension CappedCounts: Equatable {
  public static func == (lhs: CappedCounts, rhs: CappedCounts) -> Bool {
    lhs.cap == rhs.cap && lhs.coarsening == rhs.coarsening && lhs.level == rhs.level && lhs.entries == rhs.entries
  }
}

extension CappedCounts: Codable {
  private enum CodingKeys: String, CodingKey { case cap, coarsening, level, entries }

  /// Entries are `[a, b, count]` triples, sorted, so equal tables encode to equal bytes.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(cap, forKey: .cap)
    try container.encode(coarsening, forKey: .coarsening)
    try container.encode(level, forKey: .level)
    try container.encode(entries.map { [$0.a, $0.b, UInt64($0.count)] }, forKey: .entries)
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let cap = try container.decode(Int.self, forKey: .cap)
    guard cap >= 2, cap <= 1 << 20 else {
      throw DecodingError.dataCorruptedError(forKey: .cap, in: container, debugDescription: "cap \(cap) out of range")
    }
    self.init(cap: cap, coarsening: try container.decode(Coarsening.self, forKey: .coarsening))
    let level = try container.decode(Int.self, forKey: .level)
    guard level >= 0, level <= 128 else {
      throw DecodingError.dataCorruptedError(forKey: .level, in: container, debugDescription: "level \(level) out of range")
    }
    self.level = level
    let triples = try container.decode([[UInt64]].self, forKey: .entries)
    // At most `cap` keys are ever held, each counted at most 2⁴⁰ times (more than
    // the 10¹² paths of the largest run), so adding them up cannot overflow.
    guard triples.count <= cap else {
      throw DecodingError.dataCorruptedError(forKey: .entries, in: container, debugDescription: "more entries than the cap")
    }
    for triple in triples {
      guard triple.count == 3, triple[2] <= 1 << 40 else {
        throw DecodingError.dataCorruptedError(forKey: .entries, in: container, debugDescription: "an entry is not [a, b, count]")
      }
      add(triple[0], triple[1], count: Int(triple[2]), keyLevel: level)
    }
  }
}
