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
  /// The discount factor per round; nil means the default, 1.
  var discount: Located<Rational>?
  var initial: Located<String>?
  var states: [StateSyntax] = []
  var events: [EventSyntax] = []
  var shocks: [ShockSyntax] = []
  var behaviour: [BehaviourSyntax?] = [nil, nil]
  var script: [ScriptRoundSyntax] = []
  /// `as_of:`: the day the forecast is made (`questions`).
  var asOf: Located<CalendarDate>?
  var questions: [QuestionSyntax] = []
  var priors: [PriorSyntax] = []
  /// `types:`: players' private types (issue 14).
  var types: [PlayerTypesSyntax] = []
  /// Where the top-level mapping starts, for whole-file messages.
  var location: SourceLocation
}

struct SourceSyntax {
  var id: Located<String>
  var outlet: String?
  var title: String?
  var date: Located<CalendarDate>?
  var url: String?
  var note: String?
}

struct PlayerSyntax {
  var id: Located<String>
  var name: String?
  var moves: [MoveSyntax] = []
  /// Per-round payoff weights on state variables: `us_tariff: -1/100`, added to
  /// this player's payoff in every cell of every stage game.
  var weights: [(Located<String>, Located<Rational>)] = []
}

struct MoveSyntax {
  var id: Located<String>
  var description: String?
  /// The escalate/hold reading used by tit-for-tat and grim trigger.
  var posture: Posture?
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
  var unit: String?
  var description: String?
  var source: String?
}

struct CalendarSyntax {
  var start: Located<CalendarDate>?
  /// Days per round.
  var step: Located<Int>?
  var rounds: Located<Int>?
  var end: Located<CalendarDate>?
  /// `tail: stationary` (`HorizonTail`).
  var tail: Located<HorizonTail>?
  var location: SourceLocation?
}

struct StateSyntax {
  var id: Located<String>
  var description: String?
  var terminal = false
  /// Terminal states: what each player gets on arrival.
  var value: [ExpressionSyntax]?
  /// Terminal states: what each player gets per round while the game rests there
  /// (the player's `weights` are added, as to every stage payoff).
  var flow: [ExpressionSyntax]?
  /// nil: simultaneous; else the index of the player who moves first.
  var firstMover: Located<Int>?
  /// Per player: the moves available here (empty for terminal states).
  var moves: [[Located<String>]] = [[], []]
  var movesLocation: SourceLocation?
  var payoffs: PayoffTableSyntax?
  var transitions: [TransitionSyntax] = []
  /// Joint-move effects: `tariff/any: {us_tariff: +100}`; every matching entry applies.
  var effects: [(key: JointKeySyntax, effects: [EffectSyntax])] = []
  var source: String?
  /// `available_when:` and `otherwise:`: open only while the condition holds.
  var availableWhen: WhenSyntax?
  var otherwise: Located<String>?
  /// `deal:`: a bargaining state offering a menu of packages (`DealMenu`).
  var deal: DealSyntax?
}

/// Rows keyed by the first player's moves; each row a list of `[first, second]` cells
/// in the order of the second player's moves.
struct PayoffTableSyntax {
  var rows: [(move: Located<String>, cells: [[ExpressionSyntax]], location: SourceLocation, cellLocations: [SourceLocation])]
  var location: SourceLocation
  /// Rows present in the file but unreadable (already reported): not "missing".
  var unreadableRows: [String] = []
}

/// `hold/enforce`, `any/enforce`: which joint moves an entry applies to.
struct JointKeySyntax {
  var text: Located<String>
  /// The first player's move, or nil for `any`.
  var first: Located<String>?
  var second: Located<String>?

  func matches(_ a: String, _ b: String) -> Bool {
    (first == nil || first!.value == a) && (second == nil || second!.value == b)
  }
}

/// A payoff: a number, or a linear expression in the state variables such as
/// `-2 - us_tariff/100` (constant plus coefficient × variable terms).
struct ExpressionSyntax {
  var constant: Rational
  var terms: [(variable: Located<String>, coefficient: Rational)]
  var location: SourceLocation
}

/// `hold/enforce: talks`, `*/enforce: {escalation: 3/4, standoff: 1/4}`,
/// `offer/offer: {when: "date < 2025-11-03", to: summit, else: talks}`.
struct TransitionSyntax {
  var key: JointKeySyntax
  /// The conditional parts, in order (`when`/`to`, then the `else` chain).
  var guards: [(when: WhenSyntax, next: NextSyntax)] = []
  /// The unconditional part; nil when the last `when` has no `else`: then the entry
  /// decides only while a condition holds, and later entries decide otherwise.
  var otherwise: NextSyntax?
  var location: SourceLocation

  /// Every list of outcomes the entry can give.
  var allNext: [NextSyntax] { guards.map(\.next) + (otherwise.map { [$0] } ?? []) }
}

/// A next state or a distribution over next states.
struct NextSyntax {
  /// For a probability written as an expression, `probability` is its constant.
  var outcomes: [(state: Located<String>, probability: Located<Rational>)]
  /// `expressions[k]`: outcome `k`'s probability as an expression of the variables
  /// (`1/100 + risk/20`), or nil for a number.
  var expressions: [ExpressionSyntax?] = []
  var location: SourceLocation
  /// False when some outcome could not be read (already reported): no sum check.
  var complete = true
}

struct EventSyntax {
  var name: Located<String>
  var date: Located<CalendarDate>?
  var description: String?
  var source: String?
  /// States in which it applies; empty means every non-terminal state.
  var within: [Located<String>] = []
  var goto: Located<String>?
  var effects: [EffectSyntax] = []
  var when: WhenSyntax?
  /// `decision:`: the deadline is a player's decision (`DeadlineDecision`).
  var decision: DecisionSyntax?
}

/// `decision: {player: US, options: {enforce: {...}, extend: {rounds: 2}, drop: }}`.
struct DecisionSyntax {
  var location: SourceLocation
  var player: Located<String>?
  var options: [DecisionOptionSyntax] = []
}

/// One option of a deadline's decision.
struct DecisionOptionSyntax {
  var id: Located<String>
  var description: String?
  var effects: [EffectSyntax] = []
  var goto: Located<String>?
  var rounds: Located<Int>?
}

/// `deal: {proposer: US, packages: {NAME: PACKAGE, ...}, no_deal: NEXT, payoff: [a, b]}`.
struct DealSyntax {
  var location: SourceLocation
  var proposer: Located<String>?
  var packages: [DealPackageSyntax] = []
  var packagesLocation: SourceLocation?
  /// Where a refusal leads; required.
  var noDeal: NextSyntax?
  /// The payoff per round of bargaining and of a deal in force, before weights.
  var payoff: [ExpressionSyntax]?
}

/// One package of a deal's menu.
struct DealPackageSyntax {
  var id: Located<String>
  var description: String?
  var effects: [EffectSyntax] = []
  var rounds: Located<Int>?
  var location: SourceLocation
}

struct ShockSyntax {
  var name: Located<String>
  var probability: Located<Rational>?
  var from: [Located<String>] = []
  var windowStart: Located<CalendarDate>?
  var windowEnd: Located<CalendarDate>?
  var goto: Located<String>?
  var effects: [EffectSyntax] = []
  var description: String?
  var source: String?
  var when: WhenSyntax?
}

struct BehaviourSyntax {
  var model: Located<String>
  var select: Located<String>?
  var lambda: Located<Rational>?
  var forgiveness: Located<Rational>?
  var tremble: Located<Rational>?
  /// `fixed`: per state, a distribution over that state's moves.
  var mix: [(state: Located<String>, moves: [(Located<String>, Located<Rational>)], location: SourceLocation)] = []
  /// Misperception: per state, the payoff table this player believes in.
  var perceives: [(state: Located<String>, table: PayoffTableSyntax)] = []
}

struct ScriptRoundSyntax {
  var round: Located<Int>?
  var date: Located<CalendarDate>?
  var state: Located<String>?
  /// Per player.
  var moves: [Located<String>?] = [nil, nil]
  var source: String?
  var note: String?
  var location: SourceLocation
}
