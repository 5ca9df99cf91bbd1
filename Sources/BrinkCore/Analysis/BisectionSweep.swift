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
  /// `evaluate` throws to stop the sweep (cancellation, a failed solve); the points
  /// evaluated until then were each passed to `evaluated` first, so a caller can
  /// group them (`runs(of:)`) and show what was finished.
  /// `progress` is told (evaluations done, evaluations expected) after each one:
  /// `grid + 1` for step 1, then `halvings(from:to:)` more for each neighbouring
  /// pair that differs (exact for one change per bracket; raised as needed when a
  /// bracket holds several).
  ///
  /// `steps` limits the work to those grid steps (`steps(shard:of:)`): the grid
  /// points at their ends, and the bisection inside them. Each step's bisection
  /// depends only on its two ends, so the points evaluated for the steps of a
  /// partition, put together, are exactly the points of the whole sweep (the grid
  /// point two blocks share is evaluated by both).
  public func runs<E: Error>(from: Rational, to: Rational, steps: Range<Int>? = nil,
                             evaluated: (Rational, Signature) -> Void = { _, _ in },
                             progress: (Int, Int) -> Void = { _, _ in },
                             evaluate: (Rational) throws(E) -> Signature) throws(E) -> [Run] {
    let steps = steps?.clamped(to: 0..<grid) ?? 0..<grid
    var done = 0, expected = steps.isEmpty ? 0 : steps.count + 1
    func point(_ t: Rational) throws(E) -> Signature {
      let signature = try evaluate(t)
      evaluated(t, signature)
      done += 1
      expected = max(expected, done)
      progress(done, expected)
      return signature
    }
    // Step 1.
    var samples = [(t: Rational, signature: Signature)]()
    for k in steps.isEmpty ? [] : Array(steps.lowerBound...steps.upperBound) {
      let t = from + (to - from) * Rational(k, grid)
      samples.append((t, try point(t)))
    }
    // Step 2.
    let differing = (0..<max(samples.count - 1, 0)).filter { samples[$0].signature != samples[$0 + 1].signature }
    expected = max(expected, done + differing.count * halvings(from: from, to: to))
    var found = [(t: Rational, signature: Signature)]()
    func refine(_ a: Rational, _ sa: Signature, _ b: Rational, _ sb: Signature) throws(E) {
      guard b - a > width else { return }
      let m = (a + b) / Rational(2)
      let sm = try point(m)
      found.append((m, sm))
      if sm != sa { try refine(a, sa, m, sm) }
      if sm != sb { try refine(m, sm, b, sb) }
    }
    for k in differing {
      try refine(samples[k].t, samples[k].signature, samples[k + 1].t, samples[k + 1].signature)
    }
    // Step 3.
    return Self.runs(of: samples + found)
  }

  /// Shard `index` of `count` (1-based) of the grid steps: contiguous blocks, as
  /// `simulate --shard` splits paths (`Simulator.Shard.range(of:)`: the first
  /// `grid % count` blocks hold one step more; with more shards than steps, some
  /// are empty). Contiguous, not every n-th step, so that two shards share at
  /// most one grid point.
  public func steps(shard index: Int, of count: Int) -> Range<Int> {
    guard let shard = Simulator.Shard(index: index, count: count) else { preconditionFailure("shard \(index) of \(count)") }
    return shard.range(of: grid)
  }

  /// How many midpoints locate one change between two neighbouring grid points.
  func halvings(from: Rational, to: Rational) -> Int {
    var step = (to - from) / Rational(grid), count = 0
    while step > width {
      step = step / Rational(2)
      count += 1
    }
    return count
  }

  /// Step 3: evaluated points, in any order, grouped in order of the parameter into
  /// runs of equal signature (also what a caller shows of a sweep cut short).
  public static func runs(of points: [(t: Rational, signature: Signature)]) -> [Run] {
    var runs = [Run]()
    for s in points.sorted(by: { $0.t < $1.t }) {
      if let last = runs.last, last.signature == s.signature {
        runs[runs.count - 1].last = s.t
      } else {
        runs.append(Run(first: s.t, last: s.t, signature: s.signature))
      }
    }
    return runs
  }
}
