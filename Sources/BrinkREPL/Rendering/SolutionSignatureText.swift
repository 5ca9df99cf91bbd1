import BrinkCore

/// A solution's signature (`SolutionSignature`) as the lines a bisection sweep
/// shows for each run:
///
///     equilibria here: (Skip, Skip)
///     intended play in round 1: standoff: US talk, China mixes offer/talk
///     intended play ends in: deal, war (at the horizon)
enum SolutionSignatureText {
  static func lines(_ signature: SolutionSignature) -> [String] {
    guard signature.reached else { return ["the current position is not reached"] }
    let here = signature.here.map { AffineSweepText.shape($0.shape, moves: $0.moves) } ?? "none (no moves here)"
    var lines = [String]()
    if let order = signature.here?.order {
      // A sequential round's simultaneous equilibria are not how it is played;
      // saying only "equilibria here" beside the intended play read as a contradiction.
      lines.append("\(order[0]) moves first and \(order[1]) answers: the intended play below is the subgame-perfect one")
      lines.append("equilibria of the round played blind: " + here)
    } else {
      lines.append("equilibria here: " + here)
    }
    let play = signature.play.map { state in
      "\(state.state): " + state.supports.map { moves($0, players: signature.players) }.joined(separator: " or ")
    }
    lines.append("intended play in round \(signature.round + 1): " + (play.isEmpty ? "none" : play.joined(separator: "; ")))
    let ends = signature.ends.map { $0.atHorizon ? $0.state + " (at the horizon)" : $0.state }.sorted()
    lines.append("intended play ends in: " + ends.joined(separator: ", "))
    return lines
  }

  /// `US talk, China mixes offer/talk`: each player's moves played with positive
  /// probability.
  static func moves(_ supports: [[String]], players: [String]) -> String {
    (0..<2).map { k in
      players[k] + (supports[k].count == 1 ? " " : " mixes ") + supports[k].joined(separator: "/")
    }.joined(separator: ", ")
  }
}
