import Foundation
import Testing

/// The README's `brink solve` example is run, so it shows what brink prints.
@Suite("README examples")
struct ReadmeTests {
  @Test("the 'Solving games' examples print what the README shows")
  func solvingGames() throws {
    let readme = try String(contentsOf: BrinkProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let after = try #require(readme.components(separatedBy: "## Solving games").last)
    let section = after.components(separatedBy: "\n## ").first ?? after
    let lines = section.components(separatedBy: "\n")
    // The examples are the ```sh blocks after the first (the synopsis); each one's
    // output is the ```text block after it.
    let shStarts = lines.indices.filter { lines[$0] == "```sh" }
    #expect(shStarts.count >= 3)
    for start in shStarts.dropFirst() {
      let command = lines[start + 1]
      let textStart = try #require(lines.indices.first { $0 > start && lines[$0] == "```text" })
      let textEnd = try #require(lines.indices.first { $0 > textStart && lines[$0] == "```" })
      let expected = lines[(textStart + 1)..<textEnd].joined(separator: "\n") + "\n"

      var arguments = command.split(separator: " ").map(String.init)
      #expect(arguments.removeFirst() == "brink")
      // Run with absolute paths, then show them relative to the package root.
      arguments = arguments.map {
        $0.hasPrefix("Tests/") || $0.hasPrefix("Scenarios/") ? BrinkProcess.packageRoot.appendingPathComponent($0).path : $0
      }
      let run = try BrinkProcess.run(arguments)
      #expect(run.status == 0)
      let root = BrinkProcess.packageRoot.path + "/"
      #expect(run.stdout.replacingOccurrences(of: root, with: "") == expected, "\(command)")
    }
  }
}
