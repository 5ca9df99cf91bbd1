import BrinkCore

/// What the REPL's stepping `replay` on a scenario with types needs of a report:
/// the perfect Bayesian equilibrium's (`TypedReplayReport`) and the logit agent
/// QRE's (`TypedLogitReplayReport`) conform, so one loop (`Session.typedReplay`)
/// steps through either, as `brink replay` prints them whole.
protocol TypedReplayStepping: Sendable {
  /// The line the replay starts with.
  var heading: String { get }
  /// How many rounds the answer follows, and how many the record has.
  var followedRounds: Int { get }
  var recordRounds: Int { get }
  /// Round `index` as text.
  func render(round index: Int) -> String
  /// Where round `index` leads: the ladder node the session moves to and its round
  /// (counted from 1, as the prompt shows it).
  func destination(ofRound index: Int) -> (node: LadderNode, round: Int)
  /// The record scored under the baselines and the `--against` scenarios.
  mutating func compare(against: [(name: String, scenario: EscalationScenario)], shouldContinue: () -> Bool)
  /// After the last round: the likelihood, the log-likelihood and the comparison.
  var closingText: String { get }
}

extension TypedReplayReport: TypedReplayStepping {
  var followedRounds: Int { rounds.count }
  var recordRounds: Int { record.count }

  /// The node of the equilibrium the round leads to or, when the record does not
  /// decide it, the round's own node.
  func destination(ofRound index: Int) -> (node: LadderNode, round: Int) {
    let r = rounds[index]
    let node = solution.nodes[r.next ?? r.node]
    return (solution.graph.rounds[node.round][node.ladderNode].node, node.round + 1)
  }
}

extension TypedLogitReplayReport: TypedReplayStepping {
  var followedRounds: Int { rounds.count }
  var recordRounds: Int { record.count }

  /// The public history the round leads to or, when the record does not decide
  /// it, the round's own history.
  func destination(ofRound index: Int) -> (node: LadderNode, round: Int) {
    let r = rounds[index]
    let h = solution.histories[r.next ?? r.history]
    return (solution.graph.rounds[h.round][h.ladderNode].node, h.round + 1)
  }
}
