import BigInt

/// Backward induction in integers over one common denominator per round, for a
/// ladder whose play is known before its values (both players follow rules that
/// read no payoffs: fixed, script, tit-for-tat, grim trigger; `ChoiceModel.ignoresPayoffs`).
///
/// The `Rational` sweep reduces every sum and product by a gcd; with a discount
/// and trembles the values of a 20-round ladder run to hundreds of digits and the
/// gcds are most of the time (issue 11: 1.7 s for the 12,351 nodes of the
/// 2018–19 tariff rounds). Here every value of round `t` is an integer numerator
/// over one denominator `D_t`, and the only divisions are one reduction per
/// value at the end (fraction-free elimination in the manner of Bareiss, *Math.
/// Comp.* 22, 1968: keep integers, divide once, exactly):
///
/// 1. At the horizon, `D_T` is the lcm of the arrival payoffs' denominators.
/// 2. For round `t`, `G_t` is the lcm of the denominators of the stage payoffs
///    `u`, the discounted chances `δ·p` and the arrival payoffs of terminal nodes,
///    and `S_t` that of the played probabilities `σ` of the joint moves (all
///    machine integers, checked when the plan is built).
/// 3. Each joint move's folded payoff `u + δ·Σ p·V′` is the integer
///    `A = (u·G_t)·D_{t+1} + Σ (δ·p·G_t)·N′` over `G_t·D_{t+1}`; the node's value is
///    `N = Σ (σ·S_t)·A` over `D_t = S_t·G_t·D_{t+1}`; a terminal node's is
///    `(arrival·G_t·S_t)·D_{t+1}`. Every multiplier is a machine integer, so each
///    step is one pass over the words (`TwosComplementWords.multiplyAdd`).
/// 4. The words each round needs are bounded beforehand from the bit lengths of
///    `D_{t+1}`, of the previous round's numerators and of the multipliers.
/// 5. Each decision node's value is reduced to a `Rational` once, over `D_t` kept
///    factored (`FactoredDenominator`: single-word divisions, no multi-word gcd); a
///    terminal node's is its arrival payoff. The folded stage games are not kept:
///    each is one node's fold of the next round's exact values, made when read
///    (`Run.solveOnCommonDenominators`; keeping every cell's numerator was megabytes
///    that `brink solve` never reads, issue 11).
///
/// The answers are the `Rational` sweep's, exactly: the same sums of the same
/// exact terms, only held unreduced.
/// - Complexity: O(nodes × joint moves × successors × words) word operations, plus
///   O(factors of `D_t` × words) single-word divisions per value.
struct CommonDenominatorSweep {
  /// One round's multipliers (step 2), all machine integers.
  struct Round {
    var nodeCount: Int
    /// `G_t`.
    var payoffScale: Int64
    /// `S_t`.
    var playScale: Int64
    /// The round's node index of each decision node.
    var decisions: [Int] = []
    /// The first cell (joint move) of each decision node; one more entry at the end.
    var cellStart: [Int] = [0]
    /// `u·G_t`, two per cell (player 0, player 1).
    var payoffs: [Int64] = []
    /// `σ·S_t` per cell.
    var plays: [Int64] = []
    /// The first branch of each cell; one more entry at the end.
    var branchStart: [Int] = [0]
    var branchNext: [Int] = []
    /// `δ·p·G_t` per branch.
    var branchWeights: [Int64] = []
    var terminals: [Int] = []
    /// `arrival·G_t·S_t`, two per terminal node.
    var arrivals: [Int64] = []
    /// The arrival payoffs themselves, per terminal node: a terminal node's value
    /// (step 5 takes them as they are instead of reducing `N / D_t` back to them,
    /// and shares the ladder's array rather than making one per node, issue 11).
    var exactArrivals: [[Rational]] = []
  }

  /// The same in exact numbers, before the scales are known: each number kept as
  /// its `Int64` numerator and denominator (`Rational.smallParts`), not as a
  /// `Rational` (copying and destroying thousands of enum payloads a round was most
  /// of building the plan, issue 11). A number that does not fit makes the round
  /// unplannable (`build` gives nil), as a scale past 64 bits does.
  struct RoundBuilder {
    var decisions: [Int] = [], cellStart: [Int] = [0]
    var payoffs: [SmallFraction] = [], plays: [SmallFraction] = []
    var branchStart: [Int] = [0], branchNext: [Int] = [], branchWeights: [SmallFraction] = []
    var terminals: [Int] = [], arrivals: [SmallFraction] = [], exactArrivals: [[Rational]] = []
    /// A number was not small.
    var overflowed = false

    /// Room for every cell and branch of `nodes` (one round), so that the tables
    /// are not copied as they grow (thousands of cells a round, issue 11).
    mutating func reserve(for nodes: [LadderGraph.Node]) {
      var cells = 0, branches = 0
      for node in nodes where !node.isTerminal {
        for row in node.moves {
          cells += row.count
          for move in row { branches += move.successors.count }
        }
      }
      payoffs.reserveCapacity(2 * cells)
      plays.reserveCapacity(cells)
      branchStart.reserveCapacity(cells + 1)
      branchNext.reserveCapacity(branches)
      branchWeights.reserveCapacity(branches)
    }

    private mutating func small(_ x: Rational) -> SmallFraction {
      guard let (n, d) = x.smallParts else {
        overflowed = true
        return SmallFraction(numerator: 0, denominator: 1)
      }
      return SmallFraction(numerator: n, denominator: d)
    }

    mutating func addBranch(next: Int, weight: Rational) {
      branchNext.append(next)
      branchWeights.append(small(weight))
    }

    mutating func endCell(payoffs u: [Rational], play: Rational) {
      for x in u { payoffs.append(small(x)) }
      plays.append(small(play))
      branchStart.append(branchNext.count)
    }

    mutating func endDecision(node: Int) {
      decisions.append(node)
      cellStart.append(plays.count)
    }

    mutating func addTerminal(node: Int, arrival: [Rational]) {
      terminals.append(node)
      for x in arrival { arrivals.append(small(x)) }
      exactArrivals.append(arrival)
    }

    /// Step 2; nil when a number, a scale or a multiplier does not fit in 64 bits.
    func build(nodeCount: Int) -> Round? {
      guard !overflowed, let G = lcmOfDenominators(payoffs, branchWeights, arrivals),
        let S = lcmOfDenominators(plays) else { return nil }
      let (GS, overflow) = G.multipliedReportingOverflow(by: S)
      guard !overflow, let u = scaled(payoffs, by: G), let w = scaled(branchWeights, by: G),
        let s = scaled(plays, by: S), let a = scaled(arrivals, by: GS)
      else { return nil }
      return Round(nodeCount: nodeCount, payoffScale: G, playScale: S, decisions: decisions,
                   cellStart: cellStart, payoffs: u, plays: s, branchStart: branchStart,
                   branchNext: branchNext, branchWeights: w, terminals: terminals, arrivals: a,
                   exactArrivals: exactArrivals)
    }
  }

  /// An exact number in lowest terms whose parts fit in `Int64` (`Rational.smallParts`).
  struct SmallFraction {
    var numerator: Int64
    var denominator: Int64
  }

  /// The values at the horizon (step 1), exact.
  var horizonValues: [[Rational]]
  /// Rounds `0..<T`.
  var rounds: [Round]

  /// Steps 3–5. `values[t][n]`: node `n`'s values in round `t` (`0...T`).
  func run(_ shouldContinue: () -> Bool, report: (Int) -> Void) throws -> [[[Rational]]] {
    let T = rounds.count
    guard let DT = CommonDenominatorSweep.lcmOfDenominators(horizonValues.flatMap { $0 }) else {
      preconditionFailure("plan built without checking the horizon's denominators")
    }
    var values = [[[Rational]]](repeating: [], count: T + 1)
    values[T] = horizonValues
    // Step 1: the horizon's numerators.
    var D = FactoredDenominator().multiplied(by: DT)
    var width = words(forBits: horizonValues.flatMap { $0 }.map { bits($0, over: DT) }.max() ?? 0)
    var bound = width * 64 - 1
    var next = [UInt](repeating: 0, count: horizonValues.count * 2 * width)
    next.withUnsafeMutableBufferPointer { buffer in
      for (n, v) in horizonValues.enumerated() {
        for p in 0..<2 {
          TwosComplementWords.store(v[p].numerator * (BigInt(DT) / v[p].denominator),
                                    into: buffer.baseAddress! + (2 * n + p) * width, width: width)
        }
      }
    }
    for t in stride(from: T - 1, through: 0, by: -1) {
      guard shouldContinue() else { throw EscalationError.cancelled }
      let r = rounds[t]
      // Step 4.
      let bitsD = D.value.magnitude.bitWidth
      var maxPayoff: UInt64 = 0, maxWeights: UInt64 = 0, maxPlays: UInt64 = 0, maxArrival: UInt64 = 0
      for x in r.payoffs { maxPayoff = max(maxPayoff, x.magnitude) }
      for x in r.arrivals { maxArrival = max(maxArrival, x.magnitude) }
      for c in 0..<r.plays.count {
        var sum: UInt64 = 0
        for b in r.branchStart[c]..<r.branchStart[c + 1] {
          let (s, o) = sum.addingReportingOverflow(r.branchWeights[b].magnitude)
          sum = o ? .max : s
        }
        maxWeights = max(maxWeights, sum)
      }
      for k in r.decisions.indices {
        var sum: UInt64 = 0
        for c in r.cellStart[k]..<r.cellStart[k + 1] {
          let (s, o) = sum.addingReportingOverflow(r.plays[c].magnitude)
          sum = o ? .max : s
        }
        maxPlays = max(maxPlays, sum)
      }
      let bitsA = max(bitLength(maxPayoff) + bitsD, bitLength(maxWeights) + bound) + 1
      let bitsV = max(bitsA + bitLength(maxPlays), bitLength(maxArrival) + bitsD)
      let w = words(forBits: bitsV)
      next = TwosComplementWords.widened(next, count: 2 * graphCount(t + 1, values, T), from: width, to: w)
      width = w
      bound = bitsV
      var dWords = [UInt](repeating: 0, count: w)
      dWords.withUnsafeMutableBufferPointer { TwosComplementWords.store(D.value, into: $0.baseAddress!, width: w) }
      // Step 3, each cell's folded payoff in one scratch number.
      var folded = [UInt](repeating: 0, count: w)
      var current = [UInt](repeating: 0, count: r.nodeCount * 2 * w)
      next.withUnsafeBufferPointer { nextBuffer in
        dWords.withUnsafeBufferPointer { dBuffer in
          folded.withUnsafeMutableBufferPointer { foldedBuffer in
            current.withUnsafeMutableBufferPointer { currentBuffer in
              let nv = nextBuffer.baseAddress!, d = dBuffer.baseAddress!
              let cell = foldedBuffer.baseAddress!, v = currentBuffer.baseAddress!
              for (k, n) in r.decisions.enumerated() {
                for c in r.cellStart[k]..<r.cellStart[k + 1] {
                  for p in 0..<2 {
                    cell.update(repeating: 0, count: w)
                    TwosComplementWords.multiplyAdd(cell, d, by: r.payoffs[2 * c + p], width: w)
                    for b in r.branchStart[c]..<r.branchStart[c + 1] {
                      TwosComplementWords.multiplyAdd(cell, nv + (2 * r.branchNext[b] + p) * w,
                                                      by: r.branchWeights[b], width: w)
                    }
                    TwosComplementWords.multiplyAdd(v + (2 * n + p) * w, cell, by: r.plays[c], width: w)
                  }
                }
              }
              for (k, n) in r.terminals.enumerated() {
                for p in 0..<2 {
                  TwosComplementWords.multiplyAdd(v + (2 * n + p) * w, d, by: r.arrivals[2 * k + p], width: w)
                }
              }
            }
          }
        }
      }
      D = D.multiplied(by: r.payoffScale).multiplied(by: r.playScale)
      // Step 5. A terminal node's value is its arrival payoff, `(arrival·G_t·S_t)·D_{t+1}`
      // over `D_t`: taken as it is, not reduced (most nodes of a long ladder are
      // terminal ones carried from round to round, issue 11).
      var reducedValues = [[Rational]](repeating: [], count: r.nodeCount)
      for (k, n) in r.terminals.enumerated() { reducedValues[n] = r.exactArrivals[k] }
      current.withUnsafeBufferPointer { buffer in
        for n in r.decisions {
          reducedValues[n] = (0..<2).map { p in D.reduced(buffer.baseAddress! + (2 * n + p) * w, width: w) }
        }
      }
      values[t] = reducedValues
      next = current
      report(r.nodeCount + (t == T - 1 ? horizonValues.count : 0))
    }
    return values
  }

  /// The node count of round `t` (the horizon's, or a planned round's).
  private func graphCount(_ t: Int, _ values: [[[Rational]]], _ T: Int) -> Int {
    t == T ? horizonValues.count : rounds[t].nodeCount
  }

  /// The lcm of the denominators, nil when it passes 63 bits.
  static func lcmOfDenominators(_ lists: [Rational]...) -> Int64? {
    var l: Int64 = 1
    for xs in lists {
      for x in xs {
        guard let (_, d) = x.smallParts, let next = lcm(l, d) else { return nil }
        l = next
      }
    }
    return l
  }

  /// The same for numbers already in parts.
  static func lcmOfDenominators(_ lists: [SmallFraction]...) -> Int64? {
    var l: Int64 = 1
    for xs in lists {
      for x in xs {
        guard let next = lcm(l, x.denominator) else { return nil }
        l = next
      }
    }
    return l
  }

  /// `lcm(l, d)` for positive `l` and `d`, nil past 63 bits.
  private static func lcm(_ l: Int64, _ d: Int64) -> Int64? {
    if l % d == 0 { return l }
    let (p, o) = (l / gcd64(l, d)).multipliedReportingOverflow(by: d)
    return o ? nil : p
  }

  /// `x·scale` for each `x`, integers when `scale` is a multiple of their denominators; nil on overflow.
  static func scaled(_ xs: [SmallFraction], by scale: Int64) -> [Int64]? {
    var out = [Int64]()
    out.reserveCapacity(xs.count)
    for x in xs {
      let (p, o) = x.numerator.multipliedReportingOverflow(by: scale / x.denominator)
      if o { return nil }
      out.append(p)
    }
    return out
  }
}

/// Bits of |x·scale| for an exact `x` whose denominator divides `scale`.
private func bits(_ x: Rational, over scale: Int64) -> Int {
  (x.numerator * (BigInt(scale) / x.denominator)).magnitude.bitWidth
}

private func bitLength(_ x: UInt64) -> Int { 64 - x.leadingZeroBitCount }

/// Words for a signed number of `bits` magnitude bits (and a sign bit).
private func words(forBits bits: Int) -> Int { bits / 64 + 1 }
