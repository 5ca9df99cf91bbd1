import BrinkCore

/// `explain` on a scenario with types: the signalling at one node of the perfect
/// Bayesian equilibrium, in words (issue 14). The facts are Core's: each type's
/// strategy (`TypedStageEquilibrium`), the posterior after each move
/// (`TypedSolution.posterior`), what each move is worth to each type-agent
/// (`TypedSolution.agentPayoffs`), the bluffs (`TypedSolution.bluffs`); this words
/// them, every number an exact fraction.
///
/// Sections: the equilibrium played and why it was selected; each type's strategy;
/// for each side with private information and a choice, what each of its moves tells
/// the other side (Bayes' rule worked, or off the path) and what the other side does
/// next; why each type-agent plays as it does (each move's worth: indifference for a
/// mixture, the best move otherwise); the bluff in one sentence; the other equilibria.
enum TypedExplanation {
  static func render(_ solution: TypedSolution, node id: Int) -> String {
    let s = solution.scenario
    let node = solution.nodes[id]
    guard let e = node.played, let worth = solution.agentPayoffs(at: id) else { return "" }
    let state = stateOf(solution, id)
    let moves = state.moves.map { $0.map(\.name) }
    let informed = (0..<2).filter { !TypeBeliefs.isCertain(node.beliefs[$0]) }
    var lines = ["Signalling in \(state.name), round \(node.round + 1) (\(s.calendar.date(ofRound: node.round))): the perfect Bayesian equilibrium played here is \(e.shape.rawValue); \(node.reason)."]
    lines.append("Beliefs at the start of the round: " + (informed.isEmpty ? "every type is known" : informed.map { p in
      "\(s.players[p]) " + dist(s.typeList(of: p).map(\.name), node.beliefs[p])
    }.joined(separator: "; ")) + ".")
    lines += ["", "Type-contingent strategies:"]
    for p in 0..<2 {
      for theta in allowed(solution, id, p) {
        if p == e.follower, let leader = e.leader {
          let answers = moves[leader].indices.map { "after \(moves[leader][$0]) \(mixture(e.intended(p, type: theta, lead: $0), moves[p]))" }
          lines.append("  \(who(solution, p, theta)) answers: " + answers.joined(separator: "; "))
        } else {
          lines.append("  \(who(solution, p, theta)): \(mixture(e.strategies[p][theta], moves[p]))")
        }
      }
    }
    if let leader = e.leader {
      return (lines + sequential(solution, id, leader: leader, worth: worth)).joined(separator: "\n")
    }
    for p in informed where moves[p].count > 1 {
      let q = 1 - p
      lines += ["", "What each move of \(s.players[p]) tells \(s.players[q]) (Bayes' rule; off the path the belief is kept):"]
      for m in moves[p].indices { lines.append("  " + tells(solution, id, player: p, move: m)) }
    }
    lines += ["", "Why each side plays as it does (a move's worth: this round's payoff and the discounted future, against the other side's strategy and the belief):"]
    for p in 0..<2 {
      for theta in allowed(solution, id, p) {
        lines.append("  " + why(solution, id, worth: worth[p][theta], player: p, type: theta, moves: moves[p]))
      }
    }
    for bluff in solution.bluffs(at: id) {
      if let sentence = bluffStory(solution, id, worth: worth, bluff) { lines += ["", sentence] }
    }
    let others = node.equilibria.indices.filter { k in node.equilibria[k].strategies != e.strategies }
    if !others.isEmpty {
      lines += ["", "Other perfect Bayesian equilibria at this node (not selected):"]
      for k in others {
        let o = node.equilibria[k]
        let parts = (0..<2).flatMap { p in
          allowed(solution, id, p).map { "\(who(solution, p, $0)) \(mixture(o.strategies[p][$0], moves[p]))" }
        }
        lines.append("  \(o.shape.rawValue): " + parts.joined(separator: "; "))
      }
    }
    return lines.joined(separator: "\n")
  }

  /// After move `m` of `p`: who plays it, the posterior with Bayes' rule worked, what the other side does next.
  static func tells(_ solution: TypedSolution, _ id: Int, player p: Int, move m: Int) -> String {
    let s = solution.scenario
    let node = solution.nodes[id]
    let e = node.played!
    let q = 1 - p
    let types = s.typeList(of: p).map(\.name)
    let ok = allowed(solution, id, p)
    let move = stateOf(solution, id).moves[p][m].name
    let senders = ok.filter { e.playedStrategies[p][$0][m] != .zero }
    guard !senders.isEmpty else {
      return "\(move): no type plays it (off the path); after it \(s.players[q]) would keep its belief, \(dist(types, node.beliefs[p]))."
    }
    let by = senders.map { e.playedStrategies[p][$0][m] == .one ? "by \(article(types[$0]))\(types[$0]) \(s.players[p]) for sure"
      : "by \(article(types[$0]))\(types[$0]) \(s.players[p]) with probability \(e.playedStrategies[p][$0][m])" }
    var text = "\(move): played " + by.joined(separator: " and ") + (senders.count < ok.count ? " only" : "")
    let post = solution.posterior(at: id, player: p, move: m)
    if let k = post.firstIndex(of: .one) {
      text += ", so it reveals \(types[k]): \(s.players[q]) then believes \(types[k]) with probability 1."
    } else if post == node.beliefs[p] {
      text += ", so it says nothing: \(s.players[q]) keeps its belief."
    } else {
      let sum = ok.map { "\(node.beliefs[p][$0]) × \(e.playedStrategies[p][$0][m])" }.joined(separator: " + ")
      let first = ok[0]
      text += "; \(s.players[q]) then believes \(dist(types, post)) (\(types[first]): \(node.beliefs[p][first]) × \(e.playedStrategies[p][first][m]) / (\(sum)) = \(post[first]))."
    }
    if let next = followUp(solution, id, player: p, move: m) {
      let child = solution.nodes[next]
      let childState = stateOf(solution, next)
      text += " Next, in \(childState.name), \(s.players[q]) plays \(mixture(child.played!.strategies[q][0], childState.moves[q].map(\.name)))."
    }
    return text
  }

  /// Why type θ of p plays its mixture: each move's worth, indifference or the best move.
  static func why(_ solution: TypedSolution, _ id: Int, worth: [Rational], player p: Int, type theta: Int, moves: [String]) -> String {
    let e = solution.nodes[id].played!
    let mix = e.strategies[p][theta]
    let head = "\(who(solution, p, theta)): " + moves.indices.map { "\(moves[$0]) \(worth[$0])" }.joined(separator: ", ")
    if moves.count == 1 { return head + " (its only move)." }
    let played = mix.indices.filter { mix[$0] != .zero }
    if played.count > 1 {
      return head + ": indifferent between " + played.map { moves[$0] }.joinedAsList() + " (each worth \(worth[played[0]])), so it may mix: it plays \(mixture(mix, moves))."
    }
    let best = played[0]
    let ties = moves.indices.filter { $0 != best && worth[$0] == worth[best] }
    return head + (ties.isEmpty ? ": \(moves[best]) is best." : ": \(moves[best]) is a best move (tied with \(ties.map { moves[$0] }.joinedAsList())).")
  }

  /// The bluff in one sentence: who bluffs how often, what the other side then
  /// believes and does, and why that keeps the bluffer willing.
  static func bluffStory(_ solution: TypedSolution, _ id: Int, worth: [[[Rational]]],
                         _ bluff: (player: Int, type: Int, move: Int)) -> String? {
    let s = solution.scenario
    let e = solution.nodes[id].played!
    let (p, theta, m) = bluff
    let q = 1 - p
    let types = s.typeList(of: p).map(\.name)
    let moves = stateOf(solution, id).moves[p].map(\.name)
    let post = solution.posterior(at: id, player: p, move: m)
    var text = "The bluff: \(article(types[theta]))\(types[theta]) \(s.players[p]) plays \(moves[m]) with probability \(e.strategies[p][theta][m]), imitating "
      + allowed(solution, id, p).filter { $0 != theta && e.strategies[p][$0][m] == .one }.map { "the \(types[$0]) type" }.joinedAsList()
      + "; after \(moves[m]) \(s.players[q]) believes \(types[theta]) with probability \(post[theta])"
    if let next = followUp(solution, id, player: p, move: m), let childWorth = solution.agentPayoffs(at: next) {
      let childState = stateOf(solution, next)
      let replies = childState.moves[q].map(\.name)
      let mix = solution.nodes[next].played!.strategies[q][0]
      let used = mix.indices.filter { mix[$0] != .zero }
      if used.count > 1 {
        text += ", so it is indifferent in \(childState.name) (" + used.map { replies[$0] }.joinedAsList() + " each worth \(childWorth[q][0][used[0]]) to it) and plays \(mixture(mix, replies))"
      } else {
        text += ", so it plays \(replies[used[0]]) in \(childState.name)"
      }
    }
    let used = e.strategies[p][theta].indices.filter { e.strategies[p][theta][$0] != .zero }
    text += "; that keeps the \(types[theta]) \(s.players[p]) indifferent between " + used.map { moves[$0] }.joinedAsList()
      + " (each worth \(worth[p][theta][used[0]])), so it is willing to bluff."
    return text
  }

  /// The node after `p`'s move `m` when the other side's move here is pure and common
  /// to its types and the joint move has one successor, and the other side is without types and plays there.
  static func followUp(_ solution: TypedSolution, _ id: Int, player p: Int, move m: Int) -> Int? {
    let e = solution.nodes[id].played!
    let q = 1 - p
    guard solution.scenario.typeList(of: q).count == 1, let r = e.strategies[q][0].firstIndex(of: .one) else { return nil }
    let (i, j) = p == 0 ? (m, r) : (r, m)
    guard e.children[i][j].count == 1, solution.nodes[e.children[i][j][0]].played != nil else { return nil }
    return e.children[i][j][0]
  }

  static func stateOf(_ solution: TypedSolution, _ id: Int) -> EscalationState {
    let n = solution.nodes[id]
    return solution.scenario.states[solution.graph.rounds[n.round][n.ladderNode].node.state]
  }

  /// The types of `p` the node's belief allows (one anonymous type for a player without types).
  static func allowed(_ solution: TypedSolution, _ id: Int, _ p: Int) -> [Int] {
    solution.nodes[id].beliefs[p].indices.filter { solution.nodes[id].beliefs[p][$0] != .zero }
  }

  static func who(_ solution: TypedSolution, _ p: Int, _ theta: Int) -> String {
    let name = solution.scenario.typeList(of: p)[theta].name
    return name.isEmpty ? solution.scenario.players[p] : "\(solution.scenario.players[p]) \(name)"
  }

  static func mixture(_ m: [Rational], _ moves: [String]) -> String {
    moves.indices.filter { m[$0] != .zero }.map { m[$0] == .one ? moves[$0] : "\(moves[$0]) \(m[$0])" }.joined(separator: ", ")
  }

  static func dist(_ names: [String], _ x: [Rational]) -> String {
    zip(names, x).map { "\($0) \($1)" }.joined(separator: ", ")
  }

  static func article(_ word: String) -> String { "aeiou".contains(word.prefix(1).lowercased()) ? "an " : "a " }

  /// The rest of `render` at a sequential state: what each lead tells the follower
  /// (when the leader has private information), each lead's worth to the leader's
  /// type-agents, and each follower type's answer to each lead with its replies'
  /// worths at the posterior the lead implies (`TypedSolution.replyPayoffs`).
  static func sequential(_ solution: TypedSolution, _ id: Int, leader: Int, worth: [[[Rational]]]) -> [String] {
    let s = solution.scenario
    let node = solution.nodes[id]
    let e = node.played!
    let f = 1 - leader
    let moves = stateOf(solution, id).moves.map { $0.map(\.name) }
    var lines = [String]()
    if !TypeBeliefs.isCertain(node.beliefs[leader]), moves[leader].count > 1 {
      lines += ["", "What each lead of \(s.players[leader]) tells \(s.players[f]) before it answers (Bayes' rule; off the path the belief is kept):"]
      for m in moves[leader].indices { lines.append("  " + tells(solution, id, player: leader, move: m)) }
    }
    lines += ["", "Why each side plays as it does (\(s.players[leader]) moves first; \(s.players[f]) sees the lead and answers it):"]
    for theta in allowed(solution, id, leader) {
      lines.append("  " + why(solution, id, worth: worth[leader][theta], player: leader, type: theta, moves: moves[leader]))
    }
    guard let replies = solution.replyPayoffs(at: id) else { return lines }
    for theta in allowed(solution, id, f) {
      for x in moves[leader].indices {
        let mix = e.intended(f, type: theta, lead: x)
        let best = mix.indices.filter { mix[$0] != .zero }
        let worths = moves[f].indices.map { "\(moves[f][$0]) \(replies[theta][x][$0])" }.joined(separator: ", ")
        lines.append("  \(who(solution, f, theta)) after \(moves[leader][x]): \(worths): answers \(mixture(mix, moves[f]))"
          + (best.count == 1 ? "." : " (indifferent)."))
      }
    }
    return lines
  }
}
