import Testing
@testable import BrinkCore

/// The five symmetric classics by the order of R, S, T, P (Rapoport and Guyer 1966).
@Suite struct ClassicGameTests {
  /// A symmetric game with first-player payoffs R, S, T, P.
  func symmetric(_ r: Int, _ s: Int, _ t: Int, _ p: Int) -> Bimatrix {
    Bimatrix(a: [[r, s], [t, p]], b: [[r, t], [s, p]])
  }

  @Test func theFiveClassics() {
    #expect(ClassicGame.classify(symmetric(3, 0, 5, 1))?.kind == .prisonersDilemma)
    #expect(ClassicGame.classify(symmetric(0, -1, 1, -10))?.kind == .chicken)
    #expect(ClassicGame.classify(symmetric(4, 0, 3, 3))?.kind == .stagHunt)  // T = P allowed
    #expect(ClassicGame.classify(symmetric(1, 0, 3, 2))?.kind == .deadlock)
    #expect(ClassicGame.classify(symmetric(3, 2, 1, 0))?.kind == .harmony)
    let pd = ClassicGame.classify(symmetric(3, 0, 5, 1))
    #expect(pd?.r == Rational(3) && pd?.s == .zero && pd?.t == Rational(5) && pd?.p == .one)
  }

  @Test func otherGamesAreNotClassics() {
    #expect(ClassicGame.classify(Bimatrix(a: [[2, 0], [0, 1]], b: [[1, 0], [0, 2]])) == nil)  // not symmetric
    #expect(ClassicGame.classify(symmetric(1, 2, 3, 0)) == nil)  // T > S > R > P (Leader): no classic here
    #expect(ClassicGame.classify(Bimatrix(a: [[1, 2, 3]], b: [[1, 2, 3]])) == nil)
  }
}
