/// Solves an escalation scenario by backward induction over its horizon (Shapley
/// 1953 for stochastic games; the finite-horizon recursion is Bellman's, with a
/// stage-game equilibrium in place of a maximum, as in Filar and Vrieze,
/// *Competitive Markov Decision Processes*, 1997, §4.3).
///
/// Steps:
/// 1. Unroll the scenario into a `LadderGraph` (nodes = state, variable values,
///    memory, per round; events and shocks folded into the transitions).
/// 2. For each *view* of the payoffs needed (the true one, and each misperceiving
///    player's own), sweep backwards from the horizon: at round `T` a node is worth
///    its arrival payoff (terminal) or 0; at round `t`, fold the next round's values
///    into the stage game, `A[i][j] = u₀(i,j) + δ·Σ p(n′)·V₀(n′)` (and `B` for
///    player 1), let each player choose by its model (equilibrium with its selection
///    rule, logit, best response to a non-optimising opponent, subgame perfection
///    when sequential, or its fixed/script/tit-for-tat play), apply the trembles, and
///    set `V(n)` to the expected folded payoff.
/// 3. Each player plays what it chose in its own view; sweep once more with the
///    true payoffs and these strategies to get the true values and stage games.
///
/// Exact (`Rational`) unless some player uses the logit model (then `Double`).
/// - Complexity: O(nodes × joint moves × successors) plus one stage solve per node
///   and view.
public enum EscalationSolver {
  /// What a caller needs of the solution.
  public enum Needs: Sendable {
    /// Strategies, continuation values and stage games (`solve`, `explain`, `replay`).
    case everything
    /// The played strategies alone (the simulator's compile step). When both
    /// players' models ignore payoffs (`ChoiceModel.ignoresPayoffs`: fixed, script,
    /// history rules), the strategies follow from the rules alone, so the backward
    /// sweep in exact arithmetic — most of the cost of a fixed-strategy scenario's
    /// start-up (issue 11) — is skipped: values are then NaN, `exactValues` and the
    /// stage games `nil`, and `SolvedScenario.hasValues` is false. Otherwise the same
    /// as `.everything`.
    case strategies
  }

  /// - Parameters:
  ///   - behaviours: replaces the scenario's behaviours (run-time overrides).
  ///   - nodeLimit: the most nodes the unrolled ladder may have.
  ///   - needs: `.strategies` lets a fixed-strategy scenario skip the values.
  ///   - shouldContinue: polled once per round and through each stage's equilibrium search (minutes on a 15×15 stage); `false` throws `.cancelled`.
  ///   - graph: the unrolled ladder of an earlier solve of a scenario that differs
  ///     from this one only in what the graph does not read: its players' choice
  ///     models (not their perceived payoffs), and its discount when no state has a
  ///     terminal flow (`LadderGraph.readsDiscount`). A sweep over λ or δ then builds
  ///     it once instead of once a point (building graphs was a fifth of the REPL
  ///     fuzz target's time, most of it once per sweep point; issue 16). `nil` builds it.
  ///   - progress: `(nodes done, nodes in all)` after each round of each backward
  ///     sweep (one sweep per view of the payoffs, and one more for actual play when
  ///     someone misperceives), on the calling thread; what a caller shows when the
  ///     solve is interrupted ("after N of M nodes") is the last report.
  public static func solve(_ scenario: EscalationScenario, behaviours: [PlayerBehaviour]? = nil,
                           nodeLimit: Int = 200_000, needs: Needs = .everything, graph reused: LadderGraph? = nil,
                           shouldContinue: () -> Bool = { true },
                           progress: (Int, Int) -> Void = { _, _ in }) throws -> SolvedScenario {
    var scenario = scenario
    if let behaviours { scenario.behaviours = behaviours }
    // Types change what each side knows; this solve would drop them without a word.
    if scenario.hasTypes { throw EscalationError.invalidScenario([TypedSolveError.untypedCommand]) }
    let graph: LadderGraph
    if let reused {
      // The checks the graph makes of a scenario read the discount too (a stationary tail needs δ < 1).
      let problems = scenario.structuralProblems()
      guard problems.isEmpty else { throw EscalationError.invalidScenario(problems) }
      graph = reused
    } else {
      graph = try LadderGraph(scenario: scenario, nodeLimit: nodeLimit, shouldContinue: shouldContinue)
    }
    // A stationary tail sets the horizon's values (Horizon/StationaryTail.swift).
    let tail = scenario.calendar.tail == .stationary
      ? try TailGraph(scenario: scenario, graph: graph, shouldContinue: shouldContinue) : nil
    if case .strategies = needs, tail == nil, scenario.behaviours.allSatisfy(\.model.ignoresPayoffs) {
      return try Run<Rational>(scenario: scenario, graph: graph).rules(shouldContinue)
    }
    let logit = scenario.behaviours.contains { if case .logit = $0.model { return true } else { return false } }
    if logit {
      return try Run<Double>(scenario: scenario, graph: graph, tail: tail).solve(shouldContinue, progress: progress)
    }
    let run = Run<Rational>(scenario: scenario, graph: graph, tail: tail)
    // The common-denominator sweep starts from the horizon's arrival payoffs; a
    // stationary tail sets the horizon's values itself, so it takes the plain sweep.
    if tail == nil, let solved = try run.solveOnCommonDenominators(shouldContinue, progress: progress) { return solved }
    return try run.solve(shouldContinue, progress: progress)
  }
}

/// One solve in the number type `T` (internal for `EscalationSolver+CommonDenominator`
/// and `EscalationSolver+Tail`).
struct Run<T: StageChooser>: Sendable {
  let scenario: EscalationScenario
  let graph: LadderGraph
  /// The stationary tail's nodes, when the scenario has one.
  var tail: TailGraph?
  let delta: T
  let tremble: [T]

  init(scenario: EscalationScenario, graph: LadderGraph, tail: TailGraph? = nil) {
    self.scenario = scenario
    self.graph = graph
    self.tail = tail
    self.delta = T.from(scenario.discount)
    self.tremble = scenario.behaviours.map { T.from($0.tremble) }
  }

  struct StageInfo {
    var intended: StageStrategy<T>
    var explanations: [ChoiceExplanation?]
    var equilibria: [Equilibrium] = []
    var selected: [Int?] = [nil, nil]
  }

  struct StageKey: Hashable {
    var round: Int
    var state: Int
    var memory: Int
    var a: [[T]]
    var b: [[T]]
  }

  struct SweepResult {
    var values: [[[T]]]
    var games: [[([[T]], [[T]])?]]
    var infos: [[StageInfo?]]
    /// Builds a decision node's stage game `(round, node)` when read
    /// (`solveOnCommonDenominators`), where `games` has none: one closure for the
    /// whole ladder rather than one per node (issue 11).
    var deferredGame: (@Sendable (Int, Int) -> ([[T]], [[T]]))?
  }

  func solve(_ shouldContinue: () -> Bool, progress: (Int, Int) -> Void) throws -> SolvedScenario {
    // Step 2: the views.
    let misperceives = scenario.behaviours.map { !$0.perceivedPayoffs.isEmpty }
    var views = [Int: SweepResult]()  // -1: true view
    let viewed = [-1, 0, 1].filter { v in v == -1 ? misperceives.contains(false) : misperceives[v] }
    // Progress counts nodes over every sweep this solve makes.
    let nodeCount = graph.rounds.reduce(0) { $0 + $1.count }
    let total = nodeCount * (viewed.count + (misperceives.contains(true) ? 1 : 0))
    var done = 0
    func report(_ nodes: Int) { done += nodes; progress(done, total) }
    var tails = [Int: StationaryTail.Result<T>]()
    for v in viewed {
      let payoff = viewPayoffs(v)
      let tailResult = try tail.map { try solveTail($0, view: v, shouldContinue) }
      tails[v] = tailResult
      // Nodes that differ only in variables no payoff reads have the same stage
      // game: solve each distinct (round, state, memory, game) once.
      var memo = [StageKey: (StageStrategy<T>, StageInfo)]()
      views[v] = try sweep(payoff: payoff, horizon: tailResult.map(horizonValues), shouldContinue, report: report) { t, n, a, b in
        let node = graph.rounds[t][n].node
        let key = StageKey(round: t, state: node.state, memory: node.memory, a: a, b: b)
        if let hit = memo[key] { return (hit.0, hit.1) }
        let info = decide(round: t, node: n, a: a, b: b, shouldContinue: shouldContinue)
        // A choice cut short by a stop is not an answer: never kept.
        guard shouldContinue() else { throw EscalationError.cancelled }
        let result = (info.intended.trembled(tremble), info)
        memo[key] = result
        return result
      }
    }
    func view(of k: Int) -> SweepResult { views[misperceives[k] ? k : -1]! }
    // Step 3: actual play, evaluated on the true payoffs (already done when no
    // one misperceives: the true view's sweep is that evaluation).
    let tailReport = (tails[-1] ?? tails[0] ?? tails[1])?.report
    if !misperceives.contains(true) {
      return assemble(truth: views[-1]!, view: view, misperceives: misperceives, tail: tailReport)
    }
    let truthTail = tail.map { evaluateTail($0, tails, misperceives: misperceives) }
    let truth = try sweep(payoff: viewPayoffs(-1), horizon: truthTail, shouldContinue, report: report) { t, n, _, _ in
      let intended = combine(view(of: 0).infos[t][n]!.intended, view(of: 1).infos[t][n]!.intended)
      return (intended.trembled(tremble), nil)
    }
    return assemble(truth: truth, view: view, misperceives: misperceives, tail: tailReport)
  }

  /// `EscalationSolver.Needs.strategies` with two rule-following players: each
  /// node's played strategy from the rules alone (no fold, no values).
  func rules(_ shouldContinue: () -> Bool) throws -> SolvedScenario {
    var nodes = [[SolvedNode]]()
    for (t, round) in graph.rounds.enumerated() {
      guard shouldContinue() else { throw EscalationError.cancelled }
      nodes.append(round.map { node in
        var solved = SolvedNode(played: nil, intended: nil, exactPlayed: nil, values: [.nan, .nan],
                                exactValues: nil, stageGame: nil, perceivedGames: [nil, nil],
                                explanations: [], equilibria: [], selected: [nil, nil])
        guard !node.isTerminal, t < graph.horizon else { return solved }
        // The rules read no payoffs; the stage solvers still want the matrices' shape.
        let moves = scenario.states[node.node.state].moves
        let zero = [[T]](repeating: [T](repeating: .zero, count: moves[1].count), count: moves[0].count)
        let info = decide(round: t, key: node.node, a: zero, b: zero)
        let played = info.intended.trembled(tremble)
        solved.intended = info.intended.map(\.doubleValue)
        solved.played = played.map(\.doubleValue)
        solved.exactPlayed = played.map(\.rationalValue)
        solved.explanations = info.explanations.map { $0 ?? .fixed }
        return solved
      })
    }
    return SolvedScenario(scenario: scenario, graph: graph, isExact: true, nodes: nodes, hasValues: false)
  }

  /// The stage payoffs in view `v` (-1: true; k: player k's perception).
  func viewPayoffs(_ v: Int) -> (Int, Int, Int, Int) -> [T] {
    let at = nodePayoffs(v)
    return { t, n, i, j in at(graph.rounds[t][n], i, j) }
  }

  /// The stage payoffs at a node (of the ladder or the tail) in view `v`.
  func nodePayoffs(_ v: Int) -> (LadderGraph.Node, Int, Int) -> [T] {
    var overrides = [Int: [Int: [Int: [PayoffExpression]]]]()
    if v >= 0 {
      for o in scenario.behaviours[v].perceivedPayoffs {
        overrides[o.state, default: [:]][o.rowMove, default: [:]][o.columnMove] = o.payoffs
      }
    }
    return { node, i, j in
      if let e = overrides[node.node.state]?[i]?[j] { return e.map { T.from($0.evaluate(node.node.values)) } }
      return node.moves[i][j].payoffs.map(T.from)
    }
  }

  /// One backward sweep; `choose` gives the played strategy at a non-terminal node
  /// from the folded payoff matrices; `report` is told the nodes of each round done
  /// (the horizon's with the first round solved below it).
  /// `horizon`: the round-`T` nodes' values when a stationary tail sets them.
  func sweep(payoff: (Int, Int, Int, Int) -> [T], horizon: [[T]]? = nil, _ shouldContinue: () -> Bool, report: (Int) -> Void,
             choose: (Int, Int, [[T]], [[T]]) throws -> (StageStrategy<T>, StageInfo?)) throws -> SweepResult {
    let T0 = graph.horizon
    var values = graph.rounds.map { $0.map { _ in [T.zero, T.zero] } }
    var games = graph.rounds.map { $0.map { _ -> ([[T]], [[T]])? in nil } }
    var infos = graph.rounds.map { $0.map { _ -> StageInfo? in nil } }
    for n in graph.rounds[T0].indices { values[T0][n] = horizon?[n] ?? arrivalValues(round: T0, node: n) }
    for t in stride(from: T0 - 1, through: 0, by: -1) {
      guard shouldContinue() else { throw EscalationError.cancelled }
      for (n, node) in graph.rounds[t].enumerated() {
        if node.isTerminal {
          values[t][n] = arrivalValues(round: t, node: n)
          continue
        }
        let (a, b) = node.foldedGame(delta: delta, payoff: { payoff(t, n, $0, $1) }, next: { values[t + 1][$0] })
        let (played, info) = try choose(t, n, a, b)
        var v0 = T.zero, v1 = T.zero
        for i in a.indices {
          for j in a[i].indices {
            let p = played.probability(row: i, column: j)
            if p == .zero { continue }
            v0 = v0 + p * a[i][j]
            v1 = v1 + p * b[i][j]
          }
        }
        values[t][n] = [v0, v1]
        games[t][n] = (a, b)
        infos[t][n] = info
      }
      report(graph.rounds[t].count + (t == T0 - 1 ? graph.rounds[T0].count : 0))
    }
    return SweepResult(values: values, games: games, infos: infos)
  }

  /// The values of a node where no one moves: a terminal node's arrival payoffs, or
  /// any node's at the horizon (0 unless terminal).
  func arrivalValues(round t: Int, node n: Int) -> [T] { graph.rounds[t][n].arrivalPayoffs.map(T.from) }

  /// Each player's choice at one node, given the folded payoffs of the view.
  func decide(round t: Int, node n: Int, a: [[T]], b: [[T]], shouldContinue: () -> Bool = { true }) -> StageInfo {
    decide(round: t, key: graph.rounds[t][n].node, a: a, b: b, shouldContinue: shouldContinue)
  }

  func decide(round t: Int, key: LadderNode, a: [[T]], b: [[T]], shouldContinue: () -> Bool = { true }) -> StageInfo {
    let state = scenario.states[key.state]
    let models = scenario.behaviours.map(\.model)
    let fixed = (0..<2).map {
      NonStrategicChoice.mixture(models[$0], player: $0, node: key, round: t, state: state)
    }
    let given = fixed.map { $0?.mixture.map(T.from) }
    switch state.timing {
    case .simultaneous:
      let c = T.chooseSimultaneous(a: a, b: b, models: models, given: given, tremble: tremble,
                                   shouldContinue: shouldContinue)
      let explanations = (0..<2).map { c.explanations[$0] ?? fixed[$0]?.explanation }
      return StageInfo(intended: .simultaneous(c.mixtures[0], c.mixtures[1]), explanations: explanations,
                       equilibria: c.equilibria, selected: c.selected)
    case .sequential(let first):
      let (s, e) = SequentialStage.choose(leader: first, a: a, b: b, models: models, given: given, tremble: tremble)
      return StageInfo(intended: s, explanations: (0..<2).map { e[$0] ?? fixed[$0]?.explanation })
    }
  }

  /// Player 0's part from `s0`, player 1's from `s1`.
  func combine(_ s0: StageStrategy<T>, _ s1: StageStrategy<T>) -> StageStrategy<T> {
    let leaderPart = s0.leader == 0 ? s0 : s1
    let followerPart = s0.leader == 0 ? s1 : s0
    return StageStrategy(leader: s0.leader, isSequential: s0.isSequential,
                         leaderMixture: leaderPart.leaderMixture, followerMixtures: followerPart.followerMixtures)
  }

  func assemble(truth: SweepResult, view: (Int) -> SweepResult, misperceives: [Bool], tail: TailReport? = nil) -> SolvedScenario {
    let exact = T.self == Rational.self
    // Thousands of nodes play a few distinct strategies (one per rule, or per
    // distinct stage game): each is trembled and converted once (issue 11).
    typealias Forms = (intended: StageStrategy<Double>, played: StageStrategy<Double>, exact: StageStrategy<Rational>?)
    // The first few are searched in order with `==` before hashing: nodes that play
    // alike share their strategies' arrays, so comparing is a pointer check where
    // hashing walked every number.
    var seen = [StageStrategy<T>: Forms]()
    var recent = [(intended: StageStrategy<T>, forms: Forms)]()
    func forms(of intended: StageStrategy<T>) -> Forms {
      for entry in recent where entry.intended == intended { return entry.forms }
      if let hit = seen[intended] { return hit }
      let played = intended.trembled(tremble)
      let made: Forms = (intended.map(\.doubleValue), played.map(\.doubleValue), exact ? played.map(\.rationalValue) : nil)
      seen[intended] = made
      if recent.count < 16 { recent.append((intended, made)) }
      return made
    }
    // The same for the explanations: nodes that share their choices share one
    // array, so the renderers' caches compare them by pointer (issue 11).
    var recentExplanations = [(ChoiceExplanation, ChoiceExplanation, [ChoiceExplanation])]()
    func explanations(_ e0: ChoiceExplanation, _ e1: ChoiceExplanation) -> [ChoiceExplanation] {
      for entry in recentExplanations where entry.0 == e0 && entry.1 == e1 { return entry.2 }
      let made = [e0, e1]
      if recentExplanations.count < 16 { recentExplanations.append((e0, e1, made)) }
      return made
    }
    // Terminal nodes carried from round to round share one array of exact values
    // (the ladder's arrival payoffs, `CommonDenominatorSweep`): each array, known
    // by its storage (all alive in `truth` meanwhile), is converted once.
    var converted = [UnsafeRawPointer: [Double]]()
    func terminalDoubles(_ values: [T]) -> [Double] {
      guard let key = values.withUnsafeBufferPointer({ $0.baseAddress.map(UnsafeRawPointer.init) }) else { return [] }
      if let hit = converted[key] { return hit }
      let made = values.map(\.doubleValue)
      converted[key] = made
      return made
    }
    // Each node's deferred stage game reads the run through one shared reference:
    // a closure capturing the run itself copied the scenario's arrays into every
    // node's context (thousands of retains and an allocation per node, issue 11).
    let shared = RunReference(self)
    let views = (view(0), view(1))
    var nodes = [[SolvedNode]]()
    nodes.reserveCapacity(graph.rounds.count)
    for (t, round) in graph.rounds.enumerated() {
      var list = [SolvedNode]()
      list.reserveCapacity(round.count)
      for (n, node) in round.enumerated() {
        let values = truth.values[t][n]
        var solved = SolvedNode(played: nil, intended: nil, exactPlayed: nil,
                                values: node.isTerminal ? terminalDoubles(values) : values.map(\.doubleValue),
                                exactValues: exact ? Self.rationals(values) : nil, stageGame: nil,
                                perceivedGames: SolvedNode.noGames, explanations: [], equilibria: [],
                                selected: SolvedNode.noSelection)
        let deferred = truth.deferredGame != nil && truth.infos[t][n] != nil ? truth.deferredGame : nil
        if truth.games[t][n] != nil || deferred != nil {
          let i0 = views.0.infos[t][n]!, i1 = views.1.infos[t][n]!
          let f = forms(of: combine(i0.intended, i1.intended))
          solved.intended = f.intended
          solved.played = f.played
          solved.exactPlayed = f.exact
          if let (a, b) = truth.games[t][n] {
            solved.stageGame = bimatrix(t, node.node, a, b)
          } else if let deferred {
            let key = node.node
            solved.deferStageGame { let (a, b) = deferred(t, n); return shared.run.bimatrix(t, key, a, b) }
          }
          for k in 0..<2 where misperceives[k] {
            if let (pa, pb) = (k == 0 ? views.0 : views.1).games[t][n] {
              solved.perceivedGames[k] = bimatrix(t, node.node, pa, pb)
            }
          }
          solved.explanations = explanations(i0.explanations[0] ?? .fixed, i1.explanations[1] ?? .fixed)
          let source = i0.equilibria.isEmpty ? i1 : i0
          solved.equilibria = source.equilibria
          solved.selected = [i0.equilibria.isEmpty ? nil : i0.selected[0],
                             i1.equilibria.isEmpty ? nil : i1.selected[1]]
        }
        list.append(solved)
      }
      nodes.append(list)
    }
    var solved = SolvedScenario(scenario: scenario, graph: graph, isExact: exact, nodes: nodes)
    solved.tail = tail
    return solved
  }

  /// `xs` as exact numbers: the same array when `T` is `Rational` (no copy, no
  /// element retains: `assemble` does this for every node's values).
  static func rationals(_ xs: [T]) -> [Rational] {
    T.self == Rational.self ? unsafeBitCast(xs, to: [Rational].self) : xs.map(\.rationalValue)
  }

  func bimatrix(_ t: Int, _ node: LadderNode, _ a: [[T]], _ b: [[T]]) -> Bimatrix {
    let state = scenario.states[node.state]
    return Bimatrix(title: "\(state.name), round \(t)", players: (scenario.players[0], scenario.players[1]),
                    rowStrategies: state.moves[0].map(\.name), columnStrategies: state.moves[1].map(\.name),
                    a: a.map { $0.map(\.rationalValue) }, b: b.map { $0.map(\.rationalValue) })
  }
}

/// A run held by reference, for the closures that build deferred stage games.
final class RunReference<T: StageChooser>: Sendable {
  let run: Run<T>
  init(_ run: Run<T>) { self.run = run }
}
