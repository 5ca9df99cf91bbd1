/// Deals with content written in the scenario's own terms (`DealMenu`, "How it is
/// built"), so that every driver of the round runs them unchanged.
extension EscalationScenario {
  /// The scenario with `menu` written into it: the bargaining state `menu.state`
  /// made (its moves and outcomes replaced), one state per round of each package in
  /// force appended, and the events and shocks that applied everywhere kept out of
  /// those rounds. `menu` is appended to `dealMenus`.
  ///
  /// - Precondition: `menu`'s indices are valid in `self`, its state is not
  ///   terminal, it has at least one package, and every package lasts at least one
  ///   round and only adds to variables.
  public func addingDealMenu(_ menu: DealMenu) -> EscalationScenario {
    var s = self
    let k = menu.state, p = menu.proposer
    let original = states
    // Step 2: the rounds of each package in force.
    var firstRound = [Int]()
    for package in menu.packages {
      firstRound.append(s.states.count)
      for r in 1...package.rounds {
        let here = s.states.count
        let last = r == package.rounds
        let keep = Move(name: DealMenu.keep, label: "keep the deal '\(package.name)'", posture: .hold)
        let outcome = JointOutcome(payoffs: menu.flow, transition: .to(last ? k : here + 1),
                                   effects: last ? package.lapse : [])
        s.states.append(EscalationState(
          name: DealMenu.roundStateName(states[k].name, package: package.name, round: r),
          description: "the deal '\(package.name)' in force, round \(r) of \(package.rounds)",
          moves: [[keep], [keep]], timing: .simultaneous, outcomes: [[outcome]]))
      }
    }
    // Step 1: the bargaining round.
    let offers = menu.packages.map { Move(name: $0.name, label: "offer \($0.label)", posture: .hold) }
    let answers = [Move(name: DealMenu.answers[0], label: "accept the offer", posture: .hold),
                   Move(name: DealMenu.answers[1], label: "refuse the offer", posture: .escalate)]
    func outcome(_ offer: Int, _ answer: Int) -> JointOutcome {
      answer == 0
        ? JointOutcome(payoffs: menu.flow, transition: .to(firstRound[offer]), effects: menu.packages[offer].effects)
        : JointOutcome(payoffs: menu.flow, transition: menu.noDeal)
    }
    s.states[k].moves = p == 0 ? [offers, answers] : [answers, offers]
    s.states[k].timing = .sequential(firstMover: p)
    s.states[k].outcomes = p == 0
      ? offers.indices.map { i in answers.indices.map { j in outcome(i, j) } }
      : answers.indices.map { j in offers.indices.map { i in outcome(i, j) } }
    // Step 3: a deal in force runs its course.
    let everywhere = original.indices.filter { !original[$0].isTerminal }
    for e in s.events.indices where s.events[e].states.isEmpty { s.events[e].states = everywhere }
    s.shocks = s.shocks.map { var shock = $0; if shock.states.isEmpty { shock.states = everywhere }; return shock }
    s.dealMenus.append(menu)
    return s
  }

  /// The menu offered in state `k`, if it is a bargaining state.
  public func dealMenu(inState k: Int) -> DealMenu? {
    dealMenus.first { $0.state == k }
  }

  /// Whether state `k` is a round of a deal in force (`S@P.r`), made by
  /// `addingDealMenu`.
  public func isDealRound(_ k: Int) -> Bool {
    dealMenus.contains { m in
      m.packages.contains { p in
        (1...max(1, p.rounds)).contains { DealMenu.roundStateName(states[m.state].name, package: p.name, round: $0) == states[k].name }
      }
    }
  }
}
