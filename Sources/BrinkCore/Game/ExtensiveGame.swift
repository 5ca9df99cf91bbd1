/// A finite game in extensive form with perfect recall: a tree of chance nodes,
/// decision nodes grouped into information sets, and payoffs collected along the
/// way (Kuhn 1953; the representation of Gambit's `.efg` files, McKelvey, McLennan
/// and Turocy, *Gambit: Software Tools for Game Theory*).
///
/// Why brink has it: a scenario's hidden types and simultaneous moves are, over a
/// finite horizon, an extensive game with information sets (issue 14), and Gambit
/// is the reference that solves such games; reading its files lets brink's
/// solutions be checked against it, and lets a class bring its textbook trees.
///
/// Nodes are stored flat, in the file's (depth-first) order, each naming its
/// children by index, so the value is cheap to copy and to walk without recursion.
public struct ExtensiveGame: Sendable, Hashable {
  public var title: String
  public var players: [String]
  /// `nodes[0]` is the root.
  public var nodes: [Node]
  /// Per player, its information sets in the order they first appear.
  public var infosets: [[Infoset]]

  public struct Node: Sendable, Hashable {
    public var name: String
    public var kind: Kind
    /// Payoffs (one per player) received on reaching this node; added along the path.
    public var payoffs: [Rational]?
    /// One child per action (chance or decision); empty at a terminal node.
    public var children: [Int]

    public init(name: String = "", kind: Kind, payoffs: [Rational]? = nil, children: [Int] = []) {
      self.name = name
      self.kind = kind
      self.payoffs = payoffs
      self.children = children
    }
  }

  public enum Kind: Sendable, Hashable {
    case terminal
    /// Nature moves: `probabilities[k]` is the chance of child `k`'s action.
    case chance(actions: [String], probabilities: [Rational])
    /// Player `player` (0-based) moves at its information set `infoset` (an index
    /// into `infosets[player]`), not knowing which node of the set it is at.
    case decision(player: Int, infoset: Int)
  }

  public struct Infoset: Sendable, Hashable {
    public var name: String
    public var actions: [String]

    public init(name: String, actions: [String]) {
      self.name = name
      self.actions = actions
    }
  }

  public init(title: String, players: [String], nodes: [Node], infosets: [[Infoset]]) {
    self.title = title
    self.players = players
    self.nodes = nodes
    self.infosets = infosets
  }
}
