import BrinkCore

/// The JSON form of `brink solve --json` for a scenario with types whose players all
/// use `logit` (`TypedLogitSolver`), beside `TypedSolveJSON`'s PBE form:
///
///     {"file": "...", "scenario": "bluff-ladder", "title": "...", "players": [...],
///      "rounds": 2, "discount": "1", "exact": false, "solution": "logit agent QRE",
///      "lambda": ["5.0", "5.0"], "residual": "1.1e-16", "tolerance": "1e-12", "iterations": 23,
///      "types": [{"resolved": "1/4", "irresolute": "3/4"}, {}],
///      "values": [[["1.5068803304", "-0.98623934"]], ...],
///      "histories": [{"round": 1, "state": "crisis", "after": [],
///                     "beliefs": [{"resolved": "0.25", "irresolute": "0.75"}, {}],
///                     "strategies": [{"resolved": {"threaten": "0.99999686", "quiet": "3.1e-06"}, ...}, {"": {"wait": "1.0"}}]}]}
///
/// Numbers are decimal strings of doubles, each the shortest that reads back as the
/// same double (the answer is a floating-point fixed point, `residual` says how
/// close); `after` lists the joint moves that lead to the history, as
/// `[row move, column move]` pairs; every decision history is listed, in preorder.
public enum TypedLogitJSON {
  public static func object(file: String, document: ScenarioDocument, solution: TypedLogitSolution) -> JSONValue {
    let s = solution.scenario
    let names = (0..<2).map { s.typeList(of: $0).map(\.name) }
    func dist(_ p: Int, _ x: [Double]) -> JSONValue {
      s.types[p].count > 1 ? .object(zip(names[p], x).map { ($0, decimal($1)) }) : .object([])
    }
    var histories = [JSONValue]()
    var stack: [(Int, [JSONValue])] = solution.roots.reversed().map { ($0, []) }
    while let (id, after) = stack.popLast() {
      let h = solution.histories[id]
      guard !h.children.isEmpty else { continue }
      let state = solution.state(of: id)
      let strategies = (0..<2).map { p -> JSONValue in
        .object(names[p].indices.map { theta in
          (names[p][theta], .object(state.moves[p].indices.map { (state.moves[p][$0].name, decimal(h.strategies[p][theta][$0])) }))
        })
      }
      var fields: [(String, JSONValue)] = [
        ("round", .int(h.round + 1)),
        ("state", .string(state.name)),
        ("after", .array(after)),
        ("beliefs", .array((0..<2).map { dist($0, h.beliefs[$0]) })),
        ("strategies", .array(strategies)),
      ]
      // A sequential state: who leads, and the follower's answer to each lead by type.
      if let l = h.leader, let f = h.follower, let replies = h.replies {
        fields.append(("leader", .string(s.players[l])))
        fields.append(("replies", .object(names[f].indices.map { theta in
          (names[f][theta], .object(state.moves[l].indices.map { x in
            (state.moves[l][x].name, .object(state.moves[f].indices.map { (state.moves[f][$0].name, decimal(replies[theta][x][$0])) }))
          }))
        })))
      }
      histories.append(.object(fields))
      for i in h.children.indices.reversed() {
        for j in h.children[i].indices.reversed() {
          let step = JSONValue.array([.string(state.moves[0][i].name), .string(state.moves[1][j].name)])
          for child in h.children[i][j].reversed() { stack.append((child, after + [step])) }
        }
      }
    }
    return .object([
      ("file", .string(file)),
      ("scenario", .string(document.name)),
      ("title", .string(s.title)),
      ("players", .array(s.players.map(JSONValue.string))),
      ("rounds", .int(solution.graph.horizon)),
      ("discount", .string(s.discount.description)),
      ("exact", .bool(false)),
      ("solution", .string("logit agent QRE")),
      ("lambda", .array(solution.lambdas.map { .string("\($0)") })),
      ("residual", .string("\(solution.residual)")),
      ("tolerance", .string("\(solution.tolerance)")),
      ("iterations", .int(solution.newtonIterations)),
      ("types", .array((0..<2).map { p in
        s.types[p].count > 1 ? .object(s.types[p].map { ($0.name, .string($0.prior.description)) }) : .object([])
      })),
      ("values", .array(solution.rootValues.map { .array($0.map { .array($0.map(decimal)) }) })),
      ("histories", .array(histories)),
    ])
  }

  /// A double as the shortest decimal string that reads back as the same double
  /// (Swift's `description`), so no digit the solve found is lost.
  static func decimal(_ x: Double) -> JSONValue { .string("\(x)") }
}
