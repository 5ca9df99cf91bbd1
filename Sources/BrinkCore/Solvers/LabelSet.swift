/// A set of small non-negative integers (labels or variable indices), as a bit set.
///
/// The two-player solvers name every inequality of the best-response polytopes by a
/// label; a vertex is identified by the set of inequalities tight at it, and a basis
/// by the set of its basic variables. Both are hashed millions of times in a vertex
/// enumeration, so the first 128 members live inline and only larger games spill
/// into an array.
struct LabelSet: Hashable, Sendable {
  var w0: UInt64 = 0
  var w1: UInt64 = 0
  var more: [UInt64] = []

  init() {}

  /// The set `0..<count`.
  init(fullUpTo count: Int) {
    for i in 0..<count { insert(i) }
  }

  @inline(__always)
  func contains(_ i: Int) -> Bool {
    if i < 64 { return w0 & (1 << UInt64(i)) != 0 }
    if i < 128 { return w1 & (1 << UInt64(i - 64)) != 0 }
    let k = (i - 128) >> 6
    return k < more.count && more[k] & (1 << UInt64((i - 128) & 63)) != 0
  }

  @inline(__always)
  mutating func insert(_ i: Int) {
    if i < 64 { w0 |= 1 << UInt64(i); return }
    if i < 128 { w1 |= 1 << UInt64(i - 64); return }
    let k = (i - 128) >> 6
    while more.count <= k { more.append(0) }
    more[k] |= 1 << UInt64((i - 128) & 63)
  }

  @inline(__always)
  mutating func remove(_ i: Int) {
    if i < 64 { w0 &= ~(1 << UInt64(i)); return }
    if i < 128 { w1 &= ~(1 << UInt64(i - 64)); return }
    let k = (i - 128) >> 6
    if k < more.count { more[k] &= ~(1 << UInt64((i - 128) & 63)) }
  }

  /// Whether `self ∪ other` contains every member of `all`.
  @inline(__always)
  func unionCovers(_ other: LabelSet, _ all: LabelSet) -> Bool {
    guard (w0 | other.w0) & all.w0 == all.w0, (w1 | other.w1) & all.w1 == all.w1 else { return false }
    if all.more.isEmpty { return true }
    for k in all.more.indices {
      let a = k < more.count ? more[k] : 0
      let b = k < other.more.count ? other.more[k] : 0
      if (a | b) & all.more[k] != all.more[k] { return false }
    }
    return true
  }

  var count: Int {
    w0.nonzeroBitCount + w1.nonzeroBitCount + more.reduce(0) { $0 + $1.nonzeroBitCount }
  }

  /// The members in increasing order.
  var members: [Int] {
    var result = [Int]()
    func collect(_ word: UInt64, _ offset: Int) {
      var w = word
      while w != 0 {
        result.append(offset + w.trailingZeroBitCount)
        w &= w - 1
      }
    }
    collect(w0, 0)
    collect(w1, 64)
    for (k, word) in more.enumerated() { collect(word, 128 + 64 * k) }
    return result
  }

  /// `all \ self`.
  func complement(in all: LabelSet) -> LabelSet {
    var result = LabelSet()
    result.w0 = all.w0 & ~w0
    result.w1 = all.w1 & ~w1
    if !all.more.isEmpty {
      result.more = all.more.indices.map { k in all.more[k] & ~(k < more.count ? more[k] : 0) }
    }
    return result
  }

  /// Equality ignores trailing empty spill words.
  static func == (l: LabelSet, r: LabelSet) -> Bool {
    guard l.w0 == r.w0, l.w1 == r.w1 else { return false }
    let n = max(l.more.count, r.more.count)
    for k in 0..<n where (k < l.more.count ? l.more[k] : 0) != (k < r.more.count ? r.more[k] : 0) {
      return false
    }
    return true
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(w0)
    hasher.combine(w1)
    if let last = more.lastIndex(where: { $0 != 0 }) {
      for k in 0...last { hasher.combine(more[k]) }
    }
  }
}
