/// The logit *agent quantal response equilibrium* (agent QRE) of a scenario with
/// types: R. D. McKelvey and T. R. Palfrey, "Quantal response equilibria for
/// extensive form games", *Experimental Economics* 1 (1998) 9–41. Each type-agent at
/// each public history (its information set: the history and its own type) plays
/// move m with probability ∝ exp(λ_p · U_p(θ, m)), where U is its expected payoff
/// under the others' strategies and the beliefs; the beliefs follow Bayes' rule from
/// the strategies everywhere (logit play reaches every history, so no belief is off
/// the path and no rule for one is needed). As λ → ∞ the limit points are sequential
/// equilibria (their Theorem 5), so noisy play shows which perfect Bayesian
/// equilibrium it approaches.
///
/// Unlike the PBE (`TypedSolver`) this is not solved node by node backwards: a later
/// history's beliefs depend on earlier strategies. It is one fixed point
/// `u = Φ_λ(u)` over the tree of public histories (`TypedLogitTree`; `u` are the
/// type-agents' move payoffs, σ = softmax(λu)), solved in doubles:
/// 1. λ = 0: play is uniform whatever `u` is, so `u₀ = Φ₀(anything)` is the fixed
///    point, exactly.
/// 2. Follow the branch of fixed points along the ray `t · λ_target` from t = 0 to
///    t = 1 (the principal branch of the QRE correspondence, which starts at uniform
///    play: McKelvey and Palfrey 1995, §3; Turocy, *Games and Economic Behavior* 51
///    (2005) 243–263) by pseudo-arclength continuation in (u, t)
///    (`Continuation`): tangent, predictor step, Newton corrector across the branch
///    to max |σ(u) − σ(Φ(u))| < 10⁻⁹, the step halved when the corrector fails
///    within 8 iterations and doubled when it needs at most 3. Arclength rather than
///    λ as the parameter, because the branch may fold back in λ (seen on random
///    signalling ladders at λ ≈ 1), where stepping in λ stalls.
/// 3. When t passes 1: Newton's method at λ itself on `G(u) = u − Φ(u)` from the
///    point interpolated at t = 1 (`Newton`): the Jacobian `I − DΦ` by central
///    differences (step 10⁻⁶/λ: Φ reads u only through λu), the step by Gaussian
///    elimination with partial pivoting, halved while it does not reduce max |G|.
/// 4. Done when max |σ(u) − σ(Φ(u))| (the change one logit response would make to
///    any probability) is below `tolerance` (10⁻¹² by default).
/// 5. Errors, never a silent answer: an arclength step below 10⁻¹⁰, a singular
///    augmented Jacobian, a final Newton that does not reach the tolerance in 20
///    iterations, or more than `iterationLimit` Newton iterations in all throw
///    `TypedLogitError.notConverged` with the λ and the residual reached.
///
/// Every player must use the `logit` model (each its own λ): a best-responding
/// player has no smooth response to follow. Trembles and misperceived payoffs are
/// refused (`TypedSolveError.unsupported`). A sequential state (an `order:` state,
/// the bargaining round of a `deal:`) makes the lead a public event within the
/// round: the follower answers each lead with its own type-agents
/// (`TypedLogitTree+Sequential.swift`).
/// - Complexity: per Newton iteration, 2n + 2 evaluations of Φ (each linear in the
///   histories) and an n³ elimination, n the number of unknowns (at most
///   `unknownLimit`): for small teaching ladders.
public enum TypedLogitSolver {
  /// Solves `scenario` (which has types and every player on `logit`).
  public static func solve(_ scenario: EscalationScenario, tolerance: Double = 1e-12, historyLimit: Int = 20_000,
                           unknownLimit: Int = 400, iterationLimit: Int = 2_000,
                           shouldContinue: () -> Bool = { true }) throws -> TypedLogitSolution {
    let lambdas = try check(scenario)
    let graph = try LadderGraph(scenario: scenario, alsoTracking: TypedPayoffs.variables(of: scenario),
                                shouldContinue: shouldContinue)
    let size = TypedLogitTree.size(scenario: scenario, graph: graph)
    guard size.histories <= Double(historyLimit) else {
      throw TypedLogitError.tooManyHistories(histories: size.histories, unknowns: size.unknowns, historyLimit: historyLimit,
                                             unknownLimit: unknownLimit)
    }
    let tree = try TypedLogitTree(scenario: scenario, graph: graph, historyLimit: historyLimit)
    guard tree.unknowns <= unknownLimit else { throw TypedLogitError.tooLarge(unknowns: tree.unknowns, limit: unknownLimit) }
    // Step 1.
    let u0 = tree.respond([Double](repeating: 0, count: tree.unknowns), lambda: [0, 0]).payoffs
    // Steps 2 to 5.
    let path = try Continuation.follow(tree, from: u0, lambdas: lambdas, tolerance: tolerance,
                                       iterationLimit: iterationLimit, shouldContinue: shouldContinue)
    let u = path.u, last = path.final, iterations = path.iterations, steps = path.steps
    let profile = tree.respond(u, lambda: lambdas)
    return TypedLogitSolution(scenario: scenario, graph: graph, tree: tree, lambdas: lambdas, payoffs: u, profile: profile,
                              residual: last.residual, lastStep: last.lastStep, tolerance: tolerance,
                              newtonIterations: iterations, lambdaSteps: steps)
  }

  /// Each player's λ, or the features this solve does not handle, each named.
  static func check(_ scenario: EscalationScenario) throws -> [Double] {
    var lambdas = [Double](), problems = [String]()
    for (p, b) in scenario.behaviours.enumerated() {
      if case .logit(let l) = b.model { lambdas.append(l) } else {
        problems.append("'\(scenario.players[p])' does not use 'logit' (the logit variant needs it of every player)")
      }
      if !b.tremble.isZero { problems.append("'\(scenario.players[p])' trembles (logit play already errs)") }
      if !b.perceivedPayoffs.isEmpty { problems.append("'\(scenario.players[p])' misperceives payoffs") }
    }
    if !problems.isEmpty { throw TypedSolveError.unsupported(problems) }
    return lambdas
  }

  /// `true` when every player of `scenario` uses the `logit` model: the scenarios
  /// `solve` hands to this solver rather than to `TypedSolver`.
  public static func applies(to scenario: EscalationScenario) -> Bool {
    scenario.behaviours.allSatisfy { if case .logit = $0.model { true } else { false } }
  }
}

/// Why the logit agent QRE of a typed scenario was not found.
public enum TypedLogitError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Newton's method did not reach the tolerance along the path in λ.
  case notConverged(lambda: [Double], residual: Double, iterations: Int)
  /// More unknowns (type-agent moves over all public histories) than the dense Newton step handles.
  case tooLarge(unknowns: Int, limit: Int)
  /// More public histories than `historyLimit` (counted, with the unknowns they
  /// would bring, by `TypedLogitTree.size` before the tree is built).
  case tooManyHistories(histories: Double, unknowns: Double, historyLimit: Int, unknownLimit: Int)

  public var description: String {
    switch self {
    case .notConverged(let lambda, let residual, let iterations):
      let l = lambda.map { String(Double(Int(($0 * 1e6).rounded())) / 1e6) }.joined(separator: ", ")
      return "the logit agent QRE was not found: following the branch of the QRE correspondence from λ = 0 stopped at λ = \(l)\(residual.isNaN ? "" : " with max |σ − logit(λU(σ))| = \(residual)") after \(iterations) Newton iterations (the branch is ill-conditioned there: a bifurcation or a singular Jacobian); brink stops rather than report an unconverged answer"
    case .tooLarge(let unknowns, let limit):
      return "the logit agent QRE of this scenario has \(unknowns) type-agent moves over its public histories, more than the \(limit) the dense Newton solve handles; use fewer rounds or the 'equilibrium' model"
    case .tooManyHistories(let histories, let unknowns, let limit, let unknownLimit):
      func count(_ x: Double) -> String { x < 1e15 ? String(Int(x)) : "\(x)" }
      return "the logit agent QRE of this scenario is solved over its tree of public histories, which is never merged (beliefs differ after different histories): it has \(count(histories)) public histories, more than the limit of \(limit), and \(count(unknowns)) type-agent moves, where the dense Newton solve handles at most \(unknownLimit); use fewer rounds or the 'equilibrium' model"
    }
  }
}
