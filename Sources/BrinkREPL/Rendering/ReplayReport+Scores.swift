import BrinkCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The replay's scores: the model's log-likelihood and surprise, and the same
/// figures for the baselines and other scenarios (`RecordScoring`), all on the
/// record the replay was built from.
extension ReplayReport {
  /// Scores the same record under `scenario`'s baselines and under each scenario of
  /// `against` (a name for the report, and the scenario), in that order after the
  /// model; the record's states are carried over by name (`RecordScoring.translate`).
  /// `shouldContinue` reaches every solve and likelihood; entries it stops are
  /// marked interrupted.
  public mutating func compare(baselinesOf scenario: EscalationScenario,
                               against: [(name: String, scenario: EscalationScenario)] = [],
                               shouldContinue: () -> Bool = { true }) {
    var entries = [RecordScoring.Entry(kind: .model, score: score, problem: score == nil ? "interrupted" : nil,
                                       interrupted: likelihoodInterrupted)]
    entries += RecordScoring.baselines(of: scenario, path: observed, shouldContinue: shouldContinue)
    for other in against {
      switch RecordScoring.translate(observed, from: scenario, to: other.scenario) {
      case .failure(let missing):
        let names = missing.names.map { "'\($0)'" }.joined(separator: ", ")
        entries.append(RecordScoring.Entry(kind: .against(other.name), score: nil,
                                           problem: "it has no state \(names), which the record names"))
      case .success(let path):
        entries.append(RecordScoring.entry(.against(other.name), scenario: other.scenario, path: path,
                                           shouldContinue: shouldContinue))
      }
    }
    comparisons = entries
  }

  /// `Log-likelihood: ln P = -1.2685, log2 P = -1.8301: a surprise of 1.83 bits, 0.83 from the players' decisions and 1.00 from chance`.
  public var scoreLine: String? { score.map(Self.scoreLine) }

  /// `scoreLine` for any score (the typed replay's too).
  static func scoreLine(_ score: PathScore) -> String {
    if score.isImpossible {
      let round = score.impossibleRound.map { " (it rules out round \($0 + 1))" } ?? ""
      return "Log-likelihood: ln P = -inf: the model gives the real path probability 0\(round)"
    }
    return "Log-likelihood: ln P = \(Self.format(score.logLikelihood)), log2 P = \(Self.format(-score.bits))"
      + ": a surprise of \(Self.bits(score.bits)) bits, \(Self.bits(score.decisionBits)) from the players' decisions"
      + " and \(Self.bits(score.chanceBits)) from chance"
  }

  /// The comparison table and what it says, or `nil` before `compare`.
  ///
  ///     Against simpler models, on the same record (the higher ln P explains it better):
  ///       model          ln P     bits  decisions  chance  P
  ///       the model      -1.2685  1.83  0.83       1.00    0.2813
  ///       uniform        -2.0794  3.00  2.00       1.00    0.1250
  public var comparisonText: String? { Self.comparisonText(comparisons) }

  /// What a typed replay prints after its last round, PBE and logit alike: the
  /// likelihood line, the score and, once the comparisons have run, their table.
  static func typedClosingText(likelihoodLine: String, score: PathScore?, comparisons: [RecordScoring.Entry]) -> String {
    var lines = [likelihoodLine]
    if let score { lines.append(scoreLine(score)) }
    if let comparison = comparisonText(comparisons) {
      lines.append("")
      lines.append(comparison)
    }
    return lines.joined(separator: "\n")
  }

  /// `comparisonText` for any entries, the model's first (the typed replay's too).
  static func comparisonText(_ comparisons: [RecordScoring.Entry]) -> String? {
    guard !comparisons.isEmpty else { return nil }
    var rows = [["model", "ln P", "bits", "decisions", "chance", "P"]]
    var notes = [String]()
    for entry in comparisons {
      let name = Self.name(entry.kind)
      guard let score = entry.score else {
        rows.append([name, "-", "-", "-", "-", entry.problem ?? "not scored"])
        continue
      }
      rows.append([name, Self.format(score.logLikelihood), Self.bits(score.bits), Self.bits(score.decisionBits),
                   Self.bits(score.chanceBits), Self.probabilityText(score)])
      if entry.interrupted { notes.append("\(name): the exact value was interrupted; figures from floating point") }
      if score.isImpossible, let r = score.impossibleRound {
        notes.append("\(name) rules out round \(r + 1) of the record")
      }
    }
    var lines = ["Against simpler models, on the same record (the higher ln P explains it better):",
                 PlainColumns.render(rows, rightAligned: [1, 2, 3, 4])]
    if let model = comparisons.first?.score {
      for entry in comparisons.dropFirst() {
        guard let other = entry.score, !other.isImpossible || !model.isImpossible else { continue }
        let gain = model.bits - other.bits  // bits the other saves over the model
        if gain > 0 && other.logLikelihood > model.logLikelihood {
          let by = gain.isFinite ? " by \(Self.bits(gain)) bits" : ""
          notes.append("\(Self.name(entry.kind)) explains the record better than the model\(by)")
        }
      }
    }
    lines += notes
    return lines.joined(separator: "\n")
  }

  /// The name of an entry in the table.
  static func name(_ kind: RecordScoring.Entry.Kind) -> String {
    switch kind {
    case .model: return "the model"
    case .baseline(let b): return b.rawValue
    case .against(let name): return name
    }
  }

  /// Bits with two decimals (`inf` when infinite).
  static func bits(_ x: Double) -> String { ReportNumber.fixed(x, 2) }

  /// The record's probability: four decimals, or scientific notation from its
  /// logarithm when small (so a probability below the smallest `Double` still reads
  /// `3.10e-412`, never `0.0000`); `0` when impossible.
  static func probabilityText(_ score: PathScore) -> String {
    if score.isImpossible { return "0" }
    let log10p = score.log10Probability
    if log10p >= log10(0.0005) { return format(exp(score.logLikelihood)) }
    return scientific(log10: log10p)
  }

  /// `m.mme-N` for the number `10^x`: three significant digits, no locale.
  static func scientific(log10 x: Double) -> String {
    guard x.isFinite else { return x > 0 ? "inf" : "0" }
    var exponent = Int(x.rounded(.down))
    var mantissa = pow(10, x - Double(exponent))
    if format(mantissa, places: 2) == "10.00" {
      exponent += 1
      mantissa /= 10
    }
    return format(mantissa, places: 2) + "e" + String(exponent)
  }
}
