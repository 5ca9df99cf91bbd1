import BrinkCore
import BrinkFormats

/// What the session's last `simulate` and last `solve` found, kept so `export` can
/// write them in the documents the command-line tool writes (`brink simulate
/// --json/--csv/--svg`, `brink solve --json`). Kept until the next run of the same
/// command replaces them, and cleared by `load`: results belong to the game that
/// produced them, so `export` after `load` says there is nothing to export yet
/// (`undo` of the load brings them back with the game).
struct SessionResults {
  /// A Monte Carlo run of a scenario.
  struct Simulation {
    var summary: SimulationSummary
    /// The scenario's name, for messages.
    var name: String
    /// The chart's heading, as `brink simulate --svg` writes it.
    var title: String
    /// The first day of each round.
    var dates: [CalendarDate]
  }

  /// A solve: the analysis of a plain game (its equilibria, as `brink solve`
  /// finds them), or a whole scenario by backward induction.
  enum Solution {
    case game(name: String, report: SolveReport)
    case scenario(file: String, document: ScenarioDocument, solved: SolvedScenario)
  }

  var simulation: Simulation?
  var solution: Solution?
}
