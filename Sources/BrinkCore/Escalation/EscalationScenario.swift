/// An escalation scenario: a finite stochastic game between two players
/// (Shapley, "Stochastic games", *PNAS* 39 (1953) 1095–1100), played over dated rounds.
///
/// # The types a scenario is made of
///
/// Everything is a `Sendable` value; everything that is a payoff, a probability or a
/// variable value is an exact `Rational`. Cross-references are **indices**: a state
/// refers to other states by their index in `states`, an effect to a variable by its
/// index in `variables`, a move by its index in the state's move list for that player.
/// (A reader such as the YAML loader resolves names to indices and reports unknown ones.)
///
/// - `EscalationScenario` (this type): `players` (two names, player 0 is the "row"
///   player), `states`, `initialState`, `variables`, `calendar`, `events`, `shocks`,
///   `discount` δ, `behaviours` (one `PlayerBehaviour` per player), and an optional
///   `history` (what really happened, for replays).
/// - `EscalationState`: `name`, `description`, `isTerminal`, `terminalPayoffs`
///   (received once on arrival), `moves[player]` (each a `Move`: `name`, `label`,
///   optional `posture` `.escalate`/`.hold` read by tit-for-tat-like models), `timing`
///   (`.simultaneous` or `.sequential(firstMover:)`), and `outcomes[i][j]`, the
///   `JointOutcome` when player 0 plays move `i` and player 1 plays move `j`.
///   A terminal state has no moves and no outcomes.
/// - `JointOutcome`: `payoffs` (two `PayoffExpression`s: constant + Σ coefficient ×
///   variable, evaluated on the variable values at the start of the round),
///   `transition` (a `Transition`: a probability distribution over next states), and
///   `effects` (`VariableEffect`s: set or add, applied after the move).
/// - `StateVariable`: `name`, `initial`, `unit`.
/// - `ScenarioCalendar`: `start` (`CalendarDate`), `roundLengthDays`, `rounds` (the
///   horizon). Round `t` covers the days `[start + t·len, start + (t+1)·len)`.
/// - `ScheduledEvent`: a `date` and an `EventEffect` (`moveTo` a state and/or variable
///   effects), applied at the start of the round containing the date, before moves.
///   `RandomShock`: a probability per round, a date window, optional `states` where it
///   can happen, and an `EventEffect`; checked after scheduled events.
/// - `PlayerBehaviour`: the `ChoiceModel` (`.equilibrium(selection:)`, `.logit(lambda:)`,
///   `.fixed`, `.titForTat`, `.grimTrigger`, `.generousTitForTat(forgiveness:)`,
///   `.script`), a `tremble` ε, and `perceivedPayoffs` (misperception overrides).
/// - `HistoricalRound`: the moves each side actually made in one round, with a source.
///
/// # From scenario to strategies, probabilities and simulation tables
///
/// - `EscalationSolver.solve(scenario, behaviours:)` (behaviours override the
///   scenario's at run time) → `SolvedScenario`. It unrolls the scenario into a
///   `LadderGraph`: per round, the reachable *nodes* (state, values of the variables
///   some payoff reads, and the players' memory when a tit-for-tat-like model is
///   used), with events and shocks folded into the transitions. Per round and node,
///   `SolvedScenario.nodes[t][n]` holds the `played` and `intended` strategies
///   (`StageStrategy`: simultaneous, or first mover + conditional responses),
///   continuation `values`, the folded `stageGame` (a `Bimatrix`), the equilibria
///   considered and which was `selected`, and a `ChoiceExplanation` per player.
///   Exact (`exactPlayed`, `exactValues`) unless a player uses the logit model.
///   Use `nodeIndices(round:state:)` to find a state's nodes in a round.
/// - `LadderMarkovChain(solved)`: the exact probability of each node and state at
///   the start of each round.
/// - `solved.likelihood(of: [ObservedRound])`: how likely the model finds an observed
///   path of moves (and states); `solved.observedHistory(states:)` builds that path
///   from the scenario's `history`.
/// - `solved.compiledScenario()` → `CompiledScenario` (`ladder`: the simulator's
///   `CompiledLadder`; `scenarioStates`: compiled state → scenario state;
///   `approximations`: empty when the simulation follows the solution exactly).
///   `solved.compile()` gives the ladder alone.
public struct EscalationScenario: Sendable, Hashable {
  public var title: String
  public var description: String
  /// Exactly two names; player 0 is the row player of every stage game.
  public var players: [String]
  public var states: [EscalationState]
  public var initialState: Int
  public var variables: [StateVariable]
  public var calendar: ScenarioCalendar
  public var events: [ScheduledEvent]
  /// The random shocks, held in the order of their names whatever order they were
  /// given in: the shock rule (`ScenarioRound`, step 2) does not depend on the order,
  /// and holding them in one canonical order makes the simulator's draws, and so
  /// its output, independent of the file's order too (issue 10, item 9).
  public var shocks: [RandomShock] {
    didSet { if !Self.inNameOrder(shocks) { shocks = Self.inNameOrder(sorting: shocks) } }
  }
  /// The discount factor δ applied per round, 0 < δ ≤ 1 in a scenario file; the
  /// engine also accepts δ = 0, the short-sighted baseline (`shortSightedPlay`).
  public var discount: Rational
  /// How each player chooses, indexed like `players`.
  public var behaviours: [PlayerBehaviour]
  /// What really happened, round by round (for `replay`); may be empty.
  public var history: [HistoricalRound]
  /// The deadlines that are decisions, as added by `addingDeadline(_:at:)`: their
  /// variables, states and events are already in the lists above (named with `@`);
  /// kept so that a writer can write each back as the one entry it was.
  public var deadlines: [DeadlineDecision] = []
  /// The menus of deals with content, as added by `addingDealMenu(_:)`: their
  /// bargaining states and rounds in force are already in `states`; kept so that
  /// `explain` can read the bargaining range and a writer can write each back.
  public var dealMenus: [DealMenu] = []
  /// Each player's private types (`PlayerType`; empty: no private information),
  /// indexed like `players`. Solved by `TypedSolver` (perfect Bayesian equilibrium).
  public var types: [[PlayerType]] = [[], []]

  public init(title: String = "", description: String = "", players: [String],
              states: [EscalationState], initialState: Int = 0,
              variables: [StateVariable] = [], calendar: ScenarioCalendar,
              events: [ScheduledEvent] = [], shocks: [RandomShock] = [],
              discount: Rational = .one, behaviours: [PlayerBehaviour]? = nil,
              history: [HistoricalRound] = []) {
    self.title = title
    self.description = description
    self.players = players
    self.states = states
    self.initialState = initialState
    self.variables = variables
    self.calendar = calendar
    self.events = events
    self.shocks = Self.inNameOrder(sorting: shocks)
    self.discount = discount
    self.behaviours = behaviours ?? Array(repeating: PlayerBehaviour(), count: players.count)
    self.history = history
  }

  /// `shocks` sorted by name (stable, so equal names keep their order).
  static func inNameOrder(sorting shocks: [RandomShock]) -> [RandomShock] {
    shocks.enumerated().sorted { ($0.element.name, $0.offset) < ($1.element.name, $1.offset) }.map(\.element)
  }

  static func inNameOrder(_ shocks: [RandomShock]) -> Bool {
    zip(shocks, shocks.dropFirst()).allSatisfy { $0.name <= $1.name }
  }

  /// The index of the state called `name`, if any.
  public func stateIndex(named name: String) -> Int? {
    states.firstIndex { $0.name == name }
  }

  /// The index of the variable called `name`, if any.
  public func variableIndex(named name: String) -> Int? {
    variables.firstIndex { $0.name == name }
  }

  /// The variables' values before the first round.
  public var initialValues: [Rational] { variables.map(\.initial) }
}
