import BrinkCore
import BrinkFormats

/// `set tail stationary|none`: what follows the scenario's last dated round, as the
/// calendar's `tail` key says in a file (Docs/scenario-format.md, "The horizon"):
/// nothing (the game ends with the calendar, and its last rounds are played as if
/// the world ended), or the last round's rules forever, discounted (a stationary
/// tail; Fink 1964; Filar and Vrieze 1997, §6.3). So the end-game effect of a
/// scenario can be seen by switching the tail off and on. Undone by `undo`;
/// written back by `save`.
extension Session {
  func setTail(_ arguments: [String]) throws(CommandError) -> String {
    var doc = try requireScenario("tail")
    let usage = "set tail stationary|none"
    try expectCount(arguments, 1...1, usage: usage)
    let names = HorizonTail.allCases.map(\.rawValue)
    guard let tail = HorizonTail(rawValue: arguments[0].lowercased()) else {
      throw CommandError("unknown tail '\(arguments[0])': write \(names.map { "'\($0)'" }.joined(separator: " or "))", usage: usage,
                         notes: Suggestions.didYouMean(arguments[0], in: names).map { [$0] } ?? [])
    }
    // The same rule as `brink check`: an endless sum needs δ < 1.
    if tail == .stationary, doc.scenario.discount >= .one {
      throw CommandError("a stationary tail needs a discount below 1: with discount \(doc.scenario.discount) its sum over endless rounds has no value",
                         usage: usage, notes: ["set the discount first, e.g. 'set discount 19/20'"])
    }
    let old = doc.scenario.calendar.tail
    checkpoint("set tail")
    doc.scenario.calendar.tail = tail
    document = doc
    let meaning = tail == .stationary
      ? "after the last dated round the game goes on forever under that round's rules, discounted by \(doc.scenario.discount)"
      : "the game ends with the calendar"
    return "Tail is now \(tail.rawValue) (was \(old.rawValue)): \(meaning)."
  }
}
