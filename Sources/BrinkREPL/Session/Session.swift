import BrinkCore
import BrinkFormats

/// Everything one REPL or batch run knows: the loaded game, where play has got
/// to, the edits (with undo), the seed, and what was typed. It never touches the
/// terminal: `execute` returns text, so every command is testable without one.
public final class Session {
  /// What `undo` restores: the game or scenario as edited and the play so far
  /// (after `load`, the previous game with its edits and its results).
  struct Snapshot {
    var name: String
    var source: String
    var loaded: Loaded
    var results: SessionResults
    var savedScenario: EscalationScenario?
    var sourceText: String?
    var round: Int
    var plays: [Play]
    var seed: UInt64
    var replay: ReplayCursor?
    var playedOnceFrom: Bimatrix?
    var typedPlay: TypedHandPlay?
    var typedLogitPlay: TypedLogitHandPlay?
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
  /// What is loaded: a plain game or a scenario, each as loaded (for `reset`) and
  /// as edited; a scenario also with where play has got to.
  public enum Loaded: Sendable {
    case game(original: Bimatrix, edited: Bimatrix)
    case scenario(original: ScenarioDocument, edited: ScenarioDocument, position: LadderNode)
  }
  public internal(set) var loaded: Loaded
  /// The plain game with edits; with a scenario loaded, its current stage game
  /// (setting it then changes nothing: edits go to the scenario).
  var plainGame: Bimatrix {
    get { if case .game(_, let edited) = loaded { edited } else { game } }
    set { if case .game(let original, _) = loaded { loaded = .game(original: original, edited: newValue) } }
  }
  /// The loaded scenario with edits, if a scenario (not a plain game) is loaded.
  /// Setting it keeps the position; only `load` switches between game and scenario.
  public internal(set) var document: ScenarioDocument? {
    get { if case .scenario(_, let edited, _) = loaded { edited } else { nil } }
    set {
      guard let newValue, case .scenario(let original, _, let position) = loaded else { return }
      loaded = .scenario(original: original, edited: newValue, position: position)
    }
  }
  /// Where play has got to in the scenario.
  public internal(set) var position: LadderNode? {
    get { if case .scenario(_, _, let position) = loaded { position } else { nil } }
    set {
      guard let newValue, case .scenario(let original, let edited, _) = loaded else { return }
      loaded = .scenario(original: original, edited: edited, position: newValue)
    }
  }
  /// The round about to be played (from 1).
  public internal(set) var round = 1
  var plays: [Play] = []
  var undoStack: [Snapshot] = []
  /// The plain game a `set model`, `set tremble` or `set perceives` turned into a
  /// one-round scenario of itself (`adopt`), so that `reset` gives back the game as
  /// loaded, not the scenario made of it.
  var playedOnceFrom: Bimatrix?
  /// The seed for `simulate` and the draws of `play`; `set seed N` changes it.
  public internal(set) var seed: UInt64 = Simulator.defaultSeed
  /// Every line executed, for `history`.
  public internal(set) var lines: [String] = []
  /// Where `record` appends lines, when recording.
  var recording: Recording?
  /// The commands that worked and shaped the session (`Recording.shapesTheSession`),
  /// from its start: what `record` writes first, so its script starts where the
  /// session did, whenever the recording starts.
  var shapingLines: [String] = []
  /// How each file read or written looked then, so `save` notices outside edits.
  var fileStamps: [String: FileStamp] = [:]
  /// The last whole-scenario solve (`solvedScenario()`).
  var solveCache: SolveCache?
  /// The signalling analysis of the last `.efg` loaded that is a signalling game
  /// (`Session+Signalling.swift`).
  var signalling: LoadedSignalling?
  /// A replay being stepped through (`replay`), if any.
  var replayCursor: ReplayCursor?
  /// Hand play of a scenario with types (`play as PLAYER`, `Session+TypedPlay.swift`).
  var typedPlay: TypedHandPlay?
  /// The same under the logit variant (`Session+TypedLogitPlay.swift`).
  var typedLogitPlay: TypedLogitHandPlay?
  /// The last `simulate` and `solve` of what is loaded, for `export`.
  var results = SessionResults()
  /// The scenario as last written by `save`, when it was saved after loading, so
  /// `load` knows whether there are unsaved edits (`hasUnsavedEdits`).
  var savedScenario: EscalationScenario?
  /// The scenario's text as loaded or last saved, which `save` edits in place
  /// (`ScenarioSourceEdit`) so comments and layout are kept.
  var sourceText: String?
  /// Asks the user a yes/no question (`load` over unsaved edits); nil in batch
  /// runs, where nobody answers, so such a `load` is refused instead. The REPL
  /// sets it to a prompt on the terminal.
  public var confirm: ((String) -> Bool)?

  /// How output is decorated.
  public var style: RenderStyle
  /// How numbers are shown (`set display`); not an edit, so `undo` leaves it.
  public internal(set) var display: NumberDisplay = .automatic
  /// The run control of the command being executed (deadline, Ctrl-C, progress):
  /// the REPL and `BatchRunner` set a new one before every command
  /// (`RunControl.command`), and long commands pass it down.
  public var run: RunControl = .unlimited
  /// `run.shouldContinue` as a closure, for the engine's APIs. Setting it (tests,
  /// the fuzzer) replaces `run` by a control whose only stop is the closure.
  public var shouldContinue: () -> Bool {
    get { let run = self.run; return { run.shouldContinue() } }
    set { let go = newValue; run = RunControl(isInterrupted: { !go() }) }
  }
  /// Worker threads of `simulate` (the result is the same for any count). The fuzz
  /// target sets 1: with several, the simulator asks `shouldContinue` every 50 ms
  /// of wall clock instead of between chunks of paths, so a budget counted in
  /// checks let one `simulate 10000000` run for seconds (issue 16).
  public var simulationThreads = 2
  /// The commands, from which help and completion are generated.
  public let commands: CommandTable
  /// `brink sweep --shard k/n`: the share of a sweep to compute (`SweepSlice`); nil in the REPL.
  public var sweepSlice: SweepSlice?

  public init(style: RenderStyle = .plain, commands: CommandTable = .standard) {
    let entry = BuiltInGames.chicken
    self.name = entry.name
    self.source = "<built-in>"
    self.loaded = .game(original: entry.game, edited: entry.game)
    self.style = style
    self.commands = commands
  }

  /// A session on a scenario (the REPL starts on the default one).
  public convenience init(scenario: ScenarioDocument, style: RenderStyle = .plain) {
    self.init(style: style)
    load(scenario)
    undoStack = []  // nothing before the first game to go back to
  }

  /// `brink chicken [round 1]> ` or `brink us-china-2025-10 [standoff, round 3]> `,
  /// or, two rounds into a replay, `brink us-china-2025-10 [replay 2/7, talks, round 3]> `
  public var prompt: String {
    if let document, let position {
      let replay = activeReplay.map { "replay \($0.next)/\($0.total), " } ?? ""
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

  /// Replaces the game (after `load`), clearing play and the results of the
  /// previous one; `undo` brings the previous game back with its edits.
  func load(name: String, source: String, game: Bimatrix) {
    checkpoint("load \(name)")
    self.name = name
    self.source = source
    self.loaded = .game(original: game, edited: game)
    startAfresh()
  }

  /// Loads a scenario, clearing play and the results of the previous game;
  /// `undo` brings the previous game back with its edits.
  func load(_ doc: ScenarioDocument, text: String? = nil) {
    checkpoint("load \(doc.name)")
    name = doc.name
    source = doc.file
    loaded = .scenario(original: doc, edited: doc, position: startPosition(doc).position)
    startAfresh()
    sourceText = text ?? (doc.file == ScenarioReader.builtInFile ? ScenarioReader.builtInText : nil)
  }

  /// What `load` clears: play, a replay, the saved version and the results, which
  /// belong to the game they were computed on (issue 12: `export chart` after
  /// `load` drew the previous scenario's run).
  private func startAfresh() {
    round = 1
    plays = []
    replayCursor = nil
    typedPlay = nil
    typedLogitPlay = nil
    savedScenario = nil
    sourceText = nil
    playedOnceFrom = nil
    results = SessionResults()
  }

  /// Saves the current state so the next change can be undone.
  func checkpoint(_ description: String) {
    undoStack.append(Snapshot(name: name, source: source, loaded: loaded, results: results,
                              savedScenario: savedScenario, sourceText: sourceText,
                              round: round, plays: plays, seed: seed, replay: replayCursor,
                              playedOnceFrom: playedOnceFrom, typedPlay: typedPlay, typedLogitPlay: typedLogitPlay, description: description))
    if undoStack.count > 1000 { undoStack.removeFirst() }
  }

  func restore(_ s: Snapshot) {
    name = s.name
    source = s.source
    loaded = s.loaded
    results = s.results
    savedScenario = s.savedScenario
    sourceText = s.sourceText
    round = s.round
    plays = s.plays
    seed = s.seed
    replayCursor = s.replay
    playedOnceFrom = s.playedOnceFrom
    typedPlay = TypedHandPlay.keepingReveal(s.typedPlay, of: typedPlay)
    typedLogitPlay = TypedLogitHandPlay.keepingReveal(s.typedLogitPlay, of: typedLogitPlay)
  }
}
