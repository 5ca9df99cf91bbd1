import BrinkCore

extension Session {
  /// A bargaining state and the rounds of a deal in force are made from the
  /// state's menu (`DealMenu`) when the file is read, and `save` writes the menu:
  /// an edit of their payoffs or transitions would be lost, so it is refused.
  func refuseDealEdit() throws(CommandError) {
    guard let document, let position else { return }
    let scenario = document.scenario
    let name = scenario.states[position.state].name
    if scenario.dealMenu(inState: position.state) != nil {
      throw CommandError("\(name) is a bargaining state: its offers, answers and outcomes are made from its menu ('deal:' in the file); edit the menu there")
    }
    if scenario.isDealRound(position.state) {
      throw CommandError("\(name) is a round of a deal in force, made from its package ('deal:' in the file); edit the package there")
    }
  }
}
