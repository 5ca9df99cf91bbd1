import Foundation
import Testing

@testable import BrinkREPL

/// Where `load NAME` looks: ./Scenarios, BRINK_PATH, then beside the binary.
@Suite struct ScenarioLibrarySearchTests {
  @Test func searchPathOrder() {
    #expect(ScenarioLibrary.searchPath(brinkPath: "/a:/b::", executable: "/opt/brink/bin/brink")
      == ["Scenarios", "/a", "/b", "/opt/brink/bin/../share/brink/Scenarios"])
    #expect(ScenarioLibrary.searchPath(brinkPath: nil, executable: nil) == ["Scenarios"])
  }

  @Test func listingPathsAreTidied() {
    #expect(ScenarioLibrary.tidy("/opt/brink/bin/../share/brink/Scenarios") == "/opt/brink/share/brink/Scenarios")
    #expect(ScenarioLibrary.tidy("../x/../y") == "../y")
    #expect(ScenarioLibrary.tidy("Scenarios") == "Scenarios")
  }

  @Test func gambitExtensiveGamesAreListedAndAScenarioHidesAGameOfItsName() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brink-library-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for file in ["lesson.efg", "twin.efg", "twin.yaml", "notes.txt"] {
      try Data().write(to: folder.appendingPathComponent(file))
    }
    let library = ScenarioLibrary(searchPath: [folder.path])
    #expect(library.entries.map(\.name) == ["lesson", "twin"])
    #expect(library.path(named: "lesson") == folder.path + "/lesson.efg")
    #expect(library.path(named: "twin") == folder.path + "/twin.yaml")
    // What 'brink backtest' scores with no files named: scenarios only.
    #expect(library.scenarioPaths == [folder.path + "/twin.yaml"])
  }

  @Test func theRepositoryLibraryTitlesItsSignallingGames() throws {
    let library = ScenarioLibrary(searchPath: [Self.repositoryScenarios])
    let beer = try #require(library.entries.first { $0.name == "beer-quiche" })
    #expect(beer.title == "Beer-quiche (Cho and Kreps 1987) (Gambit extensive game)")
  }

  static var repositoryScenarios: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Scenarios").path
  }

  @Test func missingFoldersAreSkipped() {
    let library = ScenarioLibrary(searchPath: ["/nonexistent-brink-folder"])
    #expect(library.directories.isEmpty)
    #expect(library.entries.isEmpty)
    #expect(library.path(named: "chicken") == nil)
  }
}
