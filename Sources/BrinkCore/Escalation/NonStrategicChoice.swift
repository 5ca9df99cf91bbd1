/// The play of the models that do not optimise: fixed mixtures, scripts, and the
/// history rules of Axelrod's tournaments (tit-for-tat, grim trigger) and Nowak and
/// Sigmund's generous tit-for-tat, read on the moves' escalate/hold postures.
enum NonStrategicChoice {
  /// Player `player`'s mixture at `node` in round `round`, or `nil` when its model
  /// optimises (equilibrium, logit).
  static func mixture(_ model: ChoiceModel, player: Int, node: LadderNode, round: Int,
                      state: EscalationState) -> (mixture: [Rational], explanation: ChoiceExplanation)? {
    let moves = state.moves[player]
    func pure(_ k: Int) -> [Rational] { moves.indices.map { $0 == k ? .one : .zero } }
    let hold = holdMove(moves), escalate = escalateMove(moves)
    switch model {
    case .equilibrium, .logit:
      return nil
    case .fixed(let strategies):
      if node.state < strategies.count, let mix = strategies[node.state], mix.count == moves.count {
        return (mix, .fixed)
      }
      return (moves.map { _ in Rational(1, moves.count) }, .fixed)
    case .script(let names):
      let name = round < names.count ? names[round] : nil
      let k = name.flatMap { n in moves.firstIndex { $0.name == n } } ?? hold
      return (pure(k), .script)
    case .titForTat:
      return (pure(node.opponentEscalatedLastRound(player: player) ? escalate : hold), .titForTat)
    case .grimTrigger:
      return (pure(node.opponentEverEscalated(player: player) ? escalate : hold), .grimTrigger)
    case .generousTitForTat(let forgiveness):
      guard node.opponentEscalatedLastRound(player: player), escalate != hold else {
        return (pure(hold), .generousTitForTat)
      }
      var mix = pure(hold).map { $0 * forgiveness }
      mix[escalate] += .one - forgiveness
      return (mix, .generousTitForTat)
    }
  }

  /// The first move read as holding; else the first move without a reading; else the first.
  static func holdMove(_ moves: [Move]) -> Int {
    moves.firstIndex { $0.posture == .hold } ?? moves.firstIndex { $0.posture == nil } ?? 0
  }

  /// The first move read as escalating; else the hold move.
  static func escalateMove(_ moves: [Move]) -> Int {
    moves.firstIndex { $0.posture == .escalate } ?? holdMove(moves)
  }
}
