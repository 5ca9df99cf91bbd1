import BrinkCore
import BrinkFormats

/// `load` and `scenarios`: choosing what to explore.
extension CommandSpec {
  static let load = CommandSpec(
    "load", aliases: ["open"],
    abstract: "Load a scenario or game by name or from a file.",
    usage: "load [--discard] FILE|NAME",
    discussion: "A NAME is one listed by 'scenarios': the built-in default scenario, a file of the library (a scenario without .yaml, or a Gambit extensive game without .efg: from ./Scenarios, the folders in BRINK_PATH, then the installed library), or a classic 2x2 game. A FILE is a scenario (.yaml), or a Gambit game with two players: strategic (.nfg), or extensive (.efg, explored as its strategic form; 'solve' of a signalling game also gives its perfect Bayesian equilibria). Loading replaces the current game, clears play and the last results ('export' then has nothing to export until the next 'simulate' or 'solve'); 'undo' brings the previous game back with its edits and results. With unsaved edits ('set' since loading or the last 'save'), load asks before replacing them; in a script (brink run, -c, a pipe), where nobody can answer, it refuses unless given --discard. A file with errors is reported and the current game is kept.",
    examples: ["load us-china-2025-10", "load chicken", "load stag-hunt", "load --discard chicken"],
    completion: positional([.scenarioOrFile, .keyword(["--discard"])])
  ) { session, arguments throws(CommandError) in
    let usage = "load [--discard] FILE|NAME"
    try session.expectCount(arguments, 1...2, usage: usage)
    let discard = arguments.contains("--discard")
    let rest = arguments.filter { $0 != "--discard" }
    guard let target = rest.first else { throw CommandError("missing argument", usage: usage) }
    if rest.count > 1 { throw CommandError("unexpected argument '\(rest[1])'", usage: usage) }
    if !discard { try session.mayDiscardEdits(loading: target) }
    let defaultScenario = ScenarioReader.builtIn()
    if target.lowercased() == defaultScenario.name {
      session.load(defaultScenario)
      return "Loaded \(defaultScenario.name): \(defaultScenario.scenario.title)."
    }
    if let entry = BuiltInGames.named(target) {
      session.load(name: entry.name, source: "<built-in>", game: entry.game)
      return "Loaded \(entry.name): \(entry.summary)"
    }
    let library = ScenarioLibrary.current().path(named: target)
    if target.contains("/") || target.contains(".") || library != nil {
      return try session.loadFile(library ?? target, usage: usage)
    }
    throw CommandError("no scenario named '\(target)'", usage: usage,
                       notes: (Suggestions.didYouMean(target, in: ScenarioLibrary.current().names).map { [$0] } ?? [])
                         + ["type 'scenarios' for the list"])
  }

  static let scenarios = CommandSpec(
    "scenarios", aliases: ["library"],
    abstract: "List the scenarios and games that 'load' knows by name.",
    usage: "scenarios",
    examples: ["scenarios"]
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...0, usage: "scenarios")
    let builtIn = ScenarioReader.builtIn()
    let library = ScenarioLibrary.current()
    let entries = library.entries.filter { $0.name != builtIn.name }
    let width = max(BuiltInGames.all.map(\.name.count).max() ?? 0, builtIn.name.count,
                    entries.map(\.name.count).max() ?? 0)
    var lines = ["Default scenario (built in):", "  " + builtIn.name.padded(to: width + 2) + builtIn.scenario.title]
    for directory in library.directories {
      let here = entries.filter { $0.directory == directory }
      guard !here.isEmpty else { continue }
      lines.append("Scenario files in \(directory)/:")
      // A file named like a built-in game loads by its path.
      lines += here.map { entry in
        let name = BuiltInGames.named(entry.name) == nil ? entry.name : entry.path
        let column = name.count < width + 2 ? name.padded(to: width + 2) : name + "  "
        return "  " + column + (entry.title ?? "(cannot be read: 'load \(entry.path)' says why)")
      }
    }
    if library.directories.isEmpty {
      lines.append("No scenario library found: put scenarios in ./Scenarios, name folders in BRINK_PATH, or install brink ('make install').")
    }
    lines.append("Classic 2x2 games (built in):")
    for entry in BuiltInGames.all {
      lines.append("  " + entry.name.padded(to: width + 2) + entry.summary)
    }
    return lines.joined(separator: "\n")
  }
}

extension Session {
  /// Reads a scenario or a Gambit game (`.nfg`, or `.efg` as its strategic form);
  /// on any error the session is unchanged.
  func loadFile(_ path: String, usage: String) throws(CommandError) -> String {
    if path.lowercased().hasSuffix(".nfg") || path.lowercased().hasSuffix(".efg") {
      let file: NFGFile
      do {
        file = try NFGReader.read(path: path, shouldContinue: shouldContinue)
      } catch is NFGReader.Cancelled {
        throw CommandError("interrupted; the session is unchanged")
      } catch {
        throw CommandError("cannot load '\(path)':\n\(error)")
      }
      guard let game = file.game.bimatrix else {
        throw CommandError("'\(path)' has \(file.game.playerCount) players; the REPL explores two-player games")
      }
      let most = GameSizeLimits.maximumREPLStrategies
      guard game.rows <= most, game.columns <= most else {
        throw CommandError("'\(path)' is a \(game.rows)x\(game.columns) game; the REPL explores games of up to \(most) strategies a side (use 'brink solve --method lh \(path)' for larger ones)")
      }
      load(name: file.game.title.isEmpty ? path : file.game.title, source: path, game: game)
      rememberSignalling(path: path, game: game)
      return "Loaded \(path): \(game.rows)x\(game.columns) game between \(game.rowPlayer) and \(game.columnPlayer)."
    }
    let doc: ScenarioDocument, text: String
    do {
      text = try ScenarioReader.text(contentsOf: path)
      doc = try ScenarioReader.read(text, file: path)
    } catch {
      throw CommandError("cannot load '\(path)':\n\(error.description)")
    }
    load(doc, text: text)
    rememberStamp(of: path)
    return "Loaded \(doc.name) from \(path): \(doc.scenario.title)."
  }
}
