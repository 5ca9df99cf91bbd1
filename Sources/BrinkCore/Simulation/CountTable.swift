/// `CappedCounts`' algorithm over raw memory, for one worker's inner loop: every
/// path adds its key and its end values, so this is on the hot path.
///
/// Why not `CappedCounts` itself: its three arrays each check bounds and
/// uniqueness on every access, and it sits inside arrays inside
/// `SimulationStatistics`. Here a slot is one 24-byte record and an add is a hash,
/// a probe and an increment.
///
/// Same semantics, so the same result: keys are added at level 0; a new key that
/// would make `cap + 1` distinct keys raises the level by one (coarsening every
/// held key with `CappedCounts.Coarsening`, adding equal ones) and is retried. The
/// table's contents are a function of the keys seen, not their order, so handing
/// them to a `CappedCounts` (`drain`) gives exactly the table it would have built.
struct CountTable {
  struct Slot {
    var a: UInt64
    var b: UInt64
    /// 0: empty.
    var count: Int
  }

  let cap: Int
  let coarsening: CappedCounts.Coarsening
  private(set) var level = 0 {
    didSet { coarsener = Coarsener(coarsening, level: level) }
  }
  /// `coarsening` from level 0 to `level`, as masks and a shift (no enum switch,
  /// no call per key).
  private var coarsener: Coarsener
  private var distinct = 0
  private let mask: Int
  private let slots: UnsafeMutablePointer<Slot>

  init(cap: Int, coarsening: CappedCounts.Coarsening) {
    self.cap = cap
    self.coarsening = coarsening
    coarsener = Coarsener(coarsening, level: 0)
    var size = 4
    while size < 2 * cap { size *= 2 }
    mask = size - 1
    slots = .allocate(capacity: size)
    slots.initialize(repeating: Slot(a: 0, b: 0, count: 0), count: size)
  }

  /// Adds one to a level-0 key.
  @inline(__always)
  mutating func add(_ a: UInt64, _ b: UInt64) {
    let (ka, kb) = coarsener.apply(a, b)
    assert(ka == coarsening.coarsened(a, b, from: 0, to: level).0 && kb == coarsening.coarsened(a, b, from: 0, to: level).1)
    var i = CappedCounts.hash(ka, kb) & mask
    while slots[i].count != 0 {
      if slots[i].a == ka && slots[i].b == kb {
        slots[i].count &+= 1
        return
      }
      i = (i &+ 1) & mask
    }
    if distinct < cap {
      slots[i] = Slot(a: ka, b: kb, count: 1)
      distinct &+= 1
    } else {
      addRaising(a, b)
    }
  }

  /// The rare case: the table is full, so coarsen until the key fits.
  @inline(never)
  private mutating func addRaising(_ a: UInt64, _ b: UInt64) {
    raise(to: level + 1)
    add(a, b)
  }

  /// Coarsens every held key to `newLevel`, adding together keys that become equal.
  private mutating func raise(to newLevel: Int) {
    let held = entries()
    for i in 0...mask { slots[i].count = 0 }
    distinct = 0
    for old in held {
      let (ka, kb) = coarsening.coarsened(old.a, old.b, from: level, to: newLevel)
      var i = CappedCounts.hash(ka, kb) & mask
      while slots[i].count != 0 && !(slots[i].a == ka && slots[i].b == kb) { i = (i &+ 1) & mask }
      if slots[i].count == 0 {
        slots[i] = Slot(a: ka, b: kb, count: 0)
        distinct += 1
      }
      slots[i].count += old.count
    }
    level = newLevel
  }

  private func entries() -> [Slot] { (0...mask).map { slots[$0] }.filter { $0.count != 0 } }

  /// Adds every held count to `counts` (same cap and coarsening) and empties this table.
  mutating func drain(into counts: inout CappedCounts) {
    for slot in entries() { counts.add(slot.a, slot.b, count: slot.count, keyLevel: level) }
    for i in 0...mask { slots[i].count = 0 }
    distinct = 0
    level = 0
  }

  func deallocate() { slots.deallocate() }
}

/// `CappedCounts.Coarsening` from level 0 to one level, precomputed:
/// - `.shift`: an arithmetic shift of `a` by `min(level, 63)`; `b` kept at level 0, else 0.
/// - `.pathPrefix`: a key of more than `limit = maxLength − level` states keeps
///   its first `limit` (the bits below `8 + limit · bits`), gets length `limit`
///   and the truncated flag (as `PathKeyCodec.truncated`).
struct Coarsener {
  var isPrefix = false
  var shift: UInt64 = 0
  var limit: UInt64 = 0
  var maskA: UInt64 = ~0
  var maskB: UInt64 = ~0

  init(_ coarsening: CappedCounts.Coarsening, level: Int) {
    switch coarsening {
    case .shift:
      shift = UInt64(min(level, 63))
      maskB = level == 0 ? ~0 : 0
    case .pathPrefix(let codec):
      isPrefix = true
      let limit = max(codec.maxLength - level, 0)
      self.limit = UInt64(limit)
      let keep = 8 + limit * codec.bits  // at most 128
      maskA = (keep >= 64 ? ~0 : (1 << UInt64(keep)) - 1) & ~0xff
      maskB = keep <= 64 ? 0 : keep >= 128 ? ~0 : (1 << UInt64(keep - 64)) - 1
    }
  }

  @inline(__always)
  func apply(_ a: UInt64, _ b: UInt64) -> (UInt64, UInt64) {
    if isPrefix {
      // Cut only keys longer than the limit; which keys are is random, so select.
      let cut = a & 0x7f > limit
      return (cut ? (a & maskA) | limit | 0x80 : a, cut ? b & maskB : b)
    }
    return (UInt64(bitPattern: Int64(bitPattern: a) &>> Int64(shift)), b & maskB)
  }
}
