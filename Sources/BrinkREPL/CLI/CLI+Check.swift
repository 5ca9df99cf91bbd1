import BrinkFormats

extension CLI {
  /// `brink check FILE...`: reads and validates scenario files, printing a short
  /// summary of each.
  ///
  /// - Throws: status 1 (after every diagnostic, and a count per file, on standard
  ///   error) when any file has errors.
  public static func check(files: [String]) throws(Failure) {
    var failed = false
    for file in files {
      do {
        output(ScenarioSummary.render(try ScenarioReader.read(contentsOf: file)))
      } catch {
        failed = true
        diagnose(error.description)
        let count = error.diagnostics.filter { $0.severity == .error }.count
        diagnose("\(file): \(count) error\(count == 1 ? "" : "s")")
      }
    }
    if failed { throw .failed }
  }
}
