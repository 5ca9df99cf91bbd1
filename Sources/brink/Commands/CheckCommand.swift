import ArgumentParser
import BrinkFormats
import BrinkREPL
import Foundation

/// `brink check FILE...`: reads and validates scenario files, printing a short
/// summary of each; exits 1 (with every diagnostic on standard error) if any has errors.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate scenario files and summarise them.")

  @Argument(help: "Scenario files (YAML).")
  var files: [String]

  func run() throws {
    var failed = false
    for file in files {
      do {
        let doc = try ScenarioReader.read(contentsOf: file)
        print(ScenarioSummary.render(doc))
      } catch {
        failed = true
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        let count = error.diagnostics.filter { $0.severity == .error }.count
        FileHandle.standardError.write(Data("\(file): \(count) error\(count == 1 ? "" : "s")\n".utf8))
      }
    }
    if failed { throw ExitCode(1) }
  }
}
