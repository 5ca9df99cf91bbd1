/// A linear program in the form the solvers in this package need:
///
///     maximise    cᵀx
///     subject to  aᵢᵀx (≤ | = | ≥) bᵢ   for each constraint i
///                 xⱼ ≥ 0                for each j not in `freeVariables`
///
/// Coefficients are exact rationals, so the optimum and its certificate are exact.
public struct LinearProgram: Sendable, Hashable {
  public enum Relation: String, Sendable, Hashable { case lessOrEqual = "<=", equal = "=", greaterOrEqual = ">=" }

  public struct Constraint: Sendable, Hashable {
    public var coefficients: [Rational]
    public var relation: Relation
    public var rhs: Rational
    public init(_ coefficients: [Rational], _ relation: Relation, _ rhs: Rational) {
      self.coefficients = coefficients
      self.relation = relation
      self.rhs = rhs
    }
  }

  /// `c`, one entry per variable.
  public var objective: [Rational]
  public var constraints: [Constraint]
  /// Variables that may take any sign (all others are non-negative).
  public var freeVariables: Set<Int>

  /// - Precondition: every constraint has `objective.count` coefficients and every
  ///   free variable index is in range.
  public init(maximize objective: [Rational], subjectTo constraints: [Constraint], freeVariables: Set<Int> = []) {
    precondition(constraints.allSatisfy { $0.coefficients.count == objective.count })
    precondition(freeVariables.allSatisfy { $0 >= 0 && $0 < objective.count })
    self.objective = objective
    self.constraints = constraints
    self.freeVariables = freeVariables
  }

  public var variableCount: Int { objective.count }
}

/// An optimal solution with its dual certificate.
public struct LinearProgramSolution: Sendable, Hashable {
  /// The optimal value `cᵀx`.
  public var value: Rational
  /// An optimal primal point (a vertex when no variable is free).
  public var x: [Rational]
  /// Optimal dual multipliers, one per constraint, for the dual
  /// `minimise bᵀy` s.t. `Σᵢ yᵢ aᵢⱼ ≥ cⱼ` (`= cⱼ` for free `xⱼ`), `yᵢ ≥ 0` on `≤` rows,
  /// `yᵢ ≤ 0` on `≥` rows, `yᵢ` free on `=` rows. Strong duality: `bᵀy == value`.
  public var duals: [Rational]
}

/// The outcome of solving a linear program: never a crash.
public enum LinearProgramResult: Sendable, Hashable {
  case optimal(LinearProgramSolution)
  case infeasible
  case unbounded

  public var solution: LinearProgramSolution? {
    if case .optimal(let s) = self { return s }
    return nil
  }
}
