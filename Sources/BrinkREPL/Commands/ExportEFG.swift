import BrinkCore
import BrinkFormats

extension Session {
  /// `export efg FILE`: the game as a Gambit extensive game (`.efg`), exactly. A
  /// scenario is unrolled from its start over its horizon (`LadderGraph.extensiveForm`:
  /// both sides see the state and every earlier move, not each other's move in a
  /// simultaneous round; payoffs discounted to round 0); a plain game is one
  /// simultaneous round. Gambit's solvers can then check brink's answers.
  func exportExtensiveGame(_ arguments: [String]) throws(CommandError) -> String {
    try expectCount(arguments, 2...2, usage: "export efg FILE")
    let path = arguments[1]
    let game: ExtensiveGame, what: String
    if let doc = document {
      do {
        if doc.scenario.hasTypes {
          // Types: a chance move first, each side's sets by its own type (TypedExtensiveForm).
          game = try TypedExtensiveForm(scenario: doc.scenario, shouldContinue: shouldContinue).game
        } else {
          let graph = try LadderGraph(scenario: doc.scenario, shouldContinue: shouldContinue)
          game = try graph.extensiveForm(of: doc.scenario).game
        }
      } catch {
        throw CommandError("cannot export \(doc.name) as a tree: \(error)")
      }
      what = "\(doc.name) from its start over \(doc.scenario.calendar.rounds) rounds"
    } else {
      game = self.game.extensiveForm
      what = "\(name), one simultaneous round"
    }
    try FileOutput.writeAtomically(EFGWriter.write(game, comment: "written by brink: \(what)"), to: path, session: self)
    let sets = game.infosets.map(\.count).reduce(0, +)
    return "Wrote \(path) (\(what): \(game.nodes.count) nodes, \(sets) information sets)."
  }
}
