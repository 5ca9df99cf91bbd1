/// Part of step 6 of `LadderBuilder`: the round effects indexed for the sampler's
/// round of effects (`PathSampler.fireEffects`), so that it visits only the effects
/// that can act on the path's state, and draws only for the effects that draw.
///
/// Why: the compile step makes one copy of an event or shock per block it leads to
/// (`SolvedScenario+Compile.swift`, step 6), so a scenario with dated events and
/// many in-force states has dozens of effects, each acting in a few states. Visiting
/// every one of them at every path's start and at every round with an effect was
/// 37% of the default scenario's Monte Carlo time (issue 13); in any one state only
/// about one copy per event or shock applies.
///
/// Tables:
/// - `effectsByState`: per state, the effects that apply there (`effectApplies`),
///   in index order (the order in which a round's effects act).
/// - `drawnEffects`: the effects that draw their firings, in index order. An effect
///   draws exactly when its window is open and its gap table's first entry is below
///   2⁵³, the test `LadderTables.nextFiring` makes; any other fires in every round
///   of its window (its next firing from `t` is `max(t, first)`), drawing nothing.
/// - `certainFiringFrom[t]`: the first round at or after `t` in which an effect that
///   does not draw fires.
extension LadderBuilder {
  mutating func addEffectSchedule() {
    let first = tables.effectFirst, last = tables.effectLast
    let gapStart = tables.gapStart, gaps = tables.gapThreshold, applies = tables.effectApplies
    let S = states.count, E = effects.count, T = max(rounds, 0)
    var drawn: [Int32] = [], isDrawn: [Bool] = []
    var certainOpen = Array(repeating: false, count: T)
    for e in 0..<E {
      let lo = max(first[e], 0), hi = min(last[e], T - 1)
      let open = lo <= hi
      let draws = open && gaps[gapStart[e]] < Threshold53.unit
      isDrawn.append(draws)
      if draws {
        drawn.append(Int32(e))
      } else if open {
        for t in lo...hi { certainOpen[t] = true }
      }
    }
    var from = Array(repeating: Int.max, count: T + 1)
    for t in stride(from: T - 1, through: 0, by: -1) { from[t] = certainOpen[t] ? t : from[t + 1] }
    var byStateStart: [Int32] = [0], byState: [Int32] = []
    for s in 0..<S {
      for e in 0..<E where applies[e * S + s] { byState.append(Int32(e)) }
      byStateStart.append(Int32(byState.count))
    }
    let store = tables.storage
    tables.drawnEffects = store.store(drawn)
    tables.effectIsDrawn = store.store(isDrawn)
    tables.certainFiringFrom = store.store(from)
    tables.effectsByStateStart = store.store(byStateStart)
    tables.effectsByState = store.store(byState)
  }
}
