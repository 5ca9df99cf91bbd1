/// What TAB may insert: the word being completed (the text between the last
/// separator and the cursor) and the full words that could replace it.
public struct Completion: Sendable, Equatable {
  public var word: String
  public var candidates: [String]

  public init(word: String, candidates: [String]) {
    self.word = word
    self.candidates = candidates
  }

  public static let none = Completion(word: "", candidates: [])

  /// The longest prefix shared by every candidate (compared case-insensitively;
  /// the first candidate's spelling is kept).
  public static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first.map(Array.init) else { return "" }
    for w in words.dropFirst() {
      let chars = Array(w)
      var n = 0
      while n < prefix.count && n < chars.count && prefix[n].lowercased() == chars[n].lowercased() { n += 1 }
      prefix.removeSubrange(n...)
    }
    return String(prefix)
  }
}
