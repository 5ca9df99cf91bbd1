/// A deadline that is a decision (issue 13): on a known date one player decides
/// whether to enforce it, extend it by some rounds, or drop it, in the same round
/// and alongside both sides' ordinary moves, instead of an event applying its effect
/// by itself. The 1 November 2025 tariff deadline was the US President's to
/// enforce, push back or let go; Schelling (*Arms and Influence*, 1966, ch. 2) on
/// deadlines and commitment: a deadline commits only as far as the one who set it
/// prefers, when it comes, to keep it.
///
/// # What a round containing the deadline does
/// The deadline acts as an event does (`ScenarioRound`, step 1): in the round that
/// contains its date (the date is not split: the whole round is the deadline's, as
/// every dated event's), in file order with the other events, when the game is in
/// one of `states` and `condition` holds. Acting, it changes nothing yet: it hands
/// the round to the decision. In that round `player` chooses a pair (its ordinary
/// move, an option) — `hold+enforce` — while the other side chooses among its
/// ordinary moves as usual (simultaneously, or in the state's order). The pair's
/// payoffs are those of the ordinary move; its effects are the ordinary move's,
/// then the option's; an option with `moveTo` sends the game there instead of the
/// ordinary transition; an option with `extendRounds` N makes the deadline fall
/// again N rounds later (the same rule applying then). An option with neither
/// drops the deadline, its effects (if any) applied.
///
/// A deadline that falls while the game is in none of its states, or whose
/// condition fails, lapses (as an event that does not act); so does one whose round
/// a later event or shock moves the game out of the decision.
///
/// # How it is built
/// `EscalationScenario.addingDeadline(_:)` writes the decision in the scenario's
/// own terms, so every driver of the round (the ladder, the solver, the Markov
/// chain, the compile step, the sampler, hand play and replay) runs it unchanged:
/// 1. A variable `NAME@due`, the round (from 0) in which the deadline falls next:
///    initially its date's round; an extension adds N; enforcing or dropping sets −1.
/// 2. Per state `S` it applies in, a state `S@NAME`, the round of the decision: the
///    player's moves are its moves in `S` times the options, the other's those of
///    `S`; the outcomes are `S`'s with the option's effects and `moveTo` (a joint
///    move that stays in `S@NAME` goes back to `S`). Shocks and events that apply
///    in `S` apply in `S@NAME` too.
/// 3. Per round the deadline can fall in (its date's round plus every sum of
///    extensions, within the calendar) and per state `S`, an event moving `S` to
///    `S@NAME` when `NAME@due` is that round (and the deadline's condition holds).
public struct DeadlineDecision: Sendable, Hashable {
  public var name: String
  public var date: CalendarDate
  /// The player who decides (0 or 1).
  public var player: Int
  /// The states it applies in (indices); empty means every non-terminal state.
  public var states: [Int]
  public var condition: Condition?
  public var options: [Option]
  public var source: String

  /// One way of deciding.
  public struct Option: Sendable, Hashable {
    public var name: String
    public var label: String
    /// Applied after the ordinary move's effects.
    public var effects: [VariableEffect]
    /// Where the game goes instead of the ordinary transition.
    public var moveTo: Int?
    /// The deadline falls again this many rounds later.
    public var extendRounds: Int?

    public init(name: String, label: String = "", effects: [VariableEffect] = [], moveTo: Int? = nil,
                extendRounds: Int? = nil) {
      self.name = name
      self.label = label.isEmpty ? name : label
      self.effects = effects
      self.moveTo = moveTo
      self.extendRounds = extendRounds
    }
  }

  public init(name: String, date: CalendarDate, player: Int, states: [Int] = [], condition: Condition? = nil,
              options: [Option], source: String = "") {
    self.name = name
    self.date = date
    self.player = player
    self.states = states
    self.condition = condition
    self.options = options
    self.source = source
  }

  /// The name of the variable holding the round the deadline falls in next.
  public var dueVariableName: String { "\(name)@due" }

  /// The name of the round-of-decision state made from the state called `state`.
  public func decisionStateName(_ state: String) -> String { "\(state)@\(name)" }

  /// The rounds (from 0) the deadline can fall in within `calendar`: its date's
  /// round, and that plus every sum of extensions, below the horizon. Ascending.
  public func rounds(in calendar: ScenarioCalendar) -> [Int] {
    guard let first = calendar.round(containing: date), first >= 0, first < calendar.rounds else { return [] }
    let steps = Set(options.compactMap(\.extendRounds).filter { $0 > 0 })
    var seen: Set<Int> = [first], queue = [first]
    while let r = queue.popLast() {
      for n in steps where r + n < calendar.rounds && seen.insert(r + n).inserted { queue.append(r + n) }
    }
    return seen.sorted()
  }
}
