import BrinkCore

/// The outcome counts of a stage simulation beside the exact probabilities, with
/// a bar per outcome.
struct SimulationTable {
  var game: Bimatrix
  var profile: MixedProfile
  var result: StageSimulation.Result
  var style: RenderStyle

  func render() -> String {
    var lines = [String]()
    if result.interrupted {
      lines.append("interrupted after \(result.rounds) of \(result.requested) rounds; results so far:")
    } else {
      lines.append("Simulated \(result.rounds) rounds:")
    }
    let labels = (0..<game.rows).flatMap { i in (0..<game.columns).map { j in "\(game.rowStrategies[i]) / \(game.columnStrategies[j])" } }
    let width = max(labels.map(\.count).max() ?? 0, 7)
    lines.append("  " + "outcome".padded(to: width) + "  " + "count".leftPadded(to: 10) + "  " + "share".leftPadded(to: 7) + "  " + "exact".leftPadded(to: 7))
    var k = 0
    for i in 0..<game.rows {
      for j in 0..<game.columns {
        let count = result.counts[i][j]
        let share = result.rounds == 0 ? 0 : Double(count) / Double(result.rounds)
        let exact = profile[0][i] * profile[1][j]
        let bar = String(repeating: style.unicode ? "█" : "#", count: Int((share * 30).rounded()))
        lines.append("  " + labels[k].padded(to: width) + "  " + "\(count)".leftPadded(to: 10) + "  "
                     + Self.fixed(share).leftPadded(to: 7) + "  " + exact.decimalString(places: 4).leftPadded(to: 7) + "  " + bar)
        k += 1
      }
    }
    return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
  }

  /// Four decimals, without Foundation's formatting.
  static func fixed(_ x: Double) -> String {
    let scaled = Int((x * 10_000).rounded())
    let whole = scaled / 10_000, frac = scaled % 10_000
    let f = String(frac)
    return "\(whole)." + String(repeating: "0", count: 4 - f.count) + f
  }
}
