/// The ladder a set of questions is read on: the solved ladder itself when every
/// variable the questions read is tracked there, else the same scenario unrolled
/// with those variables tracked too (`LadderGraph(alsoTracking:)`), each of whose
/// nodes refines one node of the solved ladder and is played as that node is.
///
/// Why a second graph: the solved ladder keeps only the variables a payoff or a rule
/// reads (`LadderGraph.payoffVariables`), so that asking a question never changes the
/// solve (nor its node count, nor any answer of `solve` or `simulate`).
public struct QuestionGraph: Sendable {
  public var graph: LadderGraph
  /// `solvedIndex[t][n]`: the index in `solved.graph.rounds[t]` of the node that
  /// `graph.rounds[t][n]` refines.
  public var solvedIndex: [[Int]]

  /// Throws what `LadderGraph.init` throws.
  public init(_ solved: SolvedScenario, questions: [ForecastQuestion], nodeLimit: Int = 200_000,
              shouldContinue: () -> Bool = { true }) throws {
    let tracked = solved.graph.trackedVariables
    var extra = [Bool](repeating: false, count: tracked.count)
    for q in questions { for v in q.condition?.variables ?? [] where extra.indices.contains(v) && !tracked[v] { extra[v] = true } }
    guard extra.contains(true) else {
      graph = solved.graph
      solvedIndex = solved.graph.rounds.map { Array($0.indices) }
      return
    }
    let g = try LadderGraph(scenario: solved.scenario, nodeLimit: nodeLimit, alsoTracking: extra, shouldContinue: shouldContinue)
    let initial = solved.scenario.variables.map(\.initial)
    solvedIndex = g.rounds.indices.map { t in
      var index = [LadderNode: Int]()
      for (n, node) in solved.graph.rounds[t].enumerated() { index[node.node] = n }
      return g.rounds[t].map { node in
        var key = node.node
        for v in key.values.indices where !tracked[v] { key.values[v] = initial[v] }
        guard let n = index[key] else { preconditionFailure("a question node refines no solved node in round \(t)") }
        return n
      }
    }
    graph = g
  }
}
