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
  /// Likelihoods that are all 0 or 1 (a pure type strategy's, most of them) are held
  /// as bits, so the key of most moves allocates nothing and hashes four integers.
  struct MoveKey: Hashable {
    var i: Int
    var j: Int
    /// Per player, bit θ set when type θ plays its part for sure (the others never);
    /// −1 when some likelihood is strictly between 0 and 1.
    var bits: (Int, Int)
    /// The likelihoods `[p][θ]` when a player's are not all 0 or 1, else empty.
    var mixed: [[Rational]]

    /// From the likelihoods `[p][θ]`.
    init(_ i: Int, _ j: Int, likelihoods: [[Rational]]) {
      self.i = i
      self.j = j
      bits = (Self.bits(likelihoods[0].count) { likelihoods[0][$0] }, Self.bits(likelihoods[1].count) { likelihoods[1][$0] })
      mixed = bits.0 < 0 || bits.1 < 0 ? likelihoods : []
    }

    /// From each player's chances flat by `θ·cells + cell` (`TypedSolver.evaluateAfresh`).
    init(_ i: Int, _ j: Int, chances c0: [Rational], _ c1: [Rational], cell: Int, cells: Int) {
      self.i = i
      self.j = j
      bits = (Self.bits(c0.count / cells) { c0[$0 * cells + cell] }, Self.bits(c1.count / cells) { c1[$0 * cells + cell] })
      mixed = bits.0 < 0 || bits.1 < 0
        ? [(0..<c0.count / cells).map { c0[$0 * cells + cell] }, (0..<c1.count / cells).map { c1[$0 * cells + cell] }]
        : []
    }

    /// The likelihoods `[p][θ]` again, for `typeCounts` types.
    func likelihoods(_ typeCounts: [Int]) -> [[Rational]] {
      if !mixed.isEmpty { return mixed }
      return [(0..<typeCounts[0]).map { bits.0 >> $0 & 1 == 1 ? .one : .zero },
              (0..<typeCounts[1]).map { bits.1 >> $0 & 1 == 1 ? .one : .zero }]
    }

    /// The same move with the likelihoods of each player whose belief is `certain`
    /// set to 0.
    ///
    /// Why. Bayes' rule leaves a certain belief as it is whatever the likelihoods
    /// (`TypeBeliefs.posterior`), so the children and the table of a joint move do
    /// not depend on them; dropping them lets every profile of a stage with known
    /// types (the complete-information step, and the side without types at every
    /// stage) share one entry per joint move, instead of one per likelihood pattern,
    /// each of which went through Bayes' rule and the node memo again (issue 11).
    func ignoring(certain: (Bool, Bool)) -> MoveKey {
      guard certain.0 || certain.1 else { return self }
      var key = self
      if certain.0 { key.bits.0 = 0 }
      if certain.1 { key.bits.1 = 0 }
      if key.bits.0 >= 0 && key.bits.1 >= 0 {
        key.mixed = []
      } else {
        if certain.0 { key.mixed[0] = [Rational](repeating: .zero, count: key.mixed[0].count) }
        if certain.1 { key.mixed[1] = [Rational](repeating: .zero, count: key.mixed[1].count) }
      }
      return key
    }

    /// The bits of `count` likelihoods, or −1.
    static func bits(_ count: Int, _ x: (Int) -> Rational) -> Int {
      guard count < Int.bitWidth - 1 else { return -1 }
      var b = 0
      for theta in 0..<count {
        let v = x(theta)
        if v == .one { b |= 1 << theta } else if v != .zero { return -1 }
      }
      return b
    }

    static func == (l: MoveKey, r: MoveKey) -> Bool {
      l.i == r.i && l.j == r.j && l.bits == r.bits && l.mixed == r.mixed
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(i &* 64 &+ j)
      hasher.combine(bits.0 &* 65_536 &+ bits.1)
      if !mixed.isEmpty { hasher.combine(mixed) }
    }
  }
}
