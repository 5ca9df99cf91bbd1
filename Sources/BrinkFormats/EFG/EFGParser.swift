import BrinkCore

/// Builds an `ExtensiveGame` from the tokens of a Gambit `.efg` file (the lexer is
/// `NFGLexer`: both formats share Gambit's tokens).
///
/// The grammar is Gambit's "Extensive game (.efg) file format" (Gambit
/// documentation, *Game representation formats*):
/// 1. the prologue `EFG 2 R "title" { "P1" "P2" … }`, then an optional comment;
/// 2. the nodes in depth-first order, each followed by its subtrees, one per action:
///    - `c "name" SET ["set name"] [{ "action" p … }] OUTCOME` — a chance node;
///    - `p "name" PLAYER SET ["set name"] [{ "action" … }] OUTCOME` — a decision;
///    - `t "name" OUTCOME` — a terminal node;
///    where `OUTCOME` is `0` (none) or a number, with its name and payoffs
///    `["name" { u1 u2 … }]` (commas optional). An information set's actions, and an
///    outcome's payoffs, are written where it first appears and may be left out
///    after; if written again they must agree.
///
/// Checked: players and sets in range, chance probabilities non-negative and summing
/// to exactly 1, one payoff per player, no more than `maximumNodes` nodes. Perfect
/// recall is not checked (the strategic form does not need it).
struct EFGParser {
  static let maximumNodes = 1_000_000

  let tokens: [NFGToken]
  let file: String
  var position = 0

  private var players: [String] = []
  private var nodes: [ExtensiveGame.Node] = []
  private var infosets: [[ExtensiveGame.Infoset]] = []
  /// Per player (chance: index `players.count`): the file's set number → our index.
  private var setIndex: [[Int: Int]] = []
  private var chanceSets: [Int: (actions: [String], probabilities: [Rational])] = [:]
  private var outcomes: [Int: [Rational]] = [:]

  init(tokens: [NFGToken], file: String) {
    self.tokens = tokens
    self.file = file
  }

  mutating func parse() throws -> EFGFile {
    let title: String
    (title, players) = try GambitPrologue(tokens: tokens, file: file)
      .read(at: &position, header: "EFG", version: "2", fileKind: "an extensive game file")
    infosets = players.map { _ in [] }
    setIndex = Array(repeating: [:], count: players.count)
    var comment = ""
    if case .text(let s) = current.kind {
      comment = s
      position += 1
    }
    try tree()
    guard current.kind == .endOfFile else {
      throw error(at: current, "unexpected \(current.quoted) after the last node of the tree; expected the end of the file")
    }
    let game = ExtensiveGame(title: title, players: players, nodes: nodes, infosets: infosets)
    return EFGFile(game: game, comment: comment)
  }

  // MARK: - The tree

  /// Reads the nodes in depth-first order without recursion: `open` holds, for
  /// each node still waiting for subtrees, its index and how many it still needs.
  private mutating func tree() throws {
    var open: [(node: Int, remaining: Int)] = []
    repeat {
      if nodes.count >= Self.maximumNodes {
        throw error(at: current, "the tree is too large: more than \(Self.maximumNodes) nodes")
      }
      let index = nodes.count
      let (node, childCount) = try self.node()
      nodes.append(node)
      if let parent = open.last {
        nodes[parent.node].children.append(index)
        open[open.count - 1].remaining -= 1
        if open[open.count - 1].remaining == 0 { open.removeLast() }
      }
      if childCount > 0 { open.append((index, childCount)) }
      // Close every parent whose subtrees are complete.
      while let last = open.last, last.remaining == 0 { open.removeLast() }
    } while !open.isEmpty
  }

  /// One node and the number of subtrees that follow it.
  private mutating func node() throws -> (ExtensiveGame.Node, Int) {
    let start = current
    guard case .symbol(let type) = start.kind, ["c", "p", "t"].contains(type) else {
      let what = nodes.isEmpty ? "the root node" : "a node"
      throw error(at: start, "expected \(what): 'c' (chance), 'p' (player) or 't' (terminal), found \(start.quoted)")
    }
    position += 1
    guard case .text(let name) = current.kind else {
      throw error(at: current, "expected the node's name (a quoted string, may be \"\"), found \(current.quoted)")
    }
    position += 1
    switch type {
    case "t":
      return (ExtensiveGame.Node(name: name, kind: .terminal, payoffs: try outcome()), 0)
    case "c":
      let setToken = current
      let set = try whole("the chance node's information set number", atLeast: 1)
      skipSetName()
      var actions: [String]? = nil, probabilities: [Rational]? = nil
      if current.kind == .leftBrace { (actions, probabilities) = try chanceActions() }
      if let known = chanceSets[set] {
        if let actions, actions != known.actions || probabilities! != known.probabilities {
          throw error(at: setToken, "chance set \(set) is given other actions or probabilities than where it first appears")
        }
      } else {
        guard let actions, let probabilities else {
          throw error(at: current, "expected the actions of chance set \(set) ('{'), which appears here first")
        }
        chanceSets[set] = (actions, probabilities)
      }
      let known = chanceSets[set]!
      let node = ExtensiveGame.Node(name: name, kind: .chance(actions: known.actions, probabilities: known.probabilities),
                                    payoffs: try outcome())
      return (node, known.actions.count)
    default:
      let playerToken = current
      let player = try whole("the player number", atLeast: 1) - 1
      guard player < players.count else {
        throw error(at: playerToken, "player \(player + 1) does not exist (the game has \(players.count))")
      }
      let setToken = current
      let set = try whole("the information set number", atLeast: 1)
      var setName = ""
      if case .text(let s) = current.kind {
        setName = s
        position += 1
      }
      var actions: [String]? = nil
      if current.kind == .leftBrace { actions = try actionNames() }
      let index: Int
      if let known = setIndex[player][set] {
        if let actions, actions != infosets[player][known].actions {
          throw error(at: setToken, "information set \(set) of \(describe(player)) is given other actions than where it first appears")
        }
        index = known
      } else {
        guard let actions else {
          throw error(at: current, "expected the actions of information set \(set) of \(describe(player)) ('{'), which appears here first")
        }
        index = infosets[player].count
        setIndex[player][set] = index
        infosets[player].append(ExtensiveGame.Infoset(name: setName, actions: actions))
      }
      let node = ExtensiveGame.Node(name: name, kind: .decision(player: player, infoset: index), payoffs: try outcome())
      return (node, infosets[player][index].actions.count)
    }
  }

  /// Gambit allows a name after a chance node's set number; it names nothing brink keeps.
  private mutating func skipSetName() {
    if case .text = current.kind { position += 1 }
  }

  private mutating func chanceActions() throws -> ([String], [Rational]) {
    let open = current
    position += 1
    var actions = [String](), probabilities = [Rational]()
    while case .text(let action) = current.kind {
      position += 1
      if current.kind == .comma { position += 1 }
      guard case .number(let text, let value) = current.kind else {
        throw error(at: current, "expected the probability of chance action \"\(action)\", found \(current.quoted)")
      }
      guard let value, value.signum >= 0 else {
        throw error(at: current, "the probability of \"\(action)\" must be a number from 0 to 1, such as 1/3 or 0.25, found '\(text)'")
      }
      position += 1
      if current.kind == .comma { position += 1 }
      actions.append(action)
      probabilities.append(value)
    }
    try expect(.rightBrace, "a chance action (a quoted string) or '}'")
    if actions.isEmpty { throw error(at: open, "a chance node needs at least one action") }
    let sum = probabilities.reduce(Rational.zero, +)
    guard sum == Rational(1, 1) else {
      throw error(at: open, "the chance probabilities sum to \(sum), not 1")
    }
    return (actions, probabilities)
  }

  private mutating func actionNames() throws -> [String] {
    let open = current
    position += 1
    var actions = [String]()
    while case .text(let action) = current.kind {
      if actions.contains(action) { throw error(at: current, "duplicate action \(current.quoted)") }
      actions.append(action)
      position += 1
    }
    try expect(.rightBrace, "an action (a quoted string) or '}'")
    if actions.isEmpty { throw error(at: open, "an information set needs at least one action") }
    return actions
  }

  /// `0`, or an outcome number with its optional name and payoffs; the payoffs
  /// the node receives (nil: none).
  private mutating func outcome() throws -> [Rational]? {
    let token = current
    let number = try whole("the outcome number (0 for none)", atLeast: 0)
    if case .text = current.kind { position += 1 }
    var payoffs: [Rational]? = nil
    if current.kind == .leftBrace {
      position += 1
      var list = [Rational]()
      while case .number(let text, let value) = current.kind {
        guard let value else { throw error(at: current, "invalid payoff '\(text)'; expected a number such as 3, -0.25 or 1/3") }
        list.append(value)
        position += 1
        if current.kind == .comma { position += 1 }
      }
      try expect(.rightBrace, "a payoff (a number) or '}'")
      guard list.count == players.count else {
        throw error(at: token, "outcome \(number) has \(list.count) payoffs; the game has \(players.count) players")
      }
      payoffs = list
    }
    guard number != 0 else { return nil }
    if let known = outcomes[number] {
      if let payoffs, payoffs != known {
        throw error(at: token, "outcome \(number) is given other payoffs than where it first appears")
      }
      return known
    }
    guard let payoffs else {
      throw error(at: token, "outcome \(number) appears here first but has no payoffs ('{ u1 u2 }')")
    }
    outcomes[number] = payoffs
    return payoffs
  }

  // MARK: - Helpers

  var current: NFGToken { tokens[min(position, tokens.count - 1)] }

  private mutating func whole(_ what: String, atLeast low: Int) throws -> Int {
    guard case .number(let text, let value) = current.kind else {
      throw error(at: current, "expected \(what), found \(current.quoted)")
    }
    guard let value, value.isInteger, let n = Int(exactly: value.numerator), n >= low, n <= Self.maximumNodes else {
      throw error(at: current, "expected \(what), a whole number from \(low), found '\(text)'")
    }
    position += 1
    return n
  }

  private mutating func expect(_ kind: NFGToken.Kind, _ what: String) throws {
    guard current.kind == kind else { throw error(at: current, "expected \(what), found \(current.quoted)") }
    position += 1
  }

  private func describe(_ player: Int) -> String { "player \(player + 1) (\"\(players[player])\")" }

  /// A diagnostic under `token` (`GambitPrologue.error`).
  private func error(at token: NFGToken, _ message: String) -> Diagnostic {
    GambitPrologue(tokens: tokens, file: file).error(at: token, message)
  }

}
