import BrinkCore
import BrinkFormats
import Testing
@testable import BrinkREPL

/// `sweep probability`, `sweep discount` and `sweep lambda` on small scenarios
/// whose break points are worked out by hand below.
///
/// The summit: each side attends (cost 4) or skips (0). If both attend, a deal
/// (worth 10 to each on arrival) follows with probability p, else the talks
/// collapse (0); any other pair of moves ends with no deal (0). One round, so with
/// discount δ the stage game with the continuation folded in is
///
///                 China attend          China skip
///     US attend   -4 + 10pδ, -4 + 10pδ   -4, 0
///     US skip     0, -4                 0, 0
///
/// Attending is a best response to attending iff -4 + 10pδ ≥ 0, i.e. pδ ≥ 2/5;
/// skipping against a skipper always pays more (0 > -4). So (skip, skip) alone for
/// pδ < 2/5; at pδ = 2/5 (attend, attend) joins it (weakly); above, both and the
/// mixed equilibrium q = 4/(10pδ) ∈ (0, 1). With δ = 1: break at p = 2/5; with
/// p = 1/2: break at δ = 4/5.
@Suite struct SweepCommandTests {
  static let summit = """
    format: brink-scenario/1
    name: summit
    title: Whether to attend a summit
    sources:
      - {id: made-up, note: A test scenario; every number is invented.}
    players:
      US:
        moves: {attend: {posture: hold}, skip: {posture: hold}}
      China:
        moves: {attend: {posture: hold}, skip: {posture: hold}}
    calendar: {start: 2025-10-13, step: 7, rounds: ROUNDS}
    discount: 1
    states:
      summit:
        moves: {US: [attend, skip], China: [attend, skip]}
        payoffs:
          attend: [[-4, -4], [-4, 0]]
          skip:   [[0, -4], [0, 0]]
        transitions:
          attend/attend: {deal: 1/2, ELSE: 1/2}
          any/any: nodeal
      deal: {terminal: true, value: [10, 10]}
      collapse: {terminal: true, value: [0, 0]}
      nodeal: {terminal: true, value: [0, 0]}
    behaviour:
      US: {model: equilibrium, select: payoff-dominant}
      China: {model: equilibrium, select: payoff-dominant}
    """

  /// The summit of one round (the failed branch collapses), or, `again`, of two
  /// rounds where a failed summit is tried once more.
  func session(again: Bool = false) throws -> Session {
    var yaml = Self.summit.replacingOccurrences("ROUNDS", again ? "2" : "1")
    yaml = yaml.replacingOccurrences("ELSE", again ? "summit" : "collapse")
    if again { yaml = yaml.replacingOccurrences("  collapse: {terminal: true, value: [0, 0]}\n", "") }
    return Session(scenario: try ScenarioReader.read(yaml, file: "summit.yaml"))
  }

  /// The brackets of "break between A and B" lines.
  func breaks(_ text: String) -> [(Rational, Rational)] {
    text.split(separator: "\n").compactMap { line -> (Rational, Rational)? in
      let words = line.split(separator: " ")
      guard words.count > 4, words[0] == "break", words[1] == "between", words[3] == "and",
            let a = Rational(String(words[2])), let b = Rational(String(words[4])) else { return nil }
      return (a, b)
    }
  }

  @Test func probabilityBreakIsExactWhenTheStateIsNotReachedAgain() throws {
    let out = try session().execute("sweep probability attend attend deal 0 1").output
    #expect(out == """
      Sweeping the probability that US attend, China attend in summit leads to deal from 0 to 1:
        p = 0                 (skip, skip)   <- end point
        p in (0, 2/5)         (skip, skip)
        p = 2/5               (attend, attend) (skip, skip)   <- break point
        p in (2/5, 1)         (attend, attend) (skip, skip) mixed
        p = 1                 (attend, attend) (2/5 attend + 3/5 skip, 2/5 attend + 3/5 skip) (skip, skip)   <- end point
      Summit cannot be reached again from here, so the continuation values do not depend on p and each payoff of the stage game (continuation included) is affine in p: the break points are exact.
      Payoffs that move with p: (attend, attend): US -4 + 10p, China -4 + 10p.
      """)
  }

  /// Two rounds, the failed summit tried again: in round 2 the game is the one
  /// above; in round 1 attending pays -4 + 10p + (1 − p)·V, with V = -4 + 10p when
  /// round 2 is attended (p ≥ 2/5) and 0 otherwise, so it is still worth it exactly
  /// when p ≥ 2/5. The state recurs, so the break is bracketed by bisection.
  @Test func probabilityFallsBackToBisectionWhenTheStateRecurs() throws {
    let s = try session(again: true)
    let out = s.execute("sweep probability attend attend deal 0 1").output
    #expect(out.contains("Summit can be reached again from here, so the continuation values depend on p too: no break point can be solved for."))
    let found = breaks(out)
    #expect(found.contains { $0.0 < Rational(2, 5) && Rational(2, 5) <= $0.1 && $0.1 - $0.0 <= Rational(1, 1000) })
    #expect(found.allSatisfy { $0.1 - $0.0 <= Rational(1, 1000) })
    #expect(out.contains("  p from 0 to 511/1280:\n      equilibria here: (skip, skip)\n      intended play in round 1: summit: US skip, China skip\n      intended play ends in: nodeal"))
    // In round 2 the summit cannot recur (the horizon ends it), so the sweep is exact there.
    _ = s.execute("set seed 1")
    #expect(s.execute("play US=attend China=attend").output.contains("-> summit"))
    #expect(s.execute("sweep probability attend attend deal 0 1").output.contains("p = 2/5               (attend, attend) (skip, skip)   <- break point"))
  }

  @Test func discountBreakIsBracketedAroundTheHandThreshold() throws {
    let out = try session().execute("sweep discount 1/10 1").output
    #expect(out.hasPrefix("Sweeping the discount from 1/10 to 1:\nThe continuation values are not affine in the discount"))
    let found = breaks(out)
    #expect(found.count == 1)
    let (a, b) = try #require(found.first)
    #expect(a < Rational(4, 5) && Rational(4, 5) <= b)
    #expect(b - a <= Rational(9, 10_000))
    #expect(out.contains("      equilibria here: (attend, attend) (skip, skip) mixed\n      intended play in round 1: summit: US attend, China attend\n      intended play ends in: collapse, deal\n"))
    // Both ends list every equilibrium there, as `solve` would (issue 10, item 5):
    // at δ = 1 attending pays -4 + 10 · 1/2 = 1, so the mixed one has q = 4/5.
    #expect(out.hasSuffix("""
        at discount = 1/10, every equilibrium of the round game with the future: (skip, skip)
        at discount = 1, every equilibrium of the round game with the future: (attend, attend) (4/5 attend + 1/5 skip, 4/5 attend + 1/5 skip) (skip, skip)
      """))
  }

  /// The same summit with the US moving first (`order: US`). China answers an
  /// attending US with attend iff -4 + 10 · 1/2 · δ ≥ 0 (ties go to the
  /// payoff-dominant answer), so the subgame-perfect play is (attend, attend) from
  /// δ = 4/5 and (skip, skip) below. The round played blind has (skip, skip) and,
  /// from 4/5, (attend, attend) and a mixed one too: the sweep must say which is
  /// which, not list the blind equilibria as "equilibria here" beside the play.
  @Test func aSequentialStateSaysItsEquilibriaAreTheRoundPlayedBlind() throws {
    let yaml = Self.summit.replacingOccurrences("ROUNDS", "1").replacingOccurrences("ELSE", "collapse")
      .replacingOccurrences("  summit:\n    moves:", "  summit:\n    order: US\n    moves:")
    #expect(yaml.contains("order: US"))
    let out = Session(scenario: try ScenarioReader.read(yaml, file: "summit.yaml")).execute("sweep discount 1/10 1").output
    let (a, b) = try #require(breaks(out).first)
    #expect(a < Rational(4, 5) && Rational(4, 5) <= b)
    #expect(out.contains("""
            US moves first and China answers: the intended play below is the subgame-perfect one
            equilibria of the round played blind: (skip, skip)
            intended play in round 1: summit: US skip, China skip
      """))
    #expect(out.contains("""
            equilibria of the round played blind: (attend, attend) (skip, skip) mixed
            intended play in round 1: summit: US attend, China attend
      """))
    #expect(!out.contains("equilibria here"))
    #expect(out.contains("at discount = 1, every equilibrium of the round game with the future played blind: (attend, attend)"))
  }
  @Test func lambdaPathStartsUniformAndEndsAtTheNashEquilibrium() {
    let s = Session()
    _ = s.execute("load prisoners-dilemma")
    let out = s.execute("sweep lambda both 0 100").output
    let rows = out.split(separator: "\n").map(String.init)
    #expect(rows[0] == "Logit play in prisoners-dilemma as both players' lambda go from 0 to 100:")
    #expect(rows[2] == "       0       0.5000       0.5000          0.5000          0.5000")
    #expect(rows[13] == "     100       0.0000       1.0000          0.0000          1.0000")
    #expect(rows.last!.hasPrefix("The path approaches the Nash equilibrium US Escalate; China Escalate of this stage game: within 0.01 of it from lambda = "))
    // Chicken's logit path goes to the mixed equilibrium (9/10 on Yield), not to a pure one.
    let chicken = run("sweep lambda both 0 1000").output
    #expect(chicken.contains("approaches the Nash equilibrium US Yield 0.9000, Escalate 0.1000; China Yield 0.9000, Escalate 0.1000"))
    // One player: the other keeps its model and best-responds.
    #expect(run("sweep lambda US 0 10").output.contains("China keeps its model (equilibrium: it best-responds to the logit play)."))
  }

  @Test func lambdaIsShownWithTwoSignificantDigits() {
    #expect(LogitPathText.text(0.79) == "0.79" && LogitPathText.text(13) == "13" && LogitPathText.text(0.001) == "0.001")
  }

  @Test func badArgumentsSayWhatIsWrong() throws {
    let s = try session()
    func message(_ line: String) -> String? { s.execute(line).error?.message }
    #expect(message("sweep") == "missing what to sweep (payoff, probability, discount or lambda)")
    #expect(message("sweep probability attend attend deal 1 0") == "FROM must be less than TO")
    #expect(message("sweep probability attend attend deal -1 1") == "FROM and TO are probabilities: they must be from 0 to 1, not -1 and 1")
    #expect(message("sweep probability attend attend deal 0 3/2") == "FROM and TO are probabilities: they must be from 0 to 1, not 0 and 3/2")
    #expect(message("sweep probability attend attend deal 0") == "missing argument")
    #expect(s.execute("sweep probability attend attend dael 0 1").error?.notes == ["did you mean 'deal'?"])
    #expect(s.execute("sweep probability atend attend deal 0 1").error?.notes == ["did you mean 'attend'?"])
    #expect(message("sweep discount 0 1") == "the discount must be greater than 0 and at most 1, not 0")
    #expect(message("sweep discount 1/2 3/2") == "the discount must be greater than 0 and at most 1, not 3/2")
    #expect(message("sweep discount 1 1/2") == "FROM must be less than TO")
    #expect(message("sweep discount half 1") == "FROM must be an exact number such as 3, -1.5 or 2/3, not 'half'")
    #expect(message("sweep lambda both -1 2") == "lambda must be at least 0, not -1")
    #expect(message("sweep lambda both 0 2000000") == "lambda must be at most 1000000, not 2000000")
    #expect(message("sweep lambda both 5 5") == "FROM must be less than TO")
    #expect(s.execute("sweep lambda Chna 0 1").error?.notes == ["did you mean 'China'?"])
    #expect(message("sweep seed") == "cannot sweep the seed: it changes only the random draws of 'simulate', never the equilibria")
    #expect(s.execute("sweep probabilty attend attend deal 0 1").error?.notes == ["did you mean 'probability'?"])
    #expect(s.execute("sweep discount 1/2").error?.usage == "sweep discount FROM TO")
    // A plain game has no transitions or discount.
    #expect(run("sweep discount 1/2 1").error?.message == "'sweep discount' needs a scenario; chicken is a plain game")
    #expect(run("sweep probability Yield Yield stage 0 1").error?.message == "'sweep probability' needs a scenario; chicken is a plain game")
    // Once the scenario has ended there is nothing to sweep.
    _ = s.execute("play US=skip China=skip")
    #expect(message("sweep discount 1/2 1") == "the scenario has ended; there is nothing left to sweep")
    #expect(message("sweep lambda both 0 1") == "the scenario has ended; there is nothing left to sweep")
  }

  @Test func sweepsNeverChangeTheSession() throws {
    for again in [false, true] {
      let s = try session(again: again)
      _ = s.execute("set discount 9/10")
      let (document, position, round, undo, seed) = (s.document, s.position, s.round, s.undoStack.count, s.seed)
      for line in ["sweep probability attend attend deal 0 1", "sweep discount 1/2 1", "sweep lambda both 0 10",
                   "sweep lambda US 1 2", "sweep payoff attend attend US -5 5"] {
        #expect(s.execute(line).error == nil, "\(line)")
        #expect(s.document == document && s.position == position && s.round == round, "\(line)")
        #expect(s.undoStack.count == undo && s.seed == seed, "\(line)")
      }
      #expect(s.execute("undo").output.hasPrefix("Undid set discount"))
    }
  }

  @Test func interruptedSweepsKeepTheSession() throws {
    let s = try session(again: true)
    let document = s.document
    for line in ["sweep probability attend attend deal 0 1", "sweep discount 1/2 1", "sweep lambda both 0 10"] {
      s.shouldContinue = { false }
      #expect(s.execute(line).error?.message == "interrupted; the session is unchanged", "\(line)")
      s.shouldContinue = { true }
      #expect(s.document == document)
    }
    // Stopped part-way: after a few solves.
    var calls = 0
    s.shouldContinue = { calls += 1; return calls < 10 }
    #expect(s.execute("sweep discount 1/2 1").error?.message.hasPrefix("interrupted") == true)
  }

  /// Issue 12: Ctrl-C keeps the points a sweep finished. Stopped after its third
  /// progress report (three grid points solved), the sweep shows those points and
  /// says where it stopped; the session is unchanged.
  @Test func anInterruptedSweepShowsThePointsDone() throws {
    let s = try session(again: true)
    let document = s.document
    var stop = false, reports = [(Int, Int)]()
    s.run = RunControl(isInterrupted: { stop }, progress: { done, total in
      reports.append((done, total))
      if done == 3 { stop = true }
    })
    let result = s.execute("sweep discount 1/2 1")
    #expect(result.error?.message == "interrupted after 3 points of the sweep; the session is unchanged")
    #expect(reports.map(\.0) == [1, 2, 3] && reports.allSatisfy { $0.1 == 21 })
    #expect(result.output.hasPrefix("Sweeping the discount from 1/2 to 1 (interrupted: the points computed so far):"))
    #expect(result.output.contains("discount = 1/2") || result.output.contains("discount from 1/2 to "))
    #expect(result.output.hasSuffix("Not computed: discount above 11/20 (0.55000)."))
    #expect(s.document == document)
    // The whole sweep, uninterrupted, reports its progress to the end.
    stop = false
    reports = []
    s.run = RunControl(progress: { reports.append(($0, $1)) })
    #expect(s.execute("sweep discount 1/2 1").error == nil)
    #expect(reports.last.map { $0.0 == $0.1 } == true && reports.count >= 21)
  }

  @Test func completionKnowsEachForm() {
    let completer = Session().completer { _ in nil }
    #expect(completer.complete("sweep ").candidates == ["payoff", "probability", "discount", "lambda"])
    #expect(completer.complete("sweep probability Yield ").candidates == ["Yield", "Escalate"])
    #expect(completer.complete("sweep probability Yield Yield ").candidates == ["stage"])
    #expect(completer.complete("sweep lambda ").candidates == ["US", "China"])
    #expect(completer.complete("sweep payoff Yield Yield ").candidates == ["US", "China"])
    #expect(completer.complete("sweep discount ").candidates == [])
  }
}

extension String {
  fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
