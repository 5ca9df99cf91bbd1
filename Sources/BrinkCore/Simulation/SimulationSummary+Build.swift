extension SimulationSummary {
  /// How many of the most frequent paths are listed.
  public static let topPathCount = 10

  /// Summarises `statistics` of a run of `ladder` (names come from the ladder).
  ///
  /// - Precondition: the statistics come from this ladder (same fingerprint).
  public init(_ statistics: SimulationStatistics, ladder: CompiledLadder, topPaths: Int = topPathCount) {
    precondition(statistics.ladderFingerprint == ladder.fingerprint, "statistics of another ladder")
    let n = statistics.pathsCompleted
    let share = { (count: Int) -> Double in n > 0 ? Double(count) / Double(n) : 0 }
    let S = statistics.stateCount, T = statistics.rounds
    seed = statistics.seed
    rounds = T
    pathsRequested = statistics.pathsRequested
    pathsCompleted = n
    isPartial = statistics.isPartial
    pathRounds = statistics.pathRounds
    stateNames = ladder.stateNames

    // Outcomes: every terminal state, then non-terminal states some paths ended in.
    let absorbedTotals = statistics.absorbed.map { $0.reduce(0, +) }
    var outcomes: [Outcome] = []
    for s in 0..<S where ladder.isTerminal[s] || statistics.horizonEnd[s] > 0 {
      let count = ladder.isTerminal[s] ? absorbedTotals[s] : statistics.horizonEnd[s]
      let (low, high) = WilsonInterval.bounds(successes: count, trials: n)
      outcomes.append(Outcome(
        state: ladder.stateNames[s], isTerminal: ladder.isTerminal[s], count: count,
        proportion: share(count), low: low, high: high))
    }
    self.outcomes = outcomes.sorted { ($0.isTerminal && !$1.isTerminal) || ($0.isTerminal == $1.isTerminal && $0.count > $1.count) }

    // State probabilities by round.
    var absorbedSoFar = Array(repeating: 0, count: S)
    stateProbabilities = (0...T).map { t in
      (0..<S).map { s in
        if ladder.isTerminal[s] {
          absorbedSoFar[s] += statistics.absorbed[s][t]
          return share(absorbedSoFar[s])
        }
        return share(t < T ? statistics.occupancy[t][s] : statistics.horizonEnd[s])
      }
    }

    timesToTerminal = (0..<S).filter { ladder.isTerminal[$0] }.map { s in
      Self.timeToTerminal(ladder.stateNames[s], statistics.absorbed[s])
    }

    variables = statistics.variables.indices.map { v in
      Self.variable(ladder.variableNames[v], statistics.variables[v], n)
    }

    payoffs = (0..<2).map { p in
      let moments = Self.moments(statistics.payoffSums[p], statistics.payoffSquares[p], statistics.payoffScale, n)
      return PayoffSummary(
        player: ladder.playerNames[p], mean: moments.mean,
        standardError: moments.deviation.map { $0 / Double(n).squareRoot() })
    }

    let codec: PathKeyCodec
    if case .pathPrefix(let c) = statistics.paths.coarsening { codec = c } else { codec = PathKeyCodec(stateCount: S) }
    let top = statistics.paths.entries.sorted { $0.count > $1.count || ($0.count == $1.count && ($0.a, $0.b) < ($1.a, $1.b)) }
    self.topPaths = top.prefix(max(topPaths, 0)).map { entry in
      PathSummary(
        states: codec.states(entry.a, entry.b).map { $0 < S ? ladder.stateNames[$0] : "?" },
        truncated: PathKeyCodec.isTruncated(entry.a), count: entry.count, proportion: share(entry.count))
    }

    effects = zip(ladder.effectNames, statistics.effectFires).map { EffectSummary(name: $0, fires: $1) }
  }

  /// Exact quartiles from per-round counts (integer comparisons, no rounding).
  static func timeToTerminal(_ name: String, _ histogram: [Int]) -> TimeToTerminal {
    let count = histogram.reduce(0, +)
    guard count > 0 else { return TimeToTerminal(state: name, count: 0) }
    func quantile(_ numerator: Int, _ denominator: Int) -> Int {
      var cumulative = 0
      for (t, c) in histogram.enumerated() {
        cumulative += c
        if cumulative * denominator >= count * numerator { return t }
      }
      return histogram.count - 1
    }
    let weighted = histogram.enumerated().reduce(0.0) { $0 + Double($1.offset) * Double($1.element) }
    return TimeToTerminal(
      state: name, count: count, mean: weighted / Double(count),
      lowerQuartile: quantile(1, 4), median: quantile(1, 2), upperQuartile: quantile(3, 4))
  }

  /// Mean and sample standard deviation from fixed-point sums.
  static func moments(_ sum: WideSum, _ squares: WideSum, _ scale: Double, _ n: Int) -> (mean: Double?, deviation: Double?) {
    guard n > 0 else { return (nil, nil) }
    let count = Double(n)
    let mean = sum.doubleValue / scale / count
    guard n > 1 else { return (mean, nil) }
    let meanSquare = squares.doubleValue / (scale * scale) / count
    let variance = max(0, meanSquare - mean * mean) * count / (count - 1)
    return (mean, variance.squareRoot())
  }

  static func variable(_ name: String, _ v: SimulationStatistics.VariableStatistics, _ n: Int) -> VariableSummary {
    let moments = moments(v.sum, v.squares, v.scale, n)
    let level = v.values.level
    let unit = Double(sign: .plus, exponent: min(level, 1000), significand: 1) / v.scale
    let distribution = v.values.entries.map { entry -> ValueCount in
      let key = Int64(bitPattern: entry.a)
      return ValueCount(value: Double(key) * unit, count: entry.count, proportion: n > 0 ? Double(entry.count) / Double(n) : 0)
    }.sorted { $0.value < $1.value }
    return VariableSummary(
      name: name, mean: moments.mean, standardDeviation: moments.deviation,
      minimum: v.minimum.map { Double($0) / v.scale }, maximum: v.maximum.map { Double($0) / v.scale },
      bucketWidth: level == 0 ? 0 : unit, distribution: distribution)
  }
}

extension SimulationSummary.TimeToTerminal {
  init(state: String, count: Int) {
    self.init(state: state, count: count, mean: nil, lowerQuartile: nil, median: nil, upperQuartile: nil)
  }
}
