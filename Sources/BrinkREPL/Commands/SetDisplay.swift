import BrinkFormats

/// `set display exact|decimal|both|auto`: how numbers are shown (`NumberDisplay`).
extension Session {
  func setDisplay(_ arguments: [String]) throws(CommandError) -> String {
    let usage = "set display exact|decimal|both|auto"
    try expectCount(arguments, 1...1, usage: usage)
    let names = NumberDisplay.allCases.map(\.rawValue)
    guard let chosen = NumberDisplay(rawValue: arguments[0].lowercased()) else {
      throw CommandError("no display '\(arguments[0])' (\(names.joinedAsList(conjunction: "or")))", usage: usage,
                         notes: Suggestions.didYouMean(arguments[0], in: names).map { [$0] } ?? [])
    }
    display = chosen
    switch chosen {
    case .automatic: return "Numbers are shown as 'solve' shows them: decimals in tables and payoffs, fractions with decimals in equilibria."
    case .exact: return "Numbers are shown as exact fractions."
    case .decimal: return "Numbers are shown as decimals (at most four places; they are still kept exact)."
    case .both: return "Numbers are shown as exact fractions with decimals alongside."
    }
  }
}
