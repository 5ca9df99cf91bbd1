import BrinkCore
import Foundation
import Testing

/// `brink solve FILE.yaml`, run end to end as a built binary.
@Suite("brink solve on scenario files (end to end)")
struct SolveScenarioCommandTests {
  static func scenario(_ name: String) -> String {
    BrinkProcess.packageRoot.appendingPathComponent("Scenarios/\(name)").path
  }

  /// Chicken (Rapoport and Chammah 1966) with the mixed selection: each swerves with
  /// probability q where the other is indifferent, q·0 + (1−q)(−1) = q·1 + (1−q)(−10),
  /// so q = 9/10, and each expects −(1 − q) = −1/10.
  @Test("chicken: the mixed equilibrium 9/10 swerve, values -1/10, exact")
  func chicken() throws {
    let file = Self.scenario("chicken.yaml")
    let run = try BrinkProcess.run(["solve", file])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout.hasPrefix("Chicken (Rapoport and Chammah), one round (\(file))\n"))
    #expect(run.stdout.contains("discount 1"))
    #expect(run.stdout.contains("Round 1 ("))
    #expect(run.stdout.contains(
      "  play: Row swerve 9/10 (0.9), straight 1/10 (0.1) | Column swerve 9/10 (0.9), straight 1/10 (0.1) | values Row -0.1, Column -0.1 (the most mixed one of the 3 Nash equilibria of the round game with the future)"))

    let json = try BrinkProcess.run(["solve", "--json", file])
    #expect(json.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["scenario"] as? String == "chicken")
    let nodes = try #require(object["nodes"] as? [[String: Any]])
    #expect(nodes.count == 1)
    #expect(nodes[0]["state"] as? String == "play")
    #expect(nodes[0]["strategies"] as? [[String: String]] == [["swerve": "9/10", "straight": "1/10"], ["swerve": "9/10", "straight": "1/10"]])
    #expect(nodes[0]["values"] as? [String] == ["-1/10", "-1/10"])
    #expect(object["expectedValues"] as? [String] == ["-1/10", "-1/10"])
    // Keys in the documented order.
    let keys = ["\"file\"", "\"scenario\"", "\"title\"", "\"players\"", "\"rounds\"", "\"discount\"", "\"exact\"", "\"expectedValues\"", "\"nodes\""]
    let positions = keys.compactMap { json.stdout.range(of: $0)?.lowerBound }
    #expect(positions.count == keys.count && positions == positions.sorted())
  }

  @Test("with a tremble, each line says what a player intends and what it then plays (issue 10, item 7)")
  func intentAndTremble() throws {
    let run = try BrinkProcess.run(["solve", Self.scenario("us-china-2025-10.yaml")])
    #expect(run.status == 0)
    let first = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("  standoff [") })
    #expect(first.contains(": US intends talk; with tremble 1/50 plays talk 99/100 (0.99), tariff 1/100 (0.01) | China intends talk; with tremble 1/50 plays talk 99/100 (0.99), enforce 1/100 (0.01) | values "))
    // No tremble (chicken): the mix is the equilibrium's, said as before.
    let chicken = try BrinkProcess.run(["solve", Self.scenario("chicken.yaml")])
    #expect(!chicken.stdout.contains("intends"))
  }

  @Test("the default scenario: JSON parses, every node's strategies sum to 1, round 1 is the standoff")
  func defaultScenario() throws {
    let file = Self.scenario("us-china-2025-10.yaml")
    let run = try BrinkProcess.run(["solve", "--json", file])
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["scenario"] as? String == "us-china-2025-10")
    #expect(object["discount"] as? String == "49/50")
    let nodes = try #require(object["nodes"] as? [[String: Any]])
    #expect(nodes.count > 10)
    let first = nodes.filter { $0["round"] as? Int == 1 }
    #expect(first.count == 1)
    #expect(first.first?["state"] as? String == "standoff")
    for node in nodes {
      let strategies = try #require(node["strategies"] as? [[String: String]])
      #expect(strategies.count == 2)
      for s in strategies {
        // Exact: add the fractions (mixed strategies can have long denominators).
        let sum = s.values.reduce(Rational.zero) { $0 + (Rational($1) ?? .zero) }
        #expect(sum == .one, "strategies \(s) at \(node["state"] ?? "") do not sum to 1")
      }
      #expect((node["values"] as? [String])?.count == 2)
    }
    // The readable report groups the same nodes by round, one line each.
    let text = try BrinkProcess.run(["solve", file])
    #expect(text.status == 0)
    #expect(text.stdout.contains("\nRound 1 ("))
    let nodeLines = text.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains(" | values ") }
    #expect(nodeLines.count == nodes.count)
  }

  @Test("a mixed .nfg and .yaml call solves both, in order, as a JSON array")
  func mixed() throws {
    let pd = BrinkProcess.fixture("prisoners-dilemma.nfg")
    let chicken = Self.scenario("chicken.yaml")
    let run = try BrinkProcess.run(["solve", "--json", pd, chicken])
    #expect(run.status == 0)
    let array = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(array.count == 2)
    #expect(array[0]["file"] as? String == pd)
    #expect(array[0]["equilibria"] != nil)
    #expect(array[1]["file"] as? String == chicken)
    #expect(array[1]["scenario"] as? String == "chicken")

    let text = try BrinkProcess.run(["solve", chicken, pd])
    #expect(text.status == 0)
    #expect(text.stdout.hasPrefix("Chicken"))
    #expect(text.stdout.contains("\n\nPrisoner's Dilemma (\(pd))"))
  }

  @Test("a broken scenario: exit 1, file:line:column on stderr, the other files still solved")
  func broken() throws {
    let good = try String(contentsOfFile: Self.scenario("chicken.yaml"), encoding: .utf8)
    let bad = try BrinkProcess.temporaryFile(good.replacingOccurrences(of: "Column: [swerve, straight]", with: "Column: [swerve, stright]"), name: "bad.yaml")
    defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: bad).deletingLastPathComponent().path) }
    let pd = BrinkProcess.fixture("prisoners-dilemma.nfg")
    let run = try BrinkProcess.run(["solve", bad, pd])
    #expect(run.status == 1)
    let line = good.components(separatedBy: "\n").firstIndex { $0.contains("Column: [swerve, straight]") }! + 1
    #expect(run.stderr.contains("\(bad):\(line):"))
    #expect(run.stderr.contains("error:"))
    #expect(run.stderr.contains("stright"))
    #expect(run.stdout.contains("Prisoner's Dilemma"))
  }

  @Test("--method other than all with a scenario is a usage error, exit 2")
  func methodWithScenario() throws {
    let run = try BrinkProcess.run(["solve", "--method", "pure", Self.scenario("chicken.yaml")])
    #expect(run.status == 2)
    #expect(run.stderr.contains("--method pure applies to .nfg games only"))
    #expect(run.stdout == "")
  }

  @Test("a scenario on standard input is recognised by its content")
  func standardInput() throws {
    let text = try String(contentsOfFile: Self.scenario("chicken.yaml"), encoding: .utf8)
    let run = try BrinkProcess.run(["solve", "-"], stdin: text)
    #expect(run.status == 0)
    #expect(run.stdout.contains("9/10"))
  }
}

