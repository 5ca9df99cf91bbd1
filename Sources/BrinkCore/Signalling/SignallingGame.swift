/// A sender–receiver signalling game read off an extensive game: nature draws the
/// sender's type with a prior, the sender (knowing it) sends a message, the
/// receiver (seeing the message, not the type) replies, and the game ends (Spence
/// 1973; Cho and Kreps 1987; Gibbons, *Game Theory for Applied Economists*, 1992,
/// §4.2; Fudenberg and Tirole 1991, §8.2.1).
///
/// The tree must have exactly that shape, which is how Gambit draws such games:
/// 1. the root is a chance node, one action per type, each with positive probability;
/// 2. each child is a decision of one player (the sender) at an information set of
///    its own, every type offering the same messages in the same order;
/// 3. each message leads to a decision of the other player (the receiver), at one
///    information set per message holding exactly one node per type;
/// 4. each reply leads to a terminal node.
///
/// Payoffs may sit on any node of a path; a path's payoffs are their sum.
public struct SignallingGame: Sendable, Hashable {
  /// The player indices in the extensive game.
  public var sender: Int
  public var receiver: Int
  public var types: [String]
  public var prior: [Rational]
  public var messages: [String]
  /// The receiver's replies after each message.
  public var replies: [[String]]
  /// `senderPayoff[t][m][a]`: the sender's payoff when type `t` sends `m` and gets `a`.
  public var senderPayoff: [[[Rational]]]
  /// `receiverPayoff[t][m][a]`, likewise.
  public var receiverPayoff: [[[Rational]]]
  /// Where each part sits in the extensive game: the sender's set of each type, the
  /// receiver's set after each message, and the order of the types in each.
  public var senderSets: [Int]
  public var receiverSets: [Int]
  /// `receiverSetTypes[m][k]`: the type at the `k`-th node (in `infosetNodes()`
  /// order) of the receiver's set after message `m`.
  public var receiverSetTypes: [[Int]]

  /// The signalling game `game` is, or nil when its tree does not have the shape.
  public init?(_ game: ExtensiveGame) {
    guard game.players.count == 2, let root = game.nodes.first,
      case .chance(let typeNames, let prior) = root.kind, typeNames.count >= 2,
      prior.allSatisfy({ $0 > .zero })
    else { return nil }
    let setNodes = game.infosetNodes()
    func path(_ nodes: [Int]) -> [Rational] {
      nodes.reduce([Rational](repeating: .zero, count: 2)) { total, n in
        guard let u = game.nodes[n].payoffs else { return total }
        return [total[0] + u[0], total[1] + u[1]]
      }
    }
    var sender: Int? = nil, messages: [String]? = nil
    var senderSets = [Int](), receiverSets: [Int]? = nil
    var uS = [[[Rational]]](), uR = [[[Rational]]]()
    var receiver = -1
    for typeNode in root.children {
      guard case .decision(let s, let set) = game.nodes[typeNode].kind, sender == nil || sender == s,
        setNodes[s][set] == [typeNode], !senderSets.contains(set)
      else { return nil }
      sender = s
      receiver = 1 - s
      senderSets.append(set)
      let actions = game.infosets[s][set].actions
      guard messages == nil || messages == actions else { return nil }
      messages = actions
      var sets = [Int](), rowS = [[Rational]](), rowR = [[Rational]]()
      for messageNode in game.nodes[typeNode].children {
        guard case .decision(let r, let rset) = game.nodes[messageNode].kind, r == receiver else { return nil }
        sets.append(rset)
        var replyS = [Rational](), replyR = [Rational]()
        for end in game.nodes[messageNode].children {
          guard case .terminal = game.nodes[end].kind else { return nil }
          let u = path([0, typeNode, messageNode, end])
          replyS.append(u[s])
          replyR.append(u[receiver])
        }
        rowS.append(replyS)
        rowR.append(replyR)
      }
      guard receiverSets == nil || receiverSets == sets, Set(sets).count == sets.count else { return nil }
      receiverSets = sets
      uS.append(rowS)
      uR.append(rowR)
    }
    guard let sender, let messages, let receiverSets else { return nil }
    // Each receiver set holds exactly one node per type.
    var setTypes = [[Int]]()
    for (m, rset) in receiverSets.enumerated() {
      let members = setNodes[receiver][rset]
      let owners = members.map { node in root.children.firstIndex { game.nodes[$0].children[m] == node } }
      guard members.count == typeNames.count, owners.allSatisfy({ $0 != nil }),
        Set(owners.compactMap { $0 }).count == typeNames.count
      else { return nil }
      setTypes.append(owners.map { $0! })
    }
    self.sender = sender
    self.receiver = receiver
    self.types = typeNames
    self.prior = prior
    self.messages = messages
    self.replies = receiverSets.map { game.infosets[receiver][$0].actions }
    self.senderPayoff = uS
    self.receiverPayoff = uR
    self.senderSets = senderSets
    self.receiverSets = receiverSets
    self.receiverSetTypes = setTypes
  }
}
