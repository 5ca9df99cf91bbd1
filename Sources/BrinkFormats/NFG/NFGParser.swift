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

  private let tokens: [NFGToken]
  private let file: String
  private var position = 0
  private(set) var diagnostics: [Diagnostic] = []

  init(tokens: [NFGToken], file: String) {
    self.tokens = tokens
    self.file = file
  }

  /// Thrown when the structure is sound but `diagnostics` holds bad entries.
  struct EntryErrors: Error {}

  /// - Throws: a `Diagnostic` for the first structural error, or `EntryErrors`
  ///   when only entries were bad; either way `diagnostics` holds the rest.
  mutating func parse() throws -> NFGFile {
    let title = try prologue()
    let players = try playerList()
    let strategies = try strategyLists(players: players)
    var comment = ""
    if case .text(let s) = current.kind {
      comment = s
      position += 1
    }
    let payoffs: [[Rational]]
    switch current.kind {
    case .leftBrace: payoffs = try outcomeBody(players: players, strategies: strategies)
    case .number, .symbol: payoffs = try payoffBody(players: players, strategies: strategies)
    default:
      throw error(at: current, "expected the payoffs (numbers) or a list of outcomes ('{'), found \(current.quoted)")
    }
    if !diagnostics.isEmpty { throw EntryErrors() }
    return NFGFile(
      game: StrategicGame(title: title, players: players, strategies: strategies, payoffs: payoffs),
      comment: comment)
  }

  // MARK: - Prologue

  private mutating func prologue() throws -> String {
    guard case .symbol("NFG") = current.kind else {
      throw error(at: current, "expected 'NFG' (the header of a strategic game file), found \(current.quoted)")
    }
    position += 1
    guard case .number("1", _) = current.kind else {
      throw error(at: current, "expected the format version 1 after 'NFG', found \(current.quoted)")
    }
    position += 1
    guard case .symbol(let type) = current.kind, type == "R" || type == "D" else {
      throw error(at: current, "expected 'R' or 'D' after 'NFG 1', found \(current.quoted)")
    }
    position += 1
    guard case .text(let title) = current.kind else {
      throw error(at: current, "expected the game title (a quoted string), found \(current.quoted)")
    }
    position += 1
    return title
  }

  private mutating func playerList() throws -> [String] {
    try expect(.leftBrace, "'{' to open the list of players")
    var players = [String]()
    while case .text(let name) = current.kind {
      players.append(name)
      position += 1
    }
    guard current.kind == .rightBrace else {
      throw error(at: current, "expected a player name (a quoted string) or '}', found \(current.quoted)")
    }
    if players.isEmpty { throw error(at: current, "expected at least one player") }
    position += 1
    return players
  }

  // MARK: - Strategies

  private mutating func strategyLists(players: [String]) throws -> [[String]] {
    let open = current
    try expect(.leftBrace, "'{' to open the list of strategies")
    var strategies = [[String]]()
    if current.kind == .leftBrace {
      for player in players.indices {
        strategies.append(try labels(player: player, of: players))
      }
      try expect(.rightBrace, "'}' to close the list of strategies (one list per player, \(players.count) players)")
      try checkSize(strategies.map(\.count), at: open)
    } else {
      var counts = [Int]()
      for player in players.indices {
        counts.append(try strategyCount(player: player, of: players))
      }
      try expect(.rightBrace, "'}' to close the strategy counts (one per player, \(players.count) players)")
      try checkSize(counts, at: open)  // before making a label per strategy
      strategies = counts.map { count in (1...count).map { "\($0)" } }
    }
    return strategies
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

  // MARK: - Payoff version

  private mutating func payoffBody(players: [String], strategies: [[String]]) throws -> [[Rational]] {
    let profiles = strategies.reduce(1) { $0 * $1.count }
    let expected = profiles * players.count
    var values = [Rational]()
    var firstExtra: NFGToken?
    while let value = numberEntry(what: "a payoff") {
      if values.count == expected && firstExtra == nil { firstExtra = tokens[position - 1] }
      values.append(value)
      if current.kind == .comma { position += 1 }
    }
    if values.count != expected {
      let at = firstExtra ?? current
      throw error(at: at, "expected \(expected) payoffs (\(profiles) \(plural(profiles, "profile")) × \(players.count) \(plural(players.count, "player"))), found \(values.count)")
    }
    try expectEnd(after: "the last payoff")
    return (0..<profiles).map { p in Array(values[(p * players.count)..<((p + 1) * players.count)]) }
  }

  // MARK: - Outcome version

  private mutating func outcomeBody(players: [String], strategies: [[String]]) throws -> [[Rational]] {
    position += 1  // the '{' opening the outcome list
    var outcomes = [[Rational]]()
    while current.kind == .leftBrace {
      position += 1
      let number = outcomes.count + 1
      guard case .text(let name) = current.kind else {
        throw error(at: current, "expected the name of outcome \(number) (a quoted string), found \(current.quoted)")
      }
      position += 1
      var payoffs = [Rational]()
      var firstExtra: NFGToken?
      while let value = numberEntry(what: "a payoff") {
        if payoffs.count == players.count && firstExtra == nil { firstExtra = tokens[position - 1] }
        payoffs.append(value)
        if current.kind == .comma { position += 1 }
      }
      guard current.kind == .rightBrace else {
        throw error(at: current, "expected a payoff (a number) or '}' to close outcome \(number), found \(current.quoted)")
      }
      if payoffs.count != players.count {
        throw error(at: firstExtra ?? current, "expected \(players.count) \(plural(players.count, "payoff")) in outcome \(number) (\"\(name)\"), one per player, found \(payoffs.count)")
      }
      position += 1
      outcomes.append(payoffs)
    }
    try expect(.rightBrace, "'{' to start an outcome or '}' to close the list of outcomes")

    let profiles = strategies.reduce(1) { $0 * $1.count }
    let zero = [Rational](repeating: .zero, count: players.count)
    var payoffs = [[Rational]]()
    payoffs.reserveCapacity(profiles)
    var firstExtra: NFGToken?
    var count = 0
    while case .number(let text, let value) = current.kind {
      let token = current
      position += 1
      if count == profiles && firstExtra == nil { firstExtra = token }
      count += 1
      if current.kind == .comma { position += 1 }
      guard let value, value.isInteger, value.signum >= 0 else {
        if payoffs.count < profiles { payoffs.append(zero) }
        diagnostics.append(error(at: token, "expected an outcome index (a whole number from 0 to \(outcomes.count)), found '\(text)'"))
        continue
      }
      guard let index = Int(exactly: value.numerator), index <= outcomes.count else {
        if payoffs.count < profiles { payoffs.append(zero) }
        diagnostics.append(error(at: token, "outcome index \(text) is out of range: the file defines \(outcomes.count) \(plural(outcomes.count, "outcome")) (0 means no outcome)"))
        continue
      }
      if payoffs.count < profiles { payoffs.append(index == 0 ? zero : outcomes[index - 1]) }
    }
    if count != profiles {
      throw error(at: firstExtra ?? current, "expected \(profiles) outcome indices (one per profile), found \(count)")
    }
    try expectEnd(after: "the last outcome index")
    return payoffs
  }

  // MARK: - Helpers

  private var current: NFGToken { tokens[min(position, tokens.count - 1)] }

  /// Consumes a numeric entry and returns its value, or returns nil (consuming
  /// nothing) at anything that cannot be one. A bare word or an invalid number is
  /// taken as a mistyped entry: it is recorded in `diagnostics` and counted.
  private mutating func numberEntry(what: String) -> Rational? {
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

  private mutating func expect(_ kind: NFGToken.Kind, _ what: String) throws {
    guard current.kind == kind else { throw error(at: current, "expected \(what), found \(current.quoted)") }
    position += 1
  }

  private func expectEnd(after what: String) throws {
    guard current.kind == .endOfFile else {
      throw error(at: current, "unexpected \(current.quoted) after \(what); expected the end of the file")
    }
  }

  private func describe(_ player: Int, _ players: [String]) -> String {
    "player \(player + 1) (\"\(players[player])\")"
  }

  private func plural(_ n: Int, _ word: String) -> String { n == 1 ? word : word + "s" }

  private func location(_ token: NFGToken) -> SourceLocation {
    SourceLocation(file: file, line: token.line, column: token.column)
  }

  /// A diagnostic under `token`. The end of the file is shown just after the last
  /// token, on its line, rather than on a blank line below it.
  private func error(at token: NFGToken, _ message: String) -> Diagnostic {
    if token.kind == .endOfFile, tokens.count >= 2 {
      let last = tokens[tokens.count - 2]
      return Diagnostic(at: SourceLocation(file: file, line: last.line, column: last.column + last.length), message)
    }
    return Diagnostic(at: location(token), message, length: token.length)
  }
}
