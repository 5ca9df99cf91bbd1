import BrinkFormats

/// One REPL command: the single source from which `help`, usage lines in error
/// messages, and TAB completion are generated (the habit of swift-argument-parser's
/// `UsageGenerator`: one description, many renderings).
public struct CommandSpec: Sendable {
  public var name: String
  public var aliases: [String]
  /// One line for the `help` list.
  public var abstract: String
  /// `name ARG [OPTION]`: shown in `help NAME` and after a bad argument.
  public var usage: String
  /// A longer explanation for `help NAME`.
  public var discussion: String
  /// Lines a user can type, shown in `help NAME` and checked by the tests.
  public var examples: [String]
  /// Given the arguments typed so far, what the next one is.
  public var completion: @Sendable (_ previous: [String]) -> ArgumentKind
  /// Runs the command on the session, returning what to print.
  var run: @Sendable (Session, [String]) throws(CommandError) -> String

  init(_ name: String, aliases: [String] = [], abstract: String, usage: String, discussion: String = "",
       examples: [String] = [], completion: @escaping @Sendable ([String]) -> ArgumentKind = { _ in .none },
       run: @escaping @Sendable (Session, [String]) throws(CommandError) -> String) {
    self.name = name
    self.aliases = aliases
    self.abstract = abstract
    self.usage = usage
    self.discussion = discussion
    self.examples = examples
    self.completion = completion
    self.run = run
  }

  /// Completion that is the same kind at every position.
  static func every(_ kind: ArgumentKind) -> @Sendable ([String]) -> ArgumentKind { { _ in kind } }

  /// Completion by position; positions past the end get `.none`.
  static func positional(_ kinds: [ArgumentKind]) -> @Sendable ([String]) -> ArgumentKind {
    { previous in previous.count < kinds.count ? kinds[previous.count] : .none }
  }
}

/// A command that could not run: what went wrong, and the usage to show when the
/// arguments were at fault. Rendered in one place (`rendered`).
public struct CommandError: Error, Sendable, Equatable {
  public var message: String
  public var usage: String?
  public var notes: [String]
  /// What the command finished before it was stopped (Ctrl-C, the deadline): shown
  /// as its output, before the error, so an interrupted solve or sweep keeps the
  /// part that was done (issue 12). The session is still unchanged.
  public var partial: String?

  public init(_ message: String, usage: String? = nil, notes: [String] = [], partial: String? = nil) {
    self.message = message
    self.usage = usage
    self.notes = notes
    self.partial = partial
  }

  /// `error: message`, then notes and `usage: …` indented; control characters
  /// (from echoed input) escaped.
  public var rendered: String {
    var lines = ["error: " + message]
    lines += notes.map { "  " + $0 }
    if let usage { lines.append("  usage: " + usage) }
    return lines.joined(separator: "\n").escapingControlCharacters
  }
}
