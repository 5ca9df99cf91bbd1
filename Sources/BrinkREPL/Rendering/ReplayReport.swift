import BrinkCore
import BrinkFormats

/// A scripted replay, round by round: the state, what each side did, the stage
/// payoffs, what the solved model's strategies would have played, and how likely
/// the model found each round and the whole path. Built once; rendered by
/// `render()` (all of it, for `brink replay`) or `render(round:)` (one round, for
/// the REPL's step-by-step `replay`).
public struct ReplayReport: Sendable {
  public struct Round: Sendable {
    /// Counted from 0 (shown from 1).
    public var round: Int
    public var date: CalendarDate
    public var state: Int
    /// Whether the script states the state (else it is the model's reconstruction).
    public var stateIsScripted: Bool
    /// Each player's move name (`nil`: not reported).
    public var moves: [String?]
    /// Each player's stage payoff for the joint move, when both moves are known.
    public var payoffs: [Double]?
    /// Each player's move probabilities under the model (names and probabilities).
    public var model: [[(move: String, probability: Double)]]
    /// The probability the model gave this round's observation, given the earlier ones.
    public var likelihood: Double?
    public var note: String
    public var source: String
  }

  public var name: String
  public var title: String
  public var players: [String]
  public var rounds: [Round]
  public var probability: Double
  public var exactProbability: Rational?

  /// Replays `doc`'s script against `solved` (the same scenario, solved).
  ///
  /// Steps:
  /// 1. The observed path: one entry per round up to the last scripted one (rounds
  ///    the script skips are unknown), with the scripted state when given.
  /// 2. Its likelihood by the model's forward algorithm (`SolvedScenario.likelihood`).
  /// 3. For display, a deterministic reconstruction of the path: events of each
  ///    round, then the scripted joint move's effects; the next state is the
  ///    scripted one, or else the most likely successor. The model's strategy shown
  ///    is that of the solved node with the reconstructed state and variable values.
  public init(document doc: ScenarioDocument, solved: SolvedScenario) {
    let s = doc.scenario
    name = doc.name
    title = s.title
    players = s.players
    let byRound = Dictionary(s.history.enumerated().map { ($1.round, $0) }, uniquingKeysWith: { a, _ in a })
    let last = min((s.history.map(\.round).max() ?? -1), solved.horizon - 1)
    // 1–2.
    let observed = (0..<(last + 1)).map { t -> ObservedRound in
      guard let i = byRound[t] else { return ObservedRound(moves: [nil, nil]) }
      return ObservedRound(moves: s.history[i].moves, state: doc.historyStates.indices.contains(i) ? doc.historyStates[i] : nil)
    }
    let likelihood = solved.likelihood(of: observed)
    probability = likelihood.probability
    exactProbability = likelihood.exactProbability
    // 3.
    var state = s.initialState
    var values = s.initialValues
    var out: [Round] = []
    for t in 0..<(last + 1) {
      let entry = byRound[t].map { s.history[$0] }
      let scripted = byRound[t].flatMap { doc.historyStates.indices.contains($0) ? doc.historyStates[$0] : nil }
      if let scripted { state = scripted }
      for e in s.events where s.calendar.round(containing: e.date) == t && !s.states[state].isTerminal
        && (e.states.isEmpty || e.states.contains(state)) && scripted == nil {
        if let to = e.effect.moveTo { state = to }
        values = e.effect.effects.applied(to: values)
      }
      if s.states[state].isTerminal { break }
      let st = s.states[state]
      let moves = entry?.moves ?? [nil, nil]
      let node = ReplayReport.node(solved, round: t, state: state, values: values)
      let model: [[(move: String, probability: Double)]] = (0..<2).map { p in
        guard let strategy = node?.played else { return [] }
        return zip(st.moves[p].map(\.name), strategy.marginal(player: p)).map { ($0, $1) }
      }
      let i = moves[0].flatMap { st.moveIndex(player: 0, named: $0) }
      let j = moves[1].flatMap { st.moveIndex(player: 1, named: $0) }
      var payoffs: [Double]?
      if let i, let j {
        let outcome = st.outcomes[i][j]
        payoffs = outcome.payoffs.map { $0.evaluate(values).doubleValue }
        values = outcome.effects.applied(to: values)
      }
      out.append(Round(round: t, date: s.calendar.date(ofRound: t), state: state, stateIsScripted: scripted != nil,
                       moves: moves, payoffs: payoffs, model: model,
                       likelihood: t < likelihood.roundProbabilities.count ? likelihood.roundProbabilities[t] : nil,
                       note: entry?.note ?? "", source: entry?.source ?? ""))
      if let i, let j {
        let branches = st.outcomes[i][j].transition.outcomes
        if let best = branches.max(by: { $0.probability < $1.probability }) { state = best.state }
      }
    }
    rounds = out
    stateNames = s.states.map(\.name)
  }

  /// State names, for rendering.
  public var stateNames: [String]

  static func node(_ solved: SolvedScenario, round t: Int, state: Int, values: [Rational]) -> SolvedNode? {
    guard t < solved.nodes.count else { return nil }
    let candidates = solved.nodeIndices(round: t, state: state)
    let exact = candidates.first { solved.graph.rounds[t][$0].node.values == values }
    return (exact ?? candidates.first).map { solved.nodes[t][$0] }
  }
}
