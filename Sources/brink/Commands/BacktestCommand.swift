import ArgumentParser
import BrinkREPL

/// `brink backtest [FILES…]`: the model's forecasts of the scenarios' resolved
/// questions scored (Brier, log) against baselines, with a pooled calibration table.
struct BacktestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backtest",
    abstract: "Score the model's forecasts of resolved questions against baselines.",
    discussion: """
      For each scenario with resolved questions (the library's when no file is given), \
      each question's probability from the model, from the baselines (uniform play, \
      short-sighted play, no tremble) and from a coin (1/2), their mean Brier and log scores, and a one-line verdict; then the model's \
      calibration pooled over all questions. See Docs/forecasting.md for what the \
      scores can and cannot show. With --fit, each scenario is also forecast by \
      the model with lambda (and the --weight weights) fitted on the OTHER \
      scenarios' scripts, leave-one-scenario-out, scored beside the judgement model \
      as 'fitted'.
      """)

  @Argument(help: "Scenario files (YAML); the library when omitted.")
  var files: [String] = []

  @Option(help: ArgumentHelp("Also draw the pooled reliability diagram as SVG.", valueName: "file"))
  var svg: String?

  @Flag(help: "Also score the model fitted on the other scenarios' scripts (leave-one-scenario-out).")
  var fit = false

  @Option(help: ArgumentHelp("With --fit, also fit this player's payoff weight (repeatable).", valueName: "PLAYER.VARIABLE"))
  var weight: [String] = []

  @Flag(help: "Print the report as JSON.")
  var json = false

  @OptionGroup var limit: TimeoutOption

  func validate() throws {
    if !weight.isEmpty && !fit { throw ValidationError("--weight needs --fit") }
  }

  func run() throws {
    let run = limit.start()
    try wire(run) { () throws(CLI.Failure) in try CLI.backtest(files: files, svg: svg, fit: fit, weights: weight, json: json, run: run) }
  }
}
