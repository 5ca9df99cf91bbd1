import BrinkCore

/// The state graph: every state reachable from the initial one, and no non-terminal
/// state a path can never leave.
extension ScenarioValidator {
  /// Successors of each state: transitions with positive probability (joint moves no
  /// entry covers stay put), event and shock targets that apply there.
  ///
  /// Complexity: O(states × joint moves × entries + events + shocks + states × targets):
  /// the events' and shocks' targets are gathered once, by the states they apply in.
  func successors() -> [String: Set<String>] {
    // Targets of events and shocks: everywhere (no `in`/`from` list), or per state.
    var everywhere = Set<String>()
    var byState: [String: Set<String>] = [:]
    func add(_ target: Located<String>?, in states: [Located<String>]) {
      guard let target else { return }
      if states.isEmpty { everywhere.insert(target.value) }
      for st in states { byState[st.value, default: []].insert(target.value) }
    }
    for e in s.events {
      add(e.goto, in: e.within)
      // A deadline's options may each send the game elsewhere.
      for o in e.decision?.options ?? [] { add(o.goto, in: e.within) }
    }
    for sh in s.shocks where (sh.probability?.value ?? 0) > .zero { add(sh.goto, in: sh.from) }
    var next: [String: Set<String>] = [:]
    for st in s.states where !st.terminal {
      var out = Set<String>()
      let rows = st.moves[0].map(\.value), cols = st.moves[1].map(\.value)
      for a in rows {
        for b in cols {
          // Every entry that may decide, up to the first that always does.
          var decided = false
          for t in st.transitions where t.key.matches(a, b) {
            for next in t.allNext {
              for (k, o) in next.outcomes.enumerated() where o.probability.value > .zero || next.expressions[k] != nil {
                out.insert(o.state.value)
              }
            }
            if t.otherwise != nil { decided = true; break }
          }
          if !decided { out.insert(st.id.value) }
        }
      }
      out.formUnion(dealSuccessors(st))
      out.formUnion(everywhere)
      out.formUnion(byState[st.id.value, default: []])
      // A state that closes sends the game to its `otherwise` state.
      if let o = st.otherwise { out.insert(o.value) }
      next[st.id.value] = out.filter { state(named: $0) != nil }
    }
    return next
  }

  func checkGraph() {
    guard let first = s.states.first else { return }
    let initial = s.initial?.value ?? first.id.value
    guard state(named: initial) != nil else { return }
    let next = successors()
    // Breadth-first search from the initial state.
    var seen: Set<String> = [initial]
    var queue = [initial]
    while let current = queue.popLast() {
      for n in next[current, default: []] where seen.insert(n).inserted { queue.append(n) }
    }
    for st in s.states where !seen.contains(st.id.value) {
      sink.error(at: st.id.location, "state '\(st.id.value)' is unreachable from the initial state '\(initial)'", length: st.id.length,
                 notes: ["no transition, event or shock from a reachable state leads to it"])
    }
    for st in s.states where !st.terminal && seen.contains(st.id.value) {
      if next[st.id.value, default: []].subtracting([st.id.value]).isEmpty && s.states.count > 1 {
        sink.error(at: st.id.location, "state '\(st.id.value)' is a dead end: every move, event and shock leaves the game in it", length: st.id.length,
                   notes: ["mark it 'terminal: true', or add a transition out of it"])
      }
    }
  }
}
