import BrinkCore

/// Everything one REPL or batch run knows: the loaded game, where play has got
/// to, the edits (with undo), the seed, and what was typed. It never touches the
/// terminal: `execute` returns text, so every command is testable without one.
public final class Session {
  /// What `undo` restores: the game as edited and the play so far.
  struct Snapshot {
    var game: Bimatrix
    var round: Int
    var plays: [Play]
    var seed: UInt64
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
  /// The game as loaded, for `reset`.
  var original: Bimatrix
  /// The current stage game, with edits.
  public internal(set) var game: Bimatrix
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
    self.game = entry.game
    self.style = style
    self.commands = commands
  }

  /// `brink chicken [round 1]> `
  public var prompt: String {
    "brink \(name) [round \(round)]> "
  }

  /// Replaces the game (after `load`), clearing play and undo.
  func load(name: String, source: String, game: Bimatrix) {
    self.name = name
    self.source = source
    self.original = game
    self.game = game
    self.round = 1
    self.plays = []
    self.undoStack = []
  }

  /// Saves the current state so the next change can be undone.
  func checkpoint(_ description: String) {
    undoStack.append(Snapshot(game: game, round: round, plays: plays, seed: seed, description: description))
    if undoStack.count > 1000 { undoStack.removeFirst() }
  }

  func restore(_ s: Snapshot) {
    game = s.game
    round = s.round
    plays = s.plays
    seed = s.seed
  }
}
