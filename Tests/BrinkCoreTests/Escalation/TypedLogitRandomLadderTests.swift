#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

@testable import BrinkCore

/// `TypedLogitSolver` on forty seeded random two-round signalling ladders
/// (`TypedSolverTests.ladder`: a two-type sender, then a receiver's reply), each
/// answer checked against the agent QRE's equations computed here from the payoff
/// tables alone, not by the solver's map: the receiver's reply is the logit
/// response to its payoffs averaged by the posterior (Bayes' rule on the sender's
/// strategies), and each sender type's message the logit response to its payoff
/// for the message plus its payoff against the receiver's logit reply.
@Suite struct TypedLogitRandomLadderTests {
  static func softmax(_ x: [Double]) -> [Double] {
    let top = x.max()!
    let w = x.map { exp($0 - top) }
    let s = w.reduce(0, +)
    return w.map { $0 / s }
  }

  @Test("forty random signalling ladders at λ = 2 and 10: every answer solves the equations from the tables to 1e-9")
  func randomLadders() throws {
    var g = SplitMix64(seed: 1998)
    var solved = 0
    for _ in 0..<40 {
      func r() -> Rational { Rational(Int(g.next() % 7) - 3) }
      let reply = (0..<2).map { _ in (0..<2).map { _ in (0..<2).map { _ in [r(), r()] } } }
      let send = (0..<2).map { _ in [r(), r()] }
      let prior = Rational(Int(g.next() % 5) + 1, 6)
      for lambda in [2.0, 10] {
        var s = TypedSolverTests.ladder(prior: prior, reply: reply, send: send, selection: .mixed)
        s.behaviours = [PlayerBehaviour(model: .logit(lambda: lambda)), PlayerBehaviour(model: .logit(lambda: lambda))]
        let sol = try TypedLogitSolver.solve(s)
        #expect(sol.residual < 1e-12)
        solved += 1
        let root = sol.histories[sol.roots[0]]
        let mu = [prior.doubleValue, 1 - prior.doubleValue]
        let d = s.discount.doubleValue
        var replies = [[Double]]()
        for m in 0..<2 {
          let child = sol.histories[root.children[m][0][0]]
          let x = [root.strategies[0][0][m], root.strategies[0][1][m]]
          let post = [mu[0] * x[0] / (mu[0] * x[0] + mu[1] * x[1]), mu[1] * x[1] / (mu[0] * x[0] + mu[1] * x[1])]
          #expect(abs(child.beliefs[0][0] - post[0]) < 1e-12)
          let worth = (0..<2).map { k in post[0] * reply[0][m][k][1].doubleValue + post[1] * reply[1][m][k][1].doubleValue }
          let response = Self.softmax(worth.map { lambda * $0 })
          #expect(abs(child.strategies[1][0][0] - response[0]) < 1e-9, "λ \(lambda), message \(m)")
          replies.append(child.strategies[1][0])
        }
        for theta in 0..<2 {
          let worth = (0..<2).map { m in
            send[theta][m].doubleValue + d * (0..<2).reduce(0.0) { $0 + replies[m][$1] * reply[theta][m][$1][0].doubleValue }
          }
          let response = Self.softmax(worth.map { lambda * $0 })
          #expect(abs(root.strategies[0][theta][0] - response[0]) < 1e-9, "λ \(lambda), type \(theta)")
        }
      }
    }
    #expect(solved == 80)
  }
}
