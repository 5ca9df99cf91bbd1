import BrinkCore

extension SolveJSON.Parts {
  /// The parts of `brink solve --json` for one game's analysis: its equilibria,
  /// components and maximal Nash subsets, security strategies and value, and, for method `dominance` only,
  /// the strict and weak eliminations.
  public init(_ analysis: GameAnalysis) {
    var dominance = [(String, Dominance.Elimination)]()
    if analysis.method == .dominance {
      if let strict = analysis.strictElimination { dominance.append(("strict", strict)) }
      if let weak = analysis.weakElimination { dominance.append(("weak", weak)) }
    }
    self.init(equilibria: analysis.equilibria, components: analysis.components, nashSubsets: analysis.nashSubsets,
              security: analysis.security,
              value: analysis.zeroSumValue, dominance: dominance)
  }
}
