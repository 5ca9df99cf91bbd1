import BrinkCore

/// `forecast`: the loaded scenario's questions, each with its probability.
extension CommandSpec {
  static let forecast = CommandSpec(
    "forecast",
    abstract: "The probability of each of the scenario's questions, exactly, from the solved model.",
    usage: "forecast [PATHS] [uncertainty N]",
    discussion: "Answers each question of the scenario's 'questions:' block from the solved model's Markov chain: the probability as a decimal, then exactly as a fraction, with when the question is read ('ever by round 4', 'at the end') and how it resolved, if it has. With PATHS (up to 10000000), that many paths are also sampled with the session's seed ('set seed N') and each question's frequency is shown with its 95% interval. With 'uncertainty N', the parameters the scenario gives priors ('priors:') are drawn N times with the session's seed, each draw solved exactly, and each answer is shown with the 5%, 50% and 95% quantiles and the mean over the draws. The questions are answered one after another, with progress; Ctrl-C stops it, keeping the questions answered (and a band the draws finished).",
    examples: ["load geneva-truce-2025-05; forecast", "forecast 1000", "load chosen-risk; forecast uncertainty 20"]
  ) { session, arguments throws(CommandError) in
    let usage = "forecast [PATHS] [uncertainty N]"
    try session.expectCount(arguments, 0...3, usage: usage)
    var arguments = arguments
    var draws = 0
    if let k = arguments.firstIndex(where: { $0.lowercased() == "uncertainty" }) {
      guard k + 1 < arguments.count, let n = Int(arguments[k + 1]), n >= 1, n <= 100_000 else {
        throw CommandError("'uncertainty' takes a whole number of draws from 1 to 100000", usage: usage)
      }
      draws = n
      arguments.removeSubrange(k...(k + 1))
    }
    try session.expectCount(arguments, 0...1, usage: usage)
    var paths = 0
    if let word = arguments.first {
      guard let n = Int(word), n >= 1, n <= 10_000_000 else {
        throw CommandError("PATHS must be a whole number from 1 to 10000000, not '\(word)'", usage: usage)
      }
      paths = n
    }
    guard let doc = session.document else { throw CommandError("no scenario loaded: 'load FILE' a scenario with questions") }
    guard !doc.questions.isEmpty else {
      throw CommandError("\(doc.name) has no questions", notes: ["add a 'questions:' block to the file (Docs/scenario-format.md) and load it"])
    }
    if draws > 0 && doc.priors.isEmpty {
      throw CommandError("\(doc.name) has no priors", notes: ["add a 'priors:' block to the file (Docs/scenario-format.md) and load it"])
    }
    guard let solved = try session.solvedScenario() else { throw CommandError("no scenario loaded") }
    do {
      // The questions are answered one after another, with progress; Ctrl-C keeps
      // the ones answered (a quarter of a second each on the 2018-19 tariff rounds).
      var report = try ForecastReport(document: doc, solved: solved, paths: paths, seed: session.seed,
                                      keepingPartial: true, shouldContinue: session.shouldContinue,
                                      progress: session.run.progress)
      if let unanswered = report.unanswered {
        let answered = report.questions.count
        throw CommandError("interrupted after \(answered) of \(answered + unanswered.count) questions; the session is unchanged",
                           partial: report.text(style: session.style))
      }
      if draws > 0 {
        let u = try UncertainForecast(scenario: doc.scenario, priors: doc.priors, questions: doc.questions, draws: draws,
                                      seed: session.seed, shouldContinue: session.shouldContinue, progress: session.run.progress)
        if u.answers.isEmpty { throw EscalationError.cancelled }
        report = report.adding(u)
      }
      return report.text(style: session.style)
    } catch let error as CommandError {
      throw error
    } catch let error as EscalationError {
      if case .cancelled = error { throw CommandError("interrupted; the session is unchanged") }
      throw CommandError("cannot forecast \(doc.name): \(error.description)")
    } catch {
      throw CommandError("cannot forecast \(doc.name): \(error)")
    }
  }
}
