import Testing
import BrinkCore
@testable import BrinkFormats

@Suite struct SuggestionsTests {
  let names = ["solve", "simulate", "show", "sweep", "save", "set", "explain", "export", "replay", "reveal", "load"]

  /// Every candidate scored by the full edit distance, as before the length filter.
  func reference(_ word: String, _ candidates: [String]) -> [String] {
    let w = Array(word.lowercased()), threshold = max(2, w.count / 3)
    return candidates.compactMap { c -> (String, Int)? in
      let lower = Array(c.lowercased())
      if lower.starts(with: w) && !w.isEmpty { return (c, 0) }
      let d = Suggestions.distance(w, lower)
      return d <= threshold ? (c, d) : nil
    }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
  }

  @Test func mistypedCommandsFindTheirNames() {
    // A transposition is two edits, as far as "save" (CommandTable.didYouMean puts the anagram first).
    #expect(Suggestions.closest(to: "slove", in: names) == ["save", "solve"])
    #expect(Suggestions.closest(to: "explian", in: names) == ["explain"])
    #expect(Suggestions.closest(to: "sim", in: names).first == "simulate")  // a prefix scores 0
    #expect(Suggestions.didYouMean("zzzzzzzzzzzz", in: names) == nil)
  }

  /// Skipping candidates whose length differs by more than the threshold changes
  /// nothing (the distance is at least the difference in length): random words of
  /// every length up to 40 against the names, compared with the full computation.
  @Test func theLengthFilterKeepsEveryAnswer() {
    var generator = SplitMix64(seed: 2026)  // seeded: a failure replays
    let letters = Array("aeilnoprstuvwx")
    for _ in 0..<3_000 {
      let n = Int.random(in: 0...40, using: &generator)
      var word = String((0..<n).map { _ in letters.randomElement(using: &generator)! })
      if Bool.random(using: &generator), let name = names.randomElement(using: &generator) {
        word = name + word.prefix(Int.random(in: 0...3, using: &generator))  // near a name
      }
      #expect(Suggestions.closest(to: word, in: names) == reference(word, names), "\(word)")
    }
  }
}
