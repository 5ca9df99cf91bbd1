import BrinkCore

/// `simulate`: Monte Carlo play of the current stage game with both sides
/// following an equilibrium, compared with the exact outcome probabilities.
extension CommandSpec {
  static let simulate = CommandSpec(
    "simulate", aliases: ["sim"],
    abstract: "Play many rounds at random from an equilibrium and tabulate the outcomes.",
    usage: "simulate [ROUNDS]",
    discussion: "Both sides draw their moves from the first mixed equilibrium (or the first pure one if there is none), using the session's seed ('set seed N'). ROUNDS defaults to 10000 and may be up to 1000000000. Ctrl-C stops early and shows what was done.",
    examples: ["simulate", "simulate 100000"]
  ) { session, arguments throws(CommandError) in
    let usage = "simulate [ROUNDS]"
    try session.expectCount(arguments, 0...1, usage: usage)
    var rounds = 10_000
    if let word = arguments.first {
      guard let n = Int(word), n >= 1, n <= 1_000_000_000 else {
        throw CommandError("ROUNDS must be a whole number from 1 to 1000000000, not '\(word)'", usage: usage)
      }
      rounds = n
    }
    let analysis = StageAnalysis(session.game)
    let equilibria = analysis.equilibria
    guard let chosen = equilibria.first(where: { !$0.isPure }) ?? equilibria.first else {
      throw CommandError("the game has no equilibrium this command can sample from")
    }
    let run = StageSimulation(game: session.game, profile: chosen.profile, seed: session.seed)
      .run(rounds: rounds, shouldContinue: session.shouldContinue, progress: session.progress)
    return SimulationTable(game: session.game, profile: chosen.profile, result: run, style: session.style).render()
  }
}
