import BrinkCore

/// Writes an `ExtensiveGame` as a Gambit `.efg` file (version 2), exactly: payoffs
/// and probabilities as integers or fractions, nodes in depth-first order.
///
///     EFG 2 R "title" { "P1" "P2" }
///     ""
///
///     p "node" 1 1 "set" { "a" "b" } 0
///     c "" 1 "" { "up" 1/2 "down" 1/2 } 1 "" { 3, -1 }
///     t "" 2 "" { 0, 0 }
///
/// Every node with payoffs gets an outcome of its own; every chance node a chance
/// set of its own; a player's information set `k` is numbered `k + 1` and its
/// actions are written at each of its nodes (the readers check they agree).
///
/// Gambit (16.7) refuses a file in which two nodes share a non-empty label, and a
/// scenario unrolled over its rounds reaches the same state by several paths
/// ("crisis, round 2" after each first move), so a repeated label is written with
/// its count: "crisis, round 2 (2)". Empty labels may repeat.
public enum EFGWriter {
  public static func write(_ game: ExtensiveGame, comment: String = "") -> String {
    let quote = NFGWriter.quote
    var out = "EFG 2 R \(quote(game.title)) { " + game.players.map(quote).joined(separator: " ") + " }\n"
    out += quote(comment) + "\n\n"
    var outcomes = 0, chanceSets = 0
    func outcome(_ payoffs: [Rational]?) -> String {
      guard let payoffs else { return "0" }
      outcomes += 1
      return "\(outcomes) \"\" { " + payoffs.map(\.description).joined(separator: ", ") + " }"
    }
    var used = Set<String>(), count = [String: Int]()
    func label(_ name: String) -> String {
      guard !name.isEmpty else { return quote(name) }
      var candidate = name
      while !used.insert(candidate).inserted {
        count[name, default: 1] += 1
        candidate = "\(name) (\(count[name]!))"
      }
      return quote(candidate)
    }
    // Depth-first, children in order: the reader rebuilds the same tree.
    var stack = [0]
    while let n = stack.popLast() {
      let node = game.nodes[n]
      switch node.kind {
      case .terminal:
        out += "t \(label(node.name)) \(outcome(node.payoffs))\n"
      case .chance(let actions, let probabilities):
        chanceSets += 1
        let list = zip(actions, probabilities).map { "\(quote($0)) \($1)" }.joined(separator: " ")
        out += "c \(label(node.name)) \(chanceSets) \"\" { \(list) } \(outcome(node.payoffs))\n"
      case .decision(let player, let set):
        let infoset = game.infosets[player][set]
        let list = infoset.actions.map(quote).joined(separator: " ")
        out += "p \(label(node.name)) \(player + 1) \(set + 1) \(quote(infoset.name)) { \(list) } \(outcome(node.payoffs))\n"
      }
      stack.append(contentsOf: node.children.reversed())
    }
    return out
  }
}
