import BrinkCore
import BrinkFormats
import Foundation

/// What `brink solve` was given: a Gambit game or a scenario, and reading a scenario.
///
/// The extension decides (`.nfg`, `.efg` a game; `.yaml`, `.yml` a scenario). Any
/// other file, and standard input (`-`), is a game when its text starts with `NFG`
/// or `EFG` (the headers of Gambit's game files) and a scenario otherwise; a
/// file that is not a regular readable file is treated as a game, whose reader
/// reports why.
public enum SolveInput {
  public enum Kind { case game, scenario }

  public static func kind(of path: String) -> Kind {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "nfg", "efg": return .game
    case "yaml", "yml": return .scenario
    default: break
    }
    let text: String
    if path == "-" {
      guard case .success(let input) = standardInput else { return .game }
      text = input
    } else {
      // Only a regular file is sniffed: a device, a directory or a missing file goes
      // to the game reader, which says why it cannot be read.
      guard (try? FileManager.default.attributesOfItem(atPath: path)[.type]) as? FileAttributeType == .typeRegular,
        let handle = FileHandle(forReadingAtPath: path)
      else { return .game }
      defer { try? handle.close() }
      guard let head = try? handle.read(upToCount: 64) else { return .game }
      text = String(decoding: head, as: UTF8.self)
    }
    let head = text.drop { $0.isWhitespace }
    return head.hasPrefix("NFG") || head.hasPrefix("EFG") ? .game : .scenario
  }

  /// Standard input, read once (the kind check and the reader both look at it),
  /// within the input limit (`InputFile.readStandardInput`).
  static let standardInput: Result<String, InputFile.Refusal> = Result { () throws(InputFile.Refusal) in
    try InputFile.readStandardInput()
  }

  /// Reads a game (`-`: standard input); `NFGReader.Cancelled` when stopped.
  static func game(_ path: String, shouldContinue: () -> Bool) throws -> NFGFile {
    guard path == "-" else { return try NFGReader.read(path: path, shouldContinue: shouldContinue) }
    return try NFGReader.parse(standardInput.get(), file: "<stdin>", shouldContinue: shouldContinue)
  }

  /// Reads and solves a scenario; throws its `DiagnosticList` or the solver's error.
  static func solveScenario(_ path: String, shouldContinue: () -> Bool) throws -> (ScenarioDocument, SolvedScenario) {
    let doc = try readScenario(path)
    return (doc, try EscalationSolver.solve(doc.scenario, shouldContinue: shouldContinue))
  }

  /// The scenario at `path` (`-`: standard input), read.
  static func readScenario(_ path: String) throws -> ScenarioDocument {
    path == "-" ? try ScenarioReader.read(standardInput.get(), file: "<stdin>") : try ScenarioReader.read(contentsOf: path)
  }
}
