/// A finite game in strategic (normal) form: N players, each with named pure
/// strategies, and an exact payoff for every player at every pure profile.
///
/// Profiles are indexed as in Gambit's `.nfg` format: the first player's strategy
/// varies fastest. `payoffs[profileIndex][player]`.
///
/// This type is a thin front (Nashpy's `Game`): the analyses live in the caseless
/// enums under `Solvers/` and are reached through the methods in
/// `StrategicGame+Solve.swift` and `Bimatrix`.
public struct StrategicGame: Sendable, Hashable {
  public var title: String
  public var players: [String]
  public var strategies: [[String]]
  public var payoffs: [[Rational]]

  /// - Precondition: at least one player, every player has at least one strategy,
  ///   and `payoffs` has one row of `players.count` entries per pure profile.
  public init(title: String = "", players: [String], strategies: [[String]], payoffs: [[Rational]]) {
    precondition(!players.isEmpty && players.count == strategies.count)
    precondition(strategies.allSatisfy { !$0.isEmpty })
    precondition(payoffs.count == strategies.reduce(1) { $0 * $1.count })
    precondition(payoffs.allSatisfy { $0.count == players.count })
    self.title = title
    self.players = players
    self.strategies = strategies
    self.payoffs = payoffs
  }

  public var playerCount: Int { players.count }
  public var shape: [Int] { strategies.map(\.count) }
  public var profileCount: Int { payoffs.count }

  /// The flat index of a pure profile (first player fastest).
  @inlinable
  public func profileIndex(_ profile: [Int]) -> Int {
    var index = 0
    var stride = 1
    for (player, s) in profile.enumerated() {
      index += s * stride
      stride *= strategies[player].count
    }
    return index
  }

  /// The pure profile at a flat index.
  public func profile(at index: Int) -> [Int] {
    var rest = index
    return strategies.map { list in
      defer { rest /= list.count }
      return rest % list.count
    }
  }

  public func payoff(_ player: Int, at profile: [Int]) -> Rational {
    payoffs[profileIndex(profile)][player]
  }

  /// The two-player view. Returns `nil` unless the game has exactly two players.
  public var bimatrix: Bimatrix? {
    guard players.count == 2 else { return nil }
    let m = strategies[0].count, n = strategies[1].count
    var a = [[Rational]](repeating: [Rational](repeating: .zero, count: n), count: m)
    var b = a
    for i in 0..<m {
      for j in 0..<n {
        let p = payoffs[i + m * j]
        a[i][j] = p[0]
        b[i][j] = p[1]
      }
    }
    return Bimatrix(title: title, players: (players[0], players[1]),
                    rowStrategies: strategies[0], columnStrategies: strategies[1], a: a, b: b)
  }
}
