import ArgumentParser
import BrinkREPL

/// `brink replay FILE [--against OTHER]... [--json]`: plays a scenario's script (what
/// each side actually did) against the solved model, round by round, and reports how
/// likely the model found it, with its log-likelihood, surprise per round (split
/// into decisions and chance) and the same scores for the baselines and for each
/// `--against` scenario; on a scenario with types, against the perfect Bayesian
/// equilibrium or the logit agent QRE, with the beliefs round by round
/// (`CLI+ReplayTyped.swift`). Ctrl-C or `--timeout` stops the solve or the path's
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
      it as one JSON object.

      On a scenario with types (hidden types with priors), the model is the \
      perfect Bayesian equilibrium: each round also shows each real move's chance \
      type by type and averaged by the belief, and the beliefs the moves imply, \
      with Bayes' rule worked; the chances and the likelihood are exact fractions. \
      When every player's behaviour is 'logit', the model is the logit agent \
      quantal response equilibrium instead (λ from the scenario), with the same \
      report in decimals (no exact likelihood: exact_probability is null in the \
      JSON). Either way the baselines and the --against scenarios, with types or \
      without, are scored on the same record, and a baseline that would change \
      nothing (play already uniform, a discount already 0, no trembles) is \
      listed as not applying. The REPL's 'replay' steps through the same report a \
      round at a time.
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
