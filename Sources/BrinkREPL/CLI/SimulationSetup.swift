import BrinkCore
import BrinkFormats
import Foundation

/// The steps `simulate` and `merge` share: a scenario (with `--rounds`) solved and
/// compiled into the ladder the simulator runs, and the report written out.
enum SimulationSetup {
  struct Prepared {
    var document: ScenarioDocument
    /// The exact ladder (one state per solver node when strategies depend on the
    /// path) and the scenario state each of its states stands for.
    var compiled: CompiledScenario
    var ladder: CompiledLadder { compiled.ladder }
    var approximations: [String] { compiled.approximations }
  }

  /// Solves and compiles under the command's run control: a stop (Ctrl-C,
  /// `--timeout`) ends the command with its status (no report: nothing was
  /// sampled); any other error is printed and ends it with status 1.
  static func prepare(_ doc: ScenarioDocument, rounds: Int?, run: CLI.Run) throws(CLI.Failure) -> Prepared {
    var doc = doc
    if let rounds { doc.scenario.calendar.rounds = rounds }
    do {
      let solved = try EscalationSolver.solve(doc.scenario, needs: .strategies,
                                              shouldContinue: run.control.shouldContinue)
      let prepared = Prepared(document: doc, compiled: try solved.compiledScenario())
      try run.throwIfStopped()
      return prepared
    } catch let failure as CLI.Failure {
      throw failure
    } catch {
      try run.throwIfStopped()
      CLI.diagnose("\(doc.file): error: cannot simulate the scenario: \(error)")
      throw .failed
    }
  }

  /// The run's summary by scenario state, with the players' names from the scenario.
  static func summary(_ statistics: SimulationStatistics, _ prepared: Prepared) -> SimulationSummary {
    prepared.compiled.summary(statistics, scenario: prepared.document.scenario)
  }

  static func title(_ doc: ScenarioDocument) -> String {
    SimulationReport.title(name: doc.name, scenarioTitle: doc.scenario.title)
  }

  static func dates(_ doc: ScenarioDocument) -> [CalendarDate] {
    (0...doc.scenario.calendar.rounds).map { doc.scenario.calendar.date(ofRound: $0) }
  }

  /// The report of a (whole or merged) run as text, JSON or CSV, written to `path`
  /// or standard output: what `simulate` and `merge` both print. With `svg`, its
  /// charts are also written to that file (`SimulationChart`), as the REPL's
  /// `export chart` writes them.
  static func emitReport(_ statistics: SimulationStatistics, _ prepared: Prepared,
                         json: Bool, csv: Bool, svg: String? = nil, missingShards: [Int]? = nil,
                         exact: ExactSimulationReport? = nil, to path: String?) throws(CLI.Failure) {
    var summary = summary(statistics, prepared)
    summary.missingShards = missingShards
    if let svg {
      let chart = SimulationChart.svg(summary, title: title(prepared.document), dates: dates(prepared.document))
      do {
        try OutputFile.write(chart, to: svg)
      } catch {
        CLI.diagnose("\(svg): error: cannot write the file: \(error)")
        throw .failed
      }
    }
    let report: String
    if let exact {
      report = exactReport(exact, prepared, sampled: summary, json: json, csv: csv)
    } else if json {
      report = SimulationReport.json(summary)
    } else if csv {
      report = SimulationReport.csv(summary)
    } else {
      report = SimulationReport.text(summary, title: title(prepared.document), dates: dates(prepared.document))
    }
    try emit(report, to: path)
  }

  /// Writes `text` (plus a newline) to `path`, or to standard output.
  static func emit(_ text: String, to path: String?) throws(CLI.Failure) {
    guard let path else {
      CLI.output(text)
      return
    }
    do {
      try OutputFile.write(text + "\n", to: path)
    } catch {
      CLI.diagnose("\(path): error: cannot write the file: \(error)")
      throw .failed
    }
  }
}
