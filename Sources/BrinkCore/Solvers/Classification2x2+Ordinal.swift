extension Classification2x2 {
  /// Ranks of a 2×2 payoff matrix: 1 + the number of distinct smaller payoffs
  /// (so 1…4 without ties; tied payoffs share a rank).
  static func ordinalRanks(_ m: [[Rational]]) -> [[Int]] {
    let distinct = Set(m.joined()).sorted()
    return m.map { row in row.map { v in distinct.firstIndex(of: v)! + 1 } }
  }

  static func isStrict(_ r: [[Int]]) -> Bool { Set(r.joined()).count == 4 }

  /// Pure equilibria `[row, column]` (weak inequalities, so ties are allowed).
  static func pureEquilibria(_ ra: [[Int]], _ rb: [[Int]]) -> [[Int]] {
    var result = [[Int]]()
    for i in 0..<2 {
      for j in 0..<2 where ra[i][j] >= ra[1 - i][j] && rb[i][j] >= rb[i][1 - j] { result.append([i, j]) }
    }
    return result
  }

  /// Robinson–Goforth orientation and coordinates of a strict ordinal game:
  /// swap columns so the row player's 4 is in column 1, swap rows so the column
  /// player's 4 is in row 1, then read the row player's matrix and the transpose of
  /// the column player's as symmetric-game patterns.
  static func ordinalTypes(_ ra: [[Int]], _ rb: [[Int]]) -> OrdinalTypes {
    var a = ra, b = rb
    if a[0][0] == 4 || a[1][0] == 4 {
      a = a.map { [$0[1], $0[0]] }
      b = b.map { [$0[1], $0[0]] }
    }
    if b[0][0] == 4 || b[0][1] == 4 {
      a = [a[1], a[0]]
      b = [b[1], b[0]]
    }
    let bt = [[b[0][0], b[1][0]], [b[0][1], b[1][1]]]
    return OrdinalTypes(row: SymmetricType(pattern: a)!, column: SymmetricType(pattern: bt)!)
  }
}

extension Classification2x2.SymmetricType {
  /// The type whose row-player payoffs, in Robinson–Goforth orientation (best payoff
  /// in column 1), equal `pattern`; `nil` when `pattern` is not a strict ranking so
  /// oriented.
  init?(pattern m: [[Int]]) {
    // Read the cells as R = (0,0), S = (0,1), T = (1,0), P = (1,1) and list the
    // letters from best to worst.
    let cells: [(Character, Int)] = [("R", m[0][0]), ("S", m[0][1]), ("T", m[1][0]), ("P", m[1][1])]
    let order = String(cells.sorted { $0.1 > $1.1 }.map(\.0))
    guard let t = Self.allCases.first(where: { $0.orientedOrder == order }) else { return nil }
    self = t
  }
}
