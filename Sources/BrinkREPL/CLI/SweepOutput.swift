import BrinkFormats
import Foundation

/// What `brink sweep` prints, and `brink merge` of its shards: the REPL's text, or
/// with `--json` that text's lines in a small document naming the run, so that a
/// script can tell a complete sweep from one cut short. Written in one place so
/// that the single run and the merge give the same bytes.
struct SweepOutput: Encodable {
  var format = "brink-sweep/1"
  var brink = BrinkVersion.current
  var scenario: String
  var sweep: [String]
  /// False when Ctrl-C or `--timeout` stopped the sweep: `lines` are the part finished.
  var complete: Bool
  var lines: [String]

  init(scenarioFile: String, sweep: [String], text: String, complete: Bool) {
    scenario = scenarioFile
    self.sweep = sweep
    self.complete = complete
    lines = text.components(separatedBy: "\n")
  }

  var text: String { lines.joined(separator: "\n") }

  var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else { return "{}" }
    return text
  }
}
