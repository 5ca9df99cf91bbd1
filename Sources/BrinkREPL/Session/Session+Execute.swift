/// Running what a user typed.
extension Session {
  /// The longest line accepted, so a pasted file cannot stall the REPL.
  public static let maximumLineLength = 10_000

  /// Runs one input line: `;`-separated commands, `#` comments. Stops at the
  /// first failing command. Never traps on user input; errors come back as values
  /// and the session is left as it was before the failing command.
  public func execute(_ line: String) -> CommandResult {
    guard line.utf8.count <= Self.maximumLineLength else {
      return CommandResult(error: CommandError("line too long (\(line.utf8.count) bytes; the limit is \(Self.maximumLineLength))"))
    }
    let commandsInLine: [[String]]
    do {
      commandsInLine = try CommandLineSplitter.commands(in: line)
    } catch {
      return CommandResult(error: CommandError("unterminated quote", notes: ["close it with the same quote character"]))
    }
    if commandsInLine.isEmpty { return CommandResult() }
    let trimmed = line.trimmingSpaces()
    lines.append(trimmed)
    var outputs = [String]()
    var result = CommandResult()
    for words in commandsInLine {
      let name = words[0]
      guard let spec = commands.lookup(name) else {
        var notes = [String]()
        if let hint = commands.didYouMean(name) { notes.append(hint) }
        notes.append("type 'help' for the list of commands")
        result.error = CommandError("unknown command '\(name)'", notes: notes)
        break
      }
      if spec.name == "quit" {
        result.quit = true
        break
      }
      do {
        let arguments = Array(words.dropFirst())
        let replayable = Recording.replayable(words)
        let run = { () throws(CommandError) -> String in try spec.run(self, arguments) }
        let text = try NumberDisplay.$chosen.withValue(display) { Result(catching: run) }.get()
        if !text.isEmpty { outputs.append(text) }
        // A transcript holds the commands that worked, so it replays as a script;
        // the ones that shape the session are kept for a 'record' started later.
        if Recording.shapesTheSession(spec.name) { shapingLines.append(replayable) }
        if spec.name != "record", let recording { recording.append(line: replayable) }
      } catch {
        if let partial = error.partial, !partial.isEmpty { outputs.append(partial) }
        result.error = error
        break
      }
    }
    result.output = outputs.joined(separator: "\n")
    return result
  }
}
