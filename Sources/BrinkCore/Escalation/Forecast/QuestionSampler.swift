/// Monte Carlo estimates of the questions' probabilities: paths drawn one by one
/// through the question ladder (`QuestionGraph`) under the solved strategies, each
/// question read on every path at its checkpoints. An independent check of
/// `QuestionProbabilities`' bookkeeping (the "met yet" bit, the checkpoints), and
/// the estimate `brink forecast --paths N` prints beside the exact answer.
///
/// Each path has its own random stream from `(seed, path index)` (`PathRandom`, as
/// the simulator's), so the estimate depends on the seed alone.
public enum QuestionSampler {
  /// The number of paths on which each question resolved yes.
  public static func sample(_ solved: SolvedScenario, questions: [ForecastQuestion], paths: Int, seed: UInt64,
                            nodeLimit: Int = 200_000, shouldContinue: () -> Bool = { true }) throws -> [Int] {
    let qg = try QuestionGraph(solved, questions: questions, nodeLimit: nodeLimit, shouldContinue: shouldContinue)
    let graph = qg.graph, calendar = solved.scenario.calendar
    var yes = [Int](repeating: 0, count: questions.count)
    for path in 0..<max(paths, 0) {
      if path % 1024 == 0, !shouldContinue() { throw EscalationError.cancelled }
      var random = PathRandom(seed: seed, path: UInt64(path))
      func draw<C: Collection>(_ weights: C) -> Int where C.Element == Double {
        let u = Double(random.next53()) * 0x1.0p-53
        var sum = 0.0, last = 0
        for (k, w) in weights.enumerated() where w > 0 {
          sum += w
          last = k
          if u < sum { return k }
        }
        return last
      }
      var n = graph.initial[draw(graph.initial.map(\.probability.doubleValue))].next
      var held = [Bool](repeating: false, count: questions.count)
      for t in 0...graph.horizon {
        let node = graph.rounds[t][n]
        for (k, q) in questions.enumerated() where q.reads(checkpoint: t) && q.holds(at: node.node, checkpoint: t, calendar: calendar) {
          held[k] = true
        }
        if t == graph.horizon { break }
        if node.isTerminal { n = node.carriedTo!; continue }
        let sigma = solved.nodes[t][qg.solvedIndex[t][n]].played!
        let cells = node.moves.indices.flatMap { i in node.moves[i].indices.map { (i, $0) } }
        let (i, j) = cells[draw(cells.map { sigma.probability(row: $0.0, column: $0.1) })]
        let successors = node.moves[i][j].successors
        n = successors[draw(successors.map(\.probability.doubleValue))].next
      }
      for k in questions.indices where held[k] { yes[k] += 1 }
    }
    return yes
  }
}
