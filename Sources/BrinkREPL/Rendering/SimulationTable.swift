import BrinkCore

/// The outcome counts of a stage simulation beside the exact probabilities, with
/// a bar per outcome, then how often each side played each move (the margins of
/// the outcome counts; issue 12: a teacher asks how often each side cooperated).
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
    let moveLabels = game.rowStrategies.map { "\(game.rowPlayer) \($0)" } + game.columnStrategies.map { "\(game.columnPlayer) \($0)" }
    let width = max((labels + moveLabels).map(\.count).max() ?? 0, 7)
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
    lines.append("  " + "move".padded(to: width) + "  " + "count".leftPadded(to: 10) + "  " + "share".leftPadded(to: 7) + "  " + "exact".leftPadded(to: 7))
    let moves = [(game.rowPlayer, game.rowStrategies, (0..<game.rows).map { i in result.counts[i].reduce(0, +) }),
                 (game.columnPlayer, game.columnStrategies, (0..<game.columns).map { j in result.counts.reduce(0) { $0 + $1[j] } })]
    for (p, (player, names, counts)) in moves.enumerated() {
      for (s, count) in counts.enumerated() {
        let share = result.rounds == 0 ? 0 : Double(count) / Double(result.rounds)
        lines.append("  " + "\(player) \(names[s])".padded(to: width) + "  " + "\(count)".leftPadded(to: 10) + "  "
                     + Self.fixed(share).leftPadded(to: 7) + "  " + profile[p][s].decimalString(places: 4).leftPadded(to: 7))
      }
    }
    // The cooperation rate of a classic dilemma (`ClassicGame.cooperativeMoves`).
    if let (classic, row, column) = ClassicGame.cooperativeMoves(game), result.rounds > 0 {
      let n = Double(result.rounds)
      let rates = [Double(moves[0].2[row]) / n, Double(moves[1].2[column]) / n]
      lines.append("Cooperation rate (\(classic.kind.symmetricType.name)): \(game.rowPlayer) \(Self.percent(rates[0])) (\(game.rowStrategies[row])), "
                   + "\(game.columnPlayer) \(Self.percent(rates[1])) (\(game.columnStrategies[column])); both cooperated in "
                   + "\(Self.percent(Double(result.counts[row][column]) / n)) of rounds (exactly \(profile[0][row].decimalString(places: 4)), "
                   + "\(profile[1][column].decimalString(places: 4)) and \((profile[0][row] * profile[1][column]).decimalString(places: 4)))")
    }
    return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
  }

  /// A share as a percentage with one decimal, as the scenario report prints it.
  static func percent(_ x: Double) -> String { ReportNumber.percent(x) }

  /// Four decimals, without Foundation's formatting.
  static func fixed(_ x: Double) -> String {
    let scaled = Int((x * 10_000).rounded())
    let whole = scaled / 10_000, frac = scaled % 10_000
    let f = String(frac)
    return "\(whole)." + String(repeating: "0", count: 4 - f.count) + f
  }
}
