import Testing
@testable import BrinkCore

@Suite struct CompiledLadderTests {
  typealias L = CompiledLadder

  @Test func flattensJointMovesFirstPlayerFastest() throws {
    let ladder = LadderFixtures.crisis()
    #expect(ladder.stateCount == 5 && ladder.terminalStates == [3, 4])
    // standoff's (escalate, hold) is outcome 1: payoffs [3, -1].
    let j = Int(ladder.jointBase[0]) + 1 + 0 * Int(ladder.moveCount0[0])
    #expect(Array(ladder.stagePayoffs[2 * j...2 * j + 1]) == [3, -1])
    // Cumulative thresholds end at 2^53.
    #expect(ladder.plans[0].thresholds.prefix(2) == [UInt64((0.7 * 9007199254740992.0).rounded()), 1 << 53])
    #expect(ladder.fingerprint == LadderFixtures.crisis().fingerprint)
    #expect(ladder.fingerprint != LadderFixtures.crisis(rounds: 19).fingerprint)
  }

  @Test func trembleMixesUniformly() {
    let mixed = L.trembled([1, 0, 0], epsilon: 0.3)
    #expect(zip(mixed, [0.8, 0.1, 0.1]).allSatisfy { abs($0 - $1) < 1e-15 })
    #expect(L.trembled([], epsilon: 0.3) == [])
  }

  @Test func reportsEveryProblemAtOnce() {
    let bad = L.State(
      name: "bad", moves: [["a", "b"], ["c"]],
      outcomes: [
        L.Outcome(payoffs: [1, .nan], transitions: [.init(to: 0, probability: 0.5), .init(to: 7, probability: 0.4)]),
        L.Outcome(payoffs: [1], to: 0, variableChanges: [.add(3, 1)]),
      ])
    #expect(throws: LadderError.self) {
      try CompiledLadder(states: [bad], initialState: 0, strategies: [.stationary([[0.5, 0.6]]), .stationary([[1]])], rounds: 3, discount: 0.9)
    }
    do {
      _ = try CompiledLadder(
        states: [bad], initialState: 0, strategies: [.stationary([[0.5, 0.6]]), .stationary([[1]])], rounds: 3, discount: 0.9,
        effects: [.event("late", round: -1, toState: 9)])
      Issue.record("no error")
    } catch {
      #expect(error.problems == [
        "states[0] \"bad\" outcomes[0] (a, c): payoffs must be 2 finite numbers, got [1.0, nan]",
        "states[0] \"bad\" outcomes[0] (a, c): transition to 7, not a state index",
        "states[0] \"bad\" outcomes[0] (a, c) transitions: probabilities sum to 0.9, not 1",
        "states[0] \"bad\" outcomes[1] (b, c): payoffs must be 2 finite numbers, got [1.0]",
        "states[0] \"bad\" outcomes[1] (b, c): variable change on 3, not a variable index",
        "strategies[0] states[0] \"bad\": probabilities sum to 1.1, not 1",
        "effects[0] \"late\": rounds -1...-1 are not a window of rounds ≥ 0",
        "effects[0] \"late\": toState 9 is not a state index",
      ])
    }
  }

  @Test func rejectsBadShapesAndNumbers() {
    let ok = L.State(name: "s", moves: [["a"], ["b"]], outcomes: [L.Outcome(payoffs: [0, 0], to: 0)])
    let one: [L.Strategy] = [.stationary([[1]]), .stationary([[1]])]
    func problems(_ build: () throws -> CompiledLadder) -> [String] {
      do {
        _ = try build()
        return []
      } catch { return (error as? LadderError)?.problems ?? ["not a LadderError"] }
    }
    #expect(problems { try CompiledLadder(states: [], initialState: 0, strategies: one, rounds: 1, discount: 1) }.first == "there are no states")
    #expect(problems { try CompiledLadder(states: [ok], initialState: 0, strategies: [one[0]], rounds: 1, discount: 1) }
      == ["1 strategies, expected 2 (one per player)"])
    #expect(problems { try CompiledLadder(states: [ok], initialState: 0, strategies: one, rounds: 1, discount: 1.5) }
      == ["discount 1.5 is not in [0, 1]"])
    #expect(problems { try CompiledLadder(states: [ok], initialState: 0, strategies: one, rounds: -1, discount: 1) }
      == ["rounds -1 is not in 0...1000000"])
    #expect(problems { try CompiledLadder(states: [ok], initialState: 0, strategies: [.byRound([[[1]]]), one[1]], rounds: 2, discount: 1) }
      == ["strategies[0]: byRound has 1 rounds, expected 2"])
    #expect(problems { try CompiledLadder(states: [ok], initialState: 0, strategies: [.stationary([[-0.5, 1.5]]), one[1]], rounds: 2, discount: 1) }
      == ["strategies[0] states[0] \"s\": 2 probabilities, expected 1 moves"])
    let huge = L.State(name: "s", moves: [["a"], ["b"]], outcomes: [L.Outcome(payoffs: [1e305, 0], to: 0)])
    #expect(problems { try CompiledLadder(states: [huge], initialState: 0, strategies: one, rounds: 1000, discount: 1) }.first?
      .hasPrefix("payoffs or variables can grow too large") == true)
    // Responses (the second mover of a sequential stage): one distribution per
    // opponent move, at most one responder per state.
    let two = L.State(name: "s", moves: [["a", "b"], ["c", "d"]], outcomes: Array(repeating: L.Outcome(payoffs: [0, 0], to: 0), count: 4))
    #expect(problems { try CompiledLadder(states: [two], initialState: 0, strategies: [.stationary([[1, 0]]), .stationary([[0, 1, 1, 0]])], rounds: 1, discount: 1) }
      == [])
    #expect(problems { try CompiledLadder(states: [two], initialState: 0, strategies: [.stationary([[1, 0]]), .stationary([[0, 1, 1]])], rounds: 1, discount: 1) }
      == ["strategies[1] states[0] \"s\": 3 probabilities, expected 2 moves (or 4: a response to each opponent move)"])
    #expect(problems { try CompiledLadder(states: [two], initialState: 0, strategies: [.stationary([[1, 0]]), .stationary([[0, 1, 0.5, 0]])], rounds: 1, discount: 1) }
      == ["strategies[1] states[0] \"s\" after opponent move 1: probabilities sum to 0.5, not 1"])
    #expect(problems { try CompiledLadder(states: [two], initialState: 0, strategies: [.stationary([[1, 0, 0, 1]]), .stationary([[0, 1, 1, 0]])], rounds: 1, discount: 1) }
      == ["states[0] \"s\": both players respond to the other's move"])
    let noMoves = L.State(name: "s", moves: [[], ["b"]])
    #expect(problems { try CompiledLadder(states: [noMoves], initialState: 0, strategies: one, rounds: 1, discount: 1) }.first
      == "states[0] \"s\": a non-terminal state needs moves for both players, got [0, 1]")
  }
}

@Suite struct CappedCountsTests {
  @Test func exactBelowTheCap() {
    var counts = CappedCounts(cap: 4, coarsening: .shift)
    for v: Int64 in [5, 5, -3, 7] { counts.add(UInt64(bitPattern: v), 0) }
    #expect(counts.level == 0)
    #expect(counts.entries.map { Int64(bitPattern: $0.a) }.sorted() == [-3, 5, 7])
    #expect(counts.total == 4)
  }

  @Test func coarsensToTheSmallestLevelThatFits() {
    var counts = CappedCounts(cap: 2, coarsening: .shift)
    for v: UInt64 in [0, 1, 2, 3] { counts.add(v, 0) }
    // Level 1 gives {0, 1} (two keys): the smallest level with ≤ 2 keys.
    #expect(counts.level == 1)
    #expect(counts.entries.map(\.count) == [2, 2])
  }

  @Test func mergeIsIndependentOfSplitAndOrder() {
    var rng = SystemRandomNumberGenerator()
    let data = (0..<3000).map { _ in UInt64.random(in: 0..<500, using: &rng) }
    var whole = CappedCounts(cap: 64, coarsening: .shift)
    for x in data { whole.add(x, 0) }
    for _ in 0..<20 {
      let cuts = (0..<4).map { _ in Int.random(in: 0...data.count, using: &rng) }.sorted()
      let bounds = [0] + cuts + [data.count]
      var parts = zip(bounds, bounds.dropFirst()).map { lo, hi in
        var part = CappedCounts(cap: 64, coarsening: .shift)
        for x in data[lo..<hi] { part.add(x, 0) }
        return part
      }
      parts.shuffle(using: &rng)
      var merged = parts[0]
      for part in parts.dropFirst() { merged.merge(part) }
      #expect(merged == whole)
    }
  }

  @Test func pathKeysRoundTripAndTruncate() {
    let codec = PathKeyCodec(stateCount: 9)
    #expect(codec.bits == 4 && codec.maxLength == 24)
    var a: UInt64 = 0, b: UInt64 = 0
    let sequence: [Int32] = (0..<26).map { Int32($0 % 9) }
    for s in sequence { codec.append(&a, &b, state: s) }
    #expect(codec.states(a, b) == sequence.prefix(24).map(Int.init))
    #expect(PathKeyCodec.isTruncated(a))
    let (ta, tb) = codec.truncated(a, b, to: 3)
    #expect(codec.states(ta, tb) == [0, 1, 2] && PathKeyCodec.isTruncated(ta))
    var c: UInt64 = 0, d: UInt64 = 0
    for s: Int32 in [8, 0, 8] { codec.append(&c, &d, state: s) }
    #expect(codec.states(c, d) == [8, 0, 8] && !PathKeyCodec.isTruncated(c))
    #expect(PathKeyCodec(stateCount: 1).bits == 1)
    #expect(PathKeyCodec(stateCount: 1_000_000).maxLength == 6)
  }
}
