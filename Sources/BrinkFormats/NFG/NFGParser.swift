import BrinkCore

/// Builds a `StrategicGame` from the tokens of a `.nfg` file.
///
/// The grammar is Gambit's "Strategic game (.nfg) file format", payoff and outcome
/// versions (Gambit documentation, *Game representation formats*):
///
/// 1. the prologue `NFG 1 R "title" { "P1" "P2" … }` (`D` is accepted for `R`);
/// 2. the strategies, either counts `{ 3 2 }` (labelled `1`, `2`, …) or labels
///    `{ { "a" "b" "c" } { "x" "y" } }`;
/// 3. an optional comment string;
/// 4. the body: either every player's payoff at every pure profile, the first
///    player's strategy varying fastest (payoff version), or a list of outcomes
///    `{ { "name" 1 2 } … }` followed by one outcome index per profile, where `0`
///    is the null outcome paying everyone 0 (outcome version).
///
/// Structural errors stop the parse; bad numbers are collected so that one run
/// reports all of them.
struct NFGParser {
  /// The most pure profiles a file may define, so that a typo such as
  /// `{ 100000 100000 }` is an error instead of an attempt to allocate 10¹⁰ cells.
  static let maximumProfiles = 10_000_000

  let tokens: [NFGToken]
  let file: String
  var position = 0
  var diagnostics: [Diagnostic] = []

  init(tokens: [NFGToken], file: String) {
    self.tokens = tokens
    self.file = file
  }

  /// Thrown when the structure is sound but `diagnostics` holds bad entries.
  struct EntryErrors: Error {}

  /// - Throws: a `Diagnostic` for the first structural error, or `EntryErrors`
  ///   when only entries were bad; either way `diagnostics` holds the rest.
  mutating func parse() throws -> NFGFile {
    let (title, players) = try GambitPrologue(tokens: tokens, file: file)
      .read(at: &position, header: "NFG", version: "1", fileKind: "a strategic game file")
    let (labels, counts) = try strategyLists(players: players)
    var comment = ""
    if case .text(let s) = current.kind {
      comment = s
      position += 1
    }
    let payoffs: [[Rational]]
    switch current.kind {
    case .leftBrace: payoffs = try outcomeBody(players: players, counts: counts)
    case .number, .symbol: payoffs = try payoffBody(players: players, counts: counts)
    default:
      throw error(at: current, "expected the payoffs (numbers) or a list of outcomes ('{'), found \(current.quoted)")
    }
    if !diagnostics.isEmpty { throw EntryErrors() }
    // Counted strategies are labelled only now, once the payoffs proved the size real.
    let strategies = labels ?? counts.map { count in (1...count).map { "\($0)" } }
    return NFGFile(
      game: StrategicGame(title: title, players: players, strategies: strategies, payoffs: payoffs),
      comment: comment)
  }

  // MARK: - Strategies

  /// The strategy labels (nil when the file gives counts) and the counts.
  private mutating func strategyLists(players: [String]) throws -> (labels: [[String]]?, counts: [Int]) {
    let open = current
    try expect(.leftBrace, "'{' to open the list of strategies")
    var strategies = [[String]]()
    if current.kind == .leftBrace {
      for player in players.indices {
        strategies.append(try labels(player: player, of: players))
      }
      try expect(.rightBrace, "'}' to close the list of strategies (one list per player, \(players.count) players)")
      try checkSize(strategies.map(\.count), at: open)
      return (strategies, strategies.map(\.count))
    } else {
      var counts = [Int]()
      for player in players.indices {
        counts.append(try strategyCount(player: player, of: players))
      }
      try expect(.rightBrace, "'}' to close the strategy counts (one per player, \(players.count) players)")
      try checkSize(counts, at: open)
      return (nil, counts)
    }
  }

  private func checkSize(_ counts: [Int], at open: NFGToken) throws {
    var profiles = 1
    for count in counts {
      let (product, overflow) = profiles.multipliedReportingOverflow(by: count)
      guard !overflow, product <= Self.maximumProfiles else {
        throw error(at: open, "the game is too large: more than \(Self.maximumProfiles) pure profiles")
      }
      profiles = product
    }
  }

  private mutating func labels(player: Int, of players: [String]) throws -> [String] {
    let open = current
    try expect(.leftBrace, "'{' to open the strategies of \(describe(player, players))")
    var labels = [String]()
    while case .text(let label) = current.kind {
      if let earlier = labels.firstIndex(of: label) {
        throw error(at: current, "duplicate strategy label \(current.quoted) of \(describe(player, players)) (strategy \(earlier + 1) has it already)")
      }
      labels.append(label)
      position += 1
    }
    guard current.kind == .rightBrace else {
      throw error(at: current, "expected a strategy label (a quoted string) or '}', found \(current.quoted)")
    }
    if labels.isEmpty {
      throw Diagnostic(at: location(open), "\(describe(player, players)) has no strategies",
                       length: current.column - open.column + 1)
    }
    position += 1
    return labels
  }

  private mutating func strategyCount(player: Int, of players: [String]) throws -> Int {
    guard case .number(let text, let value) = current.kind else {
      throw error(at: current, "expected the number of strategies of \(describe(player, players)), found \(current.quoted)")
    }
    guard let value, value.isInteger, value.signum > 0, let count = Int(exactly: value.numerator),
      count <= Self.maximumProfiles
    else {
      throw error(at: current, "the number of strategies of \(describe(player, players)) must be a positive whole number, found '\(text)'")
    }
    position += 1
    return count
  }

  // MARK: - Helpers

  var current: NFGToken { tokens[min(position, tokens.count - 1)] }

  /// Consumes a numeric entry and returns its value, or returns nil (consuming
  /// nothing) at anything that cannot be one. A bare word or an invalid number is
  /// taken as a mistyped entry: it is recorded in `diagnostics` and counted.
  mutating func numberEntry(what: String) -> Rational? {
    switch current.kind {
    case .number(let text, let value):
      let token = current
      position += 1
      if let value { return value }
      diagnostics.append(error(at: token, "invalid number '\(text)'; expected \(what) such as 3, -0.25, 1/3 or 2e-3"))
      return .zero
    case .symbol(let text):
      let token = current
      position += 1
      diagnostics.append(error(at: token, "expected \(what) (a number), found '\(text)'"))
      return .zero
    default:
      return nil
    }
  }

  mutating func expect(_ kind: NFGToken.Kind, _ what: String) throws {
    guard current.kind == kind else { throw error(at: current, "expected \(what), found \(current.quoted)") }
    position += 1
  }

  func expectEnd(after what: String) throws {
    guard current.kind == .endOfFile else {
      throw error(at: current, "unexpected \(current.quoted) after \(what); expected the end of the file")
    }
  }

  func describe(_ player: Int, _ players: [String]) -> String {
    "player \(player + 1) (\"\(players[player])\")"
  }

  func plural(_ n: Int, _ word: String) -> String { n == 1 ? word : word + "s" }

  func location(_ token: NFGToken) -> SourceLocation {
    SourceLocation(file: file, line: token.line, column: token.column)
  }

  /// A diagnostic under `token` (`GambitPrologue.error`).
  func error(at token: NFGToken, _ message: String) -> Diagnostic {
    GambitPrologue(tokens: tokens, file: file).error(at: token, message)
  }

}
