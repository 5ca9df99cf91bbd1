import BrinkCore

/// The JSON form of `brink solve --json`: one object per file, keys in this order:
///
///     {"file": "...", "players": ["P1","P2"], "strategies": [["a","b"],["c","d"]],
///      "equilibria": [{"profile": [["1/3","2/3"],["1","0"]], "payoffs": ["5/3","2"]}],
///      "components": [[0,1],[2]], "nashSubsets": [[0,1],[2]]}
///
/// Probabilities and payoffs are exact rational strings (`"1/3"`, `"-2"`).
/// `components` (connected sets of equilibria) and `nashSubsets` (maximal Nash
/// subsets, each convex: Gambit enummixed's "cliques") list indices into `equilibria`. The other analyses add their own
/// keys after these: `security` and `value` (maximin), `dominance` (iterated
/// elimination). A file that failed is `{"file": "...", "error": "..."}`.
public enum SolveJSON {
  /// The optional parts of one file's result; each is written only when present.
  public struct Parts: Sendable {
    public var equilibria: [Equilibrium]?
    public var components: [[Int]]?
    /// Maximal Nash subsets (convex), as indices into `equilibria`.
    public var nashSubsets: [[Int]]?
    /// Each player's security strategy and value (two-player games).
    public var security: [SecurityStrategy]?
    /// The value of a zero-sum game.
    public var value: Rational?
    /// Iterated eliminations, labelled (`"strict"`, `"weak"`), in order.
    public var dominance: [(String, Dominance.Elimination)]

    public init(equilibria: [Equilibrium]? = nil, components: [[Int]]? = nil, nashSubsets: [[Int]]? = nil,
                security: [SecurityStrategy]? = nil, value: Rational? = nil,
                dominance: [(String, Dominance.Elimination)] = []) {
      self.equilibria = equilibria
      self.components = components
      self.nashSubsets = nashSubsets
      self.security = security
      self.value = value
      self.dominance = dominance
    }
  }

  public static func object(file: String, game: StrategicGame, _ parts: Parts) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("file", .string(file)),
      ("players", strings(game.players)),
      ("strategies", .array(game.strategies.map(strings))),
    ]
    if let equilibria = parts.equilibria {
      members.append(("equilibria", .array(equilibria.map(equilibrium))))
    }
    if let components = parts.components {
      members.append(("components", .array(components.map { .array($0.map(JSONValue.int)) })))
    }
    if let nashSubsets = parts.nashSubsets {
      members.append(("nashSubsets", .array(nashSubsets.map { .array($0.map(JSONValue.int)) })))
    }
    if let security = parts.security {
      members.append(("security", .array(security.map { s in
        .object([("strategy", exact(s.strategy)), ("value", .string(s.value.description))])
      })))
    }
    if let value = parts.value {
      members.append(("value", .string(value.description)))
    }
    if !parts.dominance.isEmpty {
      members.append(("dominance", .object(parts.dominance.map { ($0.0, elimination($0.1)) })))
    }
    return .object(members)
  }

  /// The entry for a file that could not be read or solved.
  public static func failure(file: String, message: String) -> JSONValue {
    .object([("file", .string(file)), ("error", .string(message))])
  }

  /// The whole output: the object itself for one file, an array for several.
  public static func document(_ results: [JSONValue]) -> String {
    // The newline written with the bytes, not appended to a text of megabytes
    // (a copy of all of `brink solve --json`'s 2.5 MB for the 2018–19 tariff rounds).
    var out = JSONBytes()
    (results.count == 1 ? results[0] : .array(results)).write(to: &out, indent: 0)
    out.append(UInt8(ascii: "\n"))
    return out.string
  }

  static func equilibrium(_ e: Equilibrium) -> JSONValue {
    .object([("profile", .array(e.profile.map(exact))), ("payoffs", exact(e.payoffs))])
  }

  static func elimination(_ e: Dominance.Elimination) -> JSONValue {
    .object([
      ("steps", .array(e.steps.map { step in
        .object([
          ("player", .int(step.player)),
          ("strategy", .int(step.strategy)),
          ("dominator", exact(step.dominator)),
          ("strength", .string(step.strength.rawValue)),
        ])
      })),
      ("remaining", .array(e.remaining.map { .array($0.map(JSONValue.int)) })),
    ])
  }

  static func exact(_ values: [Rational]) -> JSONValue { .array(values.map { .string($0.description) }) }
  static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}
