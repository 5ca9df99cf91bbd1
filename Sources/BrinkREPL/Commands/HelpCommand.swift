/// `help` and `help COMMAND`, generated from the command table.
extension CommandSpec {
  static let help = CommandSpec(
    "help", aliases: ["?"],
    abstract: "List the commands, or explain one.",
    usage: "help [COMMAND]",
    discussion: "Without an argument, lists every command with a one-line summary. With a command name, shows its usage, what it does and examples.",
    examples: ["help", "help play"],
    completion: positional([.topic])
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...1, usage: "help [COMMAND]")
    guard let topic = arguments.first else { return session.commands.overview }
    guard let spec = session.commands.lookup(topic) else {
      var notes = [String]()
      if let hint = session.commands.didYouMean(topic) { notes.append(hint) }
      throw CommandError("no help topic '\(topic)'", usage: "help [COMMAND]", notes: notes)
    }
    return spec.helpText
  }

  /// The full help for one command.
  var helpText: String {
    var lines = ["usage: " + usage, "", abstract]
    if !discussion.isEmpty { lines += ["", discussion] }
    if !aliases.isEmpty { lines += ["", "aliases: " + aliases.joined(separator: ", ")] }
    if !examples.isEmpty { lines += ["", "examples:"] + examples.map { "  " + $0 } }
    return lines.joined(separator: "\n")
  }
}

extension CommandTable {
  /// The `help` list: every command with its abstract.
  public var overview: String {
    let width = specs.map(\.name.count).max() ?? 0
    var lines = ["Commands (type 'help COMMAND' for details; TAB completes):"]
    for spec in specs { lines.append("  " + spec.name.padded(to: width + 2) + spec.abstract) }
    lines.append("Separate commands with ';'. '#' starts a comment.")
    return lines.joined(separator: "\n")
  }
}
