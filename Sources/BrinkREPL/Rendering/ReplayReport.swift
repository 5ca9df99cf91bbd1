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
    /// The variables' values at the start of the round (after its events).
    public var values: [Rational]
    /// Each side's memory of the other's escalations at the start of the round
    /// (`LadderNode.memory`), for the history models.
    public var memory: Int
    /// Where the round leads in the reconstruction: the state and values at the
    /// start of the next round (after the moves' effects, the scripted or most likely
    /// transition, and the next round's events), and the memory then; `nil` when
    /// a move is unknown.
    public var after: (state: Int, values: [Rational], memory: Int)?
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
  /// Whether `shouldContinue` stopped the likelihood (`SolvedScenario.likelihood`):
  /// then `exactProbability` is `nil`, and `probability` NaN if even the
  /// floating-point pass was cut short.
  public var likelihoodInterrupted: Bool

  /// Replays `doc`'s script against `solved` (the same scenario, solved).
  ///
  /// Steps:
  /// 1. The observed path: one entry per round up to the last scripted one (rounds
  ///    the script skips are unknown), with the scripted state when given.
  /// 2. Its likelihood by the model's forward algorithm (`SolvedScenario.likelihood`).
  /// 3. For display, a deterministic reconstruction of the path: each round starts
  ///    with its events (by the engine's rule, `EscalationScenario.settle`; no
  ///    shock, as none is certain), in the scripted state when the script gives one;
  ///    then the scripted joint move's effects, and the most likely successor. The
  ///    model's strategy shown is that of the solved node with the reconstructed
  ///    state and variable values.
  ///
  /// `shouldContinue` (Ctrl-C, `--timeout`) reaches the likelihood, the long part on
  /// a script of thousands of rounds; when it stops, the report says so.
  public init(document doc: ScenarioDocument, solved: SolvedScenario, shouldContinue: () -> Bool = { true }) {
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
    let likelihood = solved.likelihood(of: observed, shouldContinue: shouldContinue)
    probability = likelihood.probability
    exactProbability = likelihood.exactProbability
    likelihoodInterrupted = likelihood.interrupted
    // 3.
    var state = s.initialState
    var values = s.initialValues
    var memory = 0
    var out: [Round] = []
    /// The start of round `t` in the reconstruction: the engine's settling with no
    /// shock firing (shocks are not certain), then the scripted state if given.
    func start(_ t: Int, from state: Int, _ values: [Rational], scripted: Int?) -> (Int, [Rational]) {
      let settled = s.settle(state: state, values: values, round: t, fires: { _, _ in false })
      return (scripted ?? settled.state, settled.values)
    }
    var settled = false  // whether (state, values) already include round t's events
    for t in 0..<(last + 1) {
      let entry = byRound[t].map { s.history[$0] }
      let scripted = byRound[t].flatMap { doc.historyStates.indices.contains($0) ? doc.historyStates[$0] : nil }
      if !settled { (state, values) = start(t, from: state, values, scripted: scripted) }
      if let scripted { state = scripted }
      if s.states[state].isTerminal { break }
      let st = s.states[state]
      let moves = entry?.moves ?? [nil, nil]
      let node = ReplayReport.node(solved, round: t, state: state, values: values, memory: memory)
      let model: [[(move: String, probability: Double)]] = (0..<2).map { p in
        guard let strategy = node?.played else { return [] }
        return zip(st.moves[p].map(\.name), strategy.marginal(player: p)).map { ($0, $1) }
      }
      let i = moves[0].flatMap { st.moveIndex(player: 0, named: $0) }
      let j = moves[1].flatMap { st.moveIndex(player: 1, named: $0) }
      var payoffs: [Double]?
      var after: (state: Int, values: [Rational], memory: Int)?
      if let i, let j {
        let outcome = st.outcomes[i][j]
        payoffs = outcome.payoffs.map { $0.evaluate(values).doubleValue }
        let branches = outcome.transition.outcomes
        let next = branches.max(by: { $0.probability < $1.probability })?.state ?? state
        let nextScripted = byRound[t + 1].flatMap { doc.historyStates.indices.contains($0) ? doc.historyStates[$0] : nil }
        let (nextState, nextValues) = start(t + 1, from: next, outcome.effects.applied(to: values), scripted: nextScripted)
        let escalated = (st.moves[0][i].posture == .escalate, st.moves[1][j].posture == .escalate)
        after = (nextState, nextValues, LadderNode.memory(after: memory, escalated: escalated))
      }
      out.append(Round(round: t, date: s.calendar.date(ofRound: t), state: state, values: values, memory: memory, after: after,
                       stateIsScripted: scripted != nil, moves: moves, payoffs: payoffs, model: model,
                       likelihood: t < likelihood.roundProbabilities.count ? likelihood.roundProbabilities[t] : nil,
                       note: entry?.note ?? "", source: entry?.source ?? ""))
      if let after { (state, values, memory) = after }
      settled = after != nil
    }
    rounds = out
    stateNames = s.states.map(\.name)
  }

  /// State names, for rendering.
  public var stateNames: [String]

  /// The solved node with this state, the same values of the tracked variables
  /// (the ladder keeps the others at their initial values) and, when a model reads
  /// history, the same memory; else the first node of that state in round `t`.
  static func node(_ solved: SolvedScenario, round t: Int, state: Int, values: [Rational], memory: Int) -> SolvedNode? {
    guard t < solved.nodes.count else { return nil }
    let tracked = solved.graph.trackedVariables
    let usesMemory = solved.scenario.behaviours.contains { $0.model.usesHistory }
    let candidates = solved.nodeIndices(round: t, state: state)
    let exact = candidates.first { n in
      let node = solved.graph.rounds[t][n].node
      return (!usesMemory || node.memory == memory)
        && node.values.indices.allSatisfy { !tracked[$0] || node.values[$0] == values[$0] }
    }
    return (exact ?? candidates.first).map { solved.nodes[t][$0] }
  }
}
