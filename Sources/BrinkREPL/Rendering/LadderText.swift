import BrinkCore
import BrinkFormats

/// `show ladder`: the picture of `export ladder`, small, in the terminal. The rungs
/// top first (as the SVG draws them), then each state's arrows.
///
///     rung 2  escalation
///     rung 0  *standoff  talks  [truce]
///     standoff -> talks: talk/talk 4/5
enum LadderText {
  static func render(_ scenario: EscalationScenario, name: String, current: Int?) -> String {
    let layout = LadderLayout(scenario)
    var lines = ["Ladder of \(name): rungs by the escalating moves it takes to get there, start at the bottom.",
                 "* start, > current state, [state] end of the scenario"]
    for rung in stride(from: layout.top, through: 0, by: -1) {
      let states = layout.states(onRung: rung)
      guard !states.isEmpty else { continue }
      let names = states.map { s in
        let state = scenario.states[s]
        let mark = (s == current ? ">" : "") + (s == scenario.initialState ? "*" : "")
        return mark + (state.isTerminal ? "[\(state.name)]" : state.name)
      }
      lines.append("  rung \(rung)  " + names.joined(separator: "  "))
    }
    lines.append("Moves (row/column, probability when not sure):")
    for arrow in layout.arrows {
      let kind = arrow.escalating == arrow.moves.count ? "escalating" : arrow.escalating == 0 ? "" : "some escalating"
      lines.append("  - \(scenario.states[arrow.from].name) -> \(scenario.states[arrow.to].name): "
                   + LadderChart.labels(arrow, variables: scenario.variables.map(\.name)).joined(separator: ", ") + (kind.isEmpty ? "" : " (\(kind))"))
    }
    return lines.joined(separator: "\n")
  }
}
