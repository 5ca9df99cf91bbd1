#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The logit quantal response equilibrium path of the current stage (McKelvey and
/// Palfrey, "Quantal response equilibria for normal form games", *GEB* 10, 1995):
/// each player's move probabilities as the rationality λ grows. There are no break
/// points: a QRE moves continuously with λ, from uniform play at λ = 0 towards a
/// Nash equilibrium as λ → ∞ (their Theorem 2), so the path is shown as a table at
/// geometrically spaced λ (`sweep lambda`), and the Nash equilibrium it approaches
/// is named (`approach`).
///
/// The points come from the engine's own solve (`EscalationSolver` with the
/// players' models set to logit λ), so the continuation values of later rounds move
/// with λ too, exactly as `set model PLAYER logit LAMBDA` would make them.
public struct LogitPath: Sendable {
  /// One λ: both players' intended move probabilities at the current node, and the
  /// stage game there (continuation folded in; approximate, as logit solves are).
  /// Codable for `brink sweep lambda --shard` (a shard file carries its points).
  public struct Point: Sendable, Codable, Equatable {
    public var lambda: Double
    public var mixtures: [[Double]]
    public var stageGame: Bimatrix

    public init(lambda: Double, mixtures: [[Double]], stageGame: Bimatrix) {
      self.lambda = lambda
      self.mixtures = mixtures
      self.stageGame = stageGame
    }
  }

  public var points: [Point]

  public init(points: [Point]) { self.points = points }

  /// How close (largest difference of any probability) counts as "at" an equilibrium.
  public static let tolerance = 0.01

  /// `count` values of λ: geometric from `from` to `to`, or, when `from` is 0, 0
  /// followed by `count − 1` geometric values from `to`/1000 to `to`. Inner values
  /// are rounded to two significant digits so that the table shows exactly the λ
  /// solved with.
  public static func lambdas(from: Double, to: Double, count: Int = 12) -> [Double] {
    guard to > 0 else { return [0] }
    let (start, n, head): (Double, Int, [Double]) = from > 0 ? (from, count, []) : (to / 1000, count - 1, [0])
    var values = head
    for k in 0..<n {
      if k == 0 { values.append(start); continue }
      if k == n - 1 { values.append(to); continue }
      values.append(roundedToTwoDigits(start * pow(to / start, Double(k) / Double(n - 1))))
    }
    return values
  }

  public static func roundedToTwoDigits(_ x: Double) -> Double {
    // Divide by an exact power of ten (not multiply by 10⁻ᵏ), so 63/10 gives 6.3.
    let e = floor(log10(x)) - 1
    return e < 0 ? (x * pow(10, -e)).rounded() / pow(10, -e) : (x / pow(10, e)).rounded() * pow(10, e)
  }

  /// The largest difference between two profiles' probabilities.
  public static func distance(_ x: [[Double]], _ y: [[Double]]) -> Double {
    var d = 0.0
    for (a, b) in zip(x, y) { for (u, v) in zip(a, b) { d = max(d, abs(u - v)) } }
    return d
  }

  /// The Nash equilibrium of the last point's stage game nearest the last point, and
  /// the first λ from which every point stays within `tolerance` of it (nil if the
  /// last one is not).
  public func approach(shouldContinue: () -> Bool) -> (equilibrium: [[Double]], distance: Double, from: Double?)? {
    guard let last = points.last else { return nil }
    let equilibria = last.stageGame.extremeEquilibria(shouldContinue: shouldContinue)
    let profiles = equilibria.map { $0.profile.map { $0.map(\.doubleValue) } }
    guard let nearest = profiles.min(by: { Self.distance($0, last.mixtures) < Self.distance($1, last.mixtures) }) else { return nil }
    var from: Double?
    for p in points.reversed() {
      guard Self.distance(p.mixtures, nearest) <= Self.tolerance else { break }
      from = p.lambda
    }
    return (nearest, Self.distance(last.mixtures, nearest), from)
  }
}

extension LogitPath {
  /// The path itself: one solve per λ in `lambdas`, the players in `varied`
  /// choosing by logit λ and the others keeping their models from `behaviours`,
  /// each read at the node `locate` picks in round `t` (its intended move
  /// probabilities, before trembles, and its folded stage game).
  ///
  /// - Parameters:
  ///   - solve: solves the scenario with the given behaviours; it throws to stop the
  ///     path (cancellation, a failed solve).
  /// - Returns: nil when round `t` has no such node with moves (past the horizon).
  public static func trace<E: Error>(lambdas: [Double], varied: [Int], behaviours: [PlayerBehaviour], round t: Int,
                                     solve: ([PlayerBehaviour]) throws(E) -> SolvedScenario,
                                     locate: (SolvedScenario) -> Int?) throws(E) -> LogitPath? {
    var points = [Point]()
    for lambda in lambdas {
      var changed = behaviours
      for k in varied { changed[k].model = .logit(lambda: lambda) }
      let solved = try solve(changed)
      guard let n = locate(solved), let intended = solved.nodes[t][n].intended,
            let stage = solved.nodes[t][n].stageGame else { return nil }
      points.append(Point(lambda: lambda, mixtures: [intended.marginal(player: 0), intended.marginal(player: 1)],
                          stageGame: stage))
    }
    return LogitPath(points: points)
  }
}
