#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

@testable import BrinkCore

/// `TypedLogitSolver` on sequential states: the leader's type-agents move, the lead
/// is public, the follower answers it with one type-agent per (type, lead) at the
/// posterior the lead implies (McKelvey and Palfrey 1998's agent QRE on the
/// extensive form). The two games of `TypedSequentialTests` with every player on
/// `logit`, their fixed-point equations written by hand from the payoff tables.
@Suite struct TypedLogitSequentialTests {
  static func logit(_ s: EscalationScenario, lambda: Double) -> EscalationScenario {
    var s = s
    for p in 0..<2 { s.behaviours[p] = PlayerBehaviour(model: .logit(lambda: lambda)) }
    return s
  }

  static func l(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

  /// The signalling round (`TypedSequentialTests.signalling`): x_θ = P(m0 | θ),
  /// ρ_m = P(press | m), π_m the Receiver's belief in type a after m:
  ///
  ///     π₀ = ¼x_a / (¼x_a + ¾x_b)          π₁ = ¼(1 − x_a) / (¼(1 − x_a) + ¾(1 − x_b))
  ///     ρ_m = ℓ(λ·(π_m·(−2) + (1 − π_m)·1)) = ℓ(λ·(1 − 3π_m))       (backing off pays 0)
  ///     x_a = ℓ(λ·((2 − ρ₀) − (−½ + 2 − ρ₁)))  = ℓ(λ·(½ − ρ₀ + ρ₁))
  ///     x_b = ℓ(λ·((−3 + 2(1 − ρ₀)) − 2(1 − ρ₁))) = ℓ(λ·(−3 − 2ρ₀ + 2ρ₁))
  ///
  /// Solved here by damped iteration on (ρ₀, ρ₁), which shares no code with the
  /// solver. At λ = 1: ρ₀ = 0.251152006492124, ρ₁ = 0.670975560163816,
  /// x_a = 0.715006152181287, x_b = 0.103367739782767.
  static func signallingByHand(lambda: Double) -> (rho: [Double], xA: Double, xB: Double, pi: [Double]) {
    var r = [0.5, 0.5]
    func step(_ r: [Double]) -> (rho: [Double], xA: Double, xB: Double, pi: [Double]) {
      let xA = l(lambda * (0.5 - r[0] + r[1])), xB = l(lambda * (-3 - 2 * r[0] + 2 * r[1]))
      let pi = [xA / 4 / (xA / 4 + 3 * xB / 4), (1 - xA) / 4 / ((1 - xA) / 4 + 3 * (1 - xB) / 4)]
      return (pi.map { l(lambda * (1 - 3 * $0)) }, xA, xB, pi)
    }
    for _ in 0..<40_000 {
      let next = step(r).rho
      r = zip(r, next).map { 0.9 * $0 + 0.1 * $1 }
    }
    let last = step(r)
    return (r, last.xA, last.xB, last.pi)
  }

  @Test("signalling round, λ = 1: the leader's and the follower's agents solve the hand-written equations to 1e-9")
  func signallingAtOne() throws {
    let sol = try TypedLogitSolver.solve(Self.logit(TypedSequentialTests.signalling(trembles: [.zero, .zero]), lambda: 1))
    let root = sol.histories[sol.roots[0]]
    let hand = Self.signallingByHand(lambda: 1)
    #expect(abs(hand.rho[0] - 0.251152006492124) < 1e-12 && abs(hand.rho[1] - 0.670975560163816) < 1e-12)
    #expect(abs(hand.xA - 0.715006152181287) < 1e-12 && abs(hand.xB - 0.103367739782767) < 1e-12)
    #expect(root.leader == 0)
    let replies = try #require(root.replies)
    #expect(abs(root.strategies[0][0][0] - hand.xA) < 1e-9)
    #expect(abs(root.strategies[0][1][0] - hand.xB) < 1e-9)
    for m in 0..<2 {
      #expect(abs(replies[0][m][0] - hand.rho[m]) < 1e-9, "reply to m\(m)")
      #expect(abs(root.posteriorAfterLead(m)![0] - hand.pi[m]) < 1e-9)
      // What the follower's agent after m reads: pressing 1 − 3π_m, backing off 0.
      #expect(abs(root.replyPayoffs![0][m][0] - (1 - 3 * hand.pi[m])) < 1e-9)
      #expect(abs(root.replyPayoffs![0][m][1]) < 1e-12)
    }
    // The summary before the lead: ρ averaged over the leads the Sender's types send.
    let lead0 = 0.25 * hand.xA + 0.75 * hand.xB
    #expect(abs(root.strategies[1][0][0] - (lead0 * hand.rho[0] + (1 - lead0) * hand.rho[1])) < 1e-9)
    #expect(root.agentPayoffs[1] == [[]])
    #expect(sol.residual < 1e-12)
  }

  @Test("the hand-worked equations hold at λ = 0.5, 2 and 4 too")
  func signallingOtherLambdas() throws {
    for lambda in [0.5, 2, 4] {
      let sol = try TypedLogitSolver.solve(Self.logit(TypedSequentialTests.signalling(trembles: [.zero, .zero]), lambda: lambda))
      let root = sol.histories[sol.roots[0]]
      let hand = Self.signallingByHand(lambda: lambda)
      #expect(abs(root.strategies[0][0][0] - hand.xA) < 1e-9, "λ = \(lambda)")
      #expect(abs(root.strategies[0][1][0] - hand.xB) < 1e-9, "λ = \(lambda)")
      for m in 0..<2 { #expect(abs(root.replies![0][m][0] - hand.rho[m]) < 1e-9, "λ = \(lambda), m\(m)") }
    }
  }

  @Test("λ = 0: the leader and every (follower type, lead) agent play uniformly")
  func uniformAtZero() throws {
    let sol = try TypedLogitSolver.solve(Self.logit(TypedSequentialTests.signalling(trembles: [.zero, .zero]), lambda: 0))
    let root = sol.histories[sol.roots[0]]
    for mix in root.strategies[0] { #expect(mix == [0.5, 0.5]) }
    for byLead in root.replies! { for mix in byLead { #expect(mix == [0.5, 0.5]) } }
    #expect(root.posteriorAfterLead(0) == [0.25, 0.75])
    #expect(sol.residual == 0)
  }

  @Test("large λ: the logit answer approaches the separating PBE the exact solver finds")
  func approachesPBE() throws {
    let base = TypedSequentialTests.signalling(trembles: [.zero, .zero])
    let exact = try TypedSolver.solve(base)
    let pbe = try #require(exact.nodes[exact.roots[0]].played)
    var previous = Double.infinity
    for lambda in [4.0, 10, 20] {
      let sol = try TypedLogitSolver.solve(Self.logit(base, lambda: lambda))
      let root = sol.histories[sol.roots[0]]
      var gap = 0.0
      for theta in 0..<2 {
        for m in 0..<2 { gap = max(gap, abs(root.strategies[0][theta][m] - pbe.strategies[0][theta][m].doubleValue)) }
      }
      for x in 0..<2 { for y in 0..<2 { gap = max(gap, abs(root.replies![0][x][y] - pbe.replies![0][x][y].doubleValue)) } }
      #expect(gap < previous, "λ = \(lambda)")
      previous = gap
    }
    #expect(previous < 1e-6)
  }

  /// The typed follower (`TypedSequentialTests.typedFollower`): the Leader has one
  /// type, so its move says nothing, and each follower agent answers its lead alone:
  ///
  ///     P(fight | tough, demand) = ℓ(λ·(1 − (−1))) = ℓ(2λ)
  ///     P(fight | soft, demand)  = ℓ(λ·(−2 − (−1))) = ℓ(−λ)
  ///     P(fight | θ, concede)    = ℓ(λ·(−1 − 1))  = ℓ(−2λ)
  ///     P(demand) = ℓ(λ·(⅓(2 − 3ℓ(2λ)) + ⅔(2 − 3ℓ(−λ)) − 0)) = ℓ(λ·(2 − ℓ(2λ) − 2ℓ(−λ)))
  ///
  /// and after (demand, fight) the Leader believes tough with ⅓ℓ(2λ) / (⅓ℓ(2λ) + ⅔ℓ(−λ)).
  @Test("a typed follower: each (type, lead) agent's logit answer and the Leader's belief after the reply, in closed form")
  func typedFollower() throws {
    for lambda in [0.5, 1, 3] {
      let sol = try TypedLogitSolver.solve(Self.logit(TypedSequentialTests.typedFollower(), lambda: lambda))
      let root = sol.histories[sol.roots[0]]
      let r = try #require(root.replies)
      let l = Self.l
      #expect(abs(r[0][0][0] - l(2 * lambda)) < 1e-9 && abs(r[1][0][0] - l(-lambda)) < 1e-9, "λ = \(lambda)")
      #expect(abs(r[0][1][0] - l(-2 * lambda)) < 1e-9 && abs(r[1][1][0] - l(-2 * lambda)) < 1e-9, "λ = \(lambda)")
      #expect(abs(root.strategies[0][0][0] - l(lambda * (2 - l(2 * lambda) - 2 * l(-lambda)))) < 1e-9, "λ = \(lambda)")
      let child = root.children[0][0][0]
      let tough = l(2 * lambda) / 3 / (l(2 * lambda) / 3 + 2 * l(-lambda) / 3)
      #expect(abs(sol.histories[child].beliefs[1][0] - tough) < 1e-9, "λ = \(lambda)")
      #expect(root.posteriorAfterLead(1) == [1])
    }
  }

  @Test("Monte Carlo by type within 4 standard errors of the logit answer's ends (20,000 paths, seed 5)")
  func monteCarloByType() throws {
    for base in [TypedSequentialTests.signalling(trembles: [.zero, .zero]), TypedSequentialTests.typedFollower()] {
      let sol = try TypedLogitSolver.solve(Self.logit(base, lambda: 1.5))
      let sim = TypedLogitSimulation.run(sol, paths: 20_000, seed: 5)
      #expect(sim.completed == 20_000)
      EndsByTypeAgreement.expect(exact: sol.endStatesByType(), ends: sim.ends, paths: sim.paths, "\(base.title): ")
    }
  }

  @Test("the size counted without building (TypedLogitTree.size) equals the built tree's, and past the limit the error gives it")
  func sizeBeforeBuilding() throws {
    for base in [TypedSequentialTests.signalling(trembles: [.zero, .zero]), TypedSequentialTests.typedFollower(),
                 TypedLogitSolverTests.oneRound(lambda: 1)] {
      let s = Self.logit(base, lambda: 1)
      let graph = try LadderGraph(scenario: s, alsoTracking: TypedPayoffs.variables(of: s))
      let tree = try TypedLogitTree(scenario: s, graph: graph, historyLimit: 1_000)
      let size = TypedLogitTree.size(scenario: s, graph: graph)
      #expect(size.histories == Double(tree.histories.count) && size.unknowns == Double(tree.unknowns), "\(s.title)")
    }
    // Signalling: the root and its four leaves; the Sender's 2 types × 2 moves and the
    // Receiver's 2 leads × 2 replies.
    let s = Self.logit(TypedSequentialTests.signalling(trembles: [.zero, .zero]), lambda: 1)
    #expect(throws: TypedLogitError.tooManyHistories(histories: 5, unknowns: 8, historyLimit: 4, unknownLimit: 400)) {
      try TypedLogitSolver.solve(s, historyLimit: 4)
    }
    #expect("\(TypedLogitError.tooManyHistories(histories: 5, unknowns: 8, historyLimit: 4, unknownLimit: 400))".contains("it has 5 public histories, more than the limit of 4, and 8 type-agent moves"))
  }

  /// The signalling round with the players swapped: the Receiver is player 0 and
  /// the typed Sender, player 1, leads (`.sequential(firstMover: 1)`, as when the
  /// second player offers in a `deal:`'s bargaining round).
  static func swappedSignalling(lambda: Double) -> EscalationScenario {
    let base = TypedSequentialTests.signalling(trembles: [.zero, .zero])
    let move = { (n: String) in Move(name: n) }
    let reply: [[[Rational]]] = [[[1, -2], [2, 0]], [[0, 1], [2, 0]]]  // [type][r], (Sender, Receiver)
    let send: [[Rational]] = [[0, Rational(-1, 2)], [-3, 0]]
    // (Receiver, Sender) for reply r to message m.
    func u(_ type: Int, _ r: Int, _ m: Int) -> [Rational] { [reply[type][r][1], reply[type][r][0] + send[type][m]] }
    let crisis = EscalationState(name: "crisis", moves: [[move("r0"), move("r1")], [move("m0"), move("m1")]],
                                 timing: .sequential(firstMover: 1),
                                 outcomes: (0..<2).map { r in (0..<2).map { m in
                                   JointOutcome(payoffs: u(1, r, m).map { PayoffExpression($0) }, transition: .to(1 + r))
                                 } })
    var s = EscalationScenario(title: "swapped signalling", players: ["Receiver", "Sender"],
                               states: [crisis, base.states[1], base.states[2]], calendar: base.calendar,
                               behaviours: [PlayerBehaviour(model: .logit(lambda: lambda)), PlayerBehaviour(model: .logit(lambda: lambda))])
    func overrides(_ type: Int) -> [PayoffOverride] {
      (0..<2).flatMap { r in
        (0..<2).map { m in PayoffOverride(state: 0, rowMove: r, columnMove: m, payoffs: u(type, r, m).map { PayoffExpression($0) }) }
      }
    }
    s.types = [[], [PlayerType(name: "a", prior: Rational(1, 4), payoffs: overrides(0)),
                    PlayerType(name: "b", prior: Rational(3, 4), payoffs: overrides(1))]]
    return s
  }

  @Test("the second player leading (firstMover: 1): the same answer as the round with the players swapped back, and its Monte Carlo")
  func secondPlayerLeads() throws {
    for lambda in [1.0, 3] {
      let sol = try TypedLogitSolver.solve(Self.swappedSignalling(lambda: lambda))
      let root = sol.histories[sol.roots[0]]
      let hand = Self.signallingByHand(lambda: lambda)
      #expect(root.leader == 1 && root.follower == 0)
      #expect(abs(root.strategies[1][0][0] - hand.xA) < 1e-9 && abs(root.strategies[1][1][0] - hand.xB) < 1e-9, "λ = \(lambda)")
      for m in 0..<2 {
        #expect(abs(root.replies![0][m][0] - hand.rho[m]) < 1e-9, "λ = \(lambda), m\(m)")
        #expect(abs(root.chance(0, type: 0, 0, m) - hand.rho[m]) < 1e-12)
        // After (r, m) the Receiver's belief about the Sender is the posterior m implies.
        #expect(abs(sol.histories[root.children[0][m][0]].beliefs[1][0] - hand.pi[m]) < 1e-9)
      }
      let sim = TypedLogitSimulation.run(sol, paths: 20_000, seed: 9)
      EndsByTypeAgreement.expect(exact: sol.endStatesByType(), ends: sim.ends, paths: sim.paths, states: [1, 2], "λ = \(lambda): ")
    }
  }
}
