import BrinkFormats
import Foundation

/// A transcript being written by `record FILE`: after each successful line the
/// whole transcript is written again through `OutputFile`, so the file is always
/// a complete script `brink run` can replay, never half a line. Recording to an
/// existing file adds to what it holds.
///
/// A recording started mid-session first writes the commands that shaped the
/// session so far (`shapesTheSession`: loads, edits, the seed, plays, undos), so
/// `brink run FILE` reproduces the session from its start (issue 12: the load and
/// earlier edits were missing). Every `load` is written `load --discard`: the session
/// did load (asked, or with nothing unsaved, perhaps after a `save`, which a script
/// does not repeat), and a script cannot be asked.
final class Recording {
  let path: String
  private var text: String

  /// The commands whose effect on the session a later command may depend on.
  /// Others (show, solve, simulate, export, help…) only look, or write files.
  static let shapingCommands: Set<String> = ["load", "game", "set", "play", "undo", "reset", "replay"]

  static func shapesTheSession(_ command: String) -> Bool { shapingCommands.contains(command) }

  /// The command as a script line (each word quoted as needed), `--discard` added
  /// to a `load`.
  static func replayable(_ words: [String]) -> String {
    var words = words
    if ["load", "open"].contains(words[0].lowercased()), !words.contains("--discard") { words.insert("--discard", at: 1) }
    return words.map(CommandLineSplitter.quoted).joined(separator: " ")
  }

  /// Starts (or continues) the transcript at `path`, beginning with `before` (the
  /// session so far); nil when it cannot be written.
  convenience init?(path: String, before: [String]) {
    self.init(path: path)
    guard !before.isEmpty else { return }
    text += "# the session so far\n" + before.map { $0 + "\n" }.joined() + "# recorded from here\n"
    guard (try? OutputFile.write(text, to: path)) != nil else { return nil }
  }

  /// Starts (or continues) the transcript at `path`; nil when it cannot be written.
  init?(path: String) {
    var existing = ""
    if access(path, F_OK) == 0 {
      guard (try? InputFile.check(path)) != nil, let old = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
      existing = old.isEmpty || old.hasSuffix("\n") ? old : old + "\n"
    }
    self.path = path
    self.text = existing + "# brink transcript\n"
    guard (try? OutputFile.write(text, to: path)) != nil else { return nil }
  }

  func append(line: String) {
    text += line + "\n"
    try? OutputFile.write(text, to: path)
  }
}
