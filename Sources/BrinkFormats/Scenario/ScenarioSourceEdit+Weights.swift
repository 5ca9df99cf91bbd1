import BrinkCore
import Yams

extension ScenarioSourceEdit {
  /// `text` with the payoff weights `players.PLAYER.weights.VARIABLE` moved by the
  /// given changes, in place (comments and layout kept), for `brink fit --weight
  /// --out`; nil when one is not written in the file as a plain number.
  public static func patchedWeights(_ text: String, changes: [(player: String, variable: String, change: Rational)]) -> String? {
    let text = LineBreaks.normalised(text)
    guard let root = try? Yams.compose(yaml: text, .basic, .default, .utf8) else { return nil }
    var replacements = [Replacement]()
    for c in changes where !c.change.isZero {
      guard let r = replacement(child(child(child(child(root, "players"), c.player), "weights"), c.variable), by: c.change)
      else { return nil }
      replacements.append(r)
    }
    return applying(replacements, to: text)
  }
}
