/// The discrete shape of a bimatrix game's equilibria that the sweeps follow: its
/// pure equilibria and, in a 2×2 game, whether a completely mixed one exists
/// (`StageAnalysis`). It stays put while payoffs move a little and changes only
/// where the equilibria change in kind (`AffineSweep`, `SolutionSignature`).
public struct EquilibriumShape: Hashable, Sendable {
  /// The pure equilibria as [row, column], in row-major order.
  public var pureCells: [[Int]]
  /// Whether a 2×2 game has a completely mixed equilibrium.
  public var mixed: Bool

  public init(pureCells: [[Int]], mixed: Bool) {
    self.pureCells = pureCells
    self.mixed = mixed
  }

  public init(of game: Bimatrix) {
    let analysis = StageAnalysis(game)
    self.init(pureCells: analysis.pureCells.map { [$0.0, $0.1] }, mixed: analysis.mixed2x2 != nil)
  }
}
