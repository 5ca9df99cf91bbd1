import BrinkCore

/// Lists the steps of an iterated elimination of dominated strategies, each with
/// what dominates it, and what survives.
public enum EliminationRenderer {
  public static func render(_ elimination: Dominance.Elimination, of game: StrategicGame,
                            strength: Dominance.Strength, style: RenderStyle) -> String {
    let title = strength == .strict
      ? "Iterated elimination of strictly dominated strategies (by pure or mixed strategies)"
      : "Iterated elimination of weakly dominated strategies (by pure or mixed strategies; the order of elimination can matter)"
    var lines = [style.paint(title, .bold) + ":"]
    if elimination.steps.isEmpty {
      lines.append("  none: no strategy is \(strength == .strict ? "strictly" : "weakly") dominated")
    }
    let numberWidth = "\(elimination.steps.count)".count
    for (n, step) in elimination.steps.enumerated() {
      let number = "\(n + 1).".padding(numberWidth + 1)
      lines.append("  \(number) \(Labels.player(game, step.player)): \(Labels.strategy(game, step.player, step.strategy))"
                   + " is \(step.strength.rawValue)ly dominated by " + dominator(step, game))
    }
    let remaining = elimination.remaining.enumerated().map { k, list in
      "\(Labels.player(game, k)) {" + list.map { Labels.strategy(game, k, $0) }.joined(separator: ", ") + "}"
    }
    lines.append("  Remaining: " + remaining.joined(separator: "; "))
    return lines.joined(separator: "\n")
  }

  /// `b` for a pure dominator; `1/2 a + 1/2 c` for a mixed one.
  static func dominator(_ step: Dominance.Step, _ game: StrategicGame) -> String {
    let support = step.dominator.indices.filter { !step.dominator[$0].isZero }
    if support.count == 1 { return Labels.strategy(game, step.player, support[0]) }
    return support.map { "\(step.dominator[$0]) \(Labels.strategy(game, step.player, $0))" }
      .joined(separator: " + ")
  }
}
