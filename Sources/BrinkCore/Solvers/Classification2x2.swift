/// Ordinal classification of 2×2 games, after D. Robinson and D. Goforth, *The
/// Topology of the 2×2 Games: A New Periodic Table* (Routledge, 2005), with the naming
/// scheme of B. R. Bruns, "Names for games: locating 2×2 games", *Games* 6(4), 2015.
///
/// Only the players' preference orders matter, so payoffs are first replaced by ranks
/// (4 = best). Without ties there are 144 games up to relabelling rows and columns,
/// and 78 once the players may also be swapped (Rapoport and Guyer 1966). Robinson and
/// Goforth lay the 144 out as a 12 × 12 table whose coordinates are the 12 symmetric
/// games: orient the game so that the row player's best payoff is in the second column
/// and the column player's best is in the second row; then each player's payoffs match
/// those of exactly one symmetric game (`SymmetricType`). A game is symmetric exactly
/// when both coordinates agree, and then it is named after that game (Prisoner's
/// Dilemma, Chicken, Stag Hunt, …).
///
/// Steps of `classify`:
/// 1. Rank each player's four payoffs (`Classification2x2+Ordinal`).
/// 2. Find the pure equilibria and sort the game into a `Family` by its equilibrium
///    structure (cyclic, social dilemma, coordination, chicken-like, …). This needs no
///    strict preferences, so games with ties are classified too.
/// 3. Without ties, orient the game (step above) and read the two `SymmetricType`
///    coordinates; if they agree, name the symmetric game.
/// 4. With ties, name the textbook game when its definition allows the tie
///    (`ClassicGame`: the stag hunt with T = P of B. Skyrms, *The Stag Hunt and the
///    Evolution of Social Structure*, 2004; Chicken with R = S; Harmony); otherwise
///    say "a game with ties" and what its equilibria are, every clause checked
///    against the payoffs.
///
/// The name, summary and family are invariant to relabelling rows and columns and to
/// swapping the players; `ordinalTypes` swaps with the players.
public enum Classification2x2 {
  public struct Result: Sendable, Hashable {
    /// e.g. "Prisoner's Dilemma", "Chicken", "Stag Hunt".
    public var name: String
    /// What the class means for escalation, in one or two plain sentences.
    public var summary: String
    /// The class by equilibrium structure (defined with or without ties).
    public var family: Family?
    /// The symmetric game this is, when the game is strictly ordinal and symmetric.
    public var symmetricType: SymmetricType?
    /// The Robinson–Goforth coordinates (row player's and column player's payoff
    /// patterns) when there are no ties.
    public var ordinalTypes: OrdinalTypes?
    /// Whether some player has two equal payoffs.
    public var hasTies: Bool
    /// Ordinal ranks of each player's payoffs, `[player][row][column]`, 1 = worst;
    /// tied payoffs share a rank.
    public var ranks: [[[Int]]]
    /// The pure equilibria as `[row, column]`.
    public var pureEquilibria: [[Int]]

    public init(name: String, summary: String) {
      self.init(name: name, summary: summary, family: nil, symmetricType: nil, ordinalTypes: nil,
                hasTies: false, ranks: [], pureEquilibria: [])
    }

    public init(name: String, summary: String, family: Family?, symmetricType: SymmetricType?,
                ordinalTypes: OrdinalTypes?, hasTies: Bool, ranks: [[[Int]]], pureEquilibria: [[Int]]) {
      self.name = name; self.summary = summary; self.family = family
      self.symmetricType = symmetricType; self.ordinalTypes = ordinalTypes
      self.hasTies = hasTies; self.ranks = ranks; self.pureEquilibria = pureEquilibria
    }
  }

  /// The location of a strict ordinal game in the Robinson–Goforth table.
  public struct OrdinalTypes: Sendable, Hashable {
    public var row: SymmetricType
    public var column: SymmetricType
    public init(row: SymmetricType, column: SymmetricType) { self.row = row; self.column = column }
  }

  /// `nil` unless the game is 2×2.
  public static func classify(_ game: Bimatrix) -> Result? {
    guard game.rows == 2 && game.columns == 2 else { return nil }
    let ra = ordinalRanks(game.a), rb = ordinalRanks(game.b)
    let hasTies = !isStrict(ra) || !isStrict(rb)
    let equilibria = pureEquilibria(ra, rb)
    let family = Family.of(ra, rb, equilibria: equilibria)
    var types: OrdinalTypes? = nil
    var symmetric: SymmetricType? = nil
    if !hasTies {
      types = ordinalTypes(ra, rb)
      if types!.row == types!.column { symmetric = types!.row }
    }
    let name: String, summary: String
    if let symmetric {
      name = symmetric.name
      summary = symmetric.summary
    } else if let types {
      let pair = [types.row, types.column].sorted { $0.rawValue < $1.rawValue }
      name = family.name
      summary = family.summary + " (Asymmetric: one side has \(pair[0].name) payoffs, the other \(pair[1].name) payoffs.)"
    } else if let classic = ClassicGame.classifyEitherWay(game) {
      // A textbook game whose definition allows the tie (Skyrms's stag hunt with
      // T = P; Chicken with R = S; Harmony): named, its summary true of the payoffs.
      name = classic.kind.symmetricType.name
      summary = classic.kind.symmetricType.summary + " " + classic.tieNote
    } else {
      name = "a game with ties: " + family.name.lowercasedFirst
      summary = "Some payoffs are tied, so this is none of the 144 strict ordinal games; by its equilibria: "
        + family.summary + family.tiedDetail(ra, rb, equilibria: equilibria)
    }
    return Result(name: name, summary: summary, family: family, symmetricType: symmetric, ordinalTypes: types,
                  hasTies: hasTies, ranks: [ra, rb], pureEquilibria: equilibria)
  }

  /// Pure outcomes (row, column) not Pareto-dominated by another pure outcome.
  public static func paretoEfficientOutcomes(_ game: Bimatrix) -> [(Int, Int)] {
    ParetoEfficiency.efficientOutcomes(of: game)
  }

  /// For a 2×2 game with two strict pure equilibria, the risk-dominant one
  /// (Harsanyi and Selten 1988), or nil when neither or not applicable.
  public static func riskDominantEquilibrium(_ game: Bimatrix) -> (Int, Int)? {
    RiskDominance.riskDominantEquilibrium(game)
  }
}

extension String {
  /// The string with its first letter lower-cased ("Coordination" → "coordination").
  var lowercasedFirst: String { isEmpty ? self : prefix(1).lowercased() + dropFirst() }
}
