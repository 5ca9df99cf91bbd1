import BrinkCore

/// Repeated independent play of one stage game, each side drawing its move from a
/// mixed strategy. Draws come from a SplitMix64 stream seeded by the session's
/// seed, so the same seed gives the same counts (Steele, Lea and Flood, "Fast
/// splittable pseudorandom number generators", OOPSLA 2014).
struct StageSimulation {
  var game: Bimatrix
  var profile: MixedProfile
  var seed: UInt64

  struct Result: Equatable {
    /// counts[row][column]
    var counts: [[Int]]
    var rounds: Int
    var requested: Int
    var interrupted: Bool { rounds < requested }
  }

  /// 1. Turn each mixture into cumulative thresholds as Doubles (sampling only;
  ///    the exact probabilities are kept for the table).
  /// 2. For each round draw a uniform in [0, 1) for each side and pick the first
  ///    move whose threshold exceeds it.
  /// 3. Every 4096 rounds check `shouldContinue` and report progress (the
  ///    caller decides how often to draw).
  func run(rounds: Int, shouldContinue: () -> Bool, progress: ((Int, Int) -> Void)?) -> Result {
    func thresholds(_ mix: [Rational]) -> [Double] {
      var total = 0.0
      return mix.map { total += $0.doubleValue; return total }
    }
    let rowT = thresholds(profile[0]), colT = thresholds(profile[1])
    var counts = [[Int]](repeating: [Int](repeating: 0, count: game.columns), count: game.rows)
    var generator = SplitMix64(seed: seed)
    var done = 0
    while done < rounds {
      if done & 4095 == 0 {
        if !shouldContinue() { break }
        progress?(done, rounds)
      }
      let u = generator.nextUnit(), v = generator.nextUnit()
      let i = rowT.firstIndex { u < $0 } ?? (game.rows - 1)
      let j = colT.firstIndex { v < $0 } ?? (game.columns - 1)
      counts[i][j] += 1
      done += 1
    }
    return Result(counts: counts, rounds: done, requested: rounds)
  }
}

extension SplitMix64 {
  /// A uniform Double in [0, 1) from the top 53 bits.
  mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }
}
