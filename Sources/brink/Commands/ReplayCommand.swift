import ArgumentParser
import BrinkCore
import BrinkFormats
import BrinkREPL
import Foundation

/// `brink replay FILE`: plays a scenario's script (what each side actually did)
/// against the solved model, round by round, and reports how likely the model found it.
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Replay a scenario's script against the model's strategies.")

  @Argument(help: "A scenario file (YAML); the built-in default when omitted.")
  var file: String?

  func run() throws {
    let doc = try ScenarioLoading.load(file)
    let solved: SolvedScenario
    do {
      solved = try EscalationSolver.solve(doc.scenario)
    } catch {
      FileHandle.standardError.write(Data("\(doc.file): error: cannot solve the scenario: \(error)\n".utf8))
      throw ExitCode(1)
    }
    print(ReplayReport(document: doc, solved: solved).render())
  }
}
