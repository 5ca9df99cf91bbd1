import BrinkCore
import Testing

@testable import BrinkFormats

/// `Scenarios/us-china-2025-10-types.yaml`: the default scenario with China's
/// private type (resolved or cautious, prior 1/2 each, differing only in the
/// standoff's enforce column), solved exactly as a perfect Bayesian equilibrium
/// (`TypedSolver`), its truce a sequential bargaining round (the US offers, China
/// answers each offer by type).
@Suite("The default scenario with China's hidden resolve (issue 14)")
struct TypedDefaultScenarioTests {
  static func document() throws -> ScenarioDocument { try MonteCarloAgreement.library("us-china-2025-10-types") }
  static func solved() throws -> TypedSolution { try TypedSolver.solve(try document().scenario) }

  @Test("the file is the default plus China's types, without trembles: every state, variable, event and the script alike")
  func isTheDefaultPlusTypes() throws {
    let typed = try Self.document().scenario
    let plain = try MonteCarloAgreement.library("us-china-2025-10").scenario
    #expect(typed.types[0].isEmpty)
    #expect(typed.types[1].map(\.name) == ["resolved", "cautious"])
    #expect(typed.types[1].map(\.prior) == [Rational(1, 2), Rational(1, 2)])
    // The resolved type's table differs from the standoff's in the enforce column only (+1 to China).
    // (Its copy in the deadline's round, standoff@tariff-deadline, is `deadlineRound` below.)
    let standoff = try #require(plain.stateIndex(named: "standoff"))
    let deadlineRound = try #require(plain.stateIndex(named: "standoff@tariff-deadline"))
    #expect(Set(typed.types[1][0].payoffs.map(\.state)) == [standoff, deadlineRound])
    #expect(typed.types[1][1].payoffs.isEmpty)
    var same = typed
    same.types = [[], []]
    same.title = plain.title
    same.description = plain.description
    #expect(same.behaviours.map(\.tremble) == [.zero, .zero])
    same.behaviours = plain.behaviours
    #expect(same == plain)
  }

  @Test("the resolved China's +1 for enforcing holds in the deadline's round (standoff@tariff-deadline) too, for every US option")
  func resolvedInTheDeadlineRound() throws {
    let s = try Self.document().scenario
    let k = try #require(s.stateIndex(named: "standoff@tariff-deadline"))
    let st = s.states[k]
    #expect(st.moves[0].map(\.name) == ["talk+enforce", "talk+extend", "talk+drop", "tariff+enforce", "tariff+extend", "tariff+drop"])
    let resolved = s.types[1][0].payoffs.filter { $0.state == k }
    #expect(resolved.count == 12)
    for o in resolved {
      // Worked from the cell's own payoffs: China's +1 where it enforces, the US's unchanged.
      let base = st.outcomes[o.rowMove][o.columnMove].payoffs.map { $0.evaluate(s.initialValues) }
      let plus: Rational = st.moves[1][o.columnMove].name == "enforce" ? 1 : 0
      #expect(o.payoffs.map { $0.evaluate(s.initialValues) } == [base[0], base[1] + plus])
    }
  }

  @Test("solve: round 1 pools on talk (the US cannot tell), the exact values by type")
  func roundOne() throws {
    let sol = try Self.solved()
    let root = sol.nodes[sol.roots[0]]
    #expect(root.beliefs[1] == [Rational(1, 2), Rational(1, 2)])
    #expect(root.equilibria.map(\.shape) == [.pooling])
    let e = try #require(root.played)
    #expect(e.strategies[0] == [[1, 0]])
    #expect(e.strategies[1] == [[1, 0], [1, 0]])
    let v = sol.rootValues
    // Exact fractions too large for integer literals, compared as written.
    #expect(((v[0][0][0] + v[0][1][0]) / Rational(2)).description == "-8190804578903162830523/527343750000000000000")
    #expect(v[0][0][1].description == "-2030047247878142115253/131835937500000000000")
    #expect(v[0][1][1].description == "-33059900346991312879331/2109375000000000000000")
  }

  /// Docs/signalling.md, checked as a claim: off the path, at the five
  /// `talks@tariff-deadline` nodes at belief 1/2, both types offer except at one, in
  /// round 5 with the controls' second stage in force (`rare_earth_controls` 2), where
  /// the types separate, the resolved China talking and the cautious one offering, so
  /// that by Bayes' rule each move reveals the type (the US's belief after China's
  /// talk is resolved with probability 1, after its offer cautious with probability
  /// 1). At a pooling node the offer keeps the belief, and so does the talk no type
  /// plays (the kept-belief rule off the path).
  @Test("off the path, talks@tariff-deadline at belief 1/2: both types offer, except in round 5 with the controls' second stage in force, where the resolved China talks, the cautious one offers, and each move reveals the type")
  func deadlineTalks() throws {
    let sol = try Self.solved()
    let talks = try #require(sol.scenario.stateIndex(named: "talks@tariff-deadline"))
    let controls = try #require(sol.scenario.variables.firstIndex { $0.name == "rare_earth_controls" })
    let half = [Rational(1, 2), Rational(1, 2)]
    let ids = sol.nodes.indices.filter {
      sol.graph.rounds[sol.nodes[$0].round][sol.nodes[$0].ladderNode].node.state == talks && sol.nodes[$0].beliefs[1] == half
        && sol.nodes[$0].played != nil
    }
    #expect(ids.count == 5)
    let chinaMoves = sol.scenario.states[talks].moves[1].map(\.name)
    let talk = try #require(chinaMoves.firstIndex(of: "talk")), offer = try #require(chinaMoves.firstIndex(of: "offer"))
    var separating = 0
    for id in ids {
      let e = try #require(sol.nodes[id].played)
      let ladderNode = sol.graph.rounds[sol.nodes[id].round][sol.nodes[id].ladderNode].node
      let after: (talk: [Rational], offer: [Rational])
      if sol.nodes[id].round == 4 && ladderNode.values[controls] == 2 {
        separating += 1
        #expect(e.shape == .separating)
        #expect(e.strategies[1][0][talk] == .one, "the resolved China talks")
        #expect(e.strategies[1][1][offer] == .one, "the cautious China offers")
        after = ([.one, .zero], [.zero, .one])
      } else {
        #expect(e.shape == .pooling)
        #expect(e.strategies[1][0][offer] == .one && e.strategies[1][1][offer] == .one, "both types offer")
        after = (half, half)
      }
      // The US's belief after each of China's moves, whatever the US played.
      for i in e.children.indices {
        for child in e.children[i][talk] { #expect(sol.nodes[child].beliefs[1] == after.talk) }
        for child in e.children[i][offer] { #expect(sol.nodes[child].beliefs[1] == after.offer) }
      }
    }
    #expect(separating == 1)
  }

  @Test("the truce is sequential: in round 4 the US offers grand, each type of China accepts it; every follower type-agent best-responds to every offer")
  func truce() throws {
    let sol = try Self.solved()
    let truce = try #require(sol.scenario.stateIndex(named: "truce"))
    let ids = sol.equilibriumNodes().filter {
      sol.nodes[$0].played != nil && sol.graph.rounds[sol.nodes[$0].round][sol.nodes[$0].ladderNode].node.state == truce
    }
    #expect(!ids.isEmpty)
    for id in ids {
      let e = try #require(sol.nodes[id].played)
      #expect(e.leader == 0)
      let offers = sol.scenario.states[truce].moves[0].map(\.name)
      let replies = try #require(e.replies)
      let grand = offers.firstIndex(of: "grand")!
      for theta in 0..<2 { #expect(replies[theta][grand] == [1, 0], "China type \(theta) accepts grand") }
      // Near the horizon the packages' later rounds fall outside it and the US may
      // offer less; on the summit's path (round 4) it offers grand.
      if sol.nodes[id].round == 3 {
        #expect(offers[e.strategies[0][0].firstIndex(of: .one)!] == "grand")
        // Round 4 (6 November), the summit's path: both types refuse renew and accept
        // the bigger packages; the values are the default's hand-worked grand, [-10.6367,
        // -9.8859] (DefaultScenarioDealTests), for either type.
        #expect(replies[0] == [[0, 1], [1, 0], [1, 0]] && replies[1] == replies[0])
        #expect(sol.nodes[id].values[0][0] == [Rational(-664795767, 62500000), Rational(-123574253, 12500000)])
        #expect(sol.nodes[id].values[0][1] == sol.nodes[id].values[0][0])
      }
      let worth = try #require(sol.replyPayoffs(at: id))
      for theta in 0..<2 {
        for x in offers.indices {
          let best = worth[theta][x].max()!
          #expect(replies[theta][x].indices.allSatisfy { replies[theta][x][$0] == .zero || worth[theta][x][$0] == best })
        }
      }
    }
  }

  @Test("replay: the record's first three rounds are the equilibrium's (chance 1) and the belief stays 1/2")
  func replay() throws {
    let doc = try Self.document()
    let sol = try Self.solved()
    let record = doc.scenario.history.indices.map { i in
      ObservedRound(moves: doc.scenario.history[i].moves, state: doc.historyStates.indices.contains(i) ? doc.historyStates[i] : nil)
    }
    let rounds = sol.replay(record)
    #expect(rounds.count == 3)
    for r in rounds {
      #expect(r.chances == [1, 1])
      #expect(r.after[1] == [Rational(1, 2), Rational(1, 2)])
    }
  }

  @Test("simulate: Monte Carlo by type within 4 standard errors of the exact ends (20,000 paths, seed 3)")
  func monteCarloByType() throws {
    let sol = try Self.solved()
    let sim = TypedSimulation.run(sol, paths: 20_000, seed: 3)
    let ends = sol.endStatesByType()
    for c in 0..<2 {
      let n = Double(sim.paths[0][c])
      for st in sol.scenario.states.indices {
        let p = ends[0][c][st].doubleValue, se = (p * (1 - p) / n).squareRoot()
        #expect(abs(Double(sim.ends[0][c][st]) / n - p) <= 4 * se + 1e-12, "type \(c), state \(sol.scenario.states[st].name)")
      }
    }
    let grand5 = try #require(sol.scenario.stateIndex(named: "truce@grand.5"))
    #expect(ends[0][0][grand5] == Rational(1539, 2500) && ends[0][1][grand5] == Rational(1539, 2500))
  }
}
