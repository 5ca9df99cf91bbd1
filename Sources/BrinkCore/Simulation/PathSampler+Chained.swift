extension PathSampler {
  /// Runs paths drawing each round from the chained alias tables
  /// (`ChainedRoundTable`); returns the rounds played.
  ///
  /// A path carries `cell`, the packed `start | count << 32` of the alias table it
  /// draws from next (count 0: the state is terminal). Between rounds at which
  /// effects fire, a round:
  /// 1. (`LadderTables.ChainTables.draw`, shared with `PathTracer`.)
  ///    Column i = start + ⌊u₁ · count⌋ (the high word of a 64-bit u₁ · count);
  ///    keep it if a 53-bit u₂ < its threshold, else take its alias. The column
  ///    holds both candidates' next cells, so the select yields the next cell
  ///    directly: the only chain from round to round is multiply, load, select.
  /// 2. Everything else — occupancy, payoffs, variables, the path's trail — hangs
  ///    off that chain and overlaps with the next round's draw.
  /// A cell of one column draws nothing, as in `FusedRoundTable`; a round effect
  /// (rare, drawn by skip-ahead) may move the path, and the cell is then looked up
  /// again from (round, memory block, state).
  mutating func runChained<Values: PathValues>(_ range: Range<Int>, seed: UInt64, values prototype: Values) -> Int {
    let L = ladder
    let S = L.stateCount, T = L.rounds
    let chain = L.chain!, outcomes = chain.outcomes, occupancy = self.occupancy, jointMoves = self.jointMoves
    // Locals, not `inout` parameters or fields, so that the compiler can keep the
    // path's state (generator, values, trail) in registers across the loop.
    var values = prototype
    var trail = self.trail
    defer { self.trail = trail }
    var pathRounds = 0
    for path in range {
      var (rng, state, nextEffect) = startPath(path, seed: seed, &values, &trail)
      var pay0 = 0.0, pay1 = 0.0
      var codeOffset: Int32 = 0
      var absorbedAt = -1
      // The state the path played its last round in (none yet): where an effect
      // finds it in another, that state was not played in (`PathTrail.settle`).
      var previous: Int32 = -1
      var cell = chain.cell(round: 0, codeOffset: 0, state: state)
      var t = 0
      rounds: while t < T {
        // Steps 1–3 at a round with effects: terminal, round effects (the cell is
        // looked up again, as they may move the path).
        if t == nextEffect {
          if cell >> 32 == 0 {
            absorbedAt = t
            break rounds
          }
          nextEffect = fireEffectsKeepingRegisters(at: t, pending: previous != state, &state, &values, &trail, &rng)
          cell = chain.cell(round: t, codeOffset: codeOffset, state: state)
        }
        // Rounds up to the next effect: no effect check inside.
        let stop = min(T, nextEffect)
        while t < stop {
          // Step 4: occupancy, then moves and transition in one alias draw; steps
          // 1 and 3 (terminal: an empty cell) on the way.
          guard cell >> 32 != 0 else {
            absorbedAt = t
            break rounds
          }
          let e: Int
          (e, cell) = chain.draw(cell, &rng)
          occupancy[t &* S &+ Int(state)] &+= 1
          let outcome = outcomes[e]
          jointMoves[Int(outcome.joint)] &+= 1
          // Step 5: payoffs, with the variables as they stand before this round's changes.
          accrue(round: t, outcome.payoff0, outcome.payoff1, values, &pay0, &pay1)
          // Steps 6–7: variable changes, the transition, the memory block.
          values.applyOutcome(Int(outcome.joint))
          trail.step(from: state, to: outcome.next)
          previous = state
          state = outcome.next
          codeOffset = outcome.codeOffset
          t &+= 1
        }
      }
      pathRounds &+= absorbedAt < 0 ? T : absorbedAt
      endPath(state: state, absorbedAt: absorbedAt, pay0: pay0, pay1: pay1, values: values, key: trail.key())
    }
    return pathRounds
  }
}
