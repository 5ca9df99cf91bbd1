#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BrinkCore
import Testing

@testable import BrinkFormats

/// The logit agent QRE (`TypedLogitSolver`; McKelvey and Palfrey 1998) of
/// `Scenarios/bluff-ladder.yaml` with both players on `logit λ`: uniform at λ = 0;
/// the fixed-point equations written out by hand hold; the beliefs are Bayes' rule
/// on the logit strategies at every history; and as λ grows the play approaches the
/// perfect Bayesian equilibrium `TypedSolver` selects there (the bluff: the resolved
/// Defender threatens, the irresolute one threatens 2/3; the Challenger presses 1/2
/// after a threat and for sure after quiet).
@Suite("Teaching scenario: the logit agent QRE of bluff-ladder approaches the bluff")
struct BluffLadderLogitTests {
  static func scenario(_ lambda: Double) throws -> EscalationScenario {
    var s = try MonteCarloAgreement.library("bluff-ladder").scenario
    for p in 0..<2 { s.behaviours[p].model = .logit(lambda: lambda) }
    return s
  }

  static func logit(_ lambda: Double) throws -> TypedLogitSolution { try TypedLogitSolver.solve(scenario(lambda)) }

  /// The root and the histories after a threat and after quiet (the Defender's moves
  /// are threaten, quiet; the Challenger's wait; round 2's press, back-off).
  static func parts(_ sol: TypedLogitSolution) -> (root: TypedLogitSolution.History, threat: TypedLogitSolution.History,
                                                   quiet: TypedLogitSolution.History) {
    let root = sol.histories[sol.roots[0]]
    return (root, sol.histories[root.children[0][0][0]], sol.histories[root.children[1][0][0]])
  }

  /// (resolved threatens, irresolute threatens, press after a threat, press after quiet).
  static func summary(_ sol: TypedLogitSolution) -> [Double] {
    let (root, threat, quiet) = parts(sol)
    return [root.strategies[0][0][0], root.strategies[0][1][0], threat.strategies[1][0][0], quiet.strategies[1][0][0]]
  }

  static let pbe = [1.0, 2.0 / 3.0, 0.5, 1.0]

  @Test("λ = 0 is uniform play, and a threat says nothing (belief 1/4 after it)")
  func uniform() throws {
    let sol = try Self.logit(0)
    #expect(Self.summary(sol) == [0.5, 0.5, 0.5, 0.5])
    #expect(abs(Self.parts(sol).threat.beliefs[0][0] - 0.25) < 1e-15)
  }

  /// With r the belief that the Defender is resolved, ℓ(z) = 1/(1 + e^(−z)), δ the
  /// discount, the equations of the agent QRE (from the payoffs in the file):
  ///
  ///     press after a threat  p_T = ℓ(λ·(1 − 3r_T)),  r_T = ¼x_R / (¼x_R + ¾x_I)
  ///     press after quiet     p_Q = ℓ(λ·(1 − 3r_Q)),  r_Q = ¼(1 − x_R) / (¼(1 − x_R) + ¾(1 − x_I))
  ///     resolved threatens    x_R = ℓ(λδ·((2 − p_T) − (2 − p_Q)))
  ///     irresolute threatens  x_I = ℓ(λδ·((2 − 4p_T) − (2 − 2p_Q)))
  @Test("the fixed-point equations written by hand hold to 1e-9 at λ = 1, 5, 25, 125")
  func equationsByHand() throws {
    for lambda in [1.0, 5, 25, 125] {
      let sol = try Self.logit(lambda)
      let delta = sol.scenario.discount.doubleValue
      func l(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
      let (root, threat, quiet) = Self.parts(sol)
      let xR = root.strategies[0][0][0], xI = root.strategies[0][1][0]
      let pT = threat.strategies[1][0][0], pQ = quiet.strategies[1][0][0]
      let rT = 0.25 * xR / (0.25 * xR + 0.75 * xI), rQ = 0.25 * (1 - xR) / (0.25 * (1 - xR) + 0.75 * (1 - xI))
      #expect(abs(pT - l(lambda * (1 - 3 * rT))) < 1e-9, "λ = \(lambda)")
      #expect(abs(pQ - l(lambda * (1 - 3 * rQ))) < 1e-9, "λ = \(lambda)")
      #expect(abs(xR - l(lambda * delta * (pQ - pT))) < 1e-9, "λ = \(lambda)")
      #expect(abs(xI - l(lambda * delta * (2 * pQ - 4 * pT))) < 1e-9, "λ = \(lambda)")
      #expect(sol.residual < 1e-12, "λ = \(lambda)")
    }
  }

  @Test("Bayes consistency: at every history the posterior is prior × the logit likelihoods, normalised")
  func bayes() throws {
    for lambda in [1.0, 25] {
      let sol = try Self.logit(lambda)
      for h in sol.histories where !h.children.isEmpty {
        for i in h.children.indices {
          for j in h.children[i].indices {
            for child in h.children[i][j] {
              for (p, move) in [(0, i), (1, j)] {
                let joint = zip(h.beliefs[p], h.strategies[p]).map { $0 * $1[move] }
                let total = joint.reduce(0, +)
                for (theta, x) in joint.enumerated() {
                  #expect(abs(sol.histories[child].beliefs[p][theta] - x / total) < 1e-12)
                }
              }
            }
          }
        }
      }
    }
  }

  @Test("as λ grows (1, 5, 25, 125) the strategies approach the bluff PBE: the distance falls, under 0.02 at 125")
  func approachesTheBluff() throws {
    var last = Double.infinity
    for lambda in [1.0, 5, 25, 125] {
      let sol = try Self.logit(lambda)
      let distance = zip(Self.summary(sol), Self.pbe).map { abs($0 - $1) }.max()!
      #expect(distance < last, "λ = \(lambda): \(Self.summary(sol))")
      last = distance
    }
    #expect(last < 0.02)
  }
  @Test("Monte Carlo: 40,000 paths at λ = 5, every type's end-state frequencies within 4 standard errors of the solve")
  func monteCarlo() throws {
    let sol = try Self.logit(5)
    let sim = TypedLogitSimulation.run(sol, paths: 40_000, seed: 14)
    #expect(sim.completed == 40_000)
    let exact = sol.endStatesByType()
    for a in exact.indices {
      for c in exact[a].indices {
        let n = Double(sim.paths[a][c])
        #expect(n > 5_000)
        #expect(abs(exact[a][c].reduce(0, +) - 1) < 1e-12)
        for (state, p) in exact[a][c].enumerated() {
          let q = Double(sim.ends[a][c][state]) / n
          #expect(abs(q - p) <= 4 * (p * (1 - p) / n).squareRoot() + 1e-12,
                  "types (\(a), \(c)), \(sol.scenario.states[state].name): \(q) vs \(p)")
        }
      }
    }
    // Same seed, same counts.
    #expect(TypedLogitSimulation.run(sol, paths: 2_000, seed: 14).ends == TypedLogitSimulation.run(sol, paths: 2_000, seed: 14).ends)
  }
}
