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

  @Test func missingFoldersAreSkipped() {
    let library = ScenarioLibrary(searchPath: ["/nonexistent-brink-folder"])
    #expect(library.directories.isEmpty)
    #expect(library.entries.isEmpty)
    #expect(library.path(named: "chicken") == nil)
  }
}
