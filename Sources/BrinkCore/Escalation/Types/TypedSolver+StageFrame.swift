/// The memos of one stage's search, kept while `TypedSolver.solve` works at that
/// (round, node, beliefs) and dropped when it returns (issue 11: the typed default's
/// `brink solve` within 5× of `brink check`).
///
/// Why per stage. A stage's search asks for the same things many times: the same
/// profile of type strategies (a sequential stage's answers are evaluated lead by
/// lead, then whole; the selection evaluates its pick again; TypedSolver+EvaluationMemo.swift),
/// and, across profiles, the same joint move at the same likelihoods (a pure type
/// strategy moves a belief to one of a few posteriors; TypedSolver+Continuation.swift).
/// Once the stage is solved nothing asks again (`TypedSolver.solve` memoises the
/// node), so what was kept for it is dead weight: a solve-wide memo grew to thousands
/// of evaluations, each dozens of small arrays, and most of the solve's time went to
/// allocating, faulting in and freeing that memory. A stack of frames, one per stage
/// being solved (the recursion's depth is at most the horizon), keeps only what can
/// still be asked.
///
/// Why the answers are the same. A frame only answers what its own stage computed
/// before from the same arguments, with no `override`; the children it names were
/// solved then and `TypedSolver.solve`'s memo never changes a solved node, so a hit
/// returns exactly what computing afresh would (and solves no node, as computing
/// afresh would not either: every child is already memoised).
extension TypedSolver {
  struct StageFrame {
    var round: Int
    var node: Int
    var beliefs: [[Rational]]
    /// Profiles evaluated here (and, by a search at this stage, at other stages:
    /// the semi-separating search reads its reply stage), without an override.
    var evaluations: [EvaluationKey: Evaluation] = [:]
    /// Joint moves of this stage by the likelihoods they were played with: the
    /// children and the table `TypedSolver.continuation` found for them.
    var continuations: [MoveKey: (children: [Int], table: [Rational])] = [:]

    init(round: Int, node: Int, beliefs: [[Rational]]) {
      self.round = round
      self.node = node
      self.beliefs = beliefs
    }

    /// Whether this frame is the stage at round `t`, node `n` with `beliefs`.
    func holds(round t: Int, node n: Int, beliefs b: [[Rational]]) -> Bool {
      round == t && node == n && beliefs == b
    }
  }

  /// A joint move and each player's likelihoods of its part, by type (as played).
  struct MoveKey: Hashable {
    var i: Int
    var j: Int
    var likelihoods: [[Rational]]
  }
}
