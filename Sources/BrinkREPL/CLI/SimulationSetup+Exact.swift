import BrinkCore
import BrinkFormats
import Foundation

/// `simulate --exact`: the chain's tables (`ExactSimulationReport`) beside the
/// sampled report, or alone with `--paths 0`.
extension SimulationSetup {
  /// Solves the prepared scenario again for its strategies and runs the chain.
  static func exact(_ prepared: Prepared, run: CLI.Run) throws(CLI.Failure) -> ExactSimulationReport {
    do {
      let solved = try EscalationSolver.solve(prepared.document.scenario, needs: .strategies,
                                              shouldContinue: run.control.shouldContinue)
      return ExactSimulationReport(ExactSimulation(solved))
    } catch {
      try run.throwIfStopped()
      CLI.diagnose("\(prepared.document.file): error: cannot compute the exact tables: \(error)")
      throw .failed
    }
  }

  static func emitExact(_ exact: ExactSimulationReport, _ prepared: Prepared, json: Bool, csv: Bool,
                        to path: String?) throws(CLI.Failure) {
    try emit(exactReport(exact, prepared, sampled: nil, json: json, csv: csv), to: path)
  }

  /// Text: the sampled report, then the exact one. JSON: `{"exact": …, "simulation": …}`
  /// (the sampled summary as `simulate --json` writes it). CSV: the exact rows after the sampled ones.
  static func exactReport(_ exact: ExactSimulationReport, _ prepared: Prepared, sampled: SimulationSummary?,
                          json: Bool, csv: Bool) -> String {
    if json {
      struct Both: Encodable {
        var exact: ExactSimulationReport
        var simulation: SimulationSummary?
      }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      guard let data = try? encoder.encode(Both(exact: exact, simulation: sampled)), let text = String(data: data, encoding: .utf8)
      else { return "{}" }
      return text
    }
    if csv {
      let head = sampled.map { SimulationReport.csv($0) } ?? "table,row,column,value"
      return ([head] + exact.csvRows).joined(separator: "\n")
    }
    let dates = dates(prepared.document)
    let text = exact.text(dates: dates)
    guard let sampled else { return "Exact tables of \(title(prepared.document))\n\n" + text }
    var report = SimulationReport.text(sampled, title: title(prepared.document), dates: dates)
    while report.hasSuffix("\n") { report.removeLast() }
    return report + "\n\n" + text
  }
}
