import BrinkCore
import BrinkFormats
import Foundation

/// What `brink backtest` prints: per scenario, each resolved question with every
/// forecaster's probability, their Brier and log scores, and a one-line verdict;
/// then the model's calibration table pooled over every question.
public struct BacktestReport: Sendable {
  public struct Case: Sendable {
    public var name: String
    public var asOf: CalendarDate?
    public var backtest: Backtest
    /// What the leave-one-out fitted model was fitted on (`backtest --fit`).
    public var fit: String? = nil
  }

  public var cases: [Case]
  /// Scenarios read but with no resolved question, by name.
  public var skipped: [String]

  public init(cases: [Case], skipped: [String]) {
    self.cases = cases
    self.skipped = skipped
  }

  /// The model's forecasts of every resolved question of every case.
  public var pooled: [(p: Double, outcome: Bool)] {
    cases.flatMap { c in zip(c.backtest.forecasters[0].probabilities, c.backtest.outcomes).map { (p: $0.0, outcome: $0.1) } }
  }

  public var calibration: CalibrationTable { CalibrationTable(pooled) }

  static func d(_ x: Double) -> String { x.isFinite ? String(format: "%.4f", x) : (x < 0 ? "-inf" : "inf") }

  static func list(_ names: [String]) -> String {
    names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
  }

  /// One line: which forecasters the model beats on both scores, and what n questions can show.
  public static func verdict(_ b: Backtest) -> String {
    let model = b.forecasters[0]
    let others = b.forecasters.dropFirst()
    let beaten = others.filter { model.brier < $0.brier && model.log > $0.log }.map(\.name)
    let lost = others.filter { model.brier > $0.brier && model.log < $0.log }.map(\.name)
    var parts = [String]()
    if !beaten.isEmpty { parts.append("the model beats \(Self.list(beaten)) on both scores") }
    if !lost.isEmpty { parts.append("loses to \(Self.list(lost)) on both") }
    let tied = others.filter { model.brier == $0.brier && model.log == $0.log }.map(\.name)
    if !tied.isEmpty { parts.append("ties with \(Self.list(tied)) (the same forecasts)") }
    let mixed = others.map(\.name).filter { !beaten.contains($0) && !lost.contains($0) && !tied.contains($0) }
    if !mixed.isEmpty { parts.append("is mixed against \(Self.list(mixed))") }
    let n = b.questions.count
    return parts.joined(separator: "; ") + "; \(n) question\(n == 1 ? "" : "s") from one case: consistent with skill or luck, not evidence of either."
  }

  public func text(style: RenderStyle = .plain) -> String {
    var out = [String]()
    for c in cases {
      let b = c.backtest
      out.append("\(c.name)" + (c.asOf.map { " (as of \($0))" } ?? " (no as_of: the forecast date is not stated)"))
      var rows = [(["question", "outcome"] + b.forecasters.map(\.name)).map { TextTable.Cell($0) }]
      for (k, q) in b.questions.enumerated() {
        rows.append([TextTable.Cell(q.id), TextTable.Cell(b.outcomes[k] ? "yes" : "no")]
                    + b.forecasters.map { TextTable.Cell(Self.d($0.probabilities[k]), alignRight: true) })
      }
      rows.append([TextTable.Cell("Brier (lower is better)"), TextTable.Cell("")] + b.forecasters.map { TextTable.Cell(Self.d($0.brier), alignRight: true) })
      rows.append([TextTable.Cell("log score, bits (higher is better)"), TextTable.Cell("")]
                  + b.forecasters.map { TextTable.Cell(Self.d($0.log), alignRight: true) })
      out.append(TextTable(rows: rows).render(style))
      if let fit = c.fit { out.append(fit.prefix(1).uppercased() + fit.dropFirst()) }
      out.append("Verdict: " + Self.verdict(b))
      out.append("")
    }
    if !skipped.isEmpty { out.append("No resolved questions (not scored): " + skipped.joined(separator: ", ")) }
    out.append("Calibration of the model, pooled over \(pooled.count) questions:")
    var rows = [["forecast", "questions", "mean forecast", "resolved yes"].map { TextTable.Cell($0) }]
    for bin in calibration.bins where bin.count > 0 {
      rows.append([TextTable.Cell(String(format: "%.1f to %.1f", bin.low, bin.high)), TextTable.Cell("\(bin.count)", alignRight: true),
                   TextTable.Cell(Self.d(bin.meanForecast), alignRight: true), TextTable.Cell("\(bin.yes) of \(bin.count)", alignRight: true)])
    }
    out.append(TextTable(rows: rows).render(style))
    return out.joined(separator: "\n")
  }
}
