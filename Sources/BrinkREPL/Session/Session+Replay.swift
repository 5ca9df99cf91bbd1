import BrinkCore
import BrinkFormats

/// `replay`: the scenario's script played against the model.
extension Session {
  /// 1. Checkpoint (so `undo` returns) and go back to the start.
  /// 2. For each scripted round: move to the state the script names (saying so when
  ///    the model's own draw had gone elsewhere), look up what the solved model
  ///    expected each side to play there, play the recorded moves, and print the
  ///    script's note and source.
  /// 3. Stop at a move the state does not offer, at the limit, or on Ctrl-C.
  func replayScript(_ doc: ScenarioDocument, limit: Int) throws(CommandError) -> String {
    let solved = try? solvedScenario()
    checkpoint("replay")
    resetToLoaded()
    let scenario = doc.scenario
    var lines = ["Replaying \(doc.name): \(scenario.history.count) scripted round\(scenario.history.count == 1 ? "" : "s")."]
    for (k, h) in scenario.history.enumerated() {
      if k >= limit { break }
      guard shouldContinue() else {
        lines.append("interrupted after \(k) rounds")
        break
      }
      guard var pos = position else { break }
      if k < doc.historyStates.count, let scripted = doc.historyStates[k], scripted != pos.state {
        lines.append("(the script continues in \(scenario.states[scripted].name); the model's draw had gone to \(scenario.states[pos.state].name))")
        pos.state = scripted
        position = pos
      }
      let state = scenario.states[pos.state]
      guard !state.isTerminal else {
        lines.append("The scenario had already ended in \(state.name).")
        break
      }
      var chosen = [Int]()
      for p in 0..<2 {
        guard let name = h.moves[p], let m = state.moveIndex(player: p, named: name) else {
          let what = h.moves[p].map { "'\($0)'" } ?? "no move"
          lines.append("Round \(round): the script gives \(scenario.players[p]) \(what), which \(state.name) does not offer; stopping.")
          return lines.joined(separator: "\n")
        }
        chosen.append(m)
      }
      if let solved, let node = currentNode(in: solved), let played = node.played {
        let expected = (0..<2).map { p in
          "\(scenario.players[p]) \(state.moves[p][chosen[p]].name) \(ScenarioSolution.number(played.marginal(player: p)[chosen[p]]))"
        }
        lines.append("Model's probabilities for the moves made: " + expected.joined(separator: ", "))
      }
      lines.append(playRound(chosen[0], chosen[1]))
      if !h.note.isEmpty { lines.append("  What happened: " + h.note.trimmingSpaces()) }
      if !h.source.isEmpty { lines.append("  Source: " + h.source) }
    }
    return lines.joined(separator: "\n")
  }
}
