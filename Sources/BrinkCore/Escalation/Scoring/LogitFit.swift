#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The maximum-likelihood estimate of the logit precision λ from recorded play:
/// Signorino's strategic logit ("Strategic Interaction and the Statistical Analysis
/// of International Conflict", *APSR* 93(2), 1999, 279–297), where every optimising
/// player chooses by the logit quantal response at one precision λ (McKelvey and
/// Palfrey 1995, 1998) and the likelihood of the record is the product of the
/// probabilities of what was done (Signorino §3, eq. 9; here the forward algorithm
/// of `SolvedScenario.likelihood`, which also covers unobserved states, chance and
/// gaps in the record).
///
/// Steps:
/// 1. For a λ, each case's scenario is solved with every optimising player
///    (equilibrium or logit model) on the logit model at λ (`atLambda`); rule-following
///    players (fixed, script, tit-for-tat…), trembles and misperceptions are kept as
///    the scenario has them. ℓ(λ) is the sum over the cases of the log-likelihood of
///    each one's record (`PathLikelihood.logProbability`).
/// 2. ℓ is maximised over u = ln λ in [ln 10⁻³, ln 10³]: a grid of 13 points (half a
///    decade apart) finds the best neighbourhood (a guard against the several local
///    maxima a logit equilibrium correspondence can give), then golden-section search
///    (Kiefer 1953; Press et al., *Numerical Recipes*, 3rd ed., §10.2) on the grid
///    interval either side of the best point, to |Δu| < 10⁻⁶. Working on ln λ treats
///    λ = 0.01 and λ = 100 alike, as precisions should be. Ties go to the larger λ
///    (a record of only the better moves saturates the likelihood at 1 in floating
///    point; λ̂ is then reported at the end of the range).
/// 3. The standard error is the inverse square root of the observed information
///    −ℓ″(λ̂) (Fisher; Signorino §3 uses the same), ℓ″ by the central second
///    difference `(ℓ(λ̂+h) − 2ℓ(λ̂) + ℓ(λ̂−h)) / h²` with h = λ̂/100: the logit solve
///    converges to 10⁻¹², far below what h² divides, and ℓ is smooth in λ. When ℓ is
///    not concave there (a flat likelihood, or λ̂ at the end of the range) there is no
///    standard error.
///
/// - Complexity: about 13 + 30 + 2 solves of every case's scenario.
public enum LogitFit {
  /// One scenario and its record.
  public struct Case: Sendable {
    public var scenario: EscalationScenario
    public var path: [ObservedRound]
    public init(scenario: EscalationScenario, path: [ObservedRound]) {
      self.scenario = scenario
      self.path = path
    }
  }

  public struct Estimate: Sendable, Hashable {
    /// λ̂.
    public var lambda: Double
    /// The standard error of λ̂ from the observed information; `nil` when ℓ is not
    /// concave at λ̂.
    public var standardError: Double?
    /// ℓ(λ̂), natural log.
    public var logLikelihood: Double
    /// Each case's log-likelihood at λ̂.
    public var caseLogLikelihoods: [Double]
    /// Whether λ̂ is at an end of the searched range (the record wants a λ beyond it).
    public var atBound: Bool
    /// How many times ℓ was evaluated.
    public var evaluations: Int

    public init(lambda: Double, standardError: Double?, logLikelihood: Double, caseLogLikelihoods: [Double],
                atBound: Bool, evaluations: Int) {
      self.lambda = lambda
      self.standardError = standardError
      self.logLikelihood = logLikelihood
      self.caseLogLikelihoods = caseLogLikelihoods
      self.atBound = atBound
      self.evaluations = evaluations
    }
  }

  public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
    /// No case has a player whose model optimises: λ changes nothing.
    case nothingToFit
    /// No case has a recorded move.
    case noRecord
    /// Every λ tried gives some case's record probability 0 (the case, counted from 0).
    case impossible(case: Int)
    case cannotSolve(case: Int, String)
    case cancelled

    public var description: String {
      switch self {
      case .nothingToFit: return "no player optimises (equilibrium or logit model): λ changes nothing"
      case .noRecord: return "no recorded move to fit"
      case .impossible(let c): return "scenario \(c + 1)'s record is impossible at every λ tried (a rule-following player's recorded move, or chance, rules it out)"
      case .cannotSolve(let c, let why): return "cannot solve scenario \(c + 1): \(why)"
      case .cancelled: return "interrupted"
      }
    }
  }

  /// The searched range of λ.
  public static let range: ClosedRange<Double> = 1e-3...1e3

  /// `scenario` with every optimising player on the logit model at `lambda`.
  public static func atLambda(_ scenario: EscalationScenario, _ lambda: Double) -> EscalationScenario {
    var copy = scenario
    for k in copy.behaviours.indices where copy.behaviours[k].model.isStrategic {
      copy.behaviours[k].model = .logit(lambda: lambda)
    }
    return copy
  }

  /// ℓ(λ) and each case's part (step 1).
  public static func logLikelihood(_ lambda: Double, cases: [Case],
                                   shouldContinue: () -> Bool = { true }) throws(Failure) -> [Double] {
    var out = [Double]()
    for (c, item) in cases.enumerated() {
      let solved: SolvedScenario
      do {
        solved = try EscalationSolver.solve(atLambda(item.scenario, lambda), needs: .strategies,
                                            shouldContinue: shouldContinue)
      } catch EscalationError.cancelled {
        throw .cancelled
      } catch {
        throw .cannotSolve(case: c, "\(error)")
      }
      let l = solved.likelihood(of: item.path, shouldContinue: shouldContinue)
      if l.interrupted || l.logProbability.isNaN { throw .cancelled }
      out.append(l.logProbability)
    }
    return out
  }

  /// Steps 1–3.
  public static func fit(_ cases: [Case], shouldContinue: () -> Bool = { true }) throws(Failure) -> Estimate {
    guard cases.contains(where: { $0.scenario.behaviours.contains { $0.model.isStrategic } }) else { throw .nothingToFit }
    guard cases.contains(where: { $0.path.contains { $0.moves.contains { $0 != nil } } }) else { throw .noRecord }
    var evaluations = 0
    var memo = [Double: [Double]]()
    func parts(_ u: Double) throws(Failure) -> [Double] {
      if let hit = memo[u] { return hit }
      evaluations += 1
      let value = try logLikelihood(exp(u), cases: cases, shouldContinue: shouldContinue)
      memo[u] = value
      return value
    }
    func ell(_ u: Double) throws(Failure) -> Double { try parts(u).reduce(0, +) }
    // 2. The grid.
    let lo = log(range.lowerBound), hi = log(range.upperBound), points = 13
    let step = (hi - lo) / Double(points - 1)
    let grid = (0..<points).map { lo + Double($0) * step }
    var values = [Double]()
    for u in grid { values.append(try ell(u)) }
    // Ties go to the larger λ: a likelihood that has stopped rising (floating point
    // saturates once the better move's probability rounds to 1) asks for more precision.
    let best = values.indices.max { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }!
    guard values[best] > -.infinity else {
      let c = try parts(grid[best]).firstIndex { $0 == -.infinity } ?? 0
      throw .impossible(case: c)
    }
    // Golden section on the neighbouring grid interval.
    var a = grid[max(best - 1, 0)], b = grid[min(best + 1, points - 1)]
    let ratio = (sqrt(5.0) - 1) / 2
    var x1 = b - ratio * (b - a), x2 = a + ratio * (b - a)
    var f1 = try ell(x1), f2 = try ell(x2)
    while b - a > 1e-6 {
      if f1 <= f2 {  // ties move up, as above
        a = x1; x1 = x2; f1 = f2
        x2 = a + ratio * (b - a); f2 = try ell(x2)
      } else {
        b = x2; x2 = x1; f2 = f1
        x1 = b - ratio * (b - a); f1 = try ell(x1)
      }
    }
    var u = (a + b) / 2
    // The grid point may still beat the interior (a maximum at the range's end).
    if try ell(u) < values[best] { u = grid[best] }
    // Within 10⁻³ of an end of the range (in ln λ) is that end.
    let atBound = u - lo < 1e-3 || hi - u < 1e-3
    if atBound { u = u - lo < 1e-3 ? lo : hi }
    let lambda = atBound ? (u == lo ? range.lowerBound : range.upperBound) : exp(u)
    // 3. The observed information.
    let h = lambda / 100
    let centre = try ell(u)
    let up = try logLikelihood(lambda + h, cases: cases, shouldContinue: shouldContinue).reduce(0, +)
    let down = try logLikelihood(lambda - h, cases: cases, shouldContinue: shouldContinue).reduce(0, +)
    evaluations += 2
    let curvature = (up - 2 * centre + down) / (h * h)
    let se: Double? = curvature < 0 && curvature.isFinite && !atBound ? 1 / sqrt(-curvature) : nil
    return Estimate(lambda: lambda, standardError: se, logLikelihood: centre, caseLogLikelihoods: try parts(u),
                    atBound: atBound, evaluations: evaluations)
  }
}
