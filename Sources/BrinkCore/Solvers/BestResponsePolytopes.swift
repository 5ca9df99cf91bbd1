import BigInt

/// The integer data of the best-response polytopes of a bimatrix game
/// (von Stengel 2002, *Handbook of Game Theory* 3, ch. 45, §2; Avis, Rosenberg,
/// Savani and von Stengel 2010, *Economic Theory* 42, §2):
///
///     P = { x ∈ ℝᵐ : x ≥ 0, Bᵀx ≤ 1 }     Q = { y ∈ ℝⁿ : y ≥ 0, A y ≤ 1 }
///
/// Each payoff matrix is first scaled by the least common multiple of its
/// denominators (integers) and shifted so that its least entry is 1. Neither change
/// alters best responses, so the equilibria are the same, and positive matrices make
/// both polytopes bounded.
///
/// Labels: `0..<m` for the row player's strategies, `m..<m+n` for the column
/// player's. In `P` variable `i < m` (`xᵢ = 0`) has label `i` and slack `m + j`
/// (column `j` a best response) label `m + j`. In `Q` variable `j < n` (`yⱼ = 0`)
/// has label `m + j` and slack `n + i` (row `i` a best response) label `i`.
struct BestResponsePolytopes {
  let m: Int
  let n: Int
  /// `Bᵀ`, `n × m`: the inequalities of `P`.
  let p: [[BigInt]]
  /// `A`, `m × n`: the inequalities of `Q`.
  let q: [[BigInt]]

  init(_ game: Bimatrix) {
    let m = game.rows, n = game.columns
    self.m = m
    self.n = n
    let a = Self.positiveIntegers(game.a)
    let b = Self.positiveIntegers(game.b)
    p = (0..<n).map { j in (0..<m).map { i in b[i][j] } }
    q = a
  }

  /// Both constraint matrices as `I`, or `nil` when an entry does not fit.
  func constraints<I: FractionFreeInteger>(_: I.Type) -> (p: [[I]], q: [[I]])? {
    func convert(_ rows: [[BigInt]]) -> [[I]]? {
      var out = [[I]]()
      for row in rows {
        var r = [I]()
        for v in row {
          guard let x = I(exactly: v) else { return nil }
          r.append(x)
        }
        out.append(r)
      }
      return out
    }
    guard let p = convert(p), let q = convert(q) else { return nil }
    return (p, q)
  }

  /// The label of variable `v` of `Q`.
  @inline(__always)
  func labelOfQVariable(_ v: Int) -> Int { v < n ? m + v : v - n }

  /// The variable of `Q` that carries `label`.
  @inline(__always)
  func qVariable(ofLabel label: Int) -> Int { label < m ? n + label : label - m }

  /// Scales a rational matrix to integers and shifts it so its minimum is 1.
  static func positiveIntegers(_ matrix: [[Rational]]) -> [[BigInt]] {
    var lcm = BigInt(1)
    for row in matrix {
      for v in row {
        let d = v.denominator
        if d != 1 { lcm = lcm / lcm.greatestCommonDivisor(with: d) * d }
      }
    }
    let scaled = matrix.map { row in row.map { $0.numerator * (lcm / $0.denominator) } }
    let least = scaled.lazy.flatMap { $0 }.min()!
    let shift = 1 - least
    return scaled.map { row in row.map { $0 + shift } }
  }
}

extension Rational {
  /// `numerator / denominator` from fraction-free integers (denominator ≠ 0).
  init<I: FractionFreeInteger>(ratio numerator: I, _ denominator: I) {
    if let n = numerator as? Int64, let d = denominator as? Int64, d > 0 {
      let g = gcd64(n, d)
      self.init(storage: .small(n / g, d / g))  // gcd(0, d) = d gives 0/1
    } else {
      self.init(numerator.bigIntValue, denominator.bigIntValue)
    }
  }
}
