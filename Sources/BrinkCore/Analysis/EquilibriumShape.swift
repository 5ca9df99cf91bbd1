/// The discrete shape of a bimatrix game's equilibria that the sweeps follow: its
/// pure equilibria and, in a 2×2 game, whether a completely mixed one exists
/// (`StageAnalysis`) and the supports of the partly mixed extreme equilibria a
/// degenerate 2×2 game has (one side mixing, the other pure: the ends of a
/// continuum, as in Chicken when a yield pays exactly what a clash does). It stays
/// put while payoffs move a little and changes only where the equilibria change in
/// kind (`AffineSweep`, `SolutionSignature`).
public struct EquilibriumShape: Hashable, Sendable, Codable {
  /// The pure equilibria as [row, column], in row-major order.
  public var pureCells: [[Int]]
  /// Whether a 2×2 game has a completely mixed equilibrium.
  public var mixed: Bool
  /// In a degenerate 2×2 game, the supports `[rows, columns]` of the extreme
  /// equilibria that are neither pure nor completely mixed, sorted; empty otherwise.
  public var partial: [[[Int]]]

  public init(pureCells: [[Int]], mixed: Bool, partial: [[[Int]]] = []) {
    self.pureCells = pureCells
    self.mixed = mixed
    self.partial = partial
  }

  public init(of game: Bimatrix) {
    let analysis = StageAnalysis(game)
    var partial = [[[Int]]]()
    if analysis.isDegenerate2x2 {
      // Only a tie can give an equilibrium with exactly one side mixing (a 2×2
      // game without one has none), so the enumeration runs only then.
      partial = VertexEnumeration.extremeEquilibria(of: game).map(\.supports)
        .filter { s in s.contains { $0.count == 2 } && s.contains { $0.count == 1 } }
        .sorted { $0.joined().lexicographicallyPrecedes($1.joined()) }
    }
    self.init(pureCells: analysis.pureCells.map { [$0.0, $0.1] }, mixed: analysis.mixed2x2 != nil, partial: partial)
  }
}
