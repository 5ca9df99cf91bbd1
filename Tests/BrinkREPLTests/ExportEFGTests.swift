import BrinkCore
import BrinkFormats
import Foundation
import Testing
@testable import BrinkREPL

/// `export efg FILE`: the file Gambit reads is the game brink has, read back here
/// with brink's own `.efg` reader.
@Suite struct ExportEFGTests {
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("brink-efg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test("a plain game: its tree's strategic form is the game, payoffs exact")
  func plainGame() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("chicken.efg").path
    let session = Session()
    let reply = session.execute("export efg \(path)")
    #expect(reply.error == nil)
    #expect(reply.output.hasPrefix("Wrote \(path) (chicken, one simultaneous round: "))
    let form = try EFGReader.parse(String(contentsOfFile: path, encoding: .utf8), file: path).game.strategicForm()
    let m = try #require(form.bimatrix)
    #expect(m.a == session.game.a && m.b == session.game.b)
    #expect(m.rowStrategies == session.game.rowStrategies && m.columnStrategies == session.game.columnStrategies)
  }

  @Test("a scenario: the tree of its ladder, and a refusal when it would be too large")
  func scenario() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("deterrence.efg").path
    let session = Session()
    #expect(session.execute("load deterrence").error == nil)
    #expect(session.execute("export efg \(path)").error == nil)
    let game = try EFGReader.parse(String(contentsOfFile: path, encoding: .utf8), file: path).game
    #expect(game.players == ["Challenger", "Defender"])
    // Sequential: the defender has one information set per challenger move.
    #expect(game.infosets[1].count == game.infosets[0].first!.actions.count)
    let big = Session(scenario: ScenarioReader.builtIn())
    let refused = big.execute("export efg \(dir.appendingPathComponent("big.efg").path)").error?.message ?? ""
    #expect(refused.hasPrefix("cannot export us-china-2025-10 as a tree: the game tree would have more than 100000 nodes"))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("big.efg").path))
  }
}
