import BrinkCore
import BrinkFormats
import Glibc

/// `save`, `record`: files (`export` is in ExportCommand.swift, `replay` in
/// ReplayCommand.swift).
extension CommandSpec {
  static let save = CommandSpec(
    "save",
    abstract: "Save the edited scenario back to a file, as YAML.",
    usage: "save [--force] FILE",
    discussion: "Writes the scenario with your edits as YAML. When the edits are payoffs ('set payoff') and the discount, the file as loaded (or last saved) is kept as its author wrote it, comments and layout included, with only the changed numbers rewritten in place; other edits (models, probabilities) rewrite the whole file, and the message says that comments were not kept. The file is written to a temporary file in the same folder that is then renamed, so FILE is never left half-written. Without --force, an existing FILE is not overwritten when it does not read as a scenario (a parse error, or some other kind of file), or when it has changed on disk since this session loaded or last saved it.",
    examples: ["save my-scenario.yaml", "save --force my-scenario.yaml"],
    completion: positional([.file, .keyword(["--force"])])
  ) { session, arguments throws(CommandError) in
    let usage = "save [--force] FILE"
    try session.expectCount(arguments, 1...2, usage: usage)
    let force = arguments.contains("--force")
    let rest = arguments.filter { $0 != "--force" }
    guard let path = rest.first else { throw CommandError("missing argument", usage: usage) }
    if rest.count > 1 { throw CommandError("unexpected argument '\(rest[1])'", usage: usage) }
    guard let doc = session.document else {
      throw CommandError("\(session.name) is a plain game, not a scenario; use 'export nfg FILE' to write it")
    }
    if !force, access(path, F_OK) == 0 {
      if session.changedOnDisk(path) {
        throw CommandError("'\(path)' has changed on disk since it was loaded or last saved; use 'save --force \(path)' to overwrite it")
      }
      do {
        _ = try ScenarioReader.read(contentsOf: path)
      } catch let error as DiagnosticList {
        throw CommandError("'\(path)' exists and does not read as a scenario; not overwriting it without --force",
                           usage: usage, notes: error.diagnostics.prefix(3).map { $0.description })
      } catch {
        throw CommandError("'\(path)' exists and does not read as a scenario; not overwriting it without --force", usage: usage)
      }
    }
    let (text, inPlace) = session.savedText(of: doc)
    do {
      try ScenarioWriter.writeAtomically(text, to: path)
    } catch {
      throw CommandError("cannot write '\(path)': \(error)")
    }
    session.rememberStamp(of: path)
    let hadComments = session.sourceText.map { $0.contains("#") } ?? false
    session.savedScenario = doc.scenario
    session.sourceText = text
    if !inPlace && hadComments {
      return "Saved \(doc.name) to \(path), rewritten in full: the comments of the file as loaded were not kept (only changed payoffs and the discount are edited in place)."
    }
    return "Saved \(doc.name) to \(path)."
  }

  static let record = CommandSpec(
    "record",
    abstract: "Append every successful command to FILE, as a script to replay later.",
    usage: "record FILE | record off",
    discussion: "The transcript is a script: 'brink run FILE' replays it. It starts with the commands that shaped the session so far (loads, edits, the seed, plays and undos, from the start of the session), so it reproduces the session whenever the recording starts; then every command that works is added as it runs.",
    examples: ["record session.brink", "record off"],
    completion: positional([.file])
  ) { session, arguments throws(CommandError) in
    let usage = "record FILE | record off"
    try session.expectCount(arguments, 1...1, usage: usage)
    if arguments[0].lowercased() == "off" {
      guard let r = session.recording else { throw CommandError("not recording") }
      session.recording = nil
      return "Stopped recording to \(r.path)."
    }
    do throws(OutputFile.WriteError) {
      try OutputFile.checkDistinct(outputs: [OutputFile.Named(arguments[0], as: "record")],
                                   inputs: session.source.hasPrefix("<") ? [] : [session.source])
    } catch {
      throw CommandError("cannot record to '\(arguments[0])': \(error.reason)", usage: usage)
    }
    guard let r = Recording(path: arguments[0], before: session.shapingLines) else {
      throw CommandError("cannot open '\(arguments[0])' for writing", usage: usage)
    }
    session.recording = r
    return "Recording to \(arguments[0])."
  }

  static let history = CommandSpec(
    "history",
    abstract: "List the lines typed in this session.",
    usage: "history",
    examples: ["history"]
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...0, usage: "history")
    let shown = session.lines.dropLast()  // not this 'history' line itself
    if shown.isEmpty { return "No commands yet." }
    let width = String(shown.count).count
    return shown.enumerated().map { "\(String($0.offset + 1).leftPadded(to: width))  \($0.element)" }.joined(separator: "\n")
  }

  static let quit = CommandSpec(
    "quit", aliases: ["exit"],
    abstract: "Leave brink (Ctrl-D does the same).",
    usage: "quit",
    examples: ["quit"]
  ) { _, _ throws(CommandError) in "" }
}
