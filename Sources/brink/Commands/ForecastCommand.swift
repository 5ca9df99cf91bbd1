import ArgumentParser
import BrinkCore
import BrinkREPL

/// `brink forecast FILE`: the probability of each of the scenario's questions, exact
/// from the solved model's Markov chain, with a Monte Carlo estimate beside it when
/// `--paths N` is given.
struct ForecastCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forecast",
    abstract: "The probability of each of a scenario's questions, exactly.",
    discussion: """
      Each question of the scenario's 'questions:' block is answered from the solved \
      model's Markov chain, as a fraction and a decimal. With --paths N, N paths are \
      also sampled and each question's frequency is shown with its 95% interval. \
      With --uncertainty N, the parameters the scenario gives priors ('priors:') \
      are drawn N times (with --seed), each draw solved exactly, and each \
      question's probability is shown with the 5%, 50% and 95% quantiles and the \
      mean of its answers over the draws.
      """)

  @Argument(help: "A scenario file (YAML); the built-in default when omitted.")
  var file: String?

  @Option(parsing: .unconditional, help: "Also sample this many paths (0: none; up to 10000000).")
  var paths: Int = 0

  @Option(help: ArgumentHelp("Draw the scenario's priors this many times and show each answer's band (0: none; up to 100000).", valueName: "N"))
  var uncertainty: Int = 0

  @Option(help: "Seed of the random streams.")
  var seed: UInt64 = Simulator.defaultSeed

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Flag(help: "Print the report as CSV.")
  var csv = false

  @Option(help: "Write to this file instead of standard output.")
  var out: String?

  @OptionGroup var limit: TimeoutOption

  func validate() throws {
    guard (0...10_000_000).contains(paths) else { throw ValidationError("--paths must be between 0 and 10000000, not \(paths)") }
    guard (0...100_000).contains(uncertainty) else { throw ValidationError("--uncertainty must be between 0 and 100000, not \(uncertainty)") }
    if json && csv { throw ValidationError("give --json or --csv, not both") }
  }

  func run() throws {
    let run = limit.start()
    try wire(run) { () throws(CLI.Failure) in
      try CLI.forecast(.init(file: file, paths: paths, seed: seed, json: json, csv: csv, out: out,
                                 uncertainty: uncertainty), run: run)
    }
  }
}
