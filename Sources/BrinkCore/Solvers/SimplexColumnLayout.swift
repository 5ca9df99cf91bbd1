/// The columns of the standard-form tableau of a `LinearProgram`, shared by the
/// integer `SimplexTableau` and the rational reference `Tableau` so both solve the
/// same problem.
///
/// Standard form as in Chvátal, *Linear Programming* (1983), ch. 8: every variable is
/// made non-negative (a free one split as xⱼ = xⱼ⁺ − xⱼ⁻), every row is negated where
/// needed so its right-hand side is ≥ 0, and each row gains the columns of its
/// relation — a slack (+1) for ≤, a surplus (−1) and an artificial (+1) for ≥, an
/// artificial for = — whose last added column forms the first, identity basis.
struct SimplexColumnLayout {
  /// Column of xⱼ⁺, and of xⱼ⁻ for a free variable.
  var plus: [Int] = []
  var minus: [Int?] = []
  /// +1, or −1 where the row was negated.
  var rowSign: [Int] = []
  /// Per row, the column of its first basic variable (slack or artificial).
  var identity: [Int] = []
  /// The added columns, in order after the structural ones: their row and entry.
  var extra: [(row: Int, value: Int, artificial: Bool)] = []
  /// Columns of the variables xⱼ⁺ and xⱼ⁻.
  var structuralCount = 0

  var columnCount: Int { structuralCount + extra.count }
  var isArtificial: [Bool] { Array(repeating: false, count: structuralCount) + extra.map(\.artificial) }

  init(_ problem: LinearProgram) {
    for j in 0..<problem.variableCount {
      plus.append(structuralCount)
      structuralCount += 1
      if problem.freeVariables.contains(j) {
        minus.append(structuralCount)
        structuralCount += 1
      } else {
        minus.append(nil)
      }
    }
    for (i, c) in problem.constraints.enumerated() {
      let sign = c.rhs.signum < 0 ? -1 : 1
      rowSign.append(sign)
      var relation = c.relation
      if sign < 0 { relation = relation == .lessOrEqual ? .greaterOrEqual : relation == .greaterOrEqual ? .lessOrEqual : .equal }
      switch relation {
      case .lessOrEqual:
        identity.append(structuralCount + extra.count)
        extra.append((i, 1, false))
      case .greaterOrEqual:
        extra.append((i, -1, false))
        identity.append(structuralCount + extra.count)
        extra.append((i, 1, true))
      case .equal:
        identity.append(structuralCount + extra.count)
        extra.append((i, 1, true))
      }
    }
  }
}
