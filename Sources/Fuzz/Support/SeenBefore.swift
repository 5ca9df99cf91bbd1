/// A bounded set of what a target has already run, to skip a repeat: every target
/// is deterministic in its input (budgets count cancellation checks, seeds are
/// fixed, scratch files are written afresh), so an input that comes down to
/// something already run takes the same path through the same code again and can
/// reach nothing new. libFuzzer makes many such inputs: `FuzzBytes` maps many byte
/// values to one choice and leaves the bytes after the last choice unread, so most
/// mutations of a generated input change nothing the target sees.
///
/// Emptied when it holds `limit` keys, so memory stays bounded (4,096 texts of a
/// few KB: a few tens of MB at most).
public final class SeenBefore<Key: Hashable> {
  private var keys = Set<Key>()
  public let limit: Int

  public init(limit: Int = 4096) { self.limit = limit }

  /// Whether `key` was given since the set was last emptied.
  public func contains(_ key: Key) -> Bool { keys.contains(key) }

  /// True the first time `key` is given (since the set was last emptied), false
  /// for a repeat.
  public func insert(_ key: Key) -> Bool {
    if keys.contains(key) { return false }
    if keys.count >= limit { keys.removeAll(keepingCapacity: true) }
    keys.insert(key)
    return true
  }
}
