import Testing
@testable import BrinkCore

/// Textbook games with their known equilibria, through vertex enumeration and
/// Lemke–Howson. Answers are the ones in the cited texts, re-derived in the
/// comments by the indifference conditions so each can be checked by hand.
@Suite struct TextbookGamesTests {
  /// `[[row probabilities], [column probabilities]]` from integer fractions.
  static func profile(_ x: [Rational], _ y: [Rational]) -> MixedProfile { [x, y] }
  static let half = Rational(1, 2)

  func equilibria(_ game: Bimatrix) -> [MixedProfile] {
    VertexEnumeration.extremeEquilibria(of: game).map(\.profile)
  }

  /// Prisoner's dilemma (Osborne and Rubinstein 1994, ex. 16.2; cooperate, defect):
  /// defect strictly dominates, so (D, D) is the only equilibrium.
  @Test func prisonersDilemma() {
    let game = Bimatrix(a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]])
    let found = VertexEnumeration.extremeEquilibria(of: game)
    #expect(found.map(\.profile) == [[[0, 1], [0, 1]]])
    #expect(found[0].payoffs == [1, 1])
    #expect(LemkeHowson.distinctEquilibria(game) == found)
  }

  /// Battle of the sexes (Osborne and Rubinstein 1994, ex. 15.3): two pure
  /// equilibria and a mixed one. Column indifferent: x₁·1 = x₂·2 ⇒ x = (2/3, 1/3);
  /// row indifferent: 2y₁ = y₂ ⇒ y = (1/3, 2/3); payoffs (2/3, 2/3).
  @Test func battleOfTheSexes() {
    let game = Bimatrix(a: [[2, 0], [0, 1]], b: [[1, 0], [0, 2]])
    let found = VertexEnumeration.extremeEquilibria(of: game)
    #expect(Set(found.map(\.profile)) == [
      [[1, 0], [1, 0]], [[0, 1], [0, 1]],
      [[Rational(2, 3), Rational(1, 3)], [Rational(1, 3), Rational(2, 3)]],
    ])
    let mixed = found.first { !$0.isPure }!
    #expect(mixed.payoffs == [Rational(2, 3), Rational(2, 3)])
    #expect(VertexEnumeration.components(of: found, in: game).count == 3)
  }

  /// Matching pennies (Osborne and Rubinstein 1994, ex. 17.1): the unique
  /// equilibrium is uniform with value 0.
  @Test func matchingPennies() {
    let game = Bimatrix(a: [[1, -1], [-1, 1]], b: [[-1, 1], [1, -1]])
    let found = VertexEnumeration.extremeEquilibria(of: game)
    #expect(found.map(\.profile) == [[[Self.half, Self.half], [Self.half, Self.half]]])
    #expect(found[0].payoffs == [0, 0])
    for label in 0..<4 { #expect(LemkeHowson.solve(game, missingLabel: label) == found[0]) }
  }

  /// Rock–paper–scissors: the unique equilibrium is uniform with value 0
  /// (von Stengel 2002, Handbook ch. 45; any zero-sum text).
  @Test func rockPaperScissors() {
    let a = [[0, -1, 1], [1, 0, -1], [-1, 1, 0]]
    let game = Bimatrix(a: a, b: a.map { $0.map { -$0 } })
    let third = Rational(1, 3)
    let found = VertexEnumeration.extremeEquilibria(of: game)
    #expect(found.map(\.profile) == [[[third, third, third], [third, third, third]]])
    #expect(found[0].payoffs == [0, 0])
    for label in 0..<6 { #expect(LemkeHowson.solve(game, missingLabel: label) == found[0]) }
  }

  /// Chicken (Rapoport and Chammah 1966; swerve, straight): two pure equilibria
  /// where one swerves, and a mixed one. Indifference: p − 1 = 11p − 10 ⇒ swerve
  /// with p = 9/10; payoffs −1/10 each.
  @Test func chicken() {
    let game = Bimatrix(a: [[0, -1], [1, -10]], b: [[0, 1], [-1, -10]])
    let found = VertexEnumeration.extremeEquilibria(of: game)
    let p = [Rational(9, 10), Rational(1, 10)]
    #expect(Set(found.map(\.profile)) == [[[1, 0], [0, 1]], [[0, 1], [1, 0]], [p, p]])
    #expect(found.first { !$0.isPure }!.payoffs == [Rational(-1, 10), Rational(-1, 10)])
  }

  /// Stag hunt (Skyrms 2004, *The Stag Hunt*, payoffs 2/0 for stag, 1 for hare):
  /// both pure coordinations and the mixed equilibrium 2q = 1 ⇒ q = 1/2.
  @Test func stagHunt() {
    let game = Bimatrix(a: [[2, 0], [1, 1]], b: [[2, 1], [0, 1]])
    let found = VertexEnumeration.extremeEquilibria(of: game)
    #expect(Set(found.map(\.profile)) == [
      [[1, 0], [1, 0]], [[0, 1], [0, 1]], [[Self.half, Self.half], [Self.half, Self.half]],
    ])
    #expect(found.count == 3)
  }

  /// Von Stengel's 3×2 example, A = [[3,3],[2,5],[0,6]], B = [[3,2],[2,6],[3,1]]
  /// (von Stengel 2002, Handbook ch. 45, §2; Nisan et al. 2007, *Algorithmic Game
  /// Theory*, ch. 3, (3.3)): three equilibria, ((1,0,0),(1,0)),
  /// ((4/5,1/5,0),(2/3,1/3)) and ((0,1/3,2/3),(1/3,2/3)).
  @Test func vonStengelNondegenerate3x2() {
    let game = Bimatrix(a: [[3, 3], [2, 5], [0, 6]], b: [[3, 2], [2, 6], [3, 1]])
    let found = VertexEnumeration.extremeEquilibria(of: game)
    #expect(Set(found.map(\.profile)) == [
      [[1, 0, 0], [1, 0]],
      [[Rational(4, 5), Rational(1, 5), 0], [Rational(2, 3), Rational(1, 3)]],
      [[0, Rational(1, 3), Rational(2, 3)], [Rational(1, 3), Rational(2, 3)]],
    ])
    #expect(Set(LemkeHowson.allFromEachLabel(game)).isSubset(of: Set(found)))
  }

  /// The degenerate variant, B's top row made (3, 3) (von Stengel 2002, §2.6;
  /// Nisan et al. 2007, ch. 3, degenerate games): against the top row both columns
  /// are best, so ((1,0,0), y) is an equilibrium for every y with the top row still
  /// best: 3 ≥ 2 + 3y₂ and 3 ≥ 6y₂, i.e. y₂ ∈ [0, 1/3] — a segment with two extreme
  /// points. ((0,1/3,2/3),(1/3,2/3)) survives (rows 2–3 of B are unchanged);
  /// ((4/5,1/5,0),(2/3,1/3)) does not (column 2 is then strictly better).
  @Test func vonStengelDegenerate3x2() {
    let game = Bimatrix(a: [[3, 3], [2, 5], [0, 6]], b: [[3, 3], [2, 6], [3, 1]])
    let found = VertexEnumeration.extremeEquilibria(of: game)
    #expect(Set(found.map(\.profile)) == [
      [[1, 0, 0], [1, 0]],
      [[1, 0, 0], [Rational(2, 3), Rational(1, 3)]],
      [[0, Rational(1, 3), Rational(2, 3)], [Rational(1, 3), Rational(2, 3)]],
    ])
    let components = VertexEnumeration.components(of: found, in: game)
    #expect(components.count == 2)
    #expect(components.map(\.count).sorted() == [1, 2])
    #expect(VertexEnumeration.nashSubsets(of: found).map(\.count).sorted() == [1, 2])
    // Lexicographic pivoting must still end at an equilibrium from every label.
    for e in LemkeHowson.allFromEachLabel(game) {
      #expect(EquilibriumOracle.isEquilibrium(e.profile, of: game.strategicGame))
      #expect(found.contains(e))
    }
  }
}
