/// Size limits on the games brink explores, so a game too large to finish is
/// refused with a message pointing to what does work, instead of running for
/// hours.
///
/// Enumerating all extreme equilibria (Avis, Rosenberg, Savani and von Stengel
/// 2010) visits vertices of the best-response polytope of the smaller side, whose
/// number grows exponentially with its strategies (up to about 2.6^n for an n×n
/// game, von Stengel 1999). Measured here (debug build, random integer payoffs):
/// 10×10 in 2 s, 12×12 in 9 s; beyond 15 strategies on the smaller side it does
/// not finish in useful time. Lemke–Howson (`--method lh`) finds one equilibrium
/// of such a game in a few pivots.
public enum GameSizeLimits {
  /// All-equilibria enumeration is refused when both sides have more strategies.
  public static let maximumEnumerationSide = 15
  /// The REPL shows whole matrices; larger games are for `brink solve`.
  public static let maximumREPLStrategies = 200

  /// Why enumerating all equilibria of a rows×columns game is refused; nil when it is not.
  public static func enumerationRefusal(rows: Int, columns: Int) -> String? {
    guard min(rows, columns) > maximumEnumerationSide else { return nil }
    return "the game is too large to enumerate all its equilibria (\(rows)x\(columns); the limit is \(maximumEnumerationSide) strategies on the smaller side); use Lemke–Howson for one equilibrium: brink solve --method lh FILE"
  }

  /// Thrown by `GameAnalysis.compute` for `--method all` on a game above the limit.
  public struct TooLarge: Error, Sendable, CustomStringConvertible {
    public let description: String
  }
}
