import BrinkCore
import BrinkFormats

/// `brink solve FILE.yaml` (and the REPL's `solve`) for a scenario with types: the
/// perfect Bayesian equilibrium (`TypedSolver`), node by node, with each type's
/// strategy, the public beliefs, the equilibria found and which was selected, and
/// the signalling in words (what each move reveals and what the other side then
/// does). The facts are Core's (`TypedSolution`); this only words them.
public enum TypedSolveReport {
  public static func render(_ doc: ScenarioDocument, solution: TypedSolution, file: String) -> String {
    let s = solution.scenario
    var lines = ["\(s.title.isEmpty ? doc.name : s.title) (\(file))"]
    lines.append("\(s.players[0]) vs \(s.players[1]); \(solution.graph.horizon) round\(solution.graph.horizon == 1 ? "" : "s") from \(s.calendar.start), discount \(s.discount)")
    lines.append("Types (nature draws them at the start; each side knows its own; the priors are the model's judgement):")
    for p in 0..<2 where s.types[p].count > 1 {
      lines.append("  \(s.players[p]): " + s.types[p].map { "\($0.name) \(NumberDisplay.prose($0.prior))" }.joined(separator: ", "))
    }
    lines.append("")
    lines.append("Perfect Bayesian equilibrium, by backward induction over (node, beliefs); off the path a belief is kept.")
    lines.append("  Expected values by type: " + valuesText(solution.rootValues, solution))
    let reach = solution.reachByType()
    let tree = solution.equilibriumNodes()
    for t in 0..<solution.graph.horizon {
      let ids = tree.filter { solution.nodes[$0].round == t && solution.nodes[$0].played != nil }
      guard !ids.isEmpty else { continue }
      lines.append("")
      lines.append("Round \(t + 1) (\(s.calendar.date(ofRound: t))):")
      for id in ids.sorted(by: { order(solution, $0, $1) }) {
        let onPath = reach[id].joined().contains { $0 != .zero }
        lines += node(solution, id, onPath: onPath).map { "  " + $0 }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func order(_ solution: TypedSolution, _ x: Int, _ y: Int) -> Bool {
    let a = solution.nodes[x], b = solution.nodes[y]
    if a.ladderNode != b.ladderNode { return a.ladderNode < b.ladderNode }
    return x < y
  }

  /// `Defender resolved 3/2, irresolute 0; Challenger 1/4` (by type where a side has types).
  static func valuesText(_ values: [[[Rational]]], _ solution: TypedSolution) -> String {
    let s = solution.scenario
    let prior = (0..<2).map { s.typeList(of: $0).map(\.prior) }
    return (0..<2).map { p -> String in
      let own = s.typeList(of: p)
      let other = prior[1 - p]
      let byType = own.indices.map { theta -> Rational in
        other.indices.reduce(Rational.zero) { acc, k in
          acc + other[k] * (p == 0 ? values[theta][k][0] : values[k][theta][1])
        }
      }
      if own.count == 1 { return "\(s.players[p]) \(NumberDisplay.prose(byType[0]))" }
      return "\(s.players[p]) " + zip(own, byType).map { "\($0.name) \(NumberDisplay.prose($1))" }.joined(separator: ", ")
    }.joined(separator: "; ")
  }

  static func mixture(_ m: [Rational], _ moves: [String]) -> String {
    moves.indices.filter { m[$0] != .zero }.map { m[$0] == .one ? moves[$0] : "\(moves[$0]) \(NumberDisplay.prose(m[$0]))" }
      .joined(separator: ", ")
  }

  static func beliefText(_ solution: TypedSolution, _ belief: [[Rational]]) -> String {
    let s = solution.scenario
    let parts = (0..<2).filter { s.types[$0].count > 1 }.map { p in
      "\(s.players[p]) " + zip(s.types[p], belief[p]).map { "\($0.name) \(NumberDisplay.prose($1))" }.joined(separator: ", ")
    }
    return parts.joined(separator: "; ")
  }

  /// One node: heading, each type's strategy, the equilibria, the signalling.
  static func node(_ solution: TypedSolution, _ id: Int, onPath: Bool) -> [String] {
    let s = solution.scenario
    let node = solution.nodes[id]
    let e = node.played!
    let state = s.states[solution.graph.rounds[node.round][node.ladderNode].node.state]
    let moves = state.moves.map { $0.map(\.name) }
    var lines = ["\(state.name), believing \(beliefText(solution, node.beliefs))\(onPath ? "" : " (off the path)"): \(e.shape.rawValue)"]
    for p in 0..<2 {
      let types = s.typeList(of: p)
      for (theta, type) in types.enumerated() where types.count == 1 || node.beliefs[p][theta] != .zero {
        let who = type.name.isEmpty ? s.players[p] : "\(s.players[p]) \(type.name)"
        if p == e.follower, let leader = e.leader, let replies = e.replies {
          // A sequential follower answers each lead it sees.
          let answers = moves[leader].indices.map { "after \(moves[leader][$0]) -> \(mixture(replies[theta][$0], moves[p]))" }
          lines.append("  \(who) answers " + answers.joined(separator: "; "))
        } else {
          lines.append("  \(who) plays \(mixture(e.strategies[p][theta], moves[p]))")
        }
      }
    }
    let shapes = node.equilibria.map(\.shape.rawValue)
    lines.append("  Equilibria: \(shapes.joined(separator: ", ")); \(node.reason)")
    lines.append("  Values by type: " + valuesText(weighted(node.values, node.beliefs, solution), solution))
    if let story = signalling(solution, id) { lines.append("  " + story) }
    return lines
  }

  /// Values per type profile, the form `valuesText` weights by the prior: here the
  /// node's beliefs are the weights, so the table is rescaled to them.
  static func weighted(_ v: [[[Rational]]], _ beliefs: [[Rational]], _ solution: TypedSolution) -> [[[Rational]]] {
    let prior = (0..<2).map { solution.scenario.typeList(of: $0).map(\.prior) }
    return v.indices.map { a in
      v[a].indices.map { c in
        [beliefs[1][c] / prior[1][c] * v[a][c][0], beliefs[0][a] / prior[0][a] * v[a][c][1]]
      }
    }
  }

  /// The signalling at a node in words: each informed side's moves, what each reveals,
  /// what the other side then does.
  static func signalling(_ solution: TypedSolution, _ id: Int) -> String? {
    let s = solution.scenario
    let node = solution.nodes[id]
    let e = node.played!
    let here = solution.graph.rounds[node.round][node.ladderNode]
    let state = s.states[here.node.state]
    var sentences = [String]()
    for p in 0..<2 where !TypeBeliefs.isCertain(node.beliefs[p]) && state.moves[p].count > 1 {
      let q = 1 - p
      let types = s.typeList(of: p)
      let allowed = types.indices.filter { node.beliefs[p][$0] != .zero }
      // A sequential follower's moves are read after each lead (prefixed "after LEAD, ").
      let leads: [Int?] = p == e.follower ? state.moves[e.leader!].indices.map { $0 } : [nil]
      for lead in leads {
      let prefix = lead.map { "after \(state.moves[e.leader!][$0].name), " } ?? ""
      func chance(_ theta: Int, _ m: Int) -> Rational { lead.map { e.intended(p, type: theta, lead: $0)[m] } ?? e.strategies[p][theta][m] }
      for (m, move) in state.moves[p].enumerated() {
        let senders = allowed.filter { chance($0, m) != .zero }
        guard !senders.isEmpty else {
          sentences.append(prefix + "no type of \(s.players[p]) would \(move.name) (off the path, a \(move.name) would leave the belief as it is)")
          continue
        }
        let post = lead.map { x in solution.posteriors(at: id, moves: p == 0 ? [m, x] : [x, m])[p] }
          ?? solution.posterior(at: id, player: p, move: m)
        var text: String
        let absent = allowed.filter { !senders.contains($0) }
        if !absent.isEmpty {
          text = article(types[absent[0]].name) + absent.map { types[$0].name }.joined(separator: " or ") + " \(s.players[p]) would not \(move.name)"
        } else if senders.allSatisfy({ chance($0, m) == .one }) {
          text = "every type of \(s.players[p]) plays \(move.name)"
        } else {
          text = senders.map { theta in
            chance(theta, m) == .one ? "\(article(types[theta].name))\(types[theta].name) \(s.players[p]) plays \(move.name)"
              : "\(article(types[theta].name))\(types[theta].name) \(s.players[p]) plays \(move.name) with probability \(NumberDisplay.prose(chance(theta, m)))"
          }.joined(separator: " and ")
        }
        text = prefix + text
        if let k = post.firstIndex(of: .one) {
          text += ", so \(move.name) reveals \(types[k].name); \(s.players[q]) then believes \(types[k].name) with probability 1"
        } else if post == node.beliefs[p] {
          text += ", so \(move.name) reveals nothing; \(s.players[q]) keeps its belief"
        } else {
          text += ", so after \(move.name) \(s.players[q]) believes " + zip(types, post).map { "\($0.name) with probability \(NumberDisplay.prose($1))" }.joined(separator: ", ")
        }
        if lead == nil, let reply = followUp(solution, id, player: p, move: m) { text += ", and " + reply }
        sentences.append(text)
      }
      }
      for bluff in solution.bluffs(at: id) where bluff.player == p {
        sentences.append("the \(types[bluff.type].name) type's \(state.moves[p][bluff.move].name) is a bluff")
      }
    }
    guard !sentences.isEmpty else { return nil }
    let joined = sentences.joined(separator: "; ")
    return joined.prefix(1).uppercased() + joined.dropFirst() + "."
  }

  static func article(_ word: String) -> String { "aeiou".contains(word.prefix(1).lowercased()) ? "an " : "a " }

  /// What the other side does in the next round after `p`'s move `m`, when the
  /// other side's reply this round is pure and leads to one node.
  static func followUp(_ solution: TypedSolution, _ id: Int, player p: Int, move m: Int) -> String? {
    let s = solution.scenario
    let e = solution.nodes[id].played!
    let q = 1 - p
    guard e.leader == nil, let r = e.strategies[q].first?.firstIndex(of: .one), e.strategies[q].allSatisfy({ $0[r] == .one }) else { return nil }
    let (i, j) = p == 0 ? (m, r) : (r, m)
    guard e.children[i][j].count == 1 else { return nil }
    let child = solution.nodes[e.children[i][j][0]]
    guard let ce = child.played else { return nil }
    let state = s.states[solution.graph.rounds[child.round][child.ladderNode].node.state]
    guard state.moves[q].count > 1, s.typeList(of: q).count == 1 else { return nil }
    return "\(s.players[q]) then plays \(mixture(ce.strategies[q][0], state.moves[q].map(\.name))) (in \(state.name))"
  }
}
