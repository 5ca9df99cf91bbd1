import BrinkCore
import BrinkFormats
import Foundation

extension Session {
  /// `sweep lambda PLAYER|both FROM TO` on a scenario with types whose players all
  /// use `logit`: the logit agent QRE (`TypedLogitSolver`) at each λ of
  /// `LogitPath.lambdas`, one row per λ, a column per type-agent's chance of its
  /// first move at the first decision histories (at most `columns`), so the approach
  /// to an equilibrium as λ grows can be read down the columns. Each λ is solved
  /// from λ = 0 (the path of `TypedLogitSolver`); the session is unchanged.
  func sweepLambdaTyped(_ doc: ScenarioDocument, varied: [Int], from: Double, to: Double) throws(CommandError) -> String {
    guard TypedLogitSolver.applies(to: doc.scenario) else {
      throw CommandError("sweep lambda on a scenario with types sweeps the logit agent QRE, which needs every player on 'logit' (set model PLAYER logit LAMBDA)")
    }
    guard sweepSlice == nil else { throw CommandError("brink sweep --shard does not handle a scenario with types yet") }
    let lambdas = LogitPath.lambdas(from: from, to: to)
    var rows = [[Double]](), labels = [String]()
    for (k, lambda) in lambdas.enumerated() {
      guard shouldContinue() else {
        throw CommandError("interrupted after \(k) of \(lambdas.count) values of lambda; the session is unchanged")
      }
      var s = doc.scenario
      for p in varied { s.behaviours[p].model = .logit(lambda: lambda) }
      let solution: TypedLogitSolution
      do {
        solution = try TypedLogitSolver.solve(s, shouldContinue: shouldContinue)
      } catch let error as EscalationError where error == .cancelled {
        throw CommandError("interrupted after \(k) of \(lambdas.count) values of lambda; the session is unchanged")
      } catch {
        throw CommandError("cannot solve \(doc.name) at lambda \(LogitPathText.text(lambda)): \(error)")
      }
      run.progress(k + 1, lambdas.count)
      let picked = Self.typedSweepColumns(solution)
      labels = picked.map(\.label)
      rows.append(picked.map(\.value))
    }
    let who = varied.count == 2 ? "both players' lambda go" : "\(players[varied[0]])'s lambda goes"
    var lines = ["Logit agent QRE of \(doc.name) as \(who) from \(LogitPathText.text(from)) to \(LogitPathText.text(to)) (each type-agent's chance of its first move; beliefs by Bayes' rule):"]
    for (k, label) in labels.enumerated() { lines.append("  \(k + 1): \(label)") }
    let width = 8
    func cell(_ s: String) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
    lines.append(cell("lambda") + labels.indices.map { cell("\($0 + 1)") }.joined())
    for (lambda, row) in zip(lambdas, rows) {
      lines.append(cell(LogitPathText.text(lambda)) + row.map { cell(String(format: "%.4f", $0)) }.joined())
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// At most `limit` columns: in preorder, each decision history's type-agents with
  /// a choice, labelled by round, state, the moves that led there, player, type and
  /// the move counted.
  static func typedSweepColumns(_ solution: TypedLogitSolution, limit: Int = 6) -> [(label: String, value: Double)] {
    let s = solution.scenario
    var out = [(label: String, value: Double)]()
    var stack: [(id: Int, path: String)] = solution.roots.reversed().map { ($0, "") }
    while let (id, path) = stack.popLast(), out.count < limit {
      let h = solution.histories[id]
      guard !h.children.isEmpty else { continue }
      let state = solution.state(of: id)
      let place = "round \(h.round + 1), \(state.name)\(path.isEmpty ? "" : " after \(path)")"
      for p in 0..<2 where state.moves[p].count > 1 {
        for (theta, type) in s.typeList(of: p).enumerated() where out.count < limit {
          let who = type.name.isEmpty ? s.players[p] : "\(s.players[p]) \(type.name)"
          out.append(("\(place): \(who) plays \(state.moves[p][0].name)", h.strategies[p][theta][0]))
        }
      }
      for i in h.children.indices.reversed() {
        for j in h.children[i].indices.reversed() {
          let step = [(0, i), (1, j)].filter { state.moves[$0.0].count > 1 }
            .map { "\(s.players[$0.0]) \(state.moves[$0.0][$0.1].name)" }.joined(separator: ", ")
          for child in h.children[i][j].reversed() {
            stack.append((child, [path, step].filter { !$0.isEmpty }.joined(separator: "; ")))
          }
        }
      }
    }
    return out
  }
}
