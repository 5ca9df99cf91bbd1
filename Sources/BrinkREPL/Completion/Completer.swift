/// Context-aware TAB completion, generated from the command table: command names
/// first, then whatever each command's `completion` says its next argument is.
/// Pure: the directory listing is passed in, so it is unit-tested without files.
public struct Completer: Sendable {
  /// What the session knows that completion can offer.
  public struct Context: Sendable {
    public var players: [String]
    /// moves[player]
    public var moves: [[String]]
    public var states: [String]
    public var scenarios: [String]
    public init(players: [String], moves: [[String]], states: [String], scenarios: [String]) {
      self.players = players
      self.moves = moves
      self.states = states
      self.scenarios = scenarios
    }
  }

  public var table: CommandTable
  public var context: Context
  /// The entries of a directory (directories with a trailing `/`), or nil.
  public var listDirectory: @Sendable (String) -> [String]?

  public init(table: CommandTable, context: Context, listDirectory: @escaping @Sendable (String) -> [String]?) {
    self.table = table
    self.context = context
    self.listDirectory = listDirectory
  }

  /// What may replace the word before the cursor in `before` (the line up to the
  /// cursor).
  public func complete(_ before: String) -> Completion {
    let (previous, partial) = CommandLineSplitter.completionWords(before: before)
    guard let first = previous.first else {
      return Completion(word: partial, candidates: matching(partial, table.specs.map(\.name)))
    }
    guard let spec = table.lookup(first) else { return Completion(word: partial, candidates: []) }
    let kind = spec.completion(Array(previous.dropFirst()))
    return Completion(word: partial, candidates: candidates(for: kind, partial: partial, previous: Array(previous.dropFirst())))
  }

  func candidates(for kind: ArgumentKind, partial: String, previous: [String]) -> [String] {
    switch kind {
    case .topic: return matching(partial, table.specs.map(\.name))
    case .file: return files(partial)
    case .scenarioOrFile: return matching(partial, context.scenarios) + files(partial)
    case .state: return matching(partial, context.states)
    case .move: return matching(partial, unique(context.moves.flatMap { $0 }))
    case .player: return matching(partial, context.players)
    case .keyword(let words): return matching(partial, words)
    case .none: return []
    case .playerMove:
      if let eq = partial.firstIndex(of: "=") {
        let name = partial[..<eq].lowercased()
        guard let p = context.players.firstIndex(where: { $0.lowercased() == name }) else { return [] }
        let prefix = String(partial[..<eq]) + "="
        return matching(String(partial[partial.index(after: eq)...]), context.moves[p]).map { prefix + $0 }
      }
      let given = Set(previous.compactMap { $0.split(separator: "=").first.map { $0.lowercased() } })
      return matching(partial, context.players.filter { !given.contains($0.lowercased()) }).map { $0 + "=" }
    }
  }

  /// The words starting with `prefix`, case-insensitively, in their given order.
  func matching(_ prefix: String, _ words: [String]) -> [String] {
    let p = prefix.lowercased()
    return unique(words.filter { $0.lowercased().hasPrefix(p) })
  }

  private func unique(_ words: [String]) -> [String] {
    var seen = Set<String>()
    return words.filter { seen.insert($0).inserted }
  }

  /// Paths completing `partial`: entries of its directory starting with its last
  /// component. Hidden entries only when asked for with a leading dot.
  func files(_ partial: String) -> [String] {
    let directory: String, stem: String
    if let slash = partial.lastIndex(of: "/") {
      directory = String(partial[...slash])
      stem = String(partial[partial.index(after: slash)...])
    } else {
      directory = ""
      stem = partial
    }
    guard let entries = listDirectory(directory.isEmpty ? "." : directory) else { return [] }
    return entries
      .filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }
      .sorted()
      .map { directory + $0 }
  }
}

extension Session {
  /// A completer for the session as it is now.
  public func completer(listDirectory: @escaping @Sendable (String) -> [String]? = DirectoryListing.entries) -> Completer {
    Completer(
      table: commands,
      context: .init(players: players, moves: [moves(of: 0), moves(of: 1)], states: stateNames,
                     scenarios: ScenarioLibrary.current().names),
      listDirectory: listDirectory)
  }
}
