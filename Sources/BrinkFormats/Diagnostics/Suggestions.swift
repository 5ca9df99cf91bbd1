/// "Did you mean …?" suggestions by edit distance.
///
/// Reference: the Levenshtein distance (Levenshtein 1966), computed by the
/// Wagner–Fischer dynamic programme (Wagner and Fischer, JACM 21(1), 1974).
public enum Suggestions {
  /// The candidates closest to `word` (case-insensitive), best first; only those
  /// within a distance of about a third of the word's length, at most `limit`.
  public static func closest(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
    let w = Array(word.lowercased())
    let threshold = max(2, w.count / 3)
    let scored = candidates.compactMap { candidate -> (String, Int)? in
      let c = Array(candidate.lowercased())
      if c.starts(with: w) && !w.isEmpty { return (candidate, 0) }
      // The distance is at least the difference in length: a long line typed as a
      // command word is not compared letter by letter with every name.
      if abs(c.count - w.count) > threshold { return nil }
      let d = distance(w, c)
      return d <= threshold ? (candidate, d) : nil
    }
    return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
  }

  /// A sentence for a diagnostic note, or nil when nothing is close.
  public static func didYouMean(_ word: String, in candidates: [String]) -> String? {
    let best = closest(to: word, in: candidates)
    guard !best.isEmpty else { return nil }
    return "did you mean " + best.map { "'\($0)'" }.joined(separator: " or ") + "?"
  }

  /// Levenshtein distance. - Complexity: O(|a|·|b|) time, O(|b|) space.
  public static func distance<C: Collection>(_ a: [C.Element], _ b: C) -> Int where C.Element: Equatable {
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
