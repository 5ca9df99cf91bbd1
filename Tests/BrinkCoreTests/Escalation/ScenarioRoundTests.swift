import Testing
@testable import BrinkCore

/// `ScenarioRound`: one round's rules, enumerated and followed.
@Suite("ScenarioRound: one round's rules")
struct ScenarioRoundTests {
  typealias S = EscalationTestScenarios
  static func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

  /// Three weekly rounds; states talks (0), crisis (1), war (2, terminal: -10 each).
  /// Variables: tariff (0, from 10, read by a payoff) and incidents (1, from 0, read
  /// by none). In talks, (hold, escalate) pays row -tariff/10 and column 2, sets the
  /// tariff to 20, and lands in talks 2/3, crisis 1/3; every other joint move stays.
  /// In crisis, (escalate, escalate) lands in war 1/2, crisis 1/2; every other stays.
  /// Event "hike" (round 1, talks only): tariff + 5. Shock "incident" (1/4 a round,
  /// any state): to crisis, incidents + 1. Shock "resume" (1/2, round 2 only, crisis
  /// only): back to talks.
  static func scenario() -> EscalationScenario {
    let moves = [Move(name: "hold", posture: .hold), Move(name: "escalate", posture: .escalate)]
    func stay(_ s: Int) -> JointOutcome { JointOutcome(r(0), r(0), to: s) }
    let talks = EscalationState(name: "talks", moves: [moves, moves], outcomes: [
      [stay(0), JointOutcome(payoffs: [PayoffExpression(0, terms: [.init(variable: 0, coefficient: r(-1, 10))]), PayoffExpression(2)],
                             transition: .lottery([(0, r(2, 3)), (1, r(1, 3))]),
                             effects: [VariableEffect(variable: 0, .set(20))])],
      [stay(0), stay(0)],
    ])
    let crisis = EscalationState(name: "crisis", moves: [moves, moves], outcomes: [
      [stay(1), stay(1)],
      [stay(1), JointOutcome(payoffs: [PayoffExpression(-1), PayoffExpression(-1)],
                             transition: .lottery([(2, r(1, 2)), (1, r(1, 2))]))],
    ])
    let war = EscalationState.terminal("war", payoffs: [-10, -10])
    let cal = ScenarioCalendar(start: S.start, rounds: 3)
    return EscalationScenario(
      players: ["US", "China"], states: [talks, crisis, war],
      variables: [StateVariable(name: "tariff", initial: 10), StateVariable(name: "incidents")], calendar: cal,
      events: [ScheduledEvent(name: "hike", date: cal.date(ofRound: 1),
                              effect: EventEffect(effects: [VariableEffect(variable: 0, .add(5))]), states: [0])],
      shocks: [RandomShock(name: "incident", probability: r(1, 4),
                           effect: EventEffect(moveTo: 1, effects: [VariableEffect(variable: 1, .add(1))])),
               RandomShock(name: "resume", probability: r(1, 2), from: cal.date(ofRound: 2), to: cal.date(ofRound: 2),
                           states: [1], effect: EventEffect(moveTo: 0))])
  }

  /// `scenario()` with a condition on each kind of rule: in talks, (hold, escalate)
  /// goes to crisis for sure while tariff >= 15 (the hike has happened); the incident
  /// shock acts only before round 2 (`date < round 2`, so nodes carry their round);
  /// crisis is open only while incidents <= 1, else the game is at war.
  static func conditional() -> EscalationScenario {
    var s = scenario()
    let cal = s.calendar
    s.states[0].outcomes[0][1].guarded = [GuardedTransition(
      condition: .compare(PayoffExpression(-15, terms: [.init(variable: 0, coefficient: 1)]), .greaterOrEqual),
      transition: .to(1))]
    s.shocks[0].condition = .date(.less, cal.date(ofRound: 2))
    s.states[1].availability = StateAvailability(
      condition: .compare(PayoffExpression(-1, terms: [.init(variable: 1, coefficient: 1)]), .lessOrEqual), otherwise: 2)
    return s
  }

  static func node(_ state: Int, _ values: [Int], memory: Int = 0) -> LadderNode {
    LadderNode(state: state, values: values.map { r($0) }, memory: memory)
  }

  /// Sums equal nodes and drops zeros, for comparing distributions.
  static func merged(_ outcomes: [(node: LadderNode, probability: Rational)]) -> [LadderNode: Rational] {
    var sums = [LadderNode: Rational]()
    for (n, p) in outcomes { sums[n, default: .zero] += p }
    return sums.filter { !$0.value.isZero }
  }

  @Test("the tracked variables are those some payoff reads")
  func payoffVariables() {
    #expect(LadderGraph.payoffVariables(of: Self.scenario()) == [true, false])
  }

  /// Round 1 from talks: the hike (tariff 10 → 15), then the incident (1/4): crisis
  /// with one incident; else talks. "resume" is not active in round 1.
  @Test("settling: the events in order, then each shock splits its outcomes")
  func settleEnumerates() {
    let rules = ScenarioRound(scenario: Self.scenario())
    let outcomes = rules.settle(Self.node(0, [10, 0]), round: 1)
    #expect(outcomes.map { $0.node } == [Self.node(1, [15, 1]), Self.node(0, [15, 0])])
    #expect(outcomes.map { $0.probability } == [Self.r(1, 4), Self.r(3, 4)])
    // Round 2 from crisis: incident (1/4; stays in crisis, incidents + 1) then resume
    // (1/2, crisis only): hit–hit 1/8 talks [10,1], hit–miss 1/8 crisis [10,1],
    // miss–hit 3/8 talks [10,0], miss–miss 3/8 crisis [10,0].
    let two = rules.settle(Self.node(1, [10, 0]), round: 2)
    #expect(Self.merged(two) == [Self.node(0, [10, 1]): Self.r(1, 8), Self.node(1, [10, 1]): Self.r(1, 8),
                                 Self.node(0, [10, 0]): Self.r(3, 8), Self.node(1, [10, 0]): Self.r(3, 8)])
    // Beyond the calendar nothing acts; a terminal state is never settled.
    #expect(rules.settle(Self.node(0, [10, 0]), round: 3).map { $0.node } == [Self.node(0, [10, 0])])
    #expect(rules.settle(Self.node(2, [10, 0]), round: 1).map { $0.node } == [Self.node(2, [10, 0])])
  }

  /// Round 0 from talks [10, 0], (hold, escalate): payoffs (-10/10, 2) = (-1, 2) on
  /// the old tariff; tariff set to 20; the row player's memory: "the opponent
  /// escalated last round and ever" (bits 0–1 = 3); landing talks 2/3, crisis 1/3;
  /// then round 1 settled:
  /// - talks 2/3: hike → tariff 25; incident 1/4 → crisis [25, 1] 2/3·1/4 = 1/6,
  ///   else talks [25, 0] 2/3·3/4 = 1/2;
  /// - crisis 1/3: no hike (talks only); incident → crisis [20, 1] 1/3·1/4 = 1/12,
  ///   else crisis [20, 0] 1/3·3/4 = 1/4.
  /// The four sum to 2/12 + 6/12 + 1/12 + 3/12 = 1.
  @Test("a round's outcomes, worked by hand")
  func outcomesByHand() {
    let rules = ScenarioRound(scenario: Self.scenario(), tracksMemory: true)
    let start = Self.node(0, [10, 0])
    #expect(rules.payoffs(at: start, 0, 1) == [-1, 2])
    #expect(rules.moved(start, 0, 1) == Self.node(0, [20, 0], memory: 3))
    let outcomes = rules.outcomes(from: start, round: 0, 0, 1)
    #expect(outcomes.map { $0.node } == [Self.node(1, [25, 1], memory: 3), Self.node(0, [25, 0], memory: 3),
                                     Self.node(1, [20, 1], memory: 3), Self.node(1, [20, 0], memory: 3)])
    #expect(outcomes.map { $0.probability } == [Self.r(1, 6), Self.r(1, 2), Self.r(1, 12), Self.r(1, 4)])

    // Tracking only the payoff variable, and no memory (as the ladder does for
    // equilibrium players): incidents stays 0, so the two crisis [20] outcomes are
    // one node of probability 1/12 + 1/4 = 1/3.
    let ladder = ScenarioRound(scenario: Self.scenario(), tracked: [true, false])
    #expect(Self.merged(ladder.outcomes(from: start, round: 0, 0, 1))
            == [Self.node(1, [25, 0]): Self.r(1, 6), Self.node(0, [25, 0]): Self.r(1, 2), Self.node(1, [20, 0]): Self.r(1, 3)])
  }

  /// Round 2 (the last of 3) from crisis, (escalate, escalate): war 1/2, crisis 1/2,
  /// and no settling, the horizon being reached; war's arrival payoffs are -10 each.
  @Test("the last round lands without settling; a terminal state pays on arrival")
  func lastRound() {
    let rules = ScenarioRound(scenario: Self.scenario())
    let outcomes = rules.outcomes(from: Self.node(1, [10, 0]), round: 2, 1, 1)
    #expect(outcomes.map { $0.node } == [Self.node(2, [10, 0]), Self.node(1, [10, 0])])
    #expect(outcomes.map { $0.probability } == [Self.r(1, 2), Self.r(1, 2)])
    #expect(rules.arrivalPayoffs(at: Self.node(2, [10, 0])) == [-10, -10])
    #expect(rules.arrivalPayoffs(at: Self.node(1, [10, 0])) == [0, 0])
  }

  @Test("following one path: the chosen branch, the shocks that fire, what happened")
  func followOnePath() {
    let rules = ScenarioRound(scenario: Self.scenario(), tracksMemory: true)
    var asked = [Int]()
    let followed = rules.follow(from: Self.node(0, [10, 0]), round: 0, 0, 1, land: { _ in 1 }, fires: { k, _ in
      asked.append(k)
      return true
    })
    #expect(followed.payoffs == [-1, 2])
    #expect(followed.branch == 1)
    #expect(followed.landed == Self.node(1, [20, 0], memory: 3))
    #expect(followed.happened == [.shock(0)])
    #expect(followed.next == Self.node(1, [20, 1], memory: 3))
    #expect(asked == [0])  // "resume" is not active in round 1
    // The one-path settling of the scenario (every variable tracked) is the same rule.
    let settled = Self.scenario().settle(state: 0, values: [10, 0].map { Self.r($0) }, round: 1, fires: { _, _ in true })
    #expect(settled == RoundSettlement(state: 1, values: [15, 1].map { Self.r($0) }, happened: [.event(0), .shock(0)]))
  }

  /// Following with every sequence of draws (each branch; each shock asked, fired or
  /// not), weighting each path by its chances, gives the enumerated distribution.
  static func followedDistribution(_ rules: ScenarioRound, from node: LadderNode, round t: Int,
                                   _ i: Int, _ j: Int) -> [LadderNode: Rational] {
    var result = [LadderNode: Rational]()
    let branches = rules.transition(at: node, i, j).outcomes
    for b in branches.indices {
      var pending: [[Bool]] = [[]]
      while let prefix = pending.popLast() {
        var calls = 0, p = branches[b].probability, needsMore = false
        let followed = rules.follow(from: node, round: t, i, j, land: { _ in b }, fires: { _, shock in
          defer { calls += 1 }
          guard calls < prefix.count else { needsMore = true; return false }
          p *= prefix[calls] ? shock.probability : .one - shock.probability
          return prefix[calls]
        })
        if needsMore {
          pending += [prefix + [false], prefix + [true]]
        } else {
          result[followed.next, default: .zero] += p
        }
      }
    }
    return result.filter { !$0.value.isZero }
  }

  @Test("follow with every draw sequence reproduces enumerate, from every node of the ladder",
        arguments: [false, true], [false, true])
  func followAgreesWithEnumerate(tracksAll: Bool, conditional: Bool) throws {
    let scenario = conditional ? Self.conditional() : Self.scenario()
    let graph = try LadderGraph(scenario: scenario)
    let rules = ScenarioRound(scenario: scenario, tracked: tracksAll ? nil : graph.trackedVariables,
                              tracksMemory: tracksAll)
    var checked = 0
    for t in 0..<graph.horizon {
      for node in graph.rounds[t] where !node.isTerminal {
        let state = scenario.states[node.node.state]
        for i in state.moves[0].indices {
          for j in state.moves[1].indices {
            let enumerated = Self.merged(rules.outcomes(from: node.node, round: t, i, j))
            #expect(enumerated == Self.followedDistribution(rules, from: node.node, round: t, i, j),
                    "round \(t), node \(node.node), moves (\(i), \(j))")
            #expect(enumerated.values.reduce(Rational.zero, +) == .one)
            checked += 1
          }
        }
      }
    }
    #expect(checked > 10)
  }

  @Test("the ladder's successors are the round's outcomes", arguments: [false, true])
  func ladderUsesTheRound(conditional: Bool) throws {
    let scenario = conditional ? Self.conditional() : Self.scenario()
    let graph = try LadderGraph(scenario: scenario)
    let rules = ScenarioRound(scenario: scenario, tracked: graph.trackedVariables)
    #expect(Self.merged(graph.initial.map { (graph.rounds[0][$0.next].node, $0.probability) })
            == Self.merged(rules.settle(rules.start, round: 0)))
    for t in 0..<graph.horizon {
      for node in graph.rounds[t] where !node.isTerminal {
        for (i, row) in node.moves.enumerated() {
          for (j, move) in row.enumerated() {
            #expect(move.payoffs == rules.payoffs(at: node.node, i, j))
            #expect(Self.merged(move.successors.map { (graph.rounds[t + 1][$0.next].node, $0.probability) })
                    == Self.merged(rules.outcomes(from: node.node, round: t, i, j)))
          }
        }
      }
    }
  }

  @Test("conditions: variables they read are tracked; a date makes nodes carry their round")
  func conditionsShapeTheNodes() {
    #expect(LadderGraph.payoffVariables(of: Self.conditional()) == [true, true])
    #expect(ScenarioRound(scenario: Self.conditional()).tracksTime)
    #expect(!ScenarioRound(scenario: Self.scenario()).tracksTime)
  }

  @Test("conditions by hand: the guarded transition, the shock's date, the closed state")
  func conditionsByHand() {
    let rules = ScenarioRound(scenario: Self.conditional())
    // Talks with tariff 15 in round 1: (hold, escalate) goes to crisis for sure.
    var n = Self.node(0, [15, 0]); n.clock = 1
    #expect(rules.transition(at: n, 0, 1) == .to(1))
    #expect(rules.transition(at: Self.node(0, [10, 0]), 0, 1) == .lottery([(0, Self.r(2, 3)), (1, Self.r(1, 3))]))
    // Round 2: the incident shock cannot act, the resume shock (1/2, crisis) can.
    var c = Self.node(1, [10, 1]); c.clock = 2
    #expect(Self.merged(rules.settle(c, round: 2)) == [c: Self.r(1, 2), { var t = c; t.state = 0; return t }(): Self.r(1, 2)])
    // A second incident closes crisis: the game is at war.
    var talks = Self.node(0, [10, 1]); talks.clock = 1
    let hit = rules.settle(talks, round: 1).map(\.node)
    #expect(hit.contains { $0.state == 2 && $0.values[1] == 2 })
    #expect(!hit.contains { $0.state == 1 && $0.values[1] == 2 })
  }
}
