import BrinkFormats

/// The REPL's commands, in the order `help` lists them.
public struct CommandTable: Sendable {
  public var specs: [CommandSpec]

  public init(_ specs: [CommandSpec]) { self.specs = specs }

  public static let standard = CommandTable([
    .help, .load, .game, .scenarios, .show, .solve, .explain, .classify, .play, .reveal, .undo, .reset, .set,
    .sweep, .simulate, .replay, .forecast, .fit, .export, .save, .record, .history, .quit,
  ])

  /// The command called `name` or with `name` as an alias (case-insensitive).
  public func lookup(_ name: String) -> CommandSpec? {
    let key = name.lowercased()
    return specs.first { $0.name == key || $0.aliases.contains(key) }
  }

  /// Every name and alias, for completion and suggestions.
  public var allNames: [String] { specs.flatMap { [$0.name] + $0.aliases } }

  /// "did you mean 'solve'?" for a mistyped command, or nil.
  /// A transposition of letters (`slove`) points straight at the command;
  /// otherwise the nearest names by edit distance, aliases only as a fallback.
  public func didYouMean(_ name: String) -> String? {
    let key = name.lowercased()
    if let anagram = specs.first(where: { $0.name.count == key.count && $0.name.sorted() == key.sorted() }) {
      return "did you mean '\(anagram.name)'?"
    }
    return Suggestions.didYouMean(name, in: specs.map(\.name)) ?? Suggestions.didYouMean(name, in: allNames)
  }
}
