import ArgumentParser
import BrinkREPL

/// `brink fit FILE... [--out FILE]`: the logit precision λ that makes the scenarios'
/// records most likely (Signorino 1999), with its standard error.
struct FitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fit",
    abstract: "Estimate the logit precision lambda from the scenarios' scripts by maximum likelihood.",
    discussion: """
      Solves each scenario with every optimising player (equilibrium or logit \
      model) on the logit model at one precision lambda, and finds the lambda \
      that makes the scripted rounds of all of them together most likely \
      (Signorino 1999's strategic logit): a grid over 0.001 to 1000, then \
      golden-section search on log lambda. The standard error is from the observed \
      information (a numerical second derivative of the log-likelihood). Players \
      that follow rules (fixed, script, tit-for-tat...), trembles and \
      misperceptions are kept as the scenarios have them. --out writes a copy of \
      the first scenario with the fitted lambda (4 significant digits), its \
      comments kept where the edit can be made in place. --weight PLAYER.VARIABLE \
      (repeatable) fits that payoff weight (under 'players:') with lambda, by \
      Nelder-Mead from the lambda-only fit, standard errors from the observed \
      information; --out writes the fitted weights too.
      """)

  @Argument(help: "Scenario files (YAML) with scripts.")
  var files: [String]

  @Option(help: ArgumentHelp("Write a copy of the first scenario with the fitted lambda.", valueName: "FILE"))
  var out: String?

  @Option(help: ArgumentHelp("Also fit this player's payoff weight on this variable (repeatable).", valueName: "PLAYER.VARIABLE"))
  var weight: [String] = []

  @OptionGroup var limit: TimeoutOption

  func run() throws {
    let run = limit.start()
    try wire(run) { () throws(CLI.Failure) in try CLI.fit(files: files, out: out, weights: weight, run: run) }
  }
}
