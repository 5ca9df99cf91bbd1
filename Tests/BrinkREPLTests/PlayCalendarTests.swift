import BrinkCore
import BrinkFormats
import Testing
@testable import BrinkREPL

/// `play` applies the calendar: scheduled events on their round, random shocks
/// drawn from the session's seed and the round (Session+Scenario.swift).
@Suite struct PlayCalendarTests {
  /// Weekly rounds from Monday 6 January 2025: round 1 starts 6 Jan, round 2 13 Jan,
  /// round 3 20 Jan, round 4 27 Jan, round 5 3 Feb. `raise` is dated 22 January, in
  /// round 3; `sure` is active in the rounds starting 13, 20 and 27 January;
  /// `coin` (1/2) in every round; `never` has probability 0. `jump` moves the game
  /// to `far` at round 5, but only from `near`; `push/push` in `far` leads back.
  /// `open` is dated in round 1, so it has acted before the first move.
  static let yaml = """
    name: cal
    title: Calendar test
    players:
      A: {moves: {hold: {posture: hold}, push: {posture: escalate}}}
      B: {moves: {hold: {posture: hold}, push: {posture: escalate}}}
    variables:
      level: {initial: 0}
      hits: {initial: 0}
      misses: {initial: 0}
      coins: {initial: 0}
      opened: {initial: 0}
    calendar: {start: 2025-01-06, step: 7, rounds: 6}
    states:
      near:
        moves: {A: [hold, push], B: [hold, push]}
        payoffs: {hold: [[1, 1], [0, 2]], push: [[2, 0], [-1, -1]]}
      far:
        moves: {A: [hold, push], B: [hold, push]}
        payoffs: {hold: [[1, 1], [0, 2]], push: [[2, 0], [-1, -1]]}
        transitions: {push/push: near}
    events:
      - {name: raise, date: 2025-01-22, description: The level rises to five. Then nothing., effects: {level: =5}}
      - {name: jump, date: 2025-02-03, in: near, goto: far}
      - {name: open, date: 2025-01-07, effects: {opened: =1}}
    shocks:
      - {name: sure, probability: 1, window: [2025-01-13, 2025-01-27], effects: {hits: +1}}
      - {name: never, probability: 0, effects: {misses: +1}}
      - {name: coin, probability: 1/2, effects: {coins: +1}}
    """

  func session(seed: UInt64 = 2025) throws -> Session {
    let s = Session(scenario: try ScenarioReader.read(Self.yaml, file: "cal.yaml"))
    if seed != 2025 { _ = s.execute("set seed \(seed)") }
    return s
  }

  func values(_ s: Session) -> [String: Rational] {
    Dictionary(uniqueKeysWithValues: zip(s.document!.scenario.variables.map(\.name), s.position!.values))
  }

  @Test func anEventActsExactlyWhenPlayReachesItsRound() throws {
    let s = try session()
    var out = s.execute("play A=hold B=hold").output
    #expect(values(s)["level"] == 0 && s.round == 2)
    #expect(!out.contains("raise"))
    out = s.execute("play A=hold B=hold").output
    #expect(s.round == 3 && values(s)["level"] == 5)
    #expect(out.contains("  2025-01-22: The level rises to five (event raise): level = 5"))
    out = s.execute("play A=hold B=hold").output
    #expect(values(s)["level"] == 5 && !out.contains("raise"))
    // `jump` at round 5 moves the game from near to far.
    out = s.execute("play A=hold B=hold").output
    #expect(s.stateNames[s.position!.state] == "far" && s.round == 5)
    #expect(out.contains("  2025-02-03: event jump: now in far"))
    #expect(out.hasSuffix("Now in far: \nTotals after 4 rounds: A 4, B 4. Next: round 5."))
  }

  @Test func aSureShockAlwaysFiresInItsWindowAndAnImpossibleOneNever() throws {
    for seed: UInt64 in 0..<25 {
      let s = try session(seed: seed)
      var hits = [Rational]()
      for _ in 0..<5 {
        _ = s.execute("play A=push B=hold")
        hits.append(values(s)["hits"]!)
        #expect(values(s)["misses"] == 0)
      }
      // Rounds 2, 3 and 4 start inside the window; rounds 5 and 6 do not.
      #expect(hits == [1, 2, 3, 3, 3].map { Rational($0) }, "seed \(seed)")
    }
  }

  @Test func shocksAreDrawnFromTheSeedAndTheRound() throws {
    func coins(_ seed: UInt64, moves: String) throws -> [Rational] {
      let s = try session(seed: seed)
      return (0..<5).map { _ in
        _ = s.execute("play \(moves)")
        return values(s)["coins"]!
      }
    }
    var finals = Set<Rational>()
    for seed: UInt64 in 0..<40 {
      let path = try coins(seed, moves: "A=hold B=hold")
      // The same seed gives the same shocks, whatever the moves.
      #expect(path == (try coins(seed, moves: "A=push B=push")))
      finals.insert(path.last!)
    }
    // A fair coin in five rounds over 40 seeds: never all alike (2 x 40 x 2^-5 x ...).
    #expect(finals.count >= 3)
    let out = try session(seed: 1).execute("play A=hold B=hold").output
    let fired = out.contains("(shock coin, chance 1/2 a round)") || out.contains("shock coin, chance 1/2 a round: coins + 1")
    #expect(fired == (try coins(1, moves: "A=hold B=hold")[0] == 1))
  }

  @Test func undoRestoresThePositionBeforeThePlay() throws {
    let s = try session()
    _ = s.execute("play A=push B=push")
    let before = s.position
    _ = s.execute("play A=hold B=push")  // round 3: raise, sure
    #expect(values(s)["level"] == 5)
    #expect(s.execute("undo").output == "Undid play. Now at round 2.")
    #expect(s.position == before)
    #expect(values(s)["level"] == 0)
    // Replaying the same round gives the same draws.
    let again = s.execute("play A=hold B=push").output
    _ = s.execute("undo")
    #expect(s.execute("play A=hold B=push").output == again)
  }

  @Test func playKeepsTheHistoryModelsOnTheSolvedLadder() throws {
    let s = try session()
    _ = s.execute("set model B tit-for-tat")
    _ = s.execute("play A=push B=hold")
    let solved = try #require(try s.solvedScenario())
    // B answers A's escalation: the node with B's memory of it, not the first node.
    let node = try #require(s.currentNode(in: solved))
    #expect(node.played?.marginal(player: 1) == [0, 1])
    #expect(s.execute("solve").output.contains("B plays push 1 (tit for tat)"))
    _ = s.execute("play A=hold B=push")
    let solvedAgain = try #require(try s.solvedScenario())
    let calm = try #require(s.currentNode(in: solvedAgain))
    #expect(calm.played?.marginal(player: 1) == [1, 0])
  }

  /// The first round is settled too, as the solver's ladder starts: on load, and
  /// on `reset`, which says what happened.
  @Test func theFirstRoundsEventsActBeforeTheFirstMove() throws {
    let s = try session()
    #expect(values(s)["opened"] == 1 && values(s)["level"] == 0)
    _ = s.execute("play A=hold B=hold")
    let out = s.execute("reset").output
    #expect(out.hasPrefix("Reset cal to round 1 with the payoffs as loaded.\n  2025-01-07: event open: opened = 1"))
    #expect(values(s)["opened"] == 1 && s.round == 1)
    let solved = try #require(try s.solvedScenario())
    #expect(solved.graph.rounds[0].allSatisfy { $0.node.state == s.position!.state })
  }
}
