@testable import BrinkCore

/// Small scenarios shared by the escalation tests.
enum EscalationTestScenarios {
  static let start = CalendarDate(year: 2025, month: 10, day: 13)

  static func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

  /// A state with hold/escalate moves for both players and the given outcomes,
  /// `cells[i][j] = (payoff 0, payoff 1, transition)`.
  static func holdEscalate(_ name: String, timing: Timing = .simultaneous,
                           _ cells: [[(Rational, Rational, Transition)]]) -> EscalationState {
    let moves = [Move(name: "hold", posture: .hold), Move(name: "escalate", posture: .escalate)]
    return EscalationState(
      name: name, moves: [moves, moves], timing: timing,
      outcomes: cells.map { $0.map { JointOutcome(payoffs: [PayoffExpression($0.0), PayoffExpression($0.1)], transition: $0.2) } })
  }

  /// Prisoner's dilemma repeated `rounds` times in one state: hold = cooperate,
  /// escalate = defect; (C,C) = (3,3), (C,D) = (0,5), (D,C) = (5,0), (D,D) = (1,1)
  /// (Axelrod 1984's payoffs).
  static func prisonersDilemma(rounds: Int, behaviours: [PlayerBehaviour]? = nil) -> EscalationScenario {
    let s = holdEscalate("pd", [[(r(3), r(3), .to(0)), (r(0), r(5), .to(0))],
                                [(r(5), r(0), .to(0)), (r(1), r(1), .to(0))]])
    return EscalationScenario(players: ["US", "China"], states: [s],
                              calendar: ScenarioCalendar(start: start, rounds: rounds), behaviours: behaviours)
  }

  /// Standoff with a chance of a deal or of war, two rounds, δ = 1/2 (worked by hand
  /// in `EscalationSolverTests.twoRoundStandoff`).
  static func standoff(selection: EquilibriumSelection) -> EscalationScenario {
    let standoff = holdEscalate("standoff", [
      [(r(1), r(1), .lottery([(1, r(1, 2)), (0, r(1, 2))])), (r(-1), r(2), .to(0))],
      [(r(2), r(-1), .to(0)), (r(0), r(0), .lottery([(2, r(1, 4)), (0, r(3, 4))]))],
    ])
    let deal = EscalationState.terminal("deal", payoffs: [5, 5])
    let war = EscalationState.terminal("war", payoffs: [-10, -10])
    let eq = PlayerBehaviour(model: .equilibrium(selection: selection))
    return EscalationScenario(players: ["US", "China"], states: [standoff, deal, war],
                              calendar: ScenarioCalendar(start: start, rounds: 2), discount: r(1, 2),
                              behaviours: [eq, eq])
  }

  /// A one-round game where the row player gains by committing first:
  /// (U,L) = (3,1), (U,R) = (1,0), (D,L) = (4,0), (D,R) = (2,1). Simultaneously, D
  /// strictly dominates U and column answers R: (D,R) = (2,1). Moving first, row
  /// commits to U, column answers L: (U,L) = (3,1).
  static func commitment(timing: Timing, behaviours: [PlayerBehaviour]? = nil) -> EscalationScenario {
    let s = EscalationState(
      name: "bargain", moves: [[Move(name: "U"), Move(name: "D")], [Move(name: "L"), Move(name: "R")]], timing: timing,
      outcomes: [[JointOutcome(r(3), r(1), to: 1), JointOutcome(r(1), r(0), to: 1)],
                 [JointOutcome(r(4), r(0), to: 1), JointOutcome(r(2), r(1), to: 1)]])
    return EscalationScenario(players: ["US", "China"], states: [s, .terminal("done")],
                              calendar: ScenarioCalendar(start: start, rounds: 1), behaviours: behaviours)
  }
}

extension EscalationTestScenarios {
  /// A challenge whose second mover answers each first move differently, with
  /// both players trembling (ε = 1/5), so the first mover mixes: hold/hold (0, 1)
  /// stays; hold/escalate (−1, 0) stays; escalate/hold (1, −1) ends in `conceded`
  /// (2, −2); escalate/escalate (−2, −1/2) is war (−3, −3) or the crisis again, 1/2
  /// each. 4 rounds, δ = 9/10. Player 1 moving second concedes to hold and resists
  /// escalation; player 0 moving second escalates against hold and holds against
  /// escalation. The simulator must draw the second mover after the first mover's
  /// actual move (P(a, b) = leader(a) · response_a(b)), not from its average.
  static func tremblingChallenge(firstMover: Int) -> EscalationScenario {
    let crisis = holdEscalate("crisis", timing: .sequential(firstMover: firstMover), [
      [(r(0), r(1), .to(0)), (r(-1), r(0), .to(0))],
      [(r(1), r(-1), .to(1)), (r(-2), r(-1, 2), .lottery([(2, r(1, 2)), (0, r(1, 2))]))],
    ])
    let trembling = PlayerBehaviour(model: .equilibrium(selection: .riskDominant), tremble: r(1, 5))
    return EscalationScenario(players: ["Challenger", "Defender"],
                              states: [crisis, .terminal("conceded", payoffs: [2, -2]), .terminal("war", payoffs: [-3, -3])],
                              calendar: ScenarioCalendar(start: start, rounds: 4), discount: r(9, 10),
                              behaviours: [trembling, trembling])
  }

  /// One move each ("wait"), so only the calendar drives it: talks (row pays
  /// tariff/10 a round; each round adds 10 to the tariff, from 30) → an event in
  /// round 2 moves talks to controls (row pays 5 a round) and sets the tariff to
  /// 100 → a shock, 1/3 per round in rounds 1–3, ends it in a deal (2 each on
  /// arrival). δ = 1, 4 rounds. Worked by hand in `LadderMarkovChainTests`.
  static func calendarDriven() -> EscalationScenario {
    let wait = [[Move(name: "wait")], [Move(name: "wait")]]
    let tariff = 0
    let talks = EscalationState(name: "talks", moves: wait, outcomes: [[
      JointOutcome(payoffs: [PayoffExpression(0, terms: [.init(variable: tariff, coefficient: r(-1, 10))]), 0],
                   transition: .to(0), effects: [VariableEffect(variable: tariff, .add(10))]),
    ]])
    let controls = EscalationState(name: "controls", moves: wait, outcomes: [[JointOutcome(r(-5), r(0), to: 1)]])
    let deal = EscalationState.terminal("deal", payoffs: [2, 2])
    let cal = ScenarioCalendar(start: start, roundLengthDays: 7, rounds: 4)
    return EscalationScenario(
      players: ["US", "China"], states: [talks, controls, deal],
      variables: [StateVariable(name: "tariff", initial: 30, unit: "%")], calendar: cal,
      events: [ScheduledEvent(name: "controls in force", date: cal.date(ofRound: 2).adding(days: 2),
                              effect: EventEffect(moveTo: 1, effects: [VariableEffect(variable: tariff, .set(100))]),
                              states: [0])],
      shocks: [RandomShock(name: "breakthrough", probability: r(1, 3), from: cal.date(ofRound: 1),
                           to: cal.date(ofRound: 3), effect: EventEffect(moveTo: 2))])
  }
}
