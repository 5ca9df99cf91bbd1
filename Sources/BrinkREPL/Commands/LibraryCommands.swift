import BrinkCore
import BrinkFormats

/// `load` and `scenarios`: choosing what to explore.
extension CommandSpec {
  static let load = CommandSpec(
    "load", aliases: ["open"],
    abstract: "Load a scenario or game by name or from a file.",
    usage: "load FILE|NAME",
    discussion: "A NAME is one of those listed by 'scenarios'. Loading replaces the current game and clears play and undo.",
    examples: ["load chicken", "load stag-hunt"],
    completion: positional([.scenarioOrFile])
  ) { session, arguments throws(CommandError) in
    let usage = "load FILE|NAME"
    try session.expectCount(arguments, 1...1, usage: usage)
    let target = arguments[0]
    if let entry = BuiltInGames.named(target) {
      session.load(name: entry.name, source: "<built-in>", game: entry.game)
      return "Loaded \(entry.name): \(entry.summary)"
    }
    if target.contains("/") || target.contains(".") {
      throw CommandError("cannot read '\(target)': reading scenario and .nfg files is not wired in yet", usage: usage)
    }
    throw CommandError("no scenario named '\(target)'", usage: usage,
                       notes: (Suggestions.didYouMean(target, in: BuiltInGames.all.map(\.name)).map { [$0] } ?? [])
                         + ["type 'scenarios' for the list"])
  }

  static let scenarios = CommandSpec(
    "scenarios", aliases: ["library"],
    abstract: "List the scenarios and games that 'load' knows by name.",
    usage: "scenarios",
    examples: ["scenarios"]
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...0, usage: "scenarios")
    let width = BuiltInGames.all.map(\.name.count).max() ?? 0
    var lines = ["Built-in games (load NAME):"]
    for entry in BuiltInGames.all {
      lines.append("  " + entry.name.padded(to: width + 2) + entry.summary)
    }
    return lines.joined(separator: "\n")
  }
}
