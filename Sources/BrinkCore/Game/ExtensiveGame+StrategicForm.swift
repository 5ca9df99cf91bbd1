/// The strategic (normal) form of an extensive game: a pure strategy names one
/// action at each of the player's information sets, and a profile's payoff is the
/// expectation over chance of the payoffs collected on the path it leads to (von
/// Neumann and Morgenstern 1944, ch. 2; Myerson, *Game Theory*, 1991, §2.2).
///
/// Every Nash equilibrium of the extensive game is one of this form and back (by
/// Kuhn's theorem, mixed and behaviour strategies are equivalent under perfect
/// recall), so brink's exact strategic-form solvers answer "what are the
/// equilibria" for a tree; refinements that need the tree itself (subgame
/// perfection, beliefs) are not visible here, and `brink solve` says so.
///
/// Not reduced: strategies that differ only at information sets their own earlier
/// actions make unreachable are kept apart (Gambit's `efg → nfg` does the same), so
/// the strategy count is the product of the action counts.
extension ExtensiveGame {
  /// The largest strategy count per player the conversion accepts (the strategic
  /// form grows as a product over information sets).
  public static let maximumStrategies = 4096

  public enum StrategicFormError: Error, Sendable, Hashable, CustomStringConvertible {
    case tooManyStrategies(player: String, count: Int)

    public var description: String {
      switch self {
      case .tooManyStrategies(let player, let count):
        return "the strategic form is too large: \(player) has \(count) pure strategies (at most \(ExtensiveGame.maximumStrategies)), one action at each of its information sets"
      }
    }
  }

  /// A pure strategy's name: its actions at the player's information sets, in
  /// their order, joined by `/` ("enter", "fight/accommodate").
  public func strategyName(player: Int, choices: [Int]) -> String {
    zip(infosets[player], choices).map { $0.actions[$1] }.joined(separator: "/")
  }

  /// Player `p`'s pure strategies as action indices, the first information set
  /// varying slowest (so names sort as the actions do).
  func pureStrategies(player p: Int) -> [[Int]] {
    var all: [[Int]] = [[]]
    for set in infosets[p] {
      all = all.flatMap { prefix in set.actions.indices.map { prefix + [$0] } }
    }
    return all
  }

  /// The strategic form, exact.
  public func strategicForm() throws -> StrategicGame {
    for p in players.indices {
      let count = infosets[p].reduce(1) { total, set in
        total > Self.maximumStrategies ? total : total * max(set.actions.count, 1)
      }
      if count > Self.maximumStrategies { throw StrategicFormError.tooManyStrategies(player: players[p], count: count) }
    }
    let strategies = players.indices.map(pureStrategies(player:))
    let game = StrategicGame(
      title: title, players: players,
      strategies: players.indices.map { p in strategies[p].map { strategyName(player: p, choices: $0) } },
      payoffs: Array(repeating: Array(repeating: .zero, count: players.count),
                     count: strategies.reduce(1) { $0 * $1.count }))
    var payoffs = game.payoffs
    for index in payoffs.indices {
      let profile = game.profile(at: index)
      payoffs[index] = expectedPayoffs(choices: players.indices.map { strategies[$0][profile[$0]] })
    }
    return StrategicGame(title: game.title, players: game.players, strategies: game.strategies, payoffs: payoffs)
  }

  /// The expected payoffs when player `p` plays `choices[p][set]` at each of its
  /// information sets: a walk down the tree that branches only at chance nodes.
  public func expectedPayoffs(choices: [[Int]]) -> [Rational] {
    var total = [Rational](repeating: .zero, count: players.count)
    var stack: [(node: Int, probability: Rational)] = [(0, Rational(1, 1))]
    while let (n, probability) = stack.popLast() {
      let node = nodes[n]
      if let payoffs = node.payoffs {
        for p in total.indices { total[p] = total[p] + probability * payoffs[p] }
      }
      switch node.kind {
      case .terminal:
        break
      case .chance(_, let probabilities):
        for (child, q) in zip(node.children, probabilities) where q != .zero {
          stack.append((child, probability * q))
        }
      case .decision(let player, let set):
        stack.append((node.children[choices[player][set]], probability))
      }
    }
    return total
  }
}
