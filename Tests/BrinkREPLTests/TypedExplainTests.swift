import BrinkCore
import Testing

@testable import BrinkREPL

/// `explain` on `Scenarios/bluff-ladder.yaml` (issue 14): every number it prints is
/// the hand-worked answer of the file's comment (discount 1):
/// - round 1: resolved threatens; irresolute threatens 2/3, quiet 1/3. After a
///   threat r = (1/4 × 1) / (1/4 × 1 + 3/4 × 2/3) = 1/3; quiet reveals irresolute.
/// - the Challenger after a threat at r = 1/3: press is worth -2r + (1 - r) = 0,
///   back-off 0, so it is indifferent and presses 1/2; after quiet it presses.
/// - the resolved Defender: threaten 1/2 × 1 + 1/2 × 2 = 3/2 against quiet 1 (pressed,
///   it fights); the irresolute one: threaten 1/2 × (-2) + 1/2 × 2 = 0 against quiet 0
///   (pressed, it gives way), so it may mix.
/// - the Challenger's round-1 value, ex ante: 1/4 × (1/2 × (-2)) + 3/4 × (2/3 × 1/2 + 1/3 × 1) = 1/4.
/// - in round 2 after a threat: the resolved Defender's stand is worth 3/2, the irresolute one's 0.
/// - the other equilibrium: pooling on quiet.
@Suite("explain with hidden types: signalling at a node, by hand on bluff-ladder")
struct TypedExplainTests {
  static let roundOne = """
    Signalling in crisis, round 1 (2025-01-06): the perfect Bayesian equilibrium played here is semi-separating; 2 perfect Bayesian equilibria; selected by the largest supports (selection 'mixed').
    Beliefs at the start of the round: Defender resolved 1/4, irresolute 3/4.

    Type-contingent strategies:
      Defender resolved: threaten
      Defender irresolute: threaten 2/3, quiet 1/3
      Challenger: wait

    What each move of Defender tells Challenger (Bayes' rule; off the path the belief is kept):
      threaten: played by a resolved Defender for sure and by an irresolute Defender with probability 2/3; Challenger then believes resolved 1/3, irresolute 2/3 (resolved: 1/4 × 1 / (1/4 × 1 + 3/4 × 2/3) = 1/3). Next, in after-threat, Challenger plays press 1/2, back-off 1/2.
      quiet: played by an irresolute Defender with probability 1/3 only, so it reveals irresolute: Challenger then believes irresolute with probability 1. Next, in after-quiet, Challenger plays press.

    Why each side plays as it does (a move's worth: this round's payoff and the discounted future, against the other side's strategy and the belief):
      Defender resolved: threaten 3/2, quiet 1: threaten is best.
      Defender irresolute: threaten 0, quiet 0: indifferent between threaten and quiet (each worth 0), so it may mix: it plays threaten 2/3, quiet 1/3.
      Challenger: wait 1/4 (its only move).

    The bluff: an irresolute Defender plays threaten with probability 2/3, imitating the resolved type; after threaten Challenger believes irresolute with probability 2/3, so it is indifferent in after-threat (press and back-off each worth 0 to it) and plays press 1/2, back-off 1/2; that keeps the irresolute Defender indifferent between threaten and quiet (each worth 0), so it is willing to bluff.

    Other perfect Bayesian equilibria at this node (not selected):
      pooling: Defender resolved quiet; Defender irresolute quiet; Challenger wait
    """

  @Test("at the start: strategies, posteriors, worths, the bluff and the pooling equilibrium, as worked by hand")
  func atTheStart() {
    let s = Session()
    #expect(s.execute("load bluff-ladder").error == nil)
    let r = s.execute("explain")
    #expect(r.error == nil)
    #expect(r.output == Self.roundOne)
  }

  @Test("in round 2 after a threat: the Challenger indifferent at belief 1/3, pressing 1/2")
  func afterThreat() {
    let s = Session()
    #expect(s.execute("load bluff-ladder").error == nil)
    #expect(s.execute("play as Defender").error == nil)
    #expect(s.execute("play threaten").error == nil)
    let r = s.execute("explain")
    #expect(r.error == nil)
    #expect(r.output.contains("Beliefs at the start of the round: Defender resolved 1/3, irresolute 2/3."))
    #expect(r.output.contains("  Challenger: press 1/2, back-off 1/2\n"))
    #expect(r.output.contains("  Defender resolved: stand 3/2 (its only move)."))
    #expect(r.output.contains("  Defender irresolute: stand 0 (its only move)."))
    #expect(r.output.contains("  Challenger: press 0, back-off 0: indifferent between press and back-off (each worth 0), so it may mix: it plays press 1/2, back-off 1/2."))
    #expect(!r.output.contains("What each move"))
  }

  /// The Bayes sums `explain` prints use the trembled play, which is what the
  /// Challenger observes. Worked by hand in TypedTrembleTests.trembledBluff
  /// (Defender ε = 1/10): the resolved type threatens with 19/20, the irresolute one
  /// intends 35/54 and plays 35/54 · 9/10 + 1/20 = 19/30; after a threat
  /// (1/4 · 19/20) / (1/4 · 19/20 + 3/4 · 19/30) = 1/3; quiet is played with 1/20 and
  /// 11/30, leaving (1/4 · 1/20) / (1/4 · 1/20 + 3/4 · 11/30) = 1/23.
  @Test("explain with a trembling Defender: the posterior sums use the trembled play, as worked by hand")
  func explainWithTrembles() {
    let s = Session()
    #expect(s.execute("load bluff-ladder").error == nil)
    #expect(s.execute("set tremble Defender 1/10").error == nil)
    let out = s.execute("explain").output
    #expect(out.contains("  Defender irresolute: threaten 35/54, quiet 19/54\n"))
    #expect(out.contains("  threaten: played by a resolved Defender with probability 19/20 and by an irresolute Defender with probability 19/30; Challenger then believes resolved 1/3, irresolute 2/3 (resolved: 1/4 × 19/20 / (1/4 × 19/20 + 3/4 × 19/30) = 1/3). Next, in after-threat, Challenger plays press 1/2, back-off 1/2.\n"))
    #expect(out.contains("  quiet: played by a resolved Defender with probability 1/20 and by an irresolute Defender with probability 11/30; Challenger then believes resolved 1/23, irresolute 22/23 (resolved: 1/4 × 1/20 / (1/4 × 1/20 + 3/4 × 11/30) = 1/23)."))
  }

  /// With trembles the intended moves are still best ones (each worth the most),
  /// and a type's value is its *played* (trembled) mixture of the worths.
  @Test("the worths are the solver's: each type's value is its played mixture of them, and every move it intends is a best one",
        arguments: [nil, Rational(1, 10)] as [Rational?])
  func worthsMatchTheSolve(tremble: Rational?) throws {
    let s = Session()
    #expect(s.execute("load bluff-ladder").error == nil)
    var scenario = s.document!.scenario
    if let tremble { scenario.behaviours[1].tremble = tremble }
    let solution = try TypedSolver.solve(scenario)
    var checked = 0
    for id in solution.equilibriumNodes() {
      guard let e = solution.nodes[id].played, let worth = solution.agentPayoffs(at: id) else { continue }
      let beliefs = solution.nodes[id].beliefs
      for p in 0..<2 {
        for theta in beliefs[p].indices where beliefs[p][theta] != .zero {
          let best = worth[p][theta].max()!
          let intended = zip(e.strategies[p][theta], worth[p][theta]).reduce(Rational.zero) { $0 + $1.0 * $1.1 }
          #expect(intended == best)
          let played = zip(e.playedStrategies[p][theta], worth[p][theta]).reduce(Rational.zero) { $0 + $1.0 * $1.1 }
          let q = 1 - p
          let value = beliefs[q].indices.reduce(Rational.zero) { acc, c in
            acc + beliefs[q][c] * (p == 0 ? e.values[theta][c][0] : e.values[c][theta][1])
          }
          #expect(value == played)
          checked += 1
        }
      }
    }
    #expect(checked > 0)
  }
}
