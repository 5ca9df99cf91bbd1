import BrinkCore
import Testing

@testable import BrinkREPL

/// The REPL's `forecast`: the loaded scenario's questions, as `brink forecast` prints them.
@Suite struct ForecastCommandTests {
  @Test func forecastsTheLoadedScenario() {
    let s = Session()
    #expect(s.execute("load geneva-truce-2025-05").output.hasPrefix("Loaded geneva-truce-2025-05 "))
    let out = s.execute("forecast").output
    #expect(out.hasPrefix("Forecast: geneva-truce-2025-05: The Geneva truce, May 2025, as of 2025-04-14\n"))
    #expect(out.contains("  talks-by-may-12 = 15/16\n  truce = 31/32\n  decoupling = 1/1600"))
    let sampled = s.execute("forecast 500").output
    #expect(sampled.contains("95% interval") && sampled.hasSuffix("Sampled: 500 paths, seed \(s.seed)."))
  }

  /// `forecast uncertainty N`: the band over the priors, with the session's seed.
  @Test func bandOverThePriors() {
    let s = Session()
    #expect(s.execute("load chosen-risk").output.hasPrefix("Loaded chosen-risk"))
    let out = s.execute("forecast uncertainty 40").output
    #expect(out.contains("| question | probability | read            | 5%     | median | 95%    | mean   | resolved |"))
    #expect(out.contains("Uncertainty: 40 draws of the priors (seed \(s.seed)), each solved exactly;"))
    #expect(out.contains("  value war Defender uniform [-20, -5]\n  value conceded Defender uniform [-6, -1]"))
    #expect(s.execute("forecast uncertainty 40").output == out)
    #expect(s.execute("load geneva-truce-2025-05").output.hasPrefix("Loaded"))
    #expect(s.execute("forecast uncertainty 5").error?.message == "geneva-truce-2025-05 has no priors")
  }

  /// Ctrl-C after the first question (issue 11: a forecast of the 2018-19 tariff
  /// rounds takes most of a second): its answer is kept and shown, the others are
  /// named, and the session is unchanged. The stop comes from the progress report
  /// that says the first question is done, not from a clock.
  @Test func anInterruptedForecastKeepsTheQuestionsAnswered() {
    let s = Session()
    #expect(s.execute("load geneva-truce-2025-05").output.hasPrefix("Loaded geneva-truce-2025-05 "))
    #expect(s.execute("solve").error == nil)  // the solve is kept; only the questions are left
    var stop = false, reports = [(Int, Int)]()
    s.run = RunControl(isInterrupted: { stop }, progress: { done, total in
      reports.append((done, total))
      if done * 3 == total { stop = true }  // three questions: the first is answered
    })
    let result = s.execute("forecast")
    #expect(result.error?.message == "interrupted after 1 of 3 questions; the session is unchanged")
    #expect(result.output.contains("| talks-by-may-12 |"))
    #expect(!result.output.contains("| truce "))
    #expect(result.output.contains("Exact:\n  talks-by-may-12 = 15/16\nNot answered (interrupted): truce, decoupling."))
    #expect(reports.allSatisfy { $0.0 <= $0.1 } && reports.contains { $0.0 * 3 == $0.1 })
    s.run = .unlimited
    #expect(s.execute("forecast").output.contains("  talks-by-may-12 = 15/16\n  truce = 31/32\n  decoupling = 1/1600"))
  }

  @Test func errors() {
    let s = Session()
    #expect(s.execute("load deterrence").output.hasPrefix("Loaded deterrence "))
    #expect(s.execute("forecast").error?.message == "deterrence has no questions")
    // A plain game (the library's chicken is one) has no questions to answer.
    #expect(s.execute("load chicken").output.hasPrefix("Loaded chicken:"))
    #expect(s.execute("forecast").error?.message == "no scenario loaded: 'load FILE' a scenario with questions")
    #expect(s.execute("forecast 0").error?.message == "PATHS must be a whole number from 1 to 10000000, not '0'")
    #expect(s.execute("forecast 1 2").error != nil)
    #expect(CommandTable.standard.lookup("forecast")?.usage == "forecast [PATHS] [uncertainty N]")
    #expect(s.execute("forecast uncertainty").error?.message == "'uncertainty' takes a whole number of draws from 1 to 100000")
    #expect(s.execute("load deterrence").output.hasPrefix("Loaded deterrence "))
  }
}
