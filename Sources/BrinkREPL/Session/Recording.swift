import BrinkFormats
import Foundation

/// A transcript being written by `record FILE`: after each successful line the
/// whole transcript is written again through `OutputFile`, so the file is always
/// a complete script `brink run` can replay, never half a line. Recording to an
/// existing file adds to what it holds.
final class Recording {
  let path: String
  private var text: String

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
