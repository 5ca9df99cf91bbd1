import BrinkCore

/// The JSON form of `brink solve --json` for a scenario with types (`TypedSolver`):
///
///     {"file": "...", "scenario": "bluff-ladder", "title": "...", "players": [...],
///      "rounds": 2, "discount": "1", "exact": true, "solution": "perfect Bayesian",
///      "types": [{"resolved": "1/4", "irresolute": "3/4"}, {}],
///      "values": [[["3/2", "-1/2"]], [["0", "1/2"]]],
///      "nodes": [{"round": 1, "state": "crisis", "beliefs": [{...}, {}],
///                 "shape": "semi-separating", "equilibria": ["pooling", "semi-separating"],
///                 "selected": [1, 1], "why": "...", "reached": true,
///                 "strategies": [{"resolved": {"threaten": "1"}, ...}, {"": {"wait": "1"}}]}]}
///
/// `values[θ₀][θ₁]` are both players' expected payoffs before the types are drawn,
/// given the types; `nodes` every decision node of the solution, by round, `reached`
/// saying whether the equilibrium path goes there with positive probability. At a
/// sequential state a node also has `"leader"` and `"replies"`, the follower's
/// answer to each lead by type (`{"cautious": {"grand": {"accept": "1"}, ...}}`);
/// its `strategies` entry is then its chances before it sees the lead.
public enum TypedSolveJSON {
  public static func object(file: String, document: ScenarioDocument, solution: TypedSolution) -> JSONValue {
    let s = solution.scenario
    let names = (0..<2).map { s.typeList(of: $0).map(\.name) }
    func dist(_ p: Int, _ x: [Rational]) -> JSONValue {
      s.types[p].count > 1 ? .object(zip(names[p], x).map { ($0, .string($1.description)) }) : .object([])
    }
    let reach = solution.reachByType()
    var nodes = [JSONValue]()
    let tree = solution.equilibriumNodes()
    for t in 0..<solution.graph.horizon {
      for id in tree where solution.nodes[id].round == t {
        let node = solution.nodes[id]
        guard let e = node.played else { continue }
        let state = s.states[solution.graph.rounds[t][node.ladderNode].node.state]
        let strategies = (0..<2).map { p -> JSONValue in
          .object(names[p].indices.map { theta in
            (names[p][theta], .object(state.moves[p].indices.filter { e.strategies[p][theta][$0] != .zero }.map {
              (state.moves[p][$0].name, .string(e.strategies[p][theta][$0].description))
            }))
          })
        }
        // A sequential follower's answers: {type: {lead: {move: chance}}}.
        var sequential = [(String, JSONValue)]()
        if let leader = e.leader, let f = e.follower, let replies = e.replies {
          sequential.append(("leader", .string(s.players[leader])))
          sequential.append(("replies", .object(names[f].indices.map { theta in
            (names[f][theta], .object(state.moves[leader].indices.map { x in
              (state.moves[leader][x].name, .object(state.moves[f].indices.filter { replies[theta][x][$0] != .zero }.map {
                (state.moves[f][$0].name, .string(replies[theta][x][$0].description))
              }))
            }))
          })))
        }
        nodes.append(.object([
          ("round", .int(t + 1)),
          ("state", .string(state.name)),
          ("beliefs", .array((0..<2).map { dist($0, node.beliefs[$0]) })),
          ("shape", .string(e.shape.rawValue)),
          ("equilibria", .array(node.equilibria.map { .string($0.shape.rawValue) })),
          ("selected", .array(node.selected.map { $0.map(JSONValue.int) ?? .null })),
          ("why", .string(node.reason)),
          ("reached", .bool(reach[id].joined().contains { $0 != .zero })),
          ("strategies", .array(strategies)),
        ] + sequential))
      }
    }
    return .object([
      ("file", .string(file)),
      ("scenario", .string(document.name)),
      ("title", .string(s.title)),
      ("players", .array(s.players.map(JSONValue.string))),
      ("rounds", .int(solution.graph.horizon)),
      ("discount", .string(s.discount.description)),
      ("exact", .bool(true)),
      ("solution", .string("perfect Bayesian")),
      ("types", .array((0..<2).map { dist($0, s.typeList(of: $0).map(\.prior)) })),
      ("values", .array(solution.rootValues.map { .array($0.map { .array($0.map { .string($0.description) }) }) })),
      ("nodes", .array(nodes)),
    ])
  }
}
