import BrinkCore
import Foundation

/// `brink backtest --json`: every case's questions, forecasters and scores, and
/// the fit of `--fit`. Numbers are strings with nine decimals (`-inf` for a log
/// score of a certain and wrong forecast), as in `replay --json`.
extension BacktestReport {
  struct JSONCase: Encodable {
    var name: String
    var asOf: String?
    var fit: String?
    var questions: [JSONQuestion]
    var forecasters: [JSONForecaster]
    var verdict: String
  }

  struct JSONQuestion: Encodable {
    var id: String
    var outcome: String
  }

  struct JSONForecaster: Encodable {
    var name: String
    var probabilities: [String]
    var brier: String
    var logBits: String
  }

  struct JSONReport: Encodable {
    var cases: [JSONCase]
    var skipped: [String]
  }

  static func number(_ x: Double) -> String { x.isFinite ? String(format: "%.9f", x) : (x < 0 ? "-inf" : "inf") }

  public func json() -> String {
    let report = JSONReport(
      cases: cases.map { c in
        let b = c.backtest
        return JSONCase(
          name: c.name, asOf: c.asOf?.description, fit: c.fit,
          questions: zip(b.questions, b.outcomes).map { JSONQuestion(id: $0.id, outcome: $1 ? "yes" : "no") },
          forecasters: b.forecasters.map {
            JSONForecaster(name: $0.name, probabilities: $0.probabilities.map(Self.number), brier: Self.number($0.brier),
                           logBits: Self.number($0.log))
          },
          verdict: Self.verdict(b))
      },
      skipped: skipped)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    guard let data = try? encoder.encode(report), let text = String(data: data, encoding: .utf8) else { return "{}" }
    return text
  }
}
