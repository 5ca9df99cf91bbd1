/// Repeated independent play of one stage game, each side drawing its move from a
/// mixed strategy (the REPL's `simulate` on a plain game). Draws come from a
/// SplitMix64 stream seeded by `seed` (the session's), so the same seed gives the
/// same counts (Steele, Lea and Flood, "Fast
/// splittable pseudorandom number generators", OOPSLA 2014).
public struct StageSimulation: Sendable {
  public var game: Bimatrix
  public var profile: MixedProfile
  public var seed: UInt64

  public init(game: Bimatrix, profile: MixedProfile, seed: UInt64) {
    self.game = game
    self.profile = profile
    self.seed = seed
  }

  /// The simulation of `simulate` on a plain game: both sides draw from its first
  /// mixed equilibrium, or its first pure one when it has none (`StageAnalysis`:
  /// the pure ones, and the completely mixed one of a 2×2 game). Nil when it has
  /// neither.
  public init?(sampling game: Bimatrix, seed: UInt64) {
    let equilibria = StageAnalysis(game).equilibria
    guard let chosen = equilibria.first(where: { !$0.isPure }) ?? equilibria.first else { return nil }
    self.init(game: game, profile: chosen.profile, seed: seed)
  }

  public struct Result: Equatable, Sendable {
    /// counts[row][column]
    public var counts: [[Int]]
    public var rounds: Int
    public var requested: Int
    public var interrupted: Bool { rounds < requested }

    public init(counts: [[Int]], rounds: Int, requested: Int) {
      self.counts = counts
      self.rounds = rounds
      self.requested = requested
    }
  }

  /// 1. Turn each mixture into cumulative thresholds as Doubles (sampling only;
  ///    the exact probabilities are kept for the table).
  /// 2. For each round draw a uniform in [0, 1) for each side and pick the first
  ///    move whose threshold exceeds it.
  /// 3. Every 4096 rounds check `shouldContinue` and report progress (the
  ///    caller decides how often to draw).
  public func run(rounds: Int, shouldContinue: () -> Bool, progress: ((Int, Int) -> Void)?) -> Result {
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
