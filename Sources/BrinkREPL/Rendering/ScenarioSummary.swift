import BrinkCore
import BrinkFormats

/// The short description `brink check` prints for a scenario that reads clean (and
/// the REPL's `info`): sizes, horizon, variables, script.
public enum ScenarioSummary {
  /// For example:
  ///
  ///     Scenarios/chicken.yaml: ok: Chicken (Rapoport and Chammah), one round
  ///       players: Row, Column
  ///       states: 1 (1 active, 0 terminal), initial 'play'; moves per state up to 2 x 2
  ///       rounds: 1 of 7 days from 2025-01-06; discount 1
  ///       variables: none
  ///       events: 0, shocks: 0, script: 0 rounds
  public static func render(_ doc: ScenarioDocument) -> String {
    let s = doc.scenario
    let active = s.states.filter { !$0.isTerminal }
    let maxRows = active.map { $0.moves[0].count }.max() ?? 0
    let maxCols = active.map { $0.moves[1].count }.max() ?? 0
    let c = s.calendar
    var lines = ["\(doc.file): ok: \(s.title.isEmpty ? doc.name : s.title)"]
    lines.append("  players: \(s.players.joined(separator: ", "))")
    lines.append("  states: \(s.states.count) (\(active.count) active, \(s.states.count - active.count) terminal), initial '\(s.states[s.initialState].name)'; moves per state up to \(maxRows) x \(maxCols)")
    lines.append("  rounds: \(c.rounds) of \(c.roundLengthDays) day\(c.roundLengthDays == 1 ? "" : "s") from \(c.start); discount \(s.discount)")
    let vars = s.variables.map { "\($0.name) = \($0.initial)\($0.unit)" }
    lines.append("  variables: \(vars.isEmpty ? "none" : vars.joined(separator: ", "))")
    lines.append("  events: \(s.events.count), shocks: \(s.shocks.count), script: \(s.history.count) round\(s.history.count == 1 ? "" : "s")")
    return lines.joined(separator: "\n")
  }
}
