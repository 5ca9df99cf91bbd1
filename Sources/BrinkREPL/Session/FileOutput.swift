import BrinkFormats

/// Writing a file from the REPL (`export`), by the one rule of `OutputFile`: never
/// half-written, never replacing a link, a device or a FIFO, never the scenario
/// the session has loaded (that is what `save` is for) or its transcript.
enum FileOutput {
  static func writeAtomically(_ text: String, to path: String, session: Session) throws(CommandError) {
    do {
      try OutputFile.checkDistinct(outputs: [OutputFile.Named(path, as: "export")], inputs: session.filesInUse)
      try OutputFile.write(text, to: path)
    } catch {
      throw CommandError("cannot write '\(path)': \(error.reason)")
    }
  }
}

extension Session {
  /// The files the session reads or keeps writing: the loaded scenario or game
  /// (unless built in) and the transcript of `record`.
  var filesInUse: [String] {
    (source.hasPrefix("<") ? [] : [source]) + (recording.map { [$0.path] } ?? [])
  }
}
