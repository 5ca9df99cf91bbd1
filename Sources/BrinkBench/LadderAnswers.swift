import BrinkCore

/// One answer of a ladder run: estimated by the Monte Carlo, known exactly from the
/// solve.
struct LadderAnswer {
  var name: String
  var estimate: Double
  /// The estimate's standard error.
  var standardError: Double
  var exact: Double

  /// How many standard errors the estimate is off (0 when both are equal).
  var z: Double {
    if estimate == exact { return 0 }
    return standardError > 0 ? (estimate - exact) / standardError : .infinity
  }
}

/// A scenario's answers at its horizon — the probability of each terminal outcome,
/// the share of paths still going, the mean number of rounds played, each player's
/// expected discounted payoff — from a Monte Carlo run, beside the exact ones from
/// the solve and its Markov chain (`LadderMarkovChain`, Kemeny and Snell 1960), so a
/// benchmark also shows that what it timed computes the right thing.
///
/// Standard errors: for a proportion `√(p(1 − p)/n)` at the exact `p` (the
/// binomial spread the estimate has if it is right); for mean rounds, the sample
/// standard deviation over `√n` (from the exact rounds-played histogram); for a
/// payoff, the summary's `s/√n`.
enum LadderAnswers {
  /// - Precondition: `statistics` come from `compiled.ladder`, compiled from `solved`.
  static func compare(_ solved: SolvedScenario, _ compiled: CompiledScenario,
                      _ statistics: SimulationStatistics) -> [LadderAnswer] {
    let states = solved.scenario.states
    let T = solved.horizon
    let chain = LadderMarkovChain(solved)
    let p = chain.exactStates.map { $0.map { $0.map(\.doubleValue) } } ?? chain.states
    let summary = compiled.summary(statistics, scenario: solved.scenario)
    let n = Double(statistics.pathsCompleted)
    func proportion(_ name: String, count: Int, exact: Double) -> LadderAnswer {
      LadderAnswer(name: name, estimate: Double(count) / n, standardError: (exact * (1 - exact) / n).squareRoot(), exact: exact)
    }

    var answers = [LadderAnswer]()
    for (s, state) in states.enumerated() where state.isTerminal {
      let count = summary.outcomes.first { $0.state == state.name }?.count ?? 0
      answers.append(proportion(state.name, count: count, exact: p[T][s]))
    }
    let ongoing = summary.outcomes.filter { !$0.isTerminal }.reduce(0) { $0 + $1.count }
    let exactOngoing = states.indices.filter { !states[$0].isTerminal }.reduce(0.0) { $0 + p[T][$1] }
    answers.append(proportion("ongoing", count: ongoing, exact: exactOngoing))

    // Round t is played by the paths in a non-terminal state at its start.
    let exactRounds = (0..<T).reduce(0.0) { sum, t in
      states.indices.filter { !states[$0].isTerminal }.reduce(sum) { $0 + p[t][$1] }
    }
    let rounds = roundsPlayed(statistics)
    answers.append(LadderAnswer(name: "mean rounds", estimate: rounds.mean, standardError: rounds.deviation / n.squareRoot(),
                                exact: exactRounds))

    let exactPayoffs = solved.exactExpectedValues?.map(\.doubleValue) ?? solved.expectedValues
    for (i, payoff) in summary.payoffs.enumerated() {
      answers.append(LadderAnswer(name: "payoff \(payoff.player)", estimate: payoff.mean ?? .nan,
                                  standardError: payoff.standardError ?? .nan, exact: exactPayoffs[i]))
    }
    return answers
  }

  /// Mean and standard deviation of the rounds played per path: a path absorbed at
  /// round `t` played `t` rounds, one that reached the horizon played them all.
  static func roundsPlayed(_ statistics: SimulationStatistics) -> (mean: Double, deviation: Double) {
    let T = statistics.rounds
    var count = 0, sum = 0, squares = 0.0
    for histogram in statistics.absorbed {
      for (t, c) in histogram.enumerated() {
        count += c
        sum += t * c
        squares += Double(t * t) * Double(c)
      }
    }
    let going = statistics.horizonEnd.reduce(0, +)
    count += going
    sum += T * going
    squares += Double(T * T) * Double(going)
    precondition(count == statistics.pathsCompleted && sum == statistics.pathRounds,
                 "the rounds-played histogram disagrees with the path counts")
    let n = Double(max(count, 1))
    let mean = Double(sum) / n
    let variance = count > 1 ? (squares - n * mean * mean) / (n - 1) : 0
    return (mean, max(variance, 0).squareRoot())
  }
}
