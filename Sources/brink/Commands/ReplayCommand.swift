import ArgumentParser
import BrinkREPL

/// `brink replay FILE [--against OTHER]... [--json]`: plays a scenario's script (what
/// each side actually did) against the solved model, round by round, and reports how
/// likely the model found it, with its log-likelihood, surprise per round (split
/// into decisions and chance) and the same scores for the baselines and for each
/// `--against` scenario. Ctrl-C or `--timeout` stops the solve or the path's
/// likelihood (long on a script of thousands of rounds); an interrupted likelihood
/// is reported as such.
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Replay a scenario's script against the model's strategies, and score it.",
    discussion: """
      Prints each scripted round with the model's probabilities and the round's \
      surprise in bits (how much of it is the players' decisions, how much chance), \
      then the likelihood of the whole record, its log-likelihood, and a table of \
      the same scores under the baselines (uniform: every move equally likely; \
      short-sighted: discount 0; no-tremble: the model without trembles) and under \
      each --against scenario, all on the same record. With --json, prints all of \
      it as one JSON object. On a scenario with types the model is the perfect \
      Bayesian equilibrium: each round also shows each real move's chance by type \
      and the beliefs the moves imply, with Bayes' rule worked (as the REPL's \
      'replay all'); a baseline that would change nothing is listed as not applying.
      """)

  @Argument(help: "A scenario file (YAML); the built-in default when omitted.")
  var file: String?

  @Option(name: .customLong("against"), help: ArgumentHelp(
    "Another scenario file of the same events, scored on this scenario's record (repeatable).",
    valueName: "FILE"))
  var against: [String] = []

  @Flag(help: "Print JSON instead of the readable report.")
  var json = false

  @OptionGroup var limit: TimeoutOption

  func run() throws {
    let run = limit.start()
    try wire(run) { () throws(CLI.Failure) in try CLI.replay(file: file, against: against, json: json, run: run) }
  }
}
