import BrinkCore
import BrinkFormats

/// Everything one REPL or batch run knows: the loaded game, where play has got
/// to, the edits (with undo), the seed, and what was typed. It never touches the
/// terminal: `execute` returns text, so every command is testable without one.
public final class Session {
  /// What `undo` restores: the game or scenario as edited and the play so far.
  struct Snapshot {
    var plainGame: Bimatrix
    var document: ScenarioDocument?
    var position: LadderNode?
    var round: Int
    var plays: [Play]
    var seed: UInt64
    var replay: ReplayCursor?
    var description: String
  }

  /// One round played with `play`.
  struct Play: Equatable {
    var row: Int
    var column: Int
    var payoffs: (Rational, Rational)
    static func == (l: Play, r: Play) -> Bool { l.row == r.row && l.column == r.column && l.payoffs == r.payoffs }
  }

  /// The name shown in the prompt, e.g. `chicken` or `us-china-2025-10`.
  public internal(set) var name: String
  /// Where the game came from: `<built-in>` or a path.
  public internal(set) var source: String
  /// The plain game as loaded, for `reset` (when no scenario is loaded).
  var original: Bimatrix
  /// The plain game with edits (when no scenario is loaded).
  var plainGame: Bimatrix
  /// The loaded scenario with edits, if a scenario (not a plain game) is loaded.
  public internal(set) var document: ScenarioDocument?
  /// The scenario as loaded, for `reset`.
  var originalDocument: ScenarioDocument?
  /// Where play has got to in the scenario.
  public internal(set) var position: LadderNode?
  /// The round about to be played (from 1).
  public internal(set) var round = 1
  var plays: [Play] = []
  var undoStack: [Snapshot] = []
  /// The seed for `simulate`; `set seed N` changes it.
  public internal(set) var seed: UInt64 = 2025
  /// Every line executed, for `history`.
  public internal(set) var lines: [String] = []
  /// Where `record` appends lines, when recording.
  var recording: Recording?
  /// How each file read or written looked then, so `save` notices outside edits.
  var fileStamps: [String: FileStamp] = [:]
  /// The last whole-scenario solve (`solvedScenario()`).
  var solveCache: SolveCache?
  /// A replay being stepped through (`replay`), if any.
  var replayCursor: ReplayCursor?
  /// The last `simulate` and `solve`, for `export`.
  var results = SessionResults()

  /// How output is decorated.
  public var style: RenderStyle
  /// Checked by long commands; the REPL ties it to Ctrl-C.
  public var shouldContinue: () -> Bool = { true }
  /// Called by long commands with (done, total); the REPL draws a progress bar.
  public var progress: ((Int, Int) -> Void)?
  /// The commands, from which help and completion are generated.
  public let commands: CommandTable

  public init(style: RenderStyle = .plain, commands: CommandTable = .standard) {
    let entry = BuiltInGames.chicken
    self.name = entry.name
    self.source = "<built-in>"
    self.original = entry.game
    self.plainGame = entry.game
    self.style = style
    self.commands = commands
  }

  /// A session on a scenario (the REPL starts on the default one).
  public convenience init(scenario: ScenarioDocument, style: RenderStyle = .plain) {
    self.init(style: style)
    load(scenario)
  }

  /// `brink chicken [round 1]> ` or `brink us-china-2025-10 [standoff, round 3]> `,
  /// or, two rounds into a replay, `brink us-china-2025-10 [replay 2/7, talks, round 3]> `
  public var prompt: String {
    if let document, let position {
      let replay = activeReplay.map { "replay \($0.next)/\($0.report.rounds.count), " } ?? ""
      return "brink \(name) [\(replay)\(document.scenario.states[position.state].name), round \(round)]> "
    }
    return "brink \(name) [round \(round)]> "
  }

  /// The current stage game: the scenario's current state at the current variable
  /// values, or the plain game. A terminal state is shown as a 1×1 game of its
  /// arrival payoffs.
  public var game: Bimatrix {
    guard let document, let position else { return plainGame }
    return document.scenario.stageGame(state: position.state, values: position.values)
  }

  /// Replaces the game (after `load`), clearing play and undo.
  func load(name: String, source: String, game: Bimatrix) {
    self.name = name
    self.source = source
    self.original = game
    self.plainGame = game
    self.document = nil
    self.originalDocument = nil
    self.position = nil
    self.round = 1
    self.plays = []
    self.undoStack = []
  }

  /// Loads a scenario, clearing play and undo.
  func load(_ doc: ScenarioDocument) {
    name = doc.name
    source = doc.file
    document = doc
    originalDocument = doc
    position = startPosition(doc).position
    round = 1
    plays = []
    undoStack = []
  }

  /// Saves the current state so the next change can be undone.
  func checkpoint(_ description: String) {
    undoStack.append(Snapshot(plainGame: plainGame, document: document, position: position, round: round,
                              plays: plays, seed: seed, replay: replayCursor, description: description))
    if undoStack.count > 1000 { undoStack.removeFirst() }
  }

  func restore(_ s: Snapshot) {
    plainGame = s.plainGame
    document = s.document
    position = s.position
    round = s.round
    plays = s.plays
    seed = s.seed
    replayCursor = s.replay
  }
}
