extension PathSampler {
  /// Paths in flight at once in `runLanes`.
  static let laneCount = 4

  /// One path in flight in a lane of `runLanes`: what `runChained` keeps in its
  /// locals for the path it is running.
  struct PathLane<Values: PathValues> {
    var rng = PathRandom(seed: 0, path: 0)
    var state: Int32 = 0
    /// The state of the last round played (−1: none yet), for `PathTrail.settle`.
    var previous: Int32 = -1
    var codeOffset: Int32 = 0
    var cell: UInt64 = 0
    var t = 0
    var nextEffect = Int.max
    var absorbedAt = -1
    var pay0 = 0.0, pay1 = 0.0
    var values: Values
    var trail: PathTrail
    /// False once the range has no path left for this lane.
    var live = false
  }

  /// Runs paths as `runChained` does, `laneCount` at a time: returns the rounds
  /// played, and leaves every count exactly as `runChained` would.
  ///
  /// Why: a path is a chain of dependent steps — a round's alias draw needs the
  /// cell the previous draw picked (multiply, load, select), and the generator's
  /// state is a chain of its own — so one path at a time leaves the core waiting
  /// on latencies (issue 11: a serial chain of two draws, a 128-bit multiply, a
  /// table load and a select each round). Paths are independent, so the rounds of
  /// `laneCount` paths, interleaved, overlap each other's latencies.
  ///
  /// Steps:
  /// 1. Each lane starts the next path of the range (`startPath`, its effects'
  ///    firings in its own row of `nextFire`).
  /// 2. In turn, each live lane plays one round of its path (`laneRound`): the
  ///    body of `runChained`, effects and terminal checks included, on the lane's
  ///    own generator, state, values and trail.
  /// 3. A lane whose path ended records it (`endPath`) and takes the next path
  ///    (step 1), or stops when none is left; the loop ends when every lane has.
  ///
  /// Identical results: each path draws from its own stream (`PathRandom`) and
  /// does exactly what `runChained` does with it; only the order in which paths
  /// finish differs, and every statistic is an integer sum, a minimum or maximum,
  /// or a capped table that depends on the keys seen and not on their order
  /// (`CountTable`). A test runs both loops and compares the statistics.
  mutating func runLanes<Values: PathValues>(_ range: Range<Int>, seed: UInt64, values prototype: Values) -> Int {
    var next = range.lowerBound
    var pathRounds = 0
    var l0 = PathLane(values: prototype, trail: laneTrails[0])
    var l1 = PathLane(values: prototype, trail: laneTrails[1])
    var l2 = PathLane(values: prototype, trail: laneTrails[2])
    var l3 = PathLane(values: prototype, trail: laneTrails[3])
    // Step 1.
    startLane(&l0, 0, &next, range.upperBound, seed)
    startLane(&l1, 1, &next, range.upperBound, seed)
    startLane(&l2, 2, &next, range.upperBound, seed)
    startLane(&l3, 3, &next, range.upperBound, seed)
    // Steps 2–3.
    while l0.live || l1.live || l2.live || l3.live {
      if l0.live && laneRound(&l0, lane: 0) { pathRounds &+= endLane(&l0, 0, &next, range.upperBound, seed) }
      if l1.live && laneRound(&l1, lane: 1) { pathRounds &+= endLane(&l1, 1, &next, range.upperBound, seed) }
      if l2.live && laneRound(&l2, lane: 2) { pathRounds &+= endLane(&l2, 2, &next, range.upperBound, seed) }
      if l3.live && laneRound(&l3, lane: 3) { pathRounds &+= endLane(&l3, 3, &next, range.upperBound, seed) }
    }
    return pathRounds
  }

  /// Step 1: lane `lane` starts path `next` (and moves `next` on), or stops if
  /// `next` is past the range.
  @inline(__always)
  func startLane<Values: PathValues>(_ l: inout PathLane<Values>, _ lane: Int, _ next: inout Int, _ end: Int, _ seed: UInt64) {
    guard next < end else {
      l.live = false
      return
    }
    (l.rng, l.state, l.nextEffect) = startPath(next, seed: seed, &l.values, &l.trail, lane: lane)
    next &+= 1
    l.previous = -1
    l.codeOffset = 0
    l.cell = ladder.chain!.cell(round: 0, codeOffset: 0, state: l.state)
    l.t = 0
    l.absorbedAt = -1
    l.pay0 = 0
    l.pay1 = 0
    l.live = true
  }

  /// Step 3: records the lane's finished path and starts the next; returns the
  /// rounds the finished path played.
  @inline(__always)
  mutating func endLane<Values: PathValues>(
    _ l: inout PathLane<Values>, _ lane: Int, _ next: inout Int, _ end: Int, _ seed: UInt64
  ) -> Int {
    let rounds = l.absorbedAt < 0 ? ladder.rounds : l.absorbedAt
    endPath(state: l.state, absorbedAt: l.absorbedAt, pay0: l.pay0, pay1: l.pay1, values: l.values, key: l.trail.key())
    startLane(&l, lane, &next, end, seed)
    return rounds
  }

  /// Step 2: one round of the lane's path, as in `runChained` (its steps 1–7 and
  /// the effect rounds); returns true when the path has ended (absorbed, with
  /// `absorbedAt` set, or past the horizon).
  @inline(__always)
  mutating func laneRound<Values: PathValues>(_ l: inout PathLane<Values>, lane: Int) -> Bool {
    let chain = ladder.chain.unsafelyUnwrapped
    // Steps 1–3 at a round with effects: terminal, round effects (the cell is
    // looked up again, as they may move the path).
    if l.t == l.nextEffect {
      if l.cell >> 32 == 0 {
        l.absorbedAt = l.t
        return true
      }
      l.nextEffect = fireEffectsKeepingRegisters(
        at: l.t, pending: l.previous != l.state, &l.state, &l.values, &l.trail, &l.rng, lane: lane)
      l.cell = chain.cell(round: l.t, codeOffset: l.codeOffset, state: l.state)
    }
    // Step 4: occupancy, then moves and transition in one alias draw; steps 1 and
    // 3 (terminal: an empty cell) on the way.
    guard l.cell >> 32 != 0 else {
      l.absorbedAt = l.t
      return true
    }
    let e: Int
    (e, l.cell) = chain.draw(l.cell, &l.rng)
    occupancy[l.t &* ladder.stateCount &+ Int(l.state)] &+= 1
    let outcome = chain.outcomes[e]
    jointMoves[Int(outcome.joint)] &+= 1
    // Step 5: payoffs, with the variables as they stand before this round's changes.
    accrue(round: l.t, outcome.payoff0, outcome.payoff1, l.values, &l.pay0, &l.pay1)
    // Steps 6–7: variable changes, the transition, the memory block.
    l.values.applyOutcome(Int(outcome.joint))
    l.trail.step(from: l.state, to: outcome.next)
    l.previous = l.state
    l.state = outcome.next
    l.codeOffset = outcome.codeOffset
    l.t &+= 1
    return l.t == ladder.rounds
  }
}
