/// Step 5 of the compile step: merges the variants whose futures are equal, so that
/// the simulator's ladder is exact and no larger than the solved strategies need.
///
/// Two variants may share a ladder state when everything the simulator does from
/// them is the same: the scenario state (hence moves, transition chances and
/// variable changes), the outcome and arrival payoffs, each player's strategy row in
/// every round, and — recursively — the ladder states their transitions and their
/// events and shocks lead to. The coarsest such partition is found by Moore's
/// partition refinement (E. F. Moore, "Gedanken-experiments on sequential machines",
/// *Automata Studies*, 1956; the minimisation of a finite automaton, Hopcroft and
/// Ullman, *Introduction to Automata Theory*, 1979, §3.4):
///
/// 1. Start from the blocks of equal *own* signature (state, payoffs, rows; not the
///    rows of a history rule, which the simulator plays from the memory it keeps).
/// 2. Split every block whose members lead, by some transition branch or some
///    effect, into different blocks; repeat until no block splits.
/// 3. Number the blocks in the order of (scenario state, first member), so a
///    scenario whose strategies do not depend on the path gets one ladder state
///    per scenario state, in the scenario's order.
///
/// Don't-cares. A variant's row in a round no path can be in it, where an effect
/// would lead it in a round no path meets it there, and the outcomes of a variant
/// in which no path ever moves (one met only between a round's events, or at the
/// horizon) are never used, so they are filled to help merging (an effect with a
/// `when:` condition excepted: where it has no copy, its condition may have failed
/// with paths there, so nothing is filled for it): a row with the one
/// row that the occupied variants of its scenario state have in that round (uniform
/// when they disagree); an effect's target with that of the first variant of the
/// same scenario state the effect reaches; outcomes with those of the first variant
/// of the same scenario state in which paths move. Filled values only ever agree
/// with real ones inside a block, so the merged ladder does what each member does
/// wherever a path can be.
///
/// Complexity: O(R · (V + E)) for V variants, E transition branches and effect
/// copies, R ≤ V refinement rounds (in practice about the horizon).
struct LadderQuotient {
  /// `block[v]`: the ladder state of variant `v`.
  var block: [Int]
  /// `representatives[b]`: the first variant of block `b`.
  var representatives: [Int]
  /// `outcomeSource[v]`: the variant whose outcomes stand for `v`'s (itself, unless
  /// no path moves in `v`).
  var outcomeSource: [Int]
  /// `filledRows[p][t][v]`: the row the ladder uses for variant `v` in round `t`.
  var filledRows: [[[[Double]]]]

  /// The coarsest partition (steps 1–3); the identity when the merged effects
  /// could not be ordered (see `effectGroups`).
  /// `reactive[p]`: player `p`'s rows are not part of a variant's signature (a
  /// history rule, which the simulator applies to the memory it tracks itself).
  /// `conditional[e]`: effect `e` (events, then shocks, as `v.templates`) has a
  /// `when:` condition, so a variant it has no copy at may be one where paths are
  /// but the condition fails: its target there is not a don't-care.
  init(_ v: NodeVariants, scenarioStates: [Int], reactive: [Bool] = [false, false], conditional: [Bool] = []) {
    self.init(identity: v, scenarioStates: scenarioStates)
    let n = v.keys.count
    let T = filledRows.first?.count ?? 0

    // Step 1.
    let source = outcomeSource
    var rowIDs = [[Double]: Int]()
    struct Own: Hashable {
      var scenarioState: Int
      var payoffs: [Double]
      var rows: [Int]
    }
    var ownIDs = [Own: Int]()
    var blocks = [Int](repeating: 0, count: n)
    for u in 0..<n {
      let state = v.states[source[u]]
      var own = Own(scenarioState: scenarioStates[u], payoffs: state.terminalPayoffs, rows: [])
      own.payoffs += (state.terminalFlows ?? []) + (state.horizonValues ?? [])
      for o in state.outcomes { own.payoffs += o.payoffs }
      for p in 0..<2 where !reactive[p] {
        for t in 0..<T {
          let row = filledRows[p][t][u]
          if let id = rowIDs[row] { own.rows.append(id) } else {
            rowIDs[row] = rowIDs.count
            own.rows.append(rowIDs.count - 1)
          }
        }
      }
      if let id = ownIDs[own] { blocks[u] = id } else {
        ownIDs[own] = ownIDs.count
        blocks[u] = ownIDs.count - 1
      }
    }

    // Step 2. Effect targets, with the don't-cares filled.
    let live = v.templates.indices.filter { v.templates[$0] != nil }
    var fillSource = [[Int: Int]](repeating: [:], count: v.copies.count)
    for e in live where !(conditional.indices.contains(e) && conditional[e]) {
      for u in v.copies[e].keys.sorted() where fillSource[e][scenarioStates[u]] == nil {
        fillSource[e][scenarioStates[u]] = u
      }
    }
    let effectTarget: [[Int]] = live.map { e in
      (0..<n).map { u in
        if let w = v.copies[e][u] { return w }
        if let source = fillSource[e][scenarioStates[u]] { return v.copies[e][source]! }
        return -1
      }
    }
    var count = ownIDs.count
    while true {
      var keys = [[Int]: Int]()
      var next = [Int](repeating: 0, count: n)
      for u in 0..<n {
        var key = [blocks[u]]
        for o in v.states[source[u]].outcomes { for b in o.transitions { key.append(blocks[b.to]) } }
        for targets in effectTarget { key.append(targets[u] < 0 ? -1 : blocks[targets[u]]) }
        if let id = keys[key] { next[u] = id } else {
          keys[key] = keys.count
          next[u] = keys.count - 1
        }
      }
      blocks = next
      if keys.count == count { break }
      count = keys.count
    }

    // Step 3.
    var first = [Int](repeating: n, count: count)
    for u in 0..<n where first[blocks[u]] == n { first[blocks[u]] = u }
    let order = (0..<count).sorted { (scenarioStates[first[$0]], first[$0]) < (scenarioStates[first[$1]], first[$1]) }
    var number = [Int](repeating: 0, count: count)
    for (k, b) in order.enumerated() { number[b] = k }
    let merged = LadderQuotient(block: blocks.map { number[$0] }, representatives: order.map { first[$0] },
                                outcomeSource: source, filledRows: filledRows)
    guard live.allSatisfy({ merged.effectGroups(v.copies[$0]) != nil }) else { return }
    self = merged
  }

  /// One ladder state per variant.
  init(identity v: NodeVariants, scenarioStates: [Int]) {
    let n = v.keys.count
    let T = v.rows.first?.count ?? 0
    var filled = [[[[Double]]]]()
    for p in 0..<2 {
      var byRound = [[[Double]]]()
      for t in 0..<T {
        // The one row the occupied variants of each scenario state have, if one.
        var only = [Int: [Double]?]()
        for u in 0..<n {
          guard let row = v.rows[p][t][u] else { continue }
          let s = scenarioStates[u]
          if let seen = only[s] { if seen != row { only[s] = .some(nil) } } else { only[s] = .some(row) }
        }
        byRound.append((0..<n).map { u in
          if let row = v.rows[p][t][u] { return row }
          let state = v.states[u]
          if state.isTerminal { return [] }
          if let one = only[scenarioStates[u]], let row = one { return row }
          let m = state.moves[p].count
          return Array(repeating: 1 / Double(m), count: m)
        })
      }
      filled.append(byRound)
    }
    // Where paths move: a variant with a row in some round.
    let moves = (0..<n).map { u in v.rows[0].contains { $0[u] != nil } }
    var firstMoving = [Int: Int]()
    for u in 0..<n where moves[u] && firstMoving[scenarioStates[u]] == nil { firstMoving[scenarioStates[u]] = u }
    let source = (0..<n).map { u in moves[u] || v.states[u].isTerminal ? u : firstMoving[scenarioStates[u]] ?? u }
    self.init(block: Array(0..<n), representatives: Array(0..<n), outcomeSource: source, filledRows: filled)
  }

  private init(block: [Int], representatives: [Int], outcomeSource: [Int], filledRows: [[[[Double]]]]) {
    self.block = block
    self.representatives = representatives
    self.outcomeSource = outcomeSource
    self.filledRows = filledRows
  }

  /// One effect's copies between blocks (step 6 of the compile step): the blocks
  /// that lead to themselves first (`to` nil: a change of variables only), then one
  /// group per target block, each after every group its target leads on from, so a
  /// path meets at most one copy in a round. Nil when that order does not exist
  /// (two blocks leading to each other), which the identity partition never has.
  func effectGroups(_ copies: [Int: Int]) -> [(from: [Int], to: Int?)]? {
    var target = [Int: Int]()
    for (u, w) in copies { target[block[u]] = block[w] }
    let stay = target.keys.filter { target[$0] == $0 }.sorted()
    var sources = [Int: [Int]]()
    for (b, t) in target where b != t { sources[t, default: []].append(b) }
    // Group `t` must come after the group that block `t` itself belongs to (if any).
    var placed = Set<Int>(), groups = [(from: [Int], to: Int?)]()
    if !stay.isEmpty { groups.append((stay, nil)) }
    var pending = sources.keys.sorted()
    while !pending.isEmpty {
      let ready = pending.filter { t in
        guard let next = target[t], next != t else { return true }
        return placed.contains(next)
      }
      guard !ready.isEmpty else { return nil }
      for t in ready {
        groups.append((sources[t]!.sorted(), t))
        placed.insert(t)
      }
      pending.removeAll { placed.contains($0) }
    }
    return groups
  }
}
