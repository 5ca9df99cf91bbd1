import BrinkCore

/// A scenario file as written, every name and number with its location. The parser
/// fills it from the YAML tree (checking types and keys); the validator then checks
/// cross-references, shapes and sums against it; only then is the model built.
/// Field meanings are documented in Docs/scenario-format.md.
struct ScenarioSyntax {
  var name: Located<String>?
  var title: String?
  var description: String?
  var sources: [SourceSyntax] = []
  var players: [PlayerSyntax] = []
  var variables: [VariableSyntax] = []
  var calendar = CalendarSyntax()
  /// Per player (same order as `players`); nil entries mean the default, 1.
  var discount: [Located<Rational>?] = [nil, nil]
  var initial: Located<String>?
  var states: [StateSyntax] = []
  var events: [EventSyntax] = []
  var shocks: [ShockSyntax] = []
  var behaviour: [BehaviourSyntax?] = [nil, nil]
  var script: [ScriptRoundSyntax] = []
  /// Where the top-level mapping starts, for whole-file messages.
  var location: SourceLocation
}

struct SourceSyntax {
  var id: Located<String>
  var outlet: String?
  var title: String?
  var date: Located<ScenarioDate>?
  var url: String?
  var note: String?
}

struct PlayerSyntax {
  var id: Located<String>
  var name: String?
  var moves: [MoveSyntax] = []
  /// Per-round payoff weights on state variables: `us_tariff: -1/100`.
  var weights: [(Located<String>, Located<Rational>)] = []
}

struct MoveSyntax {
  var id: Located<String>
  var description: String?
  /// The escalate/hold reading used by tit-for-tat and grim trigger.
  var escalates = false
  var effects: [EffectSyntax] = []
}

/// `us_tariff: +100` (add) or `us_tariff: =145` (set).
struct EffectSyntax {
  enum Operation: Equatable { case add, set }
  var variable: Located<String>
  var operation: Operation
  var amount: Located<Rational>
}

struct VariableSyntax {
  var id: Located<String>
  var initial: Located<Rational>?
  var min: Located<Rational>?
  var max: Located<Rational>?
  var unit: String?
  var description: String?
  var source: String?
}

struct CalendarSyntax {
  var start: Located<ScenarioDate>?
  /// Days per round.
  var step: Located<Int>?
  var rounds: Located<Int>?
  var end: Located<ScenarioDate>?
  var location: SourceLocation?
}

struct StateSyntax {
  var id: Located<String>
  var description: String?
  var terminal = false
  /// Terminal states: what each player gets on arrival.
  var value: [Located<Rational>]?
  /// nil: simultaneous; else the index of the player who moves first.
  var firstMover: Located<Int>?
  /// Per player: the moves available here (empty for terminal states).
  var moves: [[Located<String>]] = [[], []]
  var movesLocation: SourceLocation?
  var payoffs: PayoffTableSyntax?
  var transitions: [TransitionSyntax] = []
  var source: String?
}

/// Rows keyed by the first player's moves; each row a list of `[first, second]` cells
/// in the order of the second player's moves.
struct PayoffTableSyntax {
  var rows: [(move: Located<String>, cells: [[Located<Rational>]], location: SourceLocation, cellLocations: [SourceLocation])]
  var location: SourceLocation
}

/// `hold/enforce: talks`, `*/enforce: {escalation: 3/4, standoff: 1/4}`.
struct TransitionSyntax {
  var key: Located<String>
  /// The first player's move, or nil for `*`.
  var first: Located<String>?
  var second: Located<String>?
  var outcomes: [(state: Located<String>, probability: Located<Rational>)]
  var location: SourceLocation
}

struct EventSyntax {
  var name: Located<String>
  var date: Located<ScenarioDate>?
  var description: String?
  var source: String?
  /// States in which it applies; empty means every non-terminal state.
  var within: [Located<String>] = []
  var goto: Located<String>?
  var effects: [EffectSyntax] = []
}

struct ShockSyntax {
  var name: Located<String>
  var probability: Located<Rational>?
  var from: [Located<String>] = []
  var windowStart: Located<ScenarioDate>?
  var windowEnd: Located<ScenarioDate>?
  var goto: Located<String>?
  var effects: [EffectSyntax] = []
  var description: String?
  var source: String?
}

struct BehaviourSyntax {
  var model: Located<String>
  var select: Located<String>?
  var lambda: Located<Rational>?
  var generosity: Located<Rational>?
  var tremble: Located<Rational>?
  /// `fixed`: per state, a distribution over that state's moves.
  var mix: [(state: Located<String>, moves: [(Located<String>, Located<Rational>)], location: SourceLocation)] = []
  /// Misperception: per state, the payoff table this player believes in.
  var perceives: [(state: Located<String>, table: PayoffTableSyntax)] = []
}

struct ScriptRoundSyntax {
  var round: Located<Int>?
  var date: Located<ScenarioDate>?
  var state: Located<String>?
  /// Per player.
  var moves: [Located<String>?] = [nil, nil]
  var source: String?
  var note: String?
  var location: SourceLocation
}
