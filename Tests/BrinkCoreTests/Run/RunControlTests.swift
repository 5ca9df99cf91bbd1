import Testing
@testable import BrinkCore

/// `RunControl`: why work stops, and what it forwards. Deadlines are either already
/// passed (0 s) or far away (a year), so no test depends on how fast it runs.
@Suite struct RunControlTests {
  @Test func unlimitedNeverStops() {
    let run = RunControl.unlimited
    #expect(run.stop == nil)
    #expect(run.shouldContinue())
  }

  @Test func aPassedDeadlineStopsAndSaysSo() {
    let run = RunControl(deadline: Deadline(seconds: 0))
    #expect(run.stop == .timedOut)
    #expect(!run.shouldContinue())
    #expect(RunControl.Stop.timedOut.exitStatus == 124)
    #expect(Deadline(seconds: 2).message == "timed out after 2 s")
    #expect(Deadline(seconds: 2.5).message == "timed out after 2.5 s")
  }

  @Test func aFarDeadlineDoesNotStop() {
    let run = RunControl(deadline: Deadline(seconds: 365 * 24 * 3600))
    #expect(run.stop == nil)
  }

  @Test func anInterruptWinsOverAPassedDeadline() {
    let run = RunControl(deadline: Deadline(seconds: 0), isInterrupted: { true })
    #expect(run.stop == .interrupted)
    #expect(RunControl.Stop.interrupted.exitStatus == 130)
  }

  @Test func progressIsForwardedAndCanBeRedirected() {
    var first = [(Int, Int)](), second = [(Int, Int)]()
    let run = RunControl(progress: { first.append(($0, $1)) })
    run.progress(1, 4)
    let other = run.reporting(to: { second.append(($0, $1)) })
    other.progress(2, 4)
    #expect(first.map { [$0.0, $0.1] } == [[1, 4]])
    #expect(second.map { [$0.0, $0.1] } == [[2, 4]])
  }
}

/// The solvers that had no cancellation check poll now (issue 16: `--timeout` was
/// ignored by `--method lh`, `maximin` and `dominance`): stopped at once they
/// return nil (or an incomplete result); never stopped they return exactly what
/// the unpolled call returns.
@Suite struct SolverPollingTests {
  static var games: [Bimatrix] {
    var g = SplitMix64(seed: 16)
    return (0..<20).map { k in Bimatrix.random(2 + k % 5, 2 + (k * 3) % 6, in: -9...9, using: &g) }
  }

  @Test func lemkeHowsonStopsAndOtherwiseAgrees() {
    for game in Self.games {
      #expect(LemkeHowson.solve(game, missingLabel: 1, shouldContinue: { false }) == nil)
      var polls = 0
      let polled = LemkeHowson.solve(game, missingLabel: 1, shouldContinue: { polls += 1; return true })
      #expect(polled == LemkeHowson.solve(game, missingLabel: 1))
      #expect(polls >= 1)
    }
  }

  @Test func maximinStopsAndOtherwiseAgrees() {
    for game in Self.games {
      for player in 0...1 {
        #expect(Maximin.security(game, player: player, shouldContinue: { false }) == nil)
        let polled = Maximin.security(game, player: player, shouldContinue: { true })
        let plain = Maximin.security(game, player: player)
        #expect(polled?.strategy == plain.strategy && polled?.value == plain.value)
      }
    }
  }

  @Test func simplexStops() {
    let program = Maximin.securityProgram([[1, 2], [3, 0]])
    #expect(ExactSimplex.solve(program, shouldContinue: { false }) == nil)
    #expect(ExactSimplex.solve(program, shouldContinue: { true }) != nil)
  }

  @Test func dominanceStopsIncomplete() {
    for game in Self.games {
      let stopped = Dominance.iteratedElimination(game.strategicGame, strength: .weak, mixed: true, shouldContinue: { false })
      #expect(!stopped.complete)
    }
  }
}
