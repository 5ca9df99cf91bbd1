import BrinkCore
import BrinkFormats

extension Session {
  /// `sweep lambda PLAYER|both FROM TO`: the logit equilibrium path of the current
  /// stage (`LogitPath`). Works on a plain game too, solved as a one-round scenario.
  func sweepLambda(_ arguments: [String]) throws(CommandError) -> String {
    let usage = "sweep lambda PLAYER|both FROM TO"
    if isAtTerminal { throw CommandError("the scenario has ended; there is nothing left to sweep") }
    try expectCount(arguments, 3...3, usage: usage)
    let varied = arguments[0].lowercased() == "both" ? [0, 1] : [try player(named: arguments[0], usage: usage)]
    let from = try number(arguments[1], argument: "FROM", usage: usage)
    let to = try number(arguments[2], argument: "TO", usage: usage)
    guard from >= .zero else { throw CommandError("lambda must be at least 0, not \(from)", usage: usage) }
    guard to <= Rational(1_000_000) else { throw CommandError("lambda must be at most 1000000, not \(to)", usage: usage) }
    guard from < to else { throw CommandError("FROM must be less than TO", usage: usage) }
    if let doc = document, doc.scenario.hasTypes { return try sweepLambdaTyped(doc, varied: varied, from: from.doubleValue, to: to.doubleValue) }
    let scenario = document?.scenario ?? EscalationScenario(oneShot: game)
    let t = document == nil ? 0 : round - 1
    let all = LogitPath.lambdas(from: from.doubleValue, to: to.doubleValue)
    // `brink sweep --shard`: this shard's block of the values (`SweepSlice`).
    let block = sweepSlice.map { Simulator.Shard(index: $0.index, count: $0.count)!.range(of: all.count) } ?? all.indices
    let lambdas = Array(all[block])
    let who = varied.count == 2 ? "both players' lambda go" : "\(players[varied[0]])'s lambda goes"
    let place = document.map { _ in "\(stateNames[position!.state]), round \(round)," } ?? name
    // Each λ's solve, kept so that Ctrl-C shows the path up to the last one finished (issue 12).
    var solved = [SolvedScenario]()
    func trace(_ lambdas: [Double], solve: ([PlayerBehaviour]) throws(CommandError) -> SolvedScenario) throws(CommandError) -> LogitPath {
      let traced = try LogitPath.trace(lambdas: lambdas, varied: varied, behaviours: scenario.behaviours, round: t,
                                       solve: solve, locate: { positionNode(in: $0, round: t) })
      guard let traced else { throw CommandError("round \(round) is past the scenario's horizon; no moves are made here") }
      return traced
    }
    let path: LogitPath
    do {
      path = try trace(lambdas) { behaviours throws(CommandError) in
        guard shouldContinue() else { throw CommandError("interrupted; the session is unchanged") }
        // Only the models change from point to point, which the ladder's graph does not read.
        solved.append(try solveForSweep(scenario, behaviours: behaviours, graph: solved.first?.graph))
        run.progress(solved.count, lambdas.count)
        return solved[solved.count - 1]
      }
    } catch {
      guard !shouldContinue(), !solved.isEmpty else { throw error }
      var k = 0
      let done = Array(lambdas.prefix(solved.count))
      let part = try trace(done) { _ throws(CommandError) in
        defer { k += 1 }
        return solved[k]
      }
      let rest = lambdas[solved.count...]
      throw CommandError("interrupted after \(done.count) of \(lambdas.count) values of lambda; lambda from \(LogitPathText.text(rest.first!)) to \(LogitPathText.text(rest.last!)) was not computed; the session is unchanged",
                         partial: LogitPathText.render(part, approach: nil, title: "Logit play in \(place) as \(who) from \(from) to \(LogitPathText.text(done.last!)) (stopped early)", notes: []))
    }
    let title = "Logit play in \(place) as \(who) from \(from) to \(to)"
    var notes = [String]()
    if varied.count == 1 {
      let other = 1 - varied[0]
      let model = scenario.behaviours[other].model
      notes.append("\(players[other]) keeps its model (\(Self.modelName(model))\(model.isStrategic ? ": it best-responds to the logit play" : "")).")
    }
    if scenario.behaviours.contains(where: { !$0.tremble.isZero }) {
      notes.append("Probabilities are the moves intended, before trembles.")
    }
    let part = SweepShardFile.Logit(
      title: title, notes: notes, lambdas: all, steps: block,
      points: path.points)
    if sweepSlice != nil {
      sweepSlice?.logit = part
      return ""
    }
    return try Self.logitText(part, shouldContinue: shouldContinue)
  }

  /// The text of a logit path from its points: the table, and the Nash equilibrium
  /// it approaches. The single run and `brink merge` of its shards both call this.
  public static func logitText(_ part: SweepShardFile.Logit, shouldContinue: () -> Bool) throws(CommandError) -> String {
    let path = LogitPath(points: part.points)
    let approach = path.approach(shouldContinue: shouldContinue)
    guard shouldContinue() else { throw CommandError("interrupted; the session is unchanged") }
    return LogitPathText.render(path, approach: approach, title: part.title, notes: part.notes)
  }

  /// The name `set model` uses for a model (`ModelName`), with a logit model's λ.
  static func modelName(_ model: ChoiceModel) -> String {
    if case .logit(let lambda) = model { return "\(ModelName.logit.rawValue) \(LogitPathText.text(lambda))" }
    return ModelName.setModelWord(model)
  }
}
