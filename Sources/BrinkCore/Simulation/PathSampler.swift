/// Runs paths of a ladder and counts what happens: the inner loop of the Monte
/// Carlo simulation. One sampler per worker thread; it accumulates over every
/// chunk of paths that worker runs, then hands its counts over as
/// `SimulationStatistics`.
///
/// Per round the loop only draws uniforms and looks up small precomputed tables
/// (`LadderTables`, shared read-only by the workers): one alias draw whose column
/// already points at the next round's table (`ChainedRoundTable`, in
/// `PathSampler+Chained.swift`), or, for ladders too large for that, moves and
/// transition one by one (`PathSampler+MoveByMove.swift`). No allocation, no
/// dictionaries, no reference counting. Per path it adds the path's totals to a
/// `PathTally`. The semantics of a path are those documented on `CompiledLadder`
/// (steps 1–7); both loops follow them, drawing through the helpers of
/// `LadderTables+Draws.swift`, which `PathTracer` uses too.
///
/// Both loops are generic over how variables are held (`PathValues`): not at all
/// when the ladder has none, in SIMD lanes when the ladder allows, else in memory. The compiler specialises each.
/// When variables are held in SIMD lanes, the chained loop runs several paths at
/// once, interleaved (`runLanes`, `PathSampler+Lanes.swift`), each exactly as
/// `runChained` would run it.
struct PathSampler {
  let ladder: LadderTables
  /// Draw from the chained alias tables (`runChained`) rather than move by move.
  let useChained: Bool
  /// Run the chained draws `laneCount` paths at a time (`runLanes`) where they can.
  let useLanes: Bool
  /// Hold the variables in wide SIMD lanes (`WideLaneValues`), not in memory.
  let useWideLanes: Bool
  let occupancy: UnsafeMutablePointer<Int>
  let absorbed: UnsafeMutablePointer<Int>
  let horizonEnd: UnsafeMutablePointer<Int>
  let effectFires: UnsafeMutablePointer<Int>
  /// Per joint move (outcome), the rounds it was played.
  let jointMoves: UnsafeMutablePointer<Int>
  /// Per effect, the round of its next firing in the current path (`Int.max`: none);
  /// `laneCount` such rows, one per lane of `runLanes` (the other loops use row 0).
  let nextFire: UnsafeMutablePointer<Int>
  /// `variableCount + 1` slots for `PooledValues`.
  let pooled: UnsafeMutablePointer<Double>
  var trail: PathTrail
  /// The trails of `runLanes`' lanes.
  let laneTrails: [PathTrail]
  var tally: PathTally
  var statistics: SimulationStatistics

  /// - Parameters:
  ///   - source: the ladder, whose tables every sampler of a run shares.
  ///   - fused: draw from the chained alias tables when the ladder has them.
  ///   - lanes: run those draws several paths at a time (`runLanes`) when the
  ///     variables fit in SIMD lanes, and hold up to sixteen variables in lanes
  ///     (`WideLaneValues`); `false` only for tests comparing the loops (then
  ///     such variables are held in memory, `PooledValues`).
  init(_ source: CompiledLadder, fused: Bool, lanes: Bool = true, seed: UInt64) {
    let ladder = source.tables
    self.ladder = ladder
    useChained = ladder.drawsChained(fused: fused)
    useWideLanes = lanes && ladder.lanes == nil && ladder.wideLanes != nil
    useLanes = lanes && useChained && (ladder.lanes != nil || useWideLanes) && source.rounds > 0
    let s = source.stateCount, t = source.rounds
    func zeros<T: Numeric>(_ count: Int, _: T.Type) -> UnsafeMutablePointer<T> {
      let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(count, 1))
      pointer.initialize(repeating: 0, count: max(count, 1))
      return pointer
    }
    occupancy = zeros(s * t, Int.self)
    absorbed = zeros(s * (t + 1), Int.self)
    horizonEnd = zeros(s, Int.self)
    effectFires = zeros(ladder.effectCount, Int.self)
    jointMoves = zeros(source.jointMoveCount, Int.self)
    nextFire = zeros(ladder.effectCount * Self.laneCount, Int.self)
    pooled = zeros(source.variableCount + 1, Double.self)
    let codec = PathKeyCodec(stateCount: s)
    trail = PathTrail(codec: codec)
    laneTrails = (0..<Self.laneCount).map { _ in PathTrail(codec: codec) }
    tally = PathTally(variableCount: source.variableCount, codec: codec)
    statistics = SimulationStatistics(ladder: source, seed: seed, pathsRequested: 0)
  }

  /// Runs the paths with the given global indices. Counts them (`pathsCompleted`)
  /// but leaves `statistics.pathRanges` to the caller.
  mutating func run(paths range: Range<Int>, seed: UInt64) {
    var pathRounds = 0
    if ladder.variableCount == 0 && ladder.lanes != nil {
      // No variables: nothing to carry (`NoValues`), in either chained loop.
      let values = NoValues()
      pathRounds = useLanes ? runLanes(range, seed: seed, values: values)
        : useChained ? runChained(range, seed: seed, values: values) : runMoveByMove(range, seed: seed, values: values)
    } else if let lanes = ladder.lanes {
      let values = LaneValues(lanes.base)
      pathRounds = useLanes ? runLanes(range, seed: seed, values: values)
        : useChained ? runChained(range, seed: seed, values: values) : runMoveByMove(range, seed: seed, values: values)
    } else if useWideLanes, let lanes = ladder.wideLanes {
      let values = WideLaneValues(lanes.base)
      pathRounds = useLanes ? runLanes(range, seed: seed, values: values)
        : useChained ? runChained(range, seed: seed, values: values) : runMoveByMove(range, seed: seed, values: values)
    } else {
      let values = PooledValues(ladder: ladder, values: pooled)
      pathRounds = useChained
        ? runChained(range, seed: seed, values: values) : runMoveByMove(range, seed: seed, values: values)
    }
    statistics.pathRounds += pathRounds
    statistics.pathsCompleted += range.count
    statistics.pathsRequested += range.count
    // Which indices ran (`pathRanges`) is recorded once by the caller, who knows
    // the order the chunks were handed out in (`Simulator`, step 6): recording each
    // chunk here grew a list per worker that never coalesced when workers took
    // alternating chunks (issue 11), at a cost quadratic in the paths.
  }

  /// The start of path `path`, the same in both loops: its generator (from the
  /// seed and the path's index alone, so that a path is the same whichever worker
  /// runs it), the initial state, fresh values and trail, and every effect's first
  /// firing. Returns the generator, the state and the earliest firing.
  @inline(__always)
  func startPath<Values: PathValues>(
    _ path: Int, seed: UInt64, _ values: inout Values, _ trail: inout PathTrail, lane: Int = 0
  ) -> (rng: PathRandom, state: Int32, nextEffect: Int) {
    var rng = PathRandom(seed: seed, path: UInt64(path))
    let state = ladder.initialState
    values.start()
    trail.start(state)
    let nextEffect = firstFirings(&rng, lane: lane)
    return (rng, state, nextEffect)
  }

  /// Step 5 at round `t`: adds the round's discounted payoffs (`payoff0`,
  /// `payoff1`, plus the flow payoffs of the variables as they stand before this
  /// round's changes) to the path's totals.
  @inline(__always)
  func accrue<Values: PathValues>(
    round t: Int, _ payoff0: Double, _ payoff1: Double, _ values: Values, _ pay0: inout Double, _ pay1: inout Double
  ) {
    Self.accrue(discount: ladder.discountPowers[t], flows: ladder.hasFlowPayoffs, payoff0, payoff1, values, &pay0, &pay1)
  }

  /// Step 5 with the round's discount factor `d` given, and whether the ladder has
  /// flow payoffs (`runLanes` reads both from its own copy of the tables).
  @inline(__always)
  static func accrue<Values: PathValues>(
    discount d: Double, flows hasFlows: Bool, _ payoff0: Double, _ payoff1: Double, _ values: Values,
    _ pay0: inout Double, _ pay1: inout Double
  ) {
    let flow = hasFlows ? values.flows() : (0.0, 0.0)
    pay0 += d * (payoff0 + flow.0)
    pay1 += d * (payoff1 + flow.1)
  }

  /// Draws the first firing of every effect that draws its firings (into lane
  /// `lane`'s row of `nextFire`, in index order: the draws `nextFiring` makes for
  /// every effect, as the others draw nothing); returns the earliest firing of any
  /// effect, the others' from `certainFiringFrom`.
  @inline(__always)
  func firstFirings(_ rng: inout PathRandom, lane: Int = 0) -> Int {
    var earliest = ladder.certainFiringFrom[0]
    let nextFire = self.nextFire + lane &* ladder.effectCount
    let drawn = ladder.drawnEffects
    for i in 0..<drawn.count {
      let e = Int(drawn[i])
      nextFire[e] = ladder.nextFiring(e, from: 0, &rng)
      earliest = min(earliest, nextFire[e])
    }
    return earliest
  }

  /// Step 2 at round `t`: the effects due now fire if they apply to the state (in
  /// the order given; a joint one also if it could fire in the state the joint
  /// effects began in), each then draws its next firing. Returns the context after
  /// them and the next round at which any effect fires. Rare (skip-ahead), so kept
  /// out of the loops.
  ///
  /// Two passes, with the tables of `LadderBuilder+EffectSchedule.swift`:
  /// 1. Firing: the effects that apply in the path's state (`effectsByState`), in
  ///    index order, act if due (open at `t` and, for one that draws, drawn for
  ///    `t`). One that moves the path continues the pass in the new state's list,
  ///    after itself. Effects that do not apply are not visited: they would not act.
  /// 2. Drawing: every effect that draws and was due at `t` draws its next firing,
  ///    in index order.
  /// The same as visiting every effect in index order, acting and drawing in turn:
  /// whether an effect acts depends on the state and on its drawn firing, never on
  /// the generator's later draws, and acting draws nothing; so the draws are the
  /// same, in the same order, and so is every firing. `settled`, the state the joint
  /// effects began in, is the state at the first due joint effect that applies:
  /// no effect acts between the first due joint effect and it.
  @inline(never)
  /// `pending`: the path has not played a round in its state yet (`PathTrail.settle`);
  /// `lane`: the row of `nextFire` the path's firings are in.
  mutating func fireEffects<Values: PathValues>(
    at t: Int, pending: Bool, lane: Int, _ before: EffectContext<Values>
  ) -> (context: EffectContext<Values>, next: Int) {
    // The few tables read here, not a copy of all of `ladder` (a large value).
    let targets = ladder.effectTarget, changeStart = ladder.effectChangeStart
    let firesFrom = ladder.effectFiresFrom, firstJoint = ladder.firstJointEffect
    let first = ladder.effectFirst, last = ladder.effectLast, isDrawn = ladder.effectIsDrawn
    let byStart = ladder.effectsByStateStart, byState = ladder.effectsByState
    let S = ladder.stateCount
    let nextFire = self.nextFire + lane &* ladder.effectCount
    var c = before
    var settled = Int.max  // the state the joint effects began in
    // Pass 1.
    var i = Int(byStart[Int(c.state)]), end = Int(byStart[Int(c.state) &+ 1])
    while i < end {
      let e = Int(byState[i])
      i &+= 1
      guard first[e] <= t && t <= last[e], !isDrawn[e] || nextFire[e] == t else { continue }
      if e >= firstJoint && settled == .max { settled = Int(c.state) }
      guard e < firstJoint || firesFrom[e &* S &+ settled] else { continue }
      effectFires[e] &+= 1
      c.values.applyChanges(changeStart[e], changeStart[e + 1])
      let target = targets[e]
      if target >= 0 && target != c.state {
        c.state = target
        i = Int(byStart[Int(target)])
        end = Int(byStart[Int(target) &+ 1])
        while i < end && Int(byState[i]) <= e { i &+= 1 }
      }
    }
    // Pass 2.
    let drawn = ladder.drawnEffects
    var earliest = ladder.certainFiringFrom[t &+ 1]
    for k in 0..<drawn.count {
      let e = Int(drawn[k])
      if nextFire[e] == t { nextFire[e] = ladder.nextFiring(e, from: t &+ 1, &c.rng) }
      earliest = min(earliest, nextFire[e])
    }
    c.trail.settle(from: before.state, to: c.state, pending: pending)
    return (c, earliest)
  }

  /// `fireEffects` through values in and out: the loops' own variables are never
  /// passed by address to a call that is not inlined, which would pin them to
  /// memory for the whole loop (a store and a reload every round, on the chain of
  /// the generator's state).
  @inline(__always)
  mutating func fireEffectsKeepingRegisters<Values: PathValues>(
    at t: Int, pending: Bool, _ state: inout Int32, _ values: inout Values, _ trail: inout PathTrail, _ rng: inout PathRandom,
    lane: Int = 0
  ) -> Int {
    let after = fireEffects(
      at: t, pending: pending, lane: lane, EffectContext(state: state, values: values, trail: trail, rng: rng))
    (state, values, trail, rng) = (after.context.state, after.context.values, after.context.trail, after.context.rng)
    return after.next
  }

  /// What `fireEffects` reads and changes, passed by value.
  struct EffectContext<Values: PathValues> {
    var state: Int32
    var values: Values
    var trail: PathTrail
    var rng: PathRandom
  }

  /// The end of a path in `state` (absorbed at round `absorbedAt`, or −1 if it
  /// played every round): counts where it ended and records its totals.
  @inline(__always)
  mutating func endPath<Values: PathValues>(
    state: Int32, absorbedAt: Int, pay0: Double, pay1: Double, values: Values, key: (UInt64, UInt64)
  ) {
    let T = ladder.rounds
    var pay0 = pay0, pay1 = pay1, absorbedAt = absorbedAt
    let end = Int(state)
    if absorbedAt < 0 && ladder.terminal[end] { absorbedAt = T }
    if absorbedAt >= 0 {
      absorbed[end &* (T &+ 1) &+ absorbedAt] &+= 1
      let d = ladder.discountPowers[absorbedAt]
      pay0 += d * ladder.terminalPayoffs[2 &* end]
      pay1 += d * ladder.terminalPayoffs[2 &* end &+ 1]
      if ladder.hasHorizonPayoffs {
        let f = ladder.flowAnnuity[absorbedAt]
        pay0 += f * ladder.terminalFlows[2 &* end]
        pay1 += f * ladder.terminalFlows[2 &* end &+ 1]
      }
    } else {
      horizonEnd[end] &+= 1
      if ladder.hasHorizonPayoffs {
        let d = ladder.discountPowers[T]
        pay0 += d * ladder.horizonValues[2 &* end]
        pay1 += d * ladder.horizonValues[2 &* end &+ 1]
      }
    }
    tally.record(pay0, pay1, values, key: key, ladder: ladder)
  }

  /// Moves the flat counters into `statistics` and frees the sampler's buffers
  /// (not the shared ladder).
  mutating func finish() -> SimulationStatistics {
    let S = ladder.stateCount, T = ladder.rounds
    for t in 0..<T {
      for s in 0..<S { statistics.occupancy[t][s] += occupancy[t * S + s] }
    }
    for s in 0..<S where !statistics.absorbed[s].isEmpty {
      for t in 0...T { statistics.absorbed[s][t] += absorbed[s * (T + 1) + t] }
    }
    for s in 0..<S { statistics.horizonEnd[s] += horizonEnd[s] }
    for e in 0..<ladder.effectCount { statistics.effectFires[e] += effectFires[e] }
    for j in statistics.jointMoves.indices { statistics.jointMoves[j] += jointMoves[j] }
    tally.drain(into: &statistics)
    for pointer in [occupancy, absorbed, horizonEnd, effectFires, nextFire, jointMoves] { pointer.deallocate() }
    pooled.deallocate()
    trail.deallocate()
    for laneTrail in laneTrails { laneTrail.deallocate() }
    return statistics
  }
}
