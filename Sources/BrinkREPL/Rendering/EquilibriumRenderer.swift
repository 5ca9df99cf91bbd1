import BrinkCore

/// Lists equilibria with exact probabilities and payoffs, decimals alongside:
///
///     1. pure (Ballet, Ballet); payoffs Wife 2, Husband 1
///     2. mixed
///        Wife:    Ballet 2/3 (0.6667), Boxing 1/3 (0.3333)
///        Husband: Ballet 1/3 (0.3333), Boxing 2/3 (0.6667)
///        payoffs Wife 2/3 (0.6667), Husband 2/3 (0.6667)
///
/// Only strategies played with positive probability are listed.
public enum EquilibriumRenderer {
  /// The numbered list, each line indented by two spaces, without a trailing newline.
  public static func list(_ equilibria: [Equilibrium], of game: StrategicGame) -> String {
    let indent = String(repeating: " ", count: "\(equilibria.count)".count + 4)
    let width = game.players.indices.map { Labels.player(game, $0).count }.max() ?? 0
    var lines = [String]()
    for (n, e) in equilibria.enumerated() {
      let number = "  \(n + 1). "
      let pad = String(repeating: " ", count: indent.count - number.count)
      let payoffs = "payoffs " + e.payoffs.enumerated().map { k, u in
        "\(Labels.player(game, k)) \(Labels.exact(u))"
      }.joined(separator: ", ")
      if e.isPure {
        lines.append(number + pad + "pure " + pureProfile(e.supports.map { $0[0] }, of: game) + "; " + payoffs)
        continue
      }
      lines.append(number + pad + "mixed")
      for (k, x) in e.profile.enumerated() {
        lines.append(indent + (Labels.player(game, k) + ":").padding(width + 1) + " " + mixture(x, player: k, of: game))
      }
      lines.append(indent + payoffs)
    }
    return lines.joined(separator: "\n")
  }

  /// `a 1/3 (0.3333), b 2/3 (0.6667)`: the support of a mixed strategy; just `a`
  /// for a pure one.
  public static func mixture(_ x: [Rational], player: Int, of game: StrategicGame) -> String {
    let support = x.indices.filter { !x[$0].isZero }
    if support.count == 1 && x[support[0]] == .one { return Labels.strategy(game, player, support[0]) }
    return support.map { s in
      "\(Labels.strategy(game, player, s)) \(Labels.exact(x[s]))"
    }.joined(separator: ", ")
  }

  /// `(a, c)`: a pure profile in strategy labels.
  public static func pureProfile(_ profile: [Int], of game: StrategicGame) -> String {
    "(" + profile.enumerated().map { Labels.strategy(game, $0, $1) }.joined(separator: ", ") + ")"
  }
}

extension String {
  /// Pads with spaces on the right to `width` characters.
  func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
