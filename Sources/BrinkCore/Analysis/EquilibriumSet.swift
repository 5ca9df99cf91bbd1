/// All Nash equilibria of a bimatrix game as `solve` reports them: the extreme
/// equilibria, the maximal Nash subsets they span, and the connected components
/// those subsets form. `GameAnalysis` (method `all`) and the sweeps' break and end
/// points (`AffineSweep`) both take it from here, so a sweep lists at a point
/// exactly what `solve` lists at that payoff.
///
/// The set of equilibria of a bimatrix game is a finite union of maximal Nash
/// subsets, each a product `conv X × conv Y` of the convex hulls of extreme
/// equilibrium parts, and so convex: every mixture of its extreme equilibria is an
/// equilibrium. A connected component is a union of overlapping maximal subsets and
/// need not be convex (Avis, Rosenberg, Savani and von Stengel 2010, *Economic
/// Theory* 42, §6; Gambit's `gambit-enummixed` prints the maximal subsets as
/// "cliques", found by Bron–Kerbosch-style enumeration of the maximal bicliques of
/// the bipartite graph of extreme equilibria).
///
/// Example (checked by hand in the tests): payoffs (1, 1) everywhere except (0, 0)
/// at (B, R). Its extreme equilibria are (T, L), (T, R) and (B, L); the maximal
/// subsets are {T} × conv{L, R} and conv{T, B} × {L}; the one component is their
/// union, an "L" shape, which does not contain the midpoint of (T, R) and (B, L).
public struct EquilibriumSet: Sendable, Hashable {
  /// The extreme equilibria, in the order vertex enumeration finds them.
  public var equilibria: [Equilibrium]
  /// The maximal Nash subsets, as indices into `equilibria` (each convex).
  public var nashSubsets: [[Int]]
  /// The connected components, as indices into `equilibria` (unions of subsets).
  public var components: [[Int]]

  public init(equilibria: [Equilibrium], nashSubsets: [[Int]], components: [[Int]]) {
    self.equilibria = equilibria
    self.nashSubsets = nashSubsets
    self.components = components
  }

  /// Every extreme equilibrium by vertex enumeration, then the subsets and
  /// components (`VertexEnumeration.nashSubsets`, `.components`).
  public init(of game: Bimatrix, shouldContinue: () -> Bool = { true }) {
    let equilibria = VertexEnumeration.extremeEquilibria(of: game, shouldContinue: shouldContinue)
    self.init(equilibria: equilibria, nashSubsets: VertexEnumeration.nashSubsets(of: equilibria),
              components: VertexEnumeration.components(of: equilibria, in: game))
  }

  /// The maximal Nash subsets with more than one extreme equilibrium: the
  /// continua, each convex.
  public var continua: [[Int]] { nashSubsets.filter { $0.count > 1 } }
}
