/// Where a discrete description of a solution (a *signature*: which equilibria,
/// which moves are played, where play ends) changes as a parameter t moves, when
/// the solution is not a simple function of t, so no break point can be solved for:
/// the discount (continuation values are rational functions of δ of high degree,
/// through backward induction), or a transition probability whose state can be
/// reached again.
///
/// Steps:
/// 1. Evaluate the signature exactly at `grid + 1` evenly spaced rational points
///    from `from` to `to`.
/// 2. Wherever two neighbouring points differ, bisect with exact rationals: evaluate
///    the midpoint and keep each half whose ends differ, until the bracket is at
///    most `width` wide. A bracket can hold several changes; each half that still
///    differs is followed, so every change seen at some evaluated point is kept.
/// 3. Group the evaluated points, in order, into runs of equal signature; between
///    two runs is a break, known to lie in an interval at most `width` wide.
///
/// What bisection cannot see: a change that reverts between two neighbouring grid
/// points (both ends equal, so nothing is bisected there).
/// - Complexity: `grid + 1` evaluations, plus about log₂(step / width) per break.
public struct BisectionSweep<Signature: Equatable> {
  /// The number of grid steps (step 1).
  public var grid = 20
  /// The widest a break's bracket may be (step 2).
  public var width: Rational

  public init(grid: Int = 20, width: Rational) {
    self.grid = grid
    self.width = width
  }

  /// Points from `first` to `last` (both evaluated) that share one signature.
  public struct Run {
    public var first: Rational
    public var last: Rational
    public var signature: Signature
  }

  /// The runs in order; between `runs[k].last` and `runs[k + 1].first` is a break.
  /// `evaluate` throws to stop the sweep (cancellation, a failed solve).
  public func runs<E: Error>(from: Rational, to: Rational,
                      evaluate: (Rational) throws(E) -> Signature) throws(E) -> [Run] {
    // Step 1.
    var samples = [(t: Rational, signature: Signature)]()
    for k in 0...grid {
      let t = from + (to - from) * Rational(k, grid)
      samples.append((t, try evaluate(t)))
    }
    // Step 2.
    var found = [(t: Rational, signature: Signature)]()
    func refine(_ a: Rational, _ sa: Signature, _ b: Rational, _ sb: Signature) throws(E) {
      guard b - a > width else { return }
      let m = (a + b) / Rational(2)
      let sm = try evaluate(m)
      found.append((m, sm))
      if sm != sa { try refine(a, sa, m, sm) }
      if sm != sb { try refine(m, sm, b, sb) }
    }
    for k in 0..<grid where samples[k].signature != samples[k + 1].signature {
      try refine(samples[k].t, samples[k].signature, samples[k + 1].t, samples[k + 1].signature)
    }
    // Step 3.
    let all = (samples + found).sorted { $0.t < $1.t }
    var runs = [Run]()
    for s in all {
      if let last = runs.last, last.signature == s.signature {
        runs[runs.count - 1].last = s.t
      } else {
        runs.append(Run(first: s.t, last: s.t, signature: s.signature))
      }
    }
    return runs
  }
}
