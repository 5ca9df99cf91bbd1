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
    /// Where the round leads in the reconstruction: the node (state, values,
    /// memory) at the start of the next round (after the moves' effects, the
    /// scripted or most likely transition, and the next round's events); `nil` when
    /// a move is unknown.
    public var after: LadderNode?
    /// Whether the script states the state (else it is the model's reconstruction).
    public var stateIsScripted: Bool
    /// Each player's move name (`nil`: not reported).
    public var moves: [String?]
    /// Each player's stage payoff for the joint move, when both moves are known.
    public var payoffs: [Double]?
    /// Each player's move probabilities under the model (names and probabilities);
    /// for the second mover of a sequential stage, after the first mover's played move.
    public var model: [[(move: String, probability: Double)]]
    /// The probability the model gave this round, given the earlier ones
    /// (`PathLikelihood.roundProbabilities`: what happened in it, any move where one
    /// is unknown, consistent with everything observed).
    public var likelihood: Double?
    /// `likelihood`, exactly, when the solve is exact.
    public var exactLikelihood: Rational?
    /// The round's surprise in bits and its split into decisions and chance
    /// (`PathScore.Round`); `nil` when not scored.
    public var surprise: PathScore.Round?
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
  /// The observed path the likelihood was computed on (the scenario's states), the
  /// one every baseline and `--against` scenario is scored on too.
  public var observed: [ObservedRound]
  /// The model's scores of the record (`nil` when interrupted before any).
  public var score: PathScore?
  /// The baselines' and other scenarios' scores of the same record, once
  /// `compare(with:shouldContinue:)` has computed them.
  public var comparisons: [RecordScoring.Entry] = []

  /// Replays `doc`'s script against `solved` (the same scenario, solved).
  ///
  /// Steps:
  /// 1. The observed path: one entry per round up to the last scripted one (rounds
  ///    the script skips are unknown), with the scripted state when given.
  /// 2. Its likelihood by the model's forward algorithm (`SolvedScenario.likelihood`).
  /// 3. For display, a deterministic reconstruction of the path, by the engine's
  ///    round (`ScenarioRound`, every variable and the memory tracked) followed with
  ///    fixed draws: no shock (none is certain) and the most likely branch of a
  ///    lottery. Each round starts settled (its events), in the scripted state when
  ///    the script gives one, else in the state where the likelihood's pruned
  ///    forward mass says the path most likely was (`PathLikelihood.likelyRounds`,
  ///    so never one the rules and the later observations rule out); then the
  ///    scripted joint move (`ScenarioRound.follow`). The model's move
  ///    probabilities shown are those of the same mass (the solved strategies
  ///    averaged over that state's nodes), so a round's probability never exceeds
  ///    its played moves'.
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
    let observed = Self.record(of: doc, horizon: solved.horizon)
    let likelihood = solved.likelihood(of: observed, shouldContinue: shouldContinue)
    self.observed = observed
    let score = likelihood.score
    self.score = score
    probability = likelihood.probability
    exactProbability = likelihood.exactProbability
    likelihoodInterrupted = likelihood.interrupted
    // 3.
    let rules = ScenarioRound(scenario: s, tracksMemory: true)
    let noShock: (Int, RandomShock) -> Bool = { _, _ in false }
    let mostLikely: ([Transition.Branch]) -> Int = { branches in
      branches.indices.max(by: { branches[$0].probability < branches[$1].probability }) ?? 0
    }
    func scriptedState(_ t: Int) -> Int? {
      byRound[t].flatMap { doc.historyStates.indices.contains($0) ? doc.historyStates[$0] : nil }
    }
    var node = rules.start
    var settled = false  // whether `node` is already settled for round t
    var out: [Round] = []
    for t in 0..<(last + 1) {
      let entry = byRound[t].map { s.history[$0] }
      let scripted = scriptedState(t)
      if !settled { node = rules.settle(node, round: t, fires: noShock).node }
      let likely = t < likelihood.likelyRounds.count ? likelihood.likelyRounds[t] : nil
      if let likely, scripted == nil || likely.state == scripted {
        // Where the likelihood's mass most likely is: its state, and the values and
        // memory of its likeliest node there (the variables the ladder tracks; the
        // others, which no rule reads, as followed), so a round never shows values
        // the shown state could not have.
        node.state = likely.state
        for v in node.values.indices where solved.graph.trackedVariables[v] { node.values[v] = likely.node.values[v] }
        node.memory = likely.node.memory
      } else if let scripted {
        node.state = scripted
      }
      if s.states[node.state].isTerminal { break }
      let st = s.states[node.state]
      let moves = entry?.moves ?? [nil, nil]
      let solvedNode = solved.nodeIndex(round: t, of: node).map { solved.nodes[t][$0] }
      let i = moves[0].flatMap { st.moveIndex(player: 0, named: $0) }
      let j = moves[1].flatMap { st.moveIndex(player: 1, named: $0) }
      let model: [[(move: String, probability: Double)]] = (0..<2).map { p in
        let names = st.moves[p].map(\.name)
        let strategy = solvedNode?.played
        // The second mover of a sequential stage: its answer to the first mover's
        // played move, when the script gives it.
        if let strategy, strategy.isSequential, p == strategy.follower, let led = strategy.leader == 0 ? i : j {
          return zip(names, strategy.followerMixture(afterLeaderMove: led)).map { ($0, $1) }
        }
        // Else the moves of the likelihood's mass (the same that weighs the round).
        if let likely, likely.state == node.state { return zip(names, likely.moves[p]).map { ($0, $1) } }
        guard let strategy else { return [] }
        return zip(names, strategy.marginal(player: p)).map { ($0, $1) }
      }
      var payoffs: [Double]?
      var after: LadderNode?
      if let i, let j {
        let followed = rules.follow(from: node, round: t, i, j, land: mostLikely, fires: noShock)
        payoffs = followed.payoffs.map(\.doubleValue)
        after = followed.next
        if let next = scriptedState(t + 1) { after?.state = next }
      }
      out.append(Round(round: t, date: s.calendar.date(ofRound: t), state: node.state, values: node.values,
                       memory: node.memory, after: after,
                       stateIsScripted: scripted != nil, moves: moves, payoffs: payoffs, model: model,
                       likelihood: t < likelihood.roundProbabilities.count ? likelihood.roundProbabilities[t] : nil,
                       exactLikelihood: likelihood.exactRoundProbabilities.flatMap { t < $0.count ? $0[t] : nil },
                       surprise: score.flatMap { t < $0.rounds.count ? $0.rounds[t] : nil },
                       note: entry?.note ?? "", source: entry?.source ?? ""))
      // After a round with an unknown move the path stays where it was, and the
      // next round settles from there.
      if let after { node = after }
      settled = after != nil
    }
    rounds = out
    stateNames = s.states.map(\.name)
  }

  /// Step 1: `doc`'s script as an observed path, one entry per round up to the last
  /// scripted one within `horizon` (rounds the script skips are unknown; the first
  /// entry of a round counts), with the scripted state when given. `brink fit`
  /// scores the same path.
  public static func record(of doc: ScenarioDocument, horizon: Int) -> [ObservedRound] {
    let s = doc.scenario
    let byRound = Dictionary(s.history.enumerated().map { ($1.round, $0) }, uniquingKeysWith: { a, _ in a })
    let last = min((s.history.map(\.round).max() ?? -1), horizon - 1)
    return (0..<(last + 1)).map { t -> ObservedRound in
      guard let i = byRound[t] else { return ObservedRound(moves: [nil, nil]) }
      return ObservedRound(moves: s.history[i].moves, state: doc.historyStates.indices.contains(i) ? doc.historyStates[i] : nil)
    }
  }

  /// State names, for rendering.
  public var stateNames: [String]
}
