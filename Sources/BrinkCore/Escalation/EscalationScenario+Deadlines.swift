/// Deadlines as decisions written in the scenario's own terms (`DeadlineDecision`,
/// "How it is built"), so that every driver of the round runs them unchanged.
extension EscalationScenario {
  /// The scenario with `deadline` added: its `@due` variable, one round-of-decision
  /// state per state it applies in, and the events that hand the round to the
  /// decision, inserted into `events` at `position` (where the deadline stands among
  /// the file's events, so that events of the same round keep the file's order;
  /// the end when `nil`). `deadline` is appended to `deadlines`.
  ///
  /// Events and shocks that apply in a state `S` apply in `S@NAME` too, except the
  /// events of deadlines: of two deadlines on one state in one round, the first in
  /// file order takes the round and the second lapses.
  ///
  /// - Precondition: `deadline`'s indices are valid in `self`, and it is not a
  ///   deadline of `self` yet.
  public func addingDeadline(_ deadline: DeadlineDecision, at position: Int? = nil) -> EscalationScenario {
    var s = self
    let d = deadline
    let due = s.variables.count
    let rounds = d.rounds(in: calendar)
    s.variables.append(StateVariable(name: d.dueVariableName, initial: Rational(rounds.first ?? -1)))
    let applicable = d.states.isEmpty ? states.indices.filter { !states[$0].isTerminal && !Self.isDecisionState(states[$0].name) } : d.states
    var decisionState = [Int: Int]()
    for k in applicable {
      decisionState[k] = s.states.count
      s.states.append(Self.decisionState(from: states[k], deadline: d, due: due))
    }
    // Events and shocks of `S` act in `S@NAME` too.
    func widened(_ list: [Int]) -> [Int] { list + list.compactMap { decisionState[$0] } }
    let deadlineNames = Set(deadlines.map(\.name) + [d.name])
    for e in s.events.indices where !deadlineNames.contains(s.events[e].name) { s.events[e].states = widened(s.events[e].states) }
    s.shocks = s.shocks.map { var shock = $0; shock.states = widened(shock.states); return shock }
    // The fixed model and misperception read states by index: the decision round
    // keeps the state's mix (the options uniform) and perceived payoffs.
    for b in s.behaviours.indices { s.behaviours[b] = Self.widened(s.behaviours[b], player: b, deadline: d, decisionState: decisionState, in: self) }
    // A type's table for `S` holds in `S@NAME` too (issue 14): the decision round
    // copies `S`'s payoffs unchanged (its options add effects and transitions, not
    // payoffs), so the type's table is copied the same way. A file cannot name
    // `S@NAME`, so a type cannot give that round a table of its own.
    s.types = s.types.map { list in
      list.map { var t = $0; t.payoffs = Self.widened(t.payoffs, deadline: d, decisionState: decisionState); return t }
    }
    var handOver = [ScheduledEvent]()
    for r in rounds {
      for k in applicable {
        var event = ScheduledEvent(name: d.name, date: r == rounds.first ? d.date : calendar.date(ofRound: r),
                                   effect: EventEffect(moveTo: decisionState[k]), states: [k], source: d.source)
        let isDue = Condition.compare(PayoffExpression(Rational(-r), terms: [.init(variable: due, coefficient: .one)]), .equal)
        event.condition = d.condition.map { .and([$0, isDue]) } ?? isDue
        handOver.append(event)
      }
    }
    s.events.insert(contentsOf: handOver, at: min(position ?? s.events.count, s.events.count))
    s.deadlines.append(d)
    return s
  }

  /// The state a round-of-decision state was made from (`S` for `S@NAME`), and
  /// its deadline; `nil` for any other state.
  public func deadlineSource(ofState k: Int) -> (state: Int, deadline: DeadlineDecision)? {
    for d in deadlines {
      if let source = states.firstIndex(where: { d.decisionStateName($0.name) == states[k].name }) { return (source, d) }
    }
    return nil
  }

  /// The scenario with every round-of-decision state made again from its state
  /// (`S@NAME` from `S`, as `addingDeadline` made it), so that an edit of `S`'s
  /// payoffs or transitions (the REPL's `set`, a sweep) holds in the deadline's
  /// round too: one definition of that round, whatever was edited since.
  public func refreshingDeadlines() -> EscalationScenario {
    var s = self
    for k in states.indices {
      guard let (source, d) = deadlineSource(ofState: k), let due = variableIndex(named: d.dueVariableName) else { continue }
      s.states[k] = Self.decisionState(from: states[source], deadline: d, due: due)
    }
    return s
  }

  /// Whether `name` is the name of a round-of-decision state (`S@NAME`): names in
  /// a file cannot hold `@`.
  public static func isDecisionState(_ name: String) -> Bool { name.contains("@") }

  /// Step 2 of `DeadlineDecision`: `S@NAME` from `S`.
  static func decisionState(from st: EscalationState, deadline d: DeadlineDecision, due: Int) -> EscalationState {
    let p = d.player
    var moves = st.moves
    moves[p] = st.moves[p].flatMap { m in
      d.options.map { o in Move(name: "\(m.name)+\(o.name)", label: "\(m.label); \(o.label)", posture: m.posture) }
    }
    func outcome(_ mine: Int, _ option: DeadlineDecision.Option, _ theirs: Int) -> JointOutcome {
      var o = p == 0 ? st.outcomes[mine][theirs] : st.outcomes[theirs][mine]
      o.effects += option.effects
      o.effects.append(VariableEffect(variable: due, option.extendRounds.map { .add(Rational($0)) } ?? .set(-1)))
      if let to = option.moveTo {
        o.transition = .to(to)
        o.guarded = []
      }
      return o
    }
    let mineCount = st.moves[p].count, theirCount = st.moves[1 - p].count
    let options = d.options
    // Row `i` of the decider is (move i / options.count, option i % options.count).
    let outcomes: [[JointOutcome]] = p == 0
      ? (0..<(mineCount * options.count)).map { i in (0..<theirCount).map { j in outcome(i / options.count, options[i % options.count], j) } }
      : (0..<theirCount).map { i in (0..<(mineCount * options.count)).map { j in outcome(j / options.count, options[j % options.count], i) } }
    var decision = EscalationState(name: d.decisionStateName(st.name),
                                   description: st.description.isEmpty ? "\(st.name), the round of the deadline '\(d.name)'" : "\(st.description) (the round of the deadline '\(d.name)')",
                                   moves: moves, timing: st.timing, outcomes: outcomes)
    decision.availability = nil
    return decision
  }

  /// A behaviour read by state index, extended to the decision states.
  static func widened(_ b: PlayerBehaviour, player: Int, deadline d: DeadlineDecision, decisionState: [Int: Int],
                      in original: EscalationScenario) -> PlayerBehaviour {
    var b = b
    let count = d.options.count
    if case .fixed(var strategies) = b.model {
      let total = decisionState.values.max().map { $0 + 1 } ?? strategies.count
      strategies += [[Rational]?](repeating: nil, count: max(0, total - strategies.count))
      for (k, decision) in decisionState {
        guard k < strategies.count, let mix = strategies[k] else { continue }
        strategies[decision] = player == d.player ? mix.flatMap { q in [Rational](repeating: q / Rational(count), count: count) } : mix
      }
      b.model = .fixed(strategies: strategies)
    }
    b.perceivedPayoffs = widened(b.perceivedPayoffs, deadline: d, decisionState: decisionState)
    return b
  }

  /// `overrides` (perceived payoffs, a type's payoffs) with each entry of a state `S`
  /// copied to `S@NAME`, once per option of the decider's move: the cell of the
  /// decision round whose payoffs `decisionState(from:deadline:due:)` copied from it.
  static func widened(_ overrides: [PayoffOverride], deadline d: DeadlineDecision, decisionState: [Int: Int]) -> [PayoffOverride] {
    let count = d.options.count
    var added = [PayoffOverride]()
    for o in overrides {
      guard let decision = decisionState[o.state] else { continue }
      for option in 0..<count {
        var copy = o
        copy.state = decision
        if d.player == 0 { copy.rowMove = o.rowMove * count + option } else { copy.columnMove = o.columnMove * count + option }
        added.append(copy)
      }
    }
    return overrides + added
  }
}
