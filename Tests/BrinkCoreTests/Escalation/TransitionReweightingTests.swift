import Testing
@testable import BrinkCore

@Suite struct TransitionReweightingTests {
  @Test func otherBranchesShareTheRestInProportion() {
    let t = Transition.lottery([(1, Rational(1, 2)), (2, Rational(1, 4)), (3, Rational(1, 4))])
    let u = t.settingProbability(of: 2, to: Rational(3, 5), otherwiseTo: 0)
    #expect(u == .lottery([(2, Rational(3, 5)), (1, Rational(4, 15)), (3, Rational(2, 15))]))
    #expect(u.isDistribution)
  }

  @Test func aSureMoveGetsTheRestAsStaying() {
    #expect(Transition.to(4).settingProbability(of: 2, to: Rational(1, 3), otherwiseTo: 0)
            == .lottery([(2, Rational(1, 3)), (4, Rational(2, 3))]))
    #expect(Transition.to(2).settingProbability(of: 2, to: Rational(1, 3), otherwiseTo: 0)
            == .lottery([(2, Rational(1, 3)), (0, Rational(2, 3))]))
    // Nowhere else to go: the branch keeps everything.
    #expect(Transition.to(0).settingProbability(of: 0, to: Rational(1, 3), otherwiseTo: 0) == .to(0))
  }

  @Test func zeroBranchesAreDropped() {
    let t = Transition.lottery([(1, Rational(1, 2)), (2, Rational(1, 2))])
    #expect(t.settingProbability(of: 1, to: .one, otherwiseTo: 0) == .to(1))
    #expect(t.settingProbability(of: 1, to: .zero, otherwiseTo: 0) == .to(2))
  }
}
