import BrinkCore

/// Signalling games built as trees in code (the Core tests read no files): nature
/// draws a type, the sender sends a message, the receiver replies.
enum SignallingTestGames {
  static func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

  /// `payoffs[t][m][a] = (sender, receiver)`.
  static func tree(title: String = "", types: [String], prior: [Rational], messages: [String],
                   replies: [[String]], payoffs: [[[(Rational, Rational)]]]) -> ExtensiveGame {
    var nodes = [ExtensiveGame.Node(name: "", kind: .chance(actions: types, probabilities: prior))]
    for t in types.indices {
      let typeNode = nodes.count
      nodes[0].children.append(typeNode)
      nodes.append(.init(name: types[t], kind: .decision(player: 0, infoset: t)))
      for m in messages.indices {
        let messageNode = nodes.count
        nodes[typeNode].children.append(messageNode)
        nodes.append(.init(kind: .decision(player: 1, infoset: m)))
        for a in replies[m].indices {
          nodes[messageNode].children.append(nodes.count)
          let (us, ur) = payoffs[t][m][a]
          nodes.append(.init(kind: .terminal, payoffs: [us, ur]))
        }
      }
    }
    return ExtensiveGame(
      title: title, players: ["Sender", "Receiver"], nodes: nodes,
      infosets: [types.map { .init(name: $0, actions: messages) },
                 messages.indices.map { .init(name: "after \(messages[$0])", actions: replies[$0]) }])
  }

  /// Beer–quiche (Cho and Kreps 1987, p. 180): strong with probability 9/10; a type
  /// gets 1 for the breakfast it prefers (strong: beer, weak: quiche) and 2 more if
  /// not challenged; the receiver gets 1 for dueling a weak type or leaving a
  /// strong one alone, 0 otherwise.
  static let beerQuiche: ExtensiveGame = {
    func u(_ t: Int, _ m: Int, _ a: Int) -> (Rational, Rational) {
      let breakfast = (t == 0 && m == 0) || (t == 1 && m == 1) ? 1 : 0
      let unchallenged = a == 1 ? 2 : 0
      let right = (t == 1 && a == 0) || (t == 0 && a == 1) ? 1 : 0
      return (r(breakfast + unchallenged), r(right))
    }
    return tree(title: "Beer-quiche", types: ["strong", "weak"], prior: [r(9, 10), r(1, 10)],
                messages: ["beer", "quiche"], replies: [["duel", "not duel"], ["duel", "not duel"]],
                payoffs: (0..<2).map { t in (0..<2).map { m in (0..<2).map { a in u(t, m, a) } } })
  }()
}
