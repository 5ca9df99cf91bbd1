import BrinkCore
import BrinkFormats

/// `sweep` for the scenario's parameters: a transition probability, the discount
/// and a player's logit λ. Each solves copies of the scenario; the session itself
/// (scenario, position, undo, solve cache) is never changed.
extension Session {
  static let sweepParameters = ["payoff", "probability", "discount", "lambda"]

  /// The loaded scenario and the position, or an error saying why there is none.
  func sweepScenario(_ what: String) throws(CommandError) -> (ScenarioDocument, LadderNode) {
    guard let document, let position else { throw CommandError("'sweep \(what)' needs a scenario; \(name) is a plain game") }
    if isAtTerminal { throw CommandError("the scenario has ended; there is nothing left to sweep") }
    return (document, position)
  }

  /// Solves a copy of the scenario for a sweep (never the session's cached solve).
  /// `graph`: an earlier point's ladder, when the sweep varies only what the graph
  /// does not read (`EscalationSolver.solve(_:behaviours:graph:)`).
  func solveForSweep(_ scenario: EscalationScenario, behaviours: [PlayerBehaviour]? = nil,
                     graph: LadderGraph? = nil) throws(CommandError) -> SolvedScenario {
    do {
      return try EscalationSolver.solve(scenario, behaviours: behaviours, graph: graph, shouldContinue: shouldContinue)
    } catch let error as EscalationError {
      if case .cancelled = error { throw CommandError("interrupted; the session is unchanged") }
      throw CommandError("cannot solve \(name): \(error.description)")
    } catch {
      throw CommandError("cannot solve \(name): \(error)")
    }
  }

  /// The index in `solved.graph.rounds[t]` of the session's position: its state
  /// and the values of the variables the ladder tracks (a plain game: the one
  /// node of round 0). `nil` when round `t` has no node in that state.
  func positionNode(in solved: SolvedScenario, round t: Int) -> Int? {
    guard let position else { return t >= 0 && t < solved.nodes.count ? solved.nodeIndices(round: t, state: 0).first : nil }
    return solved.nodeIndex(round: t, of: position, matchingMemory: false)
  }

  /// `sweep probability ROWMOVE COLUMNMOVE STATE FROM TO`.
  func sweepProbability(_ arguments: [String]) throws(CommandError) -> String {
    let usage = "sweep probability ROWMOVE COLUMNMOVE STATE FROM TO"
    let (doc, position) = try sweepScenario("probability")
    try expectCount(arguments, 5...5, usage: usage)
    let i = try move(named: arguments[0], of: 0, usage: usage)
    let j = try move(named: arguments[1], of: 1, usage: usage)
    let target = try checkState(arguments[2], usage: usage)
    let from = try number(arguments[3], argument: "FROM", usage: usage)
    let to = try number(arguments[4], argument: "TO", usage: usage)
    guard from >= .zero && to <= .one else {
      throw CommandError("FROM and TO are probabilities: they must be from 0 to 1, not \(from) and \(to)", usage: usage)
    }
    guard from < to else { throw CommandError("FROM must be less than TO", usage: usage) }
    let s = position.state
    let names = stateNames
    func scenario(_ p: Rational) -> EscalationScenario {
      var copy = doc.scenario
      let old = copy.states[s].outcomes[i][j].transition
      copy.states[s].outcomes[i][j].transition = old.settingProbability(of: target, to: p, otherwiseTo: s)
      // An edit of a state holds in its deadline's round too (a deadline's round itself is swept as it is).
      return copy.deadlineSource(ofState: s) == nil ? copy.refreshingDeadlines() : copy
    }
    let label = "the probability that \(profileText(i, j)) in \(names[s]) leads to \(names[target])"
    let t = round - 1
    // Exact when the folded stage game is affine in p (`AffineGame.fitted`).
    let solved1 = try solveForSweep(scenario(AffineGame.probes.first))
    guard let n1 = positionNode(in: solved1, round: t), let g1 = solved1.nodes[t][n1].stageGame else {
      throw CommandError("round \(round) is past the scenario's horizon; no moves are made here")
    }
    let reason: String
    if !solved1.isExact {
      reason = "A logit player makes every solve approximate"
    } else if solved1.graph.reachesAgain(round: t, node: n1, state: s) {
      reason = "\(names[s].capitalizedFirst) can be reached again from here, so the continuation values depend on p too"
    } else {
      let fitted = try AffineGame.fitted(first: g1) { p throws(CommandError) in
        try stageGame(of: solveForSweep(scenario(p)), round: t)
      }
      if let line = fitted {
        return try affineSweepText(AffineSweep(game: line), of: line.base, from: from, to: to, label: label, variable: "p")
          + "\n" + Self.affineNote(line, state: names[s])
      }
      reason = "The continuation values turned out to depend on p"
    }
    return try bisectionSweep(label: label, symbol: "p", from: from, to: to, reason: reason) { p throws(CommandError) in
      try solveForSweep(scenario(p))
    }
  }

  /// The folded stage game at the position in `solved`.
  private func stageGame(of solved: SolvedScenario, round t: Int) throws(CommandError) -> Bimatrix {
    guard let n = positionNode(in: solved, round: t), let g = solved.nodes[t][n].stageGame else {
      throw CommandError("the current position is not reached when the probability changes")
    }
    return g
  }

  /// Which folded payoffs move with p, and why the break points are exact.
  static func affineNote(_ line: AffineGame, state: String) -> String {
    var cells = [String]()
    let g = line.base
    func term(_ c: Rational, _ s: Rational) -> String {
      if s.isZero { return "\(c)" }
      let slope = s == .one ? "p" : s == -.one ? "-p" : "\(s)p"
      if c.isZero { return slope }
      return "\(c) " + (s.signum < 0 ? "- \(s == -.one ? "p" : "\(-s)p")" : "+ \(slope)")
    }
    for i in 0..<g.rows {
      for j in 0..<g.columns where !line.slopeA[i][j].isZero || !line.slopeB[i][j].isZero {
        cells.append("(\(g.rowStrategies[i]), \(g.columnStrategies[j])): \(g.rowPlayer) \(term(g.a[i][j], line.slopeA[i][j])), \(g.columnPlayer) \(term(g.b[i][j], line.slopeB[i][j]))")
      }
    }
    return "\(state.capitalizedFirst) cannot be reached again from here, so the continuation values do not depend on p and each payoff of the stage game (continuation included) is affine in p: the break points are exact."
      + (cells.isEmpty ? "" : "\nPayoffs that move with p: " + cells.joined(separator: "; ") + ".")
  }

  /// `sweep discount FROM TO`.
  func sweepDiscount(_ arguments: [String]) throws(CommandError) -> String {
    let usage = "sweep discount FROM TO"
    let (doc, _) = try sweepScenario("discount")
    try expectCount(arguments, 2...2, usage: usage)
    let from = try number(arguments[0], argument: "FROM", usage: usage)
    let to = try number(arguments[1], argument: "TO", usage: usage)
    guard from > .zero && to <= .one else {
      throw CommandError("the discount must be greater than 0 and at most 1, not \(from > .zero ? to : from)", usage: usage)
    }
    guard from < to else { throw CommandError("FROM must be less than TO", usage: usage) }
    let reason = "The continuation values are not affine in the discount (backward induction multiplies it in once per round)"
    // Unless a terminal flow discounts its worth into the ladder's graph, every
    // point shares the first one's graph.
    let shared = !LadderGraph.readsDiscount(of: doc.scenario)
    var graph: LadderGraph?
    return try bisectionSweep(label: "the discount", symbol: "discount", from: from, to: to, reason: reason) { d throws(CommandError) in
      var copy = doc.scenario
      copy.discount = d
      let solved = try solveForSweep(copy, graph: graph)
      if shared { graph = solved.graph }
      return solved
    }
  }

  /// A sweep located by bisection (`BisectionSweep`) on the solution's signature
  /// at the position (`SolutionSignature`), each point solved by `solve`.
  func bisectionSweep(label: String, symbol: String, from: Rational, to: Rational, reason: String,
                      solve: (Rational) throws(CommandError) -> SolvedScenario) throws(CommandError) -> String {
    let t = round - 1
    let sweep = BisectionSweep<SolutionSignature>(width: (to - from) / Rational(1000))
    // The round game with the future at both ends, kept from the solves the sweep
    // makes there anyway, so the ends list every equilibrium as `solve` would.
    var ends = [Rational: Bimatrix]()
    // The points solved so far, kept so that Ctrl-C shows them (issue 12).
    var points = [(t: Rational, signature: SolutionSignature)]()
    let report = { (runs: [BisectionSweep<SolutionSignature>.Run], stopped: Bool) in
      BisectionReport(label: label, symbol: symbol, from: from, to: to, reason: reason,
                      grid: sweep.grid, width: sweep.width, runs: runs, stopped: stopped)
    }
    let steps = sweepSlice.map { sweep.steps(shard: $0.index, of: $0.count) }
    do {
      _ = try sweep.runs(from: from, to: to, steps: steps, evaluated: { points.append(($0, $1)) }, progress: run.progress) {
        x throws(CommandError) in
        guard shouldContinue() else { throw CommandError("interrupted; the session is unchanged") }
        let solved = try solve(x)
        let node = positionNode(in: solved, round: t)
        if x == from || x == to, let n = node { ends[x] = solved.nodes[t][n].stageGame }
        return SolutionSignature(solved: solved, round: t, node: node)
      }
    } catch {
      guard !shouldContinue(), !points.isEmpty else { throw error }
      throw CommandError("interrupted after \(points.count) \(points.count == 1 ? "point" : "points") of the sweep; the session is unchanged",
                         partial: report(BisectionSweep.runs(of: points), true).text)
    }
    // What the report is made of, and all a shard keeps (`SweepSlice`).
    let part = SweepShardFile.Bisection(
      label: label, symbol: symbol, from: from, to: to, reason: reason, grid: sweep.grid, width: sweep.width,
      steps: steps ?? 0..<sweep.grid, points: points.map { .init(t: $0.t, signature: $0.signature) },
      ends: [from, to].compactMap { x in ends[x].map { .init(t: x, game: $0) } })
    if sweepSlice != nil {
      sweepSlice?.part = part
      return ""
    }
    return try Self.bisectionText(part, shouldContinue: shouldContinue)
  }
}

extension String {
  /// The string with its first letter in upper case.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
