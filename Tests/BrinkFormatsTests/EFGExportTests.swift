import BrinkCore
import BrinkFormats
import Foundation
import Testing

/// A scenario written as a Gambit extensive game (`LadderGraph.extensiveForm`,
/// `EFGWriter`): the file reads back as the same tree, and brink's own solution —
/// backward induction on the ladder — is an equilibrium of that tree, checked at
/// every information set by a best-response computation written here, on the tree,
/// sharing nothing with the solver (issue 14).
@Suite struct EFGExportTests {
  /// Library scenarios small enough to unroll, both players optimising without
  /// trembles or misperception (so the solution must be an exact equilibrium), over
  /// at most `rounds` rounds.
  static func scenario(_ name: String, rounds: Int) throws -> EscalationScenario {
    let url = packageRoot.appendingPathComponent("Scenarios/\(name).yaml")
    var scenario = try ScenarioReader.read(String(contentsOf: url, encoding: .utf8), file: name).scenario
    scenario.calendar.rounds = min(scenario.calendar.rounds, rounds)
    scenario.behaviours = scenario.behaviours.map { _ in PlayerBehaviour(model: .equilibrium(selection: .riskDominant)) }
    return scenario
  }

  /// Behaviour strategies: `profile[p][k]` is player `p`'s mixture at its set `k`.
  static func behaviour(_ solved: SolvedScenario, _ form: LadderGraph.ExtensiveForm) -> [[[Rational]]] {
    (0..<2).map { p in
      form.origins[p].map { origin in
        let played = solved.nodes[origin.round][origin.node].exactPlayed!
        if let a = origin.afterFirstMove { return played.followerMixtures[a] }
        return played.isSequential && played.leader == p ? played.leaderMixture : played.marginal(player: p)
      }
    }
  }

  /// Player `p`'s value at the root when it follows `profile`, and its best value
  /// against the others' behaviour: a pass over the tree, deepest nodes first, in
  /// which each of `p`'s information sets picks the action best on average over its
  /// nodes, weighted by the chance of reaching each (perfect recall).
  static func values(_ game: ExtensiveGame, _ profile: [[[Rational]]], player p: Int) -> (follow: Rational, best: Rational) {
    var depth = [Int](repeating: 0, count: game.nodes.count)
    var reach = [Rational](repeating: .zero, count: game.nodes.count)
    reach[0] = Rational(1, 1)
    for (n, node) in game.nodes.enumerated() {
      for (k, child) in node.children.enumerated() {
        depth[child] = depth[n] + 1
        switch node.kind {
        case .chance(_, let probabilities): reach[child] = reach[n] * probabilities[k]
        case .decision(let q, let set): reach[child] = q == p ? reach[n] : reach[n] * profile[q][set][k]
        case .terminal: break
        }
      }
    }
    func own(_ n: Int) -> Rational { game.nodes[n].payoffs?[p] ?? .zero }
    var follow = [Rational](repeating: .zero, count: game.nodes.count)
    var best = follow
    let byDepth = Dictionary(grouping: game.nodes.indices, by: { depth[$0] })
    for d in byDepth.keys.sorted(by: >) {
      var mine = [Int: [Int]]()  // p's information set -> its nodes at this depth
      for n in byDepth[d]! {
        let node = game.nodes[n]
        switch node.kind {
        case .terminal:
          follow[n] = own(n)
          best[n] = own(n)
        case .chance(_, let probabilities):
          follow[n] = own(n) + zip(node.children, probabilities).reduce(Rational.zero) { $0 + $1.1 * follow[$1.0] }
          best[n] = own(n) + zip(node.children, probabilities).reduce(Rational.zero) { $0 + $1.1 * best[$1.0] }
        case .decision(let q, let set):
          follow[n] = own(n) + zip(node.children, profile[q][set]).reduce(Rational.zero) { $0 + $1.1 * follow[$1.0] }
          if q == p {
            mine[set, default: []].append(n)
          } else {
            best[n] = own(n) + zip(node.children, profile[q][set]).reduce(Rational.zero) { $0 + $1.1 * best[$1.0] }
          }
        }
      }
      for (set, members) in mine {
        let actions = game.infosets[p][set].actions.indices
        let score = actions.map { a in members.reduce(Rational.zero) { $0 + reach[$1] * best[game.nodes[$1].children[a]] } }
        let choice = actions.max { score[$0] < score[$1] }!
        for n in members { best[n] = own(n) + best[game.nodes[n].children[choice]] }
      }
    }
    return (follow[0], best[0])
  }

  @Test("brink's backward-induction solution is an equilibrium of the exported tree, exactly",
        arguments: [("chicken", 3), ("deterrence", 3), ("stag-hunt", 3), ("prisoners-dilemma", 3),
                    ("geneva-truce-2025-05", 2)])
  func solutionIsAnEquilibrium(name: String, rounds: Int) throws {
    let scenario = try Self.scenario(name, rounds: rounds)
    let solved = try EscalationSolver.solve(scenario)
    let form = try solved.graph.extensiveForm(of: scenario)
    let profile = Self.behaviour(solved, form)
    let expected = try #require(solved.exactExpectedValues)
    for p in 0..<2 {
      let (follow, best) = Self.values(form.game, profile, player: p)
      // The tree's value of the solution is the solver's value from round 0 …
      #expect(follow == expected[p], "\(name), player \(p)")
      // … and no player gains by deviating at any of its information sets.
      #expect(best == follow, "\(name), player \(p): best reply \(best) against \(follow)")
    }
  }

  @Test("the written file reads back as the same tree")
  func roundTrip() throws {
    let scenario = try Self.scenario("geneva-truce-2025-05", rounds: 2)
    let solved = try EscalationSolver.solve(scenario)
    let game = try solved.graph.extensiveForm(of: scenario).game
    let text = EFGWriter.write(game, comment: "exported by brink")
    let back = try EFGReader.parse(text, file: "geneva.efg")
    #expect(back.comment == "exported by brink")
    // The same tree; a label that repeats is written with its count, since Gambit
    // refuses repeated node labels ("Node label must be unique within the game").
    func unlabelled(_ g: ExtensiveGame) -> ExtensiveGame {
      var g = g
      for i in g.nodes.indices { g.nodes[i].name = "" }
      return g
    }
    #expect(unlabelled(back.game) == unlabelled(game))
    let labels = back.game.nodes.map(\.name).filter { !$0.isEmpty }
    #expect(Set(labels).count == labels.count)
    #expect(Set(game.nodes.map(\.name)).count < game.nodes.count, "the test needs a tree whose labels repeat")
    for (written, original) in zip(back.game.nodes, game.nodes) {
      #expect(written.name == original.name || written.name.hasPrefix(original.name + " ("))
    }
  }

  @Test("a regret check that can fail: a deviation from the solution is found")
  func regretCanFail() throws {
    let scenario = try Self.scenario("prisoners-dilemma", rounds: 1)
    let solved = try EscalationSolver.solve(scenario)
    let form = try solved.graph.extensiveForm(of: scenario)
    var profile = Self.behaviour(solved, form)
    // Make the row player play its other move at its first set.
    profile[0][0] = profile[0][0].reversed()
    let (follow, best) = Self.values(form.game, profile, player: 0)
    #expect(best > follow)
  }

  @Test("a tree too large is refused with a reason")
  func tooLarge() throws {
    let scenario = try Self.scenario("prisoners-dilemma", rounds: 10)
    let solved = try EscalationSolver.solve(scenario)
    #expect(throws: LadderGraph.ExtensiveFormError.tooLarge(limit: 1000)) {
      try solved.graph.extensiveForm(of: scenario, nodeLimit: 1000)
    }
  }
}
