extension SimulationSummary {
  /// How many of the most frequent paths are listed.
  public static let topPathCount = 10

  /// Summarises `statistics` of a run of `ladder` (names come from the ladder).
  ///
  /// - Precondition: the statistics come from this ladder (same fingerprint).
  public init(_ statistics: SimulationStatistics, ladder: CompiledLadder, topPaths: Int = topPathCount) {
    self.init(statistics, ladder: ladder, reportedStates: Array(0..<ladder.stateCount),
              names: ladder.stateNames, isTerminal: ladder.isTerminal, topPaths: topPaths)
  }

  /// Summarises `statistics` of a run of `ladder`, reporting ladder state `s` as
  /// state `reportedStates[s]` of `names`/`isTerminal` (e.g. the scenario states a
  /// by-node ladder's states stand for): counts of ladder states that stand for one
  /// reported state are added, and each path's states are mapped, repeats collapsed
  /// and equal paths' counts merged.
  ///
  /// - Precondition: the statistics come from this ladder (same fingerprint), and
  ///   `reportedStates` maps every ladder state into `names` with the same
  ///   terminality.
  public init(_ statistics: SimulationStatistics, ladder: CompiledLadder, reportedStates map: [Int],
              names: [String], isTerminal terminal: [Bool], topPaths: Int = topPathCount) {
    precondition(statistics.ladderFingerprint == ladder.fingerprint, "statistics of another ladder")
    precondition(map.count == ladder.stateCount && map.allSatisfy { names.indices.contains($0) } && names.count == terminal.count,
                 "state map does not fit the ladder")
    let n = statistics.pathsCompleted
    let share = { (count: Int) -> Double in n > 0 ? Double(count) / Double(n) : 0 }
    let S = statistics.stateCount, T = statistics.rounds
    seed = statistics.seed
    rounds = T
    pathsRequested = statistics.pathsRequested
    pathsCompleted = n
    isPartial = statistics.isPartial
    pathRounds = statistics.pathRounds
    stateNames = names
    let R = names.count

    // Counts by reported state (ladder states that stand for one are added).
    var absorbedByState = [[Int]](repeating: [], count: R)
    var horizonByState = [Int](repeating: 0, count: R)
    var occupancyByState = [[Int]](repeating: [Int](repeating: 0, count: R), count: T)
    for s in 0..<S {
      let r = map[s]
      if ladder.isTerminal[s] {
        if absorbedByState[r].isEmpty { absorbedByState[r] = [Int](repeating: 0, count: T + 1) }
        for (t, c) in statistics.absorbed[s].enumerated() { absorbedByState[r][t] += c }
      }
      horizonByState[r] += statistics.horizonEnd[s]
      for t in 0..<T { occupancyByState[t][r] += statistics.occupancy[t][s] }
    }
    for r in 0..<R where terminal[r] && absorbedByState[r].isEmpty {
      absorbedByState[r] = [Int](repeating: 0, count: T + 1)
    }

    // Outcomes: every terminal state, then non-terminal states some paths ended in.
    let absorbedTotals = absorbedByState.map { $0.reduce(0, +) }
    var outcomes: [Outcome] = []
    for r in 0..<R where terminal[r] || horizonByState[r] > 0 {
      let count = terminal[r] ? absorbedTotals[r] : horizonByState[r]
      let (low, high) = WilsonInterval.bounds(successes: count, trials: n)
      outcomes.append(Outcome(
        state: names[r], isTerminal: terminal[r], count: count,
        proportion: share(count), low: low, high: high))
    }
    self.outcomes = outcomes.sorted { ($0.isTerminal && !$1.isTerminal) || ($0.isTerminal == $1.isTerminal && $0.count > $1.count) }

    // State probabilities by round.
    var absorbedSoFar = Array(repeating: 0, count: R)
    stateProbabilities = (0...T).map { t in
      (0..<R).map { r in
        if terminal[r] {
          absorbedSoFar[r] += absorbedByState[r][t]
          return share(absorbedSoFar[r])
        }
        return share(t < T ? occupancyByState[t][r] : horizonByState[r])
      }
    }

    timesToTerminal = (0..<R).filter { terminal[$0] }.map { r in
      Self.timeToTerminal(names[r], absorbedByState[r])
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
    self.topPaths = Self.mergedPaths(statistics.paths.entries, codec: codec, map: map, stateCount: S)
      .prefix(max(topPaths, 0)).map { path in
        PathSummary(states: path.states.map { $0 < R ? names[$0] : "?" }, truncated: path.truncated,
                    count: path.count, proportion: share(path.count))
      }

    // Effects by name: a by-node ladder copies an event or shock per variant.
    var effects: [EffectSummary] = [], effectIndex: [String: Int] = [:]
    for (name, fires) in zip(ladder.effectNames, statistics.effectFires) {
      if let i = effectIndex[name] { effects[i].fires += fires } else {
        effectIndex[name] = effects.count
        effects.append(EffectSummary(name: name, fires: fires))
      }
    }
    self.effects = effects
    moves = Self.movesByState(statistics, ladder: ladder, map: map, names: names)
  }

  /// A path in reported states: the ladder states mapped, repeats collapsed.
  struct MergedPath {
    var states: [Int]
    var truncated: Bool
    var count: Int
    /// The smallest ladder key merged in (the order of equal counts).
    var a: UInt64, b: UInt64
  }

  /// The counted paths mapped to reported states, equal ones merged, most
  /// frequent first (ties: by the smallest ladder key merged in, so the order
  /// depends only on the counts, never on the order of `entries`).
  static func mergedPaths(_ entries: [CappedCounts.Entry], codec: PathKeyCodec, map: [Int], stateCount S: Int) -> [MergedPath] {
    struct Key: Hashable { var states: [Int]; var truncated: Bool }
    var merged: [Key: MergedPath] = [:]
    for entry in entries {
      var states: [Int] = []
      for s in codec.states(entry.a, entry.b) {
        let r = s < S ? map[s] : Int.max
        if states.last != r { states.append(r) }
      }
      let key = Key(states: states, truncated: PathKeyCodec.isTruncated(entry.a))
      if var m = merged[key] {
        m.count += entry.count
        if (entry.a, entry.b) < (m.a, m.b) { (m.a, m.b) = (entry.a, entry.b) }
        merged[key] = m
      } else {
        merged[key] = MergedPath(states: states, truncated: key.truncated, count: entry.count, a: entry.a, b: entry.b)
      }
    }
    return merged.values.sorted { $0.count > $1.count || ($0.count == $1.count && ($0.a, $0.b) < ($1.a, $1.b)) }
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
