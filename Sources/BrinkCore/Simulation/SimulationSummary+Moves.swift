extension SimulationSummary {
  /// How often each side played each move in one (reported) state, over every
  /// round any path played there (issue 12: "move frequencies by state"; for a
  /// one-state scenario, the outcome and move frequencies of the repeated game).
  ///
  /// Shares are of `rounds`, the rounds played in the state (summed over paths),
  /// so each player's shares, and the joint shares, sum to 1 when `rounds > 0`.
  public struct StateMoves: Sendable, Equatable, Codable {
    public var state: String
    /// Rounds played in the state, over all paths.
    public var rounds: Int
    /// `moves[p]`: player `p`'s moves there, in the scenario's order.
    public var moves: [[String]]
    /// `joint[i][j]`: rounds in which player 0 played `moves[0][i]` and player 1
    /// `moves[1][j]`.
    public var joint: [[Int]]
    /// `counts[p][k]`: rounds in which player `p` played `moves[p][k]` (the
    /// margins of `joint`).
    public var counts: [[Int]]
  }

  /// The cooperation rate of an iterated prisoner's dilemma, stag hunt or chicken
  /// (Axelrod, *The Evolution of Cooperation*, 1984): the share of rounds in which
  /// each side played its cooperative move (`ClassicGame.cooperativeMoves`), and
  /// in which both did.
  public struct Cooperation: Sendable, Equatable, Codable {
    /// The classic game's name, e.g. "Prisoner's Dilemma".
    public var game: String
    /// `moves[p]`: player `p`'s cooperative move.
    public var moves: [String]
    /// `rates[p]`: the share of rounds in which player `p` cooperated.
    public var rates: [Double]
    /// The share of rounds in which both cooperated.
    public var both: Double
  }

  /// The cooperation of `played` (a state's moves) when `game`, its stage game, is
  /// a classic dilemma; nil otherwise or when nothing was played.
  public static func cooperation(_ played: StateMoves, game: Bimatrix) -> Cooperation? {
    guard played.rounds > 0, let (classic, row, column) = ClassicGame.cooperativeMoves(game) else { return nil }
    let names = [game.rowStrategies[row], game.columnStrategies[column]]
    guard let i = played.moves[0].firstIndex(of: names[0]), let j = played.moves[1].firstIndex(of: names[1]) else { return nil }
    let n = Double(played.rounds)
    return Cooperation(game: classic.kind.symmetricType.name, moves: names,
                       rates: [Double(played.counts[0][i]) / n, Double(played.counts[1][j]) / n],
                       both: Double(played.joint[i][j]) / n)
  }

  /// The joint move counts of `statistics` by reported state: ladder states that
  /// stand for one reported state (`map`) are added by move name, so a by-node
  /// ladder's copies of a state count as that state. States never played in are
  /// left out; moves are listed in order of first appearance over the ladder's
  /// states (the scenario's order, since every copy lists them alike).
  static func movesByState(_ statistics: SimulationStatistics, ladder: CompiledLadder, map: [Int],
                           names: [String]) -> [StateMoves] {
    var byState = [StateMoves?](repeating: nil, count: names.count)
    for s in 0..<ladder.stateCount where !ladder.isTerminal[s] {
      let r = map[s], moveNames = ladder.moveNames[s]
      var entry = byState[r] ?? StateMoves(state: names[r], rounds: 0, moves: [[], []], joint: [], counts: [[], []])
      for p in 0..<2 {
        for m in moveNames[p] where !entry.moves[p].contains(m) {
          entry.moves[p].append(m)
          entry.counts[p].append(0)
          if p == 0 { entry.joint.append([Int](repeating: 0, count: entry.moves[1].count)) }
        }
      }
      for i in entry.joint.indices where entry.joint[i].count < entry.moves[1].count {
        entry.joint[i] += [Int](repeating: 0, count: entry.moves[1].count - entry.joint[i].count)
      }
      let base = ladder.jointBase(state: s), n0 = moveNames[0].count
      for (b, column) in moveNames[1].enumerated() {
        for (a, row) in moveNames[0].enumerated() {
          let c = base + a + b * n0 < statistics.jointMoves.count ? statistics.jointMoves[base + a + b * n0] : 0
          guard c > 0 else { continue }
          let i = entry.moves[0].firstIndex(of: row)!, j = entry.moves[1].firstIndex(of: column)!
          entry.joint[i][j] += c
          entry.counts[0][i] += c
          entry.counts[1][j] += c
          entry.rounds += c
        }
      }
      byState[r] = entry
    }
    return byState.compactMap { $0 }.filter { $0.rounds > 0 }
  }
}
