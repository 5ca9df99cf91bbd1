import Foundation
import Testing

/// The shock rule does not depend on the order shocks are written in (issue 10,
/// item 9): us-china-2025-10 with its two competing shocks swapped gives
/// byte-identical `solve --json` and `simulate --json` output.
@Suite("Shocks: the file's order changes no answer")
struct ShockOrderTests {
  /// The scenario's text with the shock entries in reverse order.
  static func swapped(_ text: String) -> String {
    var lines = text.components(separatedBy: "\n")
    let start = lines.firstIndex(of: "shocks:")! + 1
    let end = lines[start...].firstIndex { !$0.hasPrefix("  ") }!
    var entries = [[String]]()
    for line in lines[start..<end] {
      if line.hasPrefix("  - ") { entries.append([line]) } else { entries[entries.count - 1].append(line) }
    }
    #expect(entries.count == 2)
    lines.replaceSubrange(start..<end, with: entries.reversed().flatMap { $0 })
    return lines.joined(separator: "\n")
  }

  @Test("swapping us-china-2025-10's shocks changes neither solve nor simulate")
  func swappedShocks() throws {
    let name = "us-china-2025-10.yaml"
    let original = try String(contentsOf: BrinkProcess.packageRoot.appendingPathComponent("Scenarios/\(name)"), encoding: .utf8)
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("brink-shock-order-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    var outputs = [[String]]()
    for (label, text) in [("given", original), ("swapped", Self.swapped(original))] {
      let directory = root.appendingPathComponent(label)
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: directory.appendingPathComponent(name))
      var out = [String]()
      for arguments in [["solve", "--json", name], ["simulate", "--json", "--paths", "20000", "--seed", "7", name]] {
        let run = try BrinkProcess.run(arguments, directory: directory)
        #expect(run.status == 0, "\(label): \(run.stderr)")
        out.append(run.stdout)
      }
      outputs.append(out)
    }
    #expect(original != Self.swapped(original))
    #expect(outputs[0] == outputs[1])
  }
}
