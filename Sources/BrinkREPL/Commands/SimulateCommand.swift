import BrinkCore

/// `simulate`: Monte Carlo play of the current stage game with both sides
/// following an equilibrium, compared with the exact outcome probabilities.
extension CommandSpec {
  static let simulate = CommandSpec(
    "simulate", aliases: ["sim"],
    abstract: "Monte Carlo: paths of the scenario, or rounds of a plain game, with the outcomes tabulated.",
    usage: "simulate [PATHS|ROUNDS]",
    discussion: "With a scenario loaded: runs PATHS Monte Carlo paths (default 10000, up to 10000000) from the start of the scenario, each side playing its solved strategy, and shows where the paths end with 95% intervals, the mean payoffs, how often each side played each move in each state, and the most frequent paths (each the states it played a round in, in order, then the state it ended in; never a state a shock moved it out of before it played there). A scenario whose paths all play in one state (a repeated game, or a plain game given a tremble, a model or a misperception) is reported instead by how often each outcome (joint move) and each move was played, with the cooperation rate when it is a prisoner's dilemma, stag hunt or chicken. With a plain game: both sides draw their moves from the first mixed equilibrium (or the first pure one if there is none), using the session's seed ('set seed N'); the outcome and move counts are shown beside their exact probabilities, with the cooperation rate of a prisoner's dilemma, stag hunt or chicken. ROUNDS defaults to 10000 and may be up to 1000000000. The session's seed ('set seed N') makes runs repeatable. Ctrl-C stops early and shows what was done. A scenario's run is kept for 'export simulation json|csv FILE' and 'export chart FILE'.",
    examples: ["simulate", "simulate 100000"]
  ) { session, arguments throws(CommandError) in
    let usage = "simulate [ROUNDS]"
    try session.expectCount(arguments, 0...1, usage: usage)
    if session.document != nil { return try session.simulateScenario(arguments.first, usage: "simulate [PATHS]") }
    var rounds = 10_000
    if let word = arguments.first {
      guard let n = Int(word), n >= 1, n <= 1_000_000_000 else {
        throw CommandError("ROUNDS must be a whole number from 1 to 1000000000, not '\(word)'", usage: usage)
      }
      rounds = n
    }
    guard let simulation = StageSimulation(sampling: session.game, seed: session.seed) else {
      throw CommandError("the game has no equilibrium this command can sample from")
    }
    let run = simulation.run(rounds: rounds, shouldContinue: session.shouldContinue, progress: session.run.progress)
    return SimulationTable(game: session.game, profile: simulation.profile, result: run, style: session.style).render()
  }
}

extension Session {
  /// Monte Carlo paths of the loaded scenario under its solved strategies.
  func simulateScenario(_ word: String?, usage: String) throws(CommandError) -> String {
    var paths = 10_000
    if let word {
      guard let n = Int(word), n >= 1, n <= 10_000_000 else {
        throw CommandError("PATHS must be a whole number from 1 to 10000000, not '\(word)'", usage: usage)
      }
      paths = n
    }
    guard let solved = try solvedScenario() else { throw CommandError("no scenario loaded") }
    let compiled: CompiledScenario
    do {
      // The exact ladder (one state per solver node when strategies depend on the
      // path); the summary reports it by scenario state.
      compiled = try solved.compiledScenario()
    } catch {
      throw CommandError("cannot simulate \(name): \(error)")
    }
    let statistics = Simulator.run(compiled.ladder, paths: paths, seed: seed, threads: simulationThreads,
                                   shouldContinue: shouldContinue, progress: { done, total in self.run.progress(done, total) })
    let summary = compiled.summary(statistics, scenario: solved.scenario)
    let calendar = solved.scenario.calendar
    let title = "\(name): \(solved.scenario.title)"
    let dates = (0...calendar.rounds).map { calendar.date(ofRound: $0) }
    results.simulation = .init(summary: summary, name: name,
                               title: SimulationReport.title(name: name, scenarioTitle: solved.scenario.title), dates: dates)
    var text = SimulationReport.text(summary, title: title, dates: dates)
    while text.hasSuffix("\n") { text.removeLast() }
    // What the tables could only approximate, said once each.
    var seen = Set<String>()
    for note in compiled.approximations where seen.insert(note).inserted { text += "\nnote: " + note }
    return text
  }
}
