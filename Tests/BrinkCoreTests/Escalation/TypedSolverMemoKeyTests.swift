import BigInt
import Testing

@testable import BrinkCore

/// The typed solve's memo keys and arithmetic shortcuts (TypedSolver+StageFrame.swift,
/// TypedSolver+EvaluationMemo.swift, Rational+Identities.swift): a key must be equal
/// exactly when its contents are, hash alike when equal, and a shortcut must give the
/// number the full operation gives, in the same form.
@Suite struct TypedSolverMemoKeyTests {
  /// A fraction too large for the small storage, as discounted values become.
  static let big = Rational(BigInt(1) << 200 + 7, BigInt(3) << 150)

  @Test func skippingSumsAndProductsEqualTheOperations() {
    let values: [Rational] = [.zero, .one, Rational(-1), Rational(1, 2), Rational(49, 50), Self.big, -Self.big]
    for a in values {
      for b in values {
        #expect(Rational.sumSkippingZero(a, b) == a + b)
        #expect(Rational.productSkippingOne(a, b) == a * b)
        #expect(Rational.sumSkippingZero(a, b).hashValue == (a + b).hashValue)
      }
    }
    #expect(Rational.one.isOne && !Rational.zero.isOne && !Rational(1, 2).isOne && !Self.big.isOne)
  }

  @Test func moveKeysFromChancesEqualMoveKeysFromLikelihoods() {
    // Two types for player 0, one for player 1; a 2×2 stage, so 4 cells.
    let pure0: [Rational] = [1, 0, 0, 1, 0, 0, 1, 1]  // type θ·4 + cell
    let pure1: [Rational] = [1, 1, 0, 0]
    let mixed0: [Rational] = [Rational(1, 3), 0, 0, 1, 0, 0, 1, 1]
    for (c0, c1) in [(pure0, pure1), (mixed0, pure1)] {
      for cell in 0..<4 {
        let likelihoods = [[c0[cell], c0[4 + cell]], [c1[cell]]]
        let fromChances = TypedSolver.MoveKey(cell / 2, cell % 2, chances: c0, c1, cell: cell, cells: 4)
        let fromLikelihoods = TypedSolver.MoveKey(cell / 2, cell % 2, likelihoods: likelihoods)
        #expect(fromChances == fromLikelihoods)
        #expect(fromChances.hashValue == fromLikelihoods.hashValue)
        #expect(fromChances.likelihoods([2, 1]) == likelihoods)
      }
    }
    let a = TypedSolver.MoveKey(0, 0, likelihoods: [[1, 0], [1]])
    #expect(a != TypedSolver.MoveKey(0, 0, likelihoods: [[0, 1], [1]]))
    #expect(a != TypedSolver.MoveKey(0, 1, likelihoods: [[1, 0], [1]]))
    #expect(a != TypedSolver.MoveKey(0, 0, likelihoods: [[1, Rational(1, 2)], [1]]))
    #expect(TypedSolver.MoveKey(0, 0, likelihoods: [[1, Rational(1, 2)], [1]]).bits.0 == -1)
  }

  @Test func evaluationKeysWithTheSameSupportsDifferByTheirNumbers() {
    func key(_ x: Rational, beliefs: [[Rational]] = [[Rational(1, 2), Rational(1, 2)], [1]]) -> TypedSolver.EvaluationKey {
      TypedSolver.EvaluationKey(round: 1, node: 2, beliefs: beliefs, strategies: [[[x, 1 - x], [1, 0]], [[0, 1]]],
                                replies: nil)
    }
    #expect(key(Rational(1, 3)) == key(Rational(1, 3)))
    #expect(key(Rational(1, 3)).hashValue == key(Rational(1, 3)).hashValue)
    // Same supports, so the same hash, but not equal.
    #expect(key(Rational(1, 3)).hashValue == key(Rational(1, 4)).hashValue)
    #expect(key(Rational(1, 3)) != key(Rational(1, 4)))
    #expect(key(Rational(1, 3)) != key(Rational(1, 3), beliefs: [[1, 0], [1]]))
    var memo = [TypedSolver.EvaluationKey: Int]()
    memo[key(Rational(1, 3))] = 3
    memo[key(Rational(1, 4))] = 4
    memo[key(Rational(1, 3), beliefs: [[1, 0], [1]])] = 5
    #expect(memo.count == 3 && memo[key(Rational(1, 3))] == 3 && memo[key(Rational(1, 4))] == 4)
  }
}
