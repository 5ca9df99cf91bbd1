import ArgumentParser
import BrinkCore
import BrinkFormats
import BrinkREPL
import Foundation

/// `brink replay FILE`: plays a scenario's script (what each side actually did)
/// against the solved model, round by round, and reports how likely the model found it.
/// Ctrl-C or `--timeout` stops the solve or the path's likelihood (long on a script of
/// thousands of rounds); an interrupted likelihood is reported as such.
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Replay a scenario's script against the model's strategies.")

  @Argument(help: "A scenario file (YAML); the built-in default when omitted.")
  var file: String?

  @OptionGroup var limit: TimeoutOption

  func run() throws {
    let doc = try ScenarioLoading.load(file)
    let deadline = limit.start()
    Interrupt.install()
    defer { Interrupt.restore() }
    let shouldContinue = { !Interrupt.wasReceived && !(deadline?.expired ?? false) }
    let solved: SolvedScenario
    do {
      solved = try EscalationSolver.solve(doc.scenario, shouldContinue: shouldContinue)
    } catch {
      FileHandle.standardError.write(Data("\(doc.file): error: cannot solve the scenario: \(error)\n".utf8))
      if let deadline, deadline.expired { throw ExitCode(Deadline.exitStatus) }
      throw ExitCode(1)
    }
    print(ReplayReport(document: doc, solved: solved, shouldContinue: shouldContinue).render())
    if let deadline, deadline.expired {
      FileHandle.standardError.write(Data("brink: error: \(deadline.message)\n".utf8))
      throw ExitCode(Deadline.exitStatus)
    }
  }
}
