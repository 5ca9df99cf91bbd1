/// Perfect Bayesian equilibrium of a scenario with types, by backward induction over
/// (node, beliefs) for the finite horizon, exact (issue 14).
///
/// The state of the recursion is a ladder node of round `t` together with the public
/// beliefs about each player's type (`TypeBeliefs`). At such a node the round is a
/// *Bayesian stage game* among type-agents (Harsanyi 1967–68; Selten's agent form):
/// type θ of player p chooses a mixture over p's moves; after the joint move each
/// belief is updated by Bayes' rule on the mover's type strategy (kept off the
/// path); the continuation is the solution at (next node, posterior beliefs), whose
/// values are held per type profile, so a type-agent's payoff is linear in the
/// other side's type strategy (Fudenberg and Tirole 1991, §8.2; Kreps and Wilson
/// 1982 for sequential rationality at every node).
///
/// Steps at one node (`solve(round:node:beliefs:)`, memoised):
/// 1. Terminal node or horizon: the arrival payoffs, for every type profile.
/// 2. Every belief certain: the types are known, the stage is the untyped ladder's
///    (its folded bimatrix solved by the same chooser and selection rule, mixed
///    equilibria included); a type the belief rules out best-responds.
/// 3. Otherwise, `TypedStageSearch`: every pure type-strategy profile whose every
///    type-agent best-responds (pooling and separating), then the semi-separating
///    equilibria that are computable exactly (two types, two moves; the round after
///    is a reply); when neither finds one, mixed type strategies with both sides
///    typed (the plan bimatrix with the continuation held fixed, iterated;
///    TypedStageSearch+AgentForm.swift), and when that finds none either, a
///    contested bluff (a sender type mixing, the other side mixing next round at
///    the posterior that makes; TypedStageSearch+ContestedBluff.swift), and last a
///    mutual bluff (a type on each side mixing, each side answering next round at
///    the posterior the other's mixing makes; TypedStageSearch+MutualBluff.swift). In a sequential state, after a lead with
///    no pure answer, the mixed answers of one of two follower types
///    (`TypedStageSearch.mixedAnswers`), and, when nothing else is found, the mixed
///    leads of one of two leader types (`TypedStageSearch.mixedLeads`).
/// 4. Each player picks one by its selection rule (`TypedSelection`); what is played
///    is each player's part of its pick. No equilibrium: the solve stops with
///    `TypedSolveError.noEquilibrium`, naming the node: never a silent fallback.
///
/// **Trembles** (Selten 1975's trembling hand, as in a scenario without types): each
/// type-agent *intends* a mixture and *plays* it trembled, `(1 − ε)·x + ε/n` with its
/// player's ε. An intended move must be a best reply to the others' trembled play;
/// beliefs are updated by Bayes' rule on the trembled play, so with ε > 0 every move
/// has positive probability and no belief is ever off the path; values are those of
/// the trembled play. `TypedStageEquilibrium.strategies` are the intentions,
/// `playedStrategies` the trembled play that paths, simulation and replay follow.
///
/// **Sequential states** (`timing: sequential`, and the bargaining state of a
/// `deal:`, whose proposer offers and whose responder accepts or refuses): the
/// leader's type-agents choose; the follower sees the lead, updates its belief about
/// the leader by Bayes' rule within the round (kept off the path, as in
/// simultaneous states), and its type-agents best-respond after every lead:
/// backward induction within the round (Fudenberg and Tirole 1991, ch. 8;
/// `TypedStageSearch.sequential`). The leader's selection rule picks among several.
///
/// Only the `equilibrium` model is solved this way (`TypedSolveError.unsupported`
/// otherwise).
/// - Complexity: per distinct (node, beliefs), Π_p |moves_p|^|types_p| profiles.
public struct TypedSolver {
  let scenario: EscalationScenario
  let graph: LadderGraph
  let payoffs: TypedPayoffs
  let delta: Rational
  let rules: [EquilibriumSelection]
  let typeCounts: [Int]
  /// Each player's tremble ε (`PlayerBehaviour.tremble`), the same for all its types.
  let trembles: [Rational]
  var nodes: [TypedNode] = []
  var memo: [Key: Int] = [:]
  /// Each joint move's payoffs, continuation included, by its children (TypedSolver+Continuation.swift).
  var continuations: [ContinuationKey: [Rational]] = [:]
  /// The stages being solved, innermost last, with their memos (TypedSolver+StageFrame.swift).
  var frames: [StageFrame] = []
  /// Plan bimatrices left to the mixed search of the whole solve (`TypedStageSearch.agentForm`).
  var agentFormBudget = TypedStageSearch.solveBudget
  let shouldContinue: () -> Bool

  struct Key: Hashable {
    var round: Int
    var node: Int
    var beliefs: [[Rational]]

    /// Hashes the round, the node and the beliefs' `Int64` parts (a big one counts
    /// as 0); `==` still compares everything. Hashing each exact number through
    /// `Rational.hash` was a measurable share of a typed solve (perf, issue 11).
    func hash(into hasher: inout Hasher) {
      var h = round &* 1_000_003 &+ node
      for b in beliefs {
        for x in b {
          let (n, d) = x.smallParts ?? (0, 0)
          h = h &* 31 &+ Int(truncatingIfNeeded: n) &* 17 &+ Int(truncatingIfNeeded: d)
        }
      }
      hasher.combine(h)
    }
  }

  /// Solves `scenario` (which has types; `EscalationScenario.hasTypes`).
  public static func solve(_ scenario: EscalationScenario, nodeLimit: Int = 200_000,
                           shouldContinue: () -> Bool = { true }) throws -> TypedSolution {
    try withoutActuallyEscaping(shouldContinue) { go in
      var solver = try TypedSolver(scenario, nodeLimit: nodeLimit, shouldContinue: go)
      let prior = (0..<2).map { scenario.typeList(of: $0).map(\.prior) }
      var roots = [Int]()
      for b in solver.graph.initial { roots.append(try solver.solve(round: 0, node: b.next, beliefs: prior)) }
      return TypedSolution(scenario: scenario, graph: solver.graph, nodes: solver.nodes, roots: roots)
    }
  }

  init(_ scenario: EscalationScenario, nodeLimit: Int, shouldContinue: @escaping () -> Bool) throws {
    var problems = [String]()
    if TypedLogitSolver.applies(to: scenario) {
      throw TypedSolveError.unsupported(["every player uses 'logit': 'solve', 'explain' and 'brink simulate' find its logit agent quantal response equilibrium; this command needs the perfect Bayesian equilibrium (an 'equilibrium' model for every player)"])
    }
    for (p, b) in scenario.behaviours.enumerated() {
      guard case .equilibrium = b.model else {
        problems.append("'\(scenario.players[p])' uses a model other than 'equilibrium'")
        continue
      }
      if !b.perceivedPayoffs.isEmpty { problems.append("'\(scenario.players[p])' misperceives payoffs") }
    }
    if !problems.isEmpty { throw TypedSolveError.unsupported(problems) }
    self.scenario = scenario
    self.graph = try LadderGraph(scenario: scenario, nodeLimit: nodeLimit,
                                 alsoTracking: TypedPayoffs.variables(of: scenario), shouldContinue: shouldContinue)
    self.payoffs = TypedPayoffs(scenario: scenario)
    self.delta = scenario.discount
    self.rules = scenario.behaviours.map {
      if case .equilibrium(let rule) = $0.model { return rule }
      return .payoffDominant
    }
    self.typeCounts = (0..<2).map { scenario.typeList(of: $0).count }
    self.trembles = scenario.behaviours.map(\.tremble)
    self.shouldContinue = shouldContinue
  }

  /// The node id for (round, node, beliefs), solving it (and what follows) once.
  mutating func solve(round t: Int, node n: Int, beliefs: [[Rational]]) throws -> Int {
    let key = Key(round: t, node: n, beliefs: beliefs)
    if let id = memo[key] { return id }
    guard shouldContinue() else { throw EscalationError.cancelled }
    let here = graph.rounds[t][n]
    frames.append(StageFrame(round: t, node: n, beliefs: beliefs))
    defer { frames.removeLast() }
    var node = TypedNode(round: t, ladderNode: n, beliefs: beliefs, equilibria: [], selected: [nil, nil],
                         played: nil, values: [], reason: "")
    if here.isTerminal || t == graph.horizon {
      // Step 1.
      node.values = profileTable { _, _ in here.arrivalPayoffs }
    } else {
      // Steps 2 and 3.
      let found = beliefs.allSatisfy(TypeBeliefs.isCertain)
        ? try completeInformation(round: t, node: n, beliefs: beliefs)
        : try TypedStageSearch.equilibria(round: t, node: n, beliefs: beliefs, solver: &self)
      guard !found.list.isEmpty else {
        throw TypedSolveError.noEquilibrium(round: t, state: scenario.states[here.node.state].name,
                                            beliefs: describe(beliefs))
      }
      // Step 4.
      var pick = TypedSelection.select(found.list, beliefs: beliefs, rules: rules, preset: found.selected)
      if let leader = leader(of: here), pick.indices[0] != pick.indices[1] {
        // A sequential stage is solved backward: the follower answers the lead it
        // sees, so both expect the equilibrium the leader's rule selects.
        pick.indices = [pick.indices[leader], pick.indices[leader]]
        pick.reason += "; in a sequential state the leader's pick (\(scenario.players[leader]) moves first)"
      }
      node.equilibria = found.list
      node.selected = pick.indices.map { Optional($0) }
      node.reason = pick.reason
      var played = found.list[pick.indices[0]]
      if pick.indices[0] != pick.indices[1] {
        let mixed = [played.strategies[0], found.list[pick.indices[1]].strategies[1]]
        played = try evaluate(round: t, node: n, beliefs: beliefs, strategies: mixed).equilibrium
      }
      node.played = played
      node.values = played.values
    }
    nodes.append(node)
    memo[key] = nodes.count - 1
    return nodes.count - 1
  }

  /// A table over type profiles.
  func profileTable<V>(_ f: (Int, Int) -> V) -> [[V]] {
    (0..<typeCounts[0]).map { a in (0..<typeCounts[1]).map { c in f(a, c) } }
  }

  func describe(_ beliefs: [[Rational]]) -> String {
    (0..<2).filter { typeCounts[$0] > 1 }.map { p in
      let names = scenario.typeList(of: p).map(\.name)
      return "\(scenario.players[p]): " + zip(names, beliefs[p]).map { "\($0) \($1)" }.joined(separator: ", ")
    }.joined(separator: "; ")
  }
}

/// Why a typed scenario was not solved.
public enum TypedSolveError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What a command that does not know types says of a scenario that has them.
  public static let untypedCommand =
    "the scenario has player types (private information); 'solve' and 'simulate' solve it for perfect Bayesian equilibrium, this command does not handle types yet"

  /// Features the typed solve does not handle, each named.
  case unsupported([String])
  /// No perfect Bayesian equilibrium among those searched (pure type strategies, the
  /// exactly computable semi-separating ones, the agent-form search's mixed ones)
  /// at this stage.
  case noEquilibrium(round: Int, state: String, beliefs: String)

  public var description: String {
    switch self {
    case .unsupported(let what):
      return "a scenario with types is solved for perfect Bayesian equilibrium only with the 'equilibrium' model and no misperception (or for the logit agent QRE with 'logit' for every player, in simultaneous states only); here "
        + what.joined(separator: "; ")
    case .noEquilibrium(let t, let state, let beliefs):
      return "no perfect Bayesian equilibrium in pure type strategies, semi-separating ones or the mixed ones of the agent-form search was found in state '\(state)', round \(t + 1) (beliefs \(beliefs)); brink does not search mixed equilibria of Bayesian stages further, and stops rather than guess"
    }
  }
}
