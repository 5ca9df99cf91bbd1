/// A two-player game as a pair of payoff matrices: `a[i][j]` is the row player's
/// payoff and `b[i][j]` the column player's when row plays `i` and column plays `j`.
///
/// The two-player solvers (vertex enumeration, Lemke–Howson, linear programming)
/// work on this view.
public struct Bimatrix: Sendable, Hashable, Codable {
  public var title: String
  public var rowPlayer: String
  public var columnPlayer: String
  public var rowStrategies: [String]
  public var columnStrategies: [String]
  public var a: [[Rational]]
  public var b: [[Rational]]

  /// - Precondition: `a` and `b` are both `rowStrategies.count × columnStrategies.count`.
  public init(title: String = "", players: (String, String) = ("1", "2"),
              rowStrategies: [String]? = nil, columnStrategies: [String]? = nil,
              a: [[Rational]], b: [[Rational]]) {
    let m = a.count, n = a.first?.count ?? 0
    precondition(m > 0 && n > 0 && b.count == m)
    precondition(a.allSatisfy { $0.count == n } && b.allSatisfy { $0.count == n })
    self.title = title
    self.rowPlayer = players.0
    self.columnPlayer = players.1
    self.rowStrategies = rowStrategies ?? (1...m).map { "\($0)" }
    self.columnStrategies = columnStrategies ?? (1...n).map { "\($0)" }
    precondition(self.rowStrategies.count == m && self.columnStrategies.count == n)
    self.a = a
    self.b = b
  }

  /// Convenience for tests and docs: integer matrices.
  public init(title: String = "", players: (String, String) = ("1", "2"),
              rowStrategies: [String]? = nil, columnStrategies: [String]? = nil,
              a: [[Int]], b: [[Int]]) {
    self.init(title: title, players: players, rowStrategies: rowStrategies,
              columnStrategies: columnStrategies,
              a: a.map { $0.map { Rational($0) } }, b: b.map { $0.map { Rational($0) } })
  }

  public var rows: Int { a.count }
  public var columns: Int { a[0].count }

  /// The N-player form of the same game.
  public var strategicGame: StrategicGame {
    var payoffs = [[Rational]]()
    payoffs.reserveCapacity(rows * columns)
    for j in 0..<columns {
      for i in 0..<rows { payoffs.append([a[i][j], b[i][j]]) }
    }
    return StrategicGame(title: title, players: [rowPlayer, columnPlayer],
                         strategies: [rowStrategies, columnStrategies], payoffs: payoffs)
  }

  /// The same game with the players' roles swapped (column player becomes row).
  public var transposed: Bimatrix {
    func t(_ m: [[Rational]]) -> [[Rational]] {
      (0..<columns).map { j in (0..<rows).map { i in m[i][j] } }
    }
    return Bimatrix(title: title, players: (columnPlayer, rowPlayer),
                    rowStrategies: columnStrategies, columnStrategies: rowStrategies,
                    a: t(b), b: t(a))
  }

  /// Expected payoffs `(xᵀAy, xᵀBy)` of a mixed profile.
  public func expectedPayoffs(_ x: [Rational], _ y: [Rational]) -> (Rational, Rational) {
    var u = Rational.zero, v = Rational.zero
    for i in 0..<rows where !x[i].isZero {
      var ra = Rational.zero, rb = Rational.zero
      for j in 0..<columns where !y[j].isZero {
        ra += a[i][j] * y[j]
        rb += b[i][j] * y[j]
      }
      u += x[i] * ra
      v += x[i] * rb
    }
    return (u, v)
  }
}
