import BrinkCore
import BrinkFormats
import Foundation
import Glibc

extension CLI {
  /// `brink solve FILE... [--json] [--method M]`: every file is processed even when an
  /// earlier one fails, until the command is stopped (Ctrl-C, `--timeout`); what was
  /// found so far is printed (an enumeration cut short says it is incomplete).
  ///
  /// - Throws: status 1 when any file could not be read, parsed or solved (after its
  ///   diagnostics), 124 after the deadline, 130 after Ctrl-C.
  public static func solve(files: [String], json: Bool, method: SolveMethod, run: Run) throws(Failure) {
    let style = json ? .plain : RenderStyle.detect(
      isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
    var failed = false
    var objects = [JSONValue]()
    var first = true
    /// One file's answer: its JSON object, or its text after a blank line between
    /// files (each rendered only in the form asked for).
    func emit(_ object: () -> JSONValue, _ text: () -> String) {
      if json {
        objects.append(object())
      } else {
        output((first ? "" : "\n") + text(), terminator: "")
        first = false
      }
    }
    for path in files where run.stop == nil {
      let name = path == "-" ? "<stdin>" : path
      do {
        if SolveInput.kind(of: path) == .scenario {
          let doc = try SolveInput.readScenario(path)
          if doc.scenario.hasTypes, TypedLogitSolver.applies(to: doc.scenario) {
            let solution = try TypedLogitSolver.solve(doc.scenario, shouldContinue: run.control.shouldContinue)
            emit({ TypedLogitJSON.object(file: name, document: doc, solution: solution) },
                 { TypedLogitReport.render(doc, solution: solution, file: name) })
            continue
          }
          if doc.scenario.hasTypes {
            let solution = try TypedSolver.solve(doc.scenario, shouldContinue: run.control.shouldContinue)
            emit({ TypedSolveJSON.object(file: name, document: doc, solution: solution) },
                 { TypedSolveReport.render(doc, solution: solution, file: name) })
            continue
          }
          let solved = try EscalationSolver.solve(doc.scenario, shouldContinue: run.control.shouldContinue)
          emit({ ScenarioSolveJSON.object(file: name, document: doc, solved: solved) },
               { ScenarioSolveReport.render(doc, solved: solved, file: name) })
          KeptUntilExit.keep(solved)
          continue
        }
        if let report = SolveInput.signalling(path, file: name) {
          emit({ SignallingJSON.object(file: name, players: report.players, report.analysis,
                                       degeneracies: report.degeneracyTexts()) },
               { report.render() })
          continue
        }
        let file = try SolveInput.game(path, shouldContinue: run.control.shouldContinue)
        let analysis = try GameAnalysis.compute(file.game, method: method,
                                                shouldContinue: run.control.shouldContinue)
        let report = SolveReport(file: name, analysis: analysis)
        emit({ SolveJSON.object(file: name, game: file.game, report.jsonParts) }, { report.render(style: style) })
      } catch where run.stop != nil && (error is NFGReader.Cancelled || error as? EscalationError == .cancelled) {
        break  // reported below, as the command's stop
      } catch {
        failed = true
        let message = solveMessage(for: error, file: name)
        diagnose(message)
        if json { objects.append(SolveJSON.failure(file: name, message: message)) }
      }
    }
    if json { output(SolveJSON.document(objects), terminator: "") }
    try run.throwIfStopped()
    if failed { throw .failed }
  }

  static func solveMessage(for error: Error, file: String) -> String {
    switch error {
    case let list as DiagnosticList: return list.description
    case let read as NFGReadError: return read.description
    case let refusal as InputFile.Refusal: return refusal.description
    case let unsupported as GameAnalysis.Unsupported: return "\(file): error: \(unsupported)"
    case let escalation as EscalationError: return "\(file): error: cannot solve the scenario: \(escalation.description)"
    case let typed as TypedSolveError: return "\(file): error: cannot solve the scenario: \(typed.description)"
    case let logit as TypedLogitError: return "\(file): error: cannot solve the scenario: \(logit.description)"
    default: return "\(file): error: \(error)"
    }
  }
}
