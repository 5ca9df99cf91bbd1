import Foundation
import Testing

/// `brink solve` and `brink simulate` on a scenario with types whose players all use
/// `logit` (the logit agent QRE, `TypedLogitSolver`), run end to end as a built binary:
/// `Scenarios/bluff-ladder.yaml` with both players on `logit` λ = 25.
@Suite("brink solve/simulate: the logit agent QRE of a typed scenario (end to end)")
struct TypedLogitCommandTests {
  /// bluff-ladder with both players on `logit` λ = 25, written to a temporary file.
  static func file() throws -> String {
    let text = try String(contentsOf: BrinkProcess.packageRoot.appendingPathComponent("Scenarios/bluff-ladder.yaml"), encoding: .utf8)
      .replacingOccurrences(of: "Defender: {model: equilibrium, select: mixed}", with: "Defender: {model: logit, lambda: 25}")
      .replacingOccurrences(of: "Challenger: {model: equilibrium, select: mixed}", with: "Challenger: {model: logit, lambda: 25}")
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("brink-logit-\(UUID().uuidString).yaml")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test("solve: the history-by-history report with the precision reached, and --json with the residual")
  func solve() throws {
    let path = try Self.file()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let run = try BrinkProcess.run(["solve", path])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.contains("Logit agent quantal response equilibrium (McKelvey and Palfrey 1998), λ: Defender 25, Challenger 25."))
    #expect(lines.contains { $0.hasPrefix("  Solved over 7 public histories (8 unknowns) by continuation from λ = 0 (") && $0.hasSuffix("(tolerance 1.0e-12).") })
    #expect(lines.contains("    Defender irresolute plays threaten 0.6656, quiet 0.3344"))
    #expect(lines.contains("  after-threat after Defender threaten, believing Defender resolved 0.3337, irresolute 0.6663:"))
    #expect(lines.contains("    Challenger plays press 0.4931, back-off 0.5069"))

    let json = try BrinkProcess.run(["solve", "--json", path])
    #expect(json.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["solution"] as? String == "logit agent QRE")
    #expect(object["exact"] as? Bool == false)
    let residualText = try #require(object["residual"] as? String)
    let residual = try #require(Double(residualText))
    #expect(residual < 1e-12)
    let histories = try #require(object["histories"] as? [[String: Any]])
    #expect(histories.map { $0["state"] as? String } == ["crisis", "after-threat", "after-quiet"])
    let root = try #require(histories[0]["strategies"] as? [[String: [String: String]]])
    let threatenText = try #require(root[0]["irresolute"]?["threaten"])
    let threaten = try #require(Double(threatenText))
    #expect(abs(threaten - 0.6656) < 1e-4)
  }

  @Test("simulate: end states by type beside the solve's chances; --json too")
  func simulate() throws {
    let path = try Self.file()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let run = try BrinkProcess.run(["simulate", path, "--paths", "4000", "--seed", "7"])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout.contains("Logit agent quantal response equilibrium, λ: Defender 25, Challenger 25; nature draws the types"))
    #expect(run.stdout.contains("Defender resolved (prior 1/4 (0.25)): "))
    #expect(run.stdout.contains("  ends in pressed     solved 0.4931, simulated "))
    let json = try BrinkProcess.run(["simulate", path, "--paths", "4000", "--seed", "7", "--json"])
    #expect(json.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["solution"] as? String == "logit agent QRE")
    #expect(object["paths"] as? Int == 4000)
    #expect((object["byType"] as? [Any])?.count == 2)
  }

  @Test("a typed scenario with one logit player and one equilibrium player is refused by name")
  func mixedModels() throws {
    let path = try Self.file()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let text = try String(contentsOfFile: path, encoding: .utf8)
      .replacingOccurrences(of: "Challenger: {model: logit, lambda: 25}", with: "Challenger: {model: equilibrium, select: mixed}")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let run = try BrinkProcess.run(["solve", path])
    #expect(run.status == 1)
    #expect(run.stderr.contains("'Defender' uses a model other than 'equilibrium'"))
  }
}
