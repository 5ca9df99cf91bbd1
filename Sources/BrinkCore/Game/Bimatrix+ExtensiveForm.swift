/// A two-player game played once, simultaneously, as a tree: the row player moves,
/// then the column player in one information set that spans the row player's
/// moves (it does not see them). The strategic form of this tree is the game.
extension Bimatrix {
  public var extensiveForm: ExtensiveGame {
    var nodes = [ExtensiveGame.Node(name: title, kind: .decision(player: 0, infoset: 0))]
    for i in 0..<rows {
      let middle = nodes.count
      nodes[0].children.append(middle)
      nodes.append(ExtensiveGame.Node(kind: .decision(player: 1, infoset: 0)))
      for j in 0..<columns {
        nodes[middle].children.append(nodes.count)
        nodes.append(ExtensiveGame.Node(kind: .terminal, payoffs: [a[i][j], b[i][j]]))
      }
    }
    return ExtensiveGame(
      title: title, players: [rowPlayer, columnPlayer], nodes: nodes,
      infosets: [[ExtensiveGame.Infoset(name: rowPlayer, actions: rowStrategies)],
                 [ExtensiveGame.Infoset(name: columnPlayer, actions: columnStrategies)]])
  }
}
