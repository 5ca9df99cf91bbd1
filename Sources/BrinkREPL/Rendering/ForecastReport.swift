import BrinkCore
import BrinkFormats
import Foundation

/// What `forecast` shows (`brink forecast FILE` and the REPL's `forecast`): each of
/// the scenario's questions with its probability, exact from the chain
/// (`QuestionProbabilities`) as a fraction and a decimal, and, when paths are asked
/// for, the Monte Carlo estimate (`QuestionSampler`) with its 95% Wilson interval.
public struct ForecastReport: Sendable, Encodable {
  public struct Row: Sendable, Encodable {
    public var id: String
    public var text: String
    /// When the question is read: "ever by round 4 (2025-11-03)", "at the end".
    public var reading: String
    public var probability: Double
    /// The fraction, when the solve is exact.
    public var exact: String?
    public var sampled: Sample?
    /// "yes" or "no", once resolved.
    public var resolution: String?
    public var resolutionSource: String?
    public var resolutionDate: String?
    /// Over the priors' draws (`forecast --uncertainty`).
    public var band: Band?
  }

  public struct Sample: Sendable, Encodable {
    public var yes: Int
    public var paths: Int
    public var proportion: Double
    public var low: Double
    public var high: Double
  }

  public var scenario: String
  public var title: String
  public var asOf: String?
  public var exact: Bool
  public var seed: UInt64?
  public var questions: [Row]
  /// The questions a stop left unanswered (`keepingPartial`), by id; nil when all were.
  public var unanswered: [String]?
  public var uncertainty: Uncertainty?

  /// Solves nothing: takes the solved scenario. Throws `EscalationError` (a node
  /// limit, or `.cancelled`). With `keepingPartial`, a stop after some questions
  /// were answered keeps them (`unanswered` names the rest) and samples nothing;
  /// `progress` is `QuestionProbabilities`'.
  public init(document doc: ScenarioDocument, solved: SolvedScenario, paths: Int = 0, seed: UInt64 = Simulator.defaultSeed,
              keepingPartial: Bool = false, shouldContinue: () -> Bool = { true },
              progress: (Int, Int) -> Void = { _, _ in }) throws {
    var questions = doc.questions
    let p = try QuestionProbabilities(solved, questions: questions, keepingPartial: keepingPartial,
                                      shouldContinue: shouldContinue, progress: progress)
    if p.probabilities.count < questions.count {
      unanswered = questions[p.probabilities.count...].map(\.id)
      questions = Array(questions.prefix(p.probabilities.count))
    }
    let paths = unanswered == nil ? paths : 0
    let sampled = paths > 0 ? try QuestionSampler.sample(solved, questions: questions, paths: paths, seed: seed, shouldContinue: shouldContinue) : nil
    let calendar = doc.scenario.calendar
    scenario = doc.name
    title = doc.scenario.title
    asOf = doc.asOf?.description
    exact = p.exact != nil
    self.seed = paths > 0 ? seed : nil
    self.questions = questions.enumerated().map { k, q in
      Row(id: q.id, text: q.text, reading: Self.reading(q, calendar), probability: p.probabilities[k],
          exact: p.exact?[k].description,
          sampled: sampled.map { yes in
            let b = WilsonInterval.bounds(successes: yes[k], trials: paths)
            return Sample(yes: yes[k], paths: paths, proportion: Double(yes[k]) / Double(paths), low: b.low, high: b.high)
          },
          resolution: q.resolution.map { $0.outcome ? "yes" : "no" }, resolutionSource: q.resolution?.source,
          resolutionDate: q.resolution?.date?.description)
    }
  }

  /// "ever by round 4 (2025-11-03)", "ever by the end", "at round 3 (2025-10-27)", "at the end".
  public static func reading(_ q: ForecastQuestion, _ calendar: ScenarioCalendar) -> String {
    let mark = q.last == calendar.rounds ? "the end" : "round \(q.last + 1) (\(calendar.date(ofRound: q.last)))"
    return (q.reading == .ever ? "ever by " : "at ") + mark
  }

  /// A fraction as written, unless it is too long to read: then its size, and
  /// where to find it whole.
  static func fraction(_ text: String) -> String {
    guard text.count > 60, let slash = text.firstIndex(of: "/") else { return text }
    let n = text.distance(from: text.startIndex, to: slash), d = text.count - n - 1
    return "a fraction of \(n) and \(d) digits (--json or --csv give it whole)"
  }

  static func decimal(_ x: Double) -> String { String(format: "%.4f", x) }

  /// The table, then each exact fraction (they can be long) on its own line.
  public func text(style: RenderStyle = .plain) -> String {
    var header = ["question", "probability", "read"]
    if questions.first?.sampled != nil { header += ["sampled", "95% interval"] }
    if uncertainty != nil { header += ["5%", "median", "95%", "mean"] }
    header.append("resolved")
    var rows = [header.map { TextTable.Cell($0) }]
    for q in questions {
      var row = [TextTable.Cell(q.id), TextTable.Cell(Self.decimal(q.probability), alignRight: true), TextTable.Cell(q.reading)]
      if let s = q.sampled {
        row += [TextTable.Cell(Self.decimal(s.proportion), alignRight: true),
                TextTable.Cell("\(Self.decimal(s.low)) to \(Self.decimal(s.high))")]
      }
      if uncertainty != nil {
        row += [q.band?.low, q.band?.median, q.band?.high, q.band?.mean].map { TextTable.Cell($0.map(Self.decimal) ?? "—", alignRight: true) }
      }
      row.append(TextTable.Cell(q.resolution ?? "—"))
      rows.append(row)
    }
    var out = ["Forecast: \(scenario): \(title)" + (asOf.map { ", as of \($0)" } ?? "")]
    out.append(TextTable(rows: rows).render(style))
    for q in questions { out.append("\(q.id): \(q.text)") }
    if exact {
      out.append("Exact:")
      for q in questions { out.append("  \(q.id) = \(Self.fraction(q.exact!))") }
    } else {
      out.append("The solve is not exact (a logit player): the probabilities are floating point.")
    }
    if let s = questions.first?.sampled, let seed { out.append("Sampled: \(s.paths) paths, seed \(seed).") }
    if let unanswered { out.append("Not answered (interrupted): \(unanswered.joined(separator: ", ")).") }
    out += uncertaintyLines()
    return out.joined(separator: "\n")
  }

  /// JSON, keys sorted, so the same run gives the same bytes.
  public func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else { return "{}" }
    return text
  }

  /// One line per question: id, probability, exact, sampled, low, high, resolution.
  public func csv() -> String {
    let bands = uncertainty != nil
    var lines = ["question,probability,exact,sampled,ci_low,ci_high,resolution" + (bands ? ",q05,median,q95,mean" : "")]
    for q in questions {
      let s = q.sampled
      var fields = [q.id, "\(q.probability)", q.exact ?? "", s.map { "\($0.proportion)" } ?? "", s.map { "\($0.low)" } ?? "",
                    s.map { "\($0.high)" } ?? "", q.resolution ?? ""]
      if bands { fields += [q.band?.low, q.band?.median, q.band?.high, q.band?.mean].map { $0.map { "\($0)" } ?? "" } }
      lines.append(fields.map(Self.field).joined(separator: ","))
    }
    return lines.joined(separator: "\n")
  }

  static func field(_ s: String) -> String {
    s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
  }
}
