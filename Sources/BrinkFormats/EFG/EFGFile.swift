import BrinkCore

/// The contents of a Gambit `.efg` file: the game and the file's free-text comment.
public struct EFGFile: Sendable, Hashable {
  public var game: ExtensiveGame
  public var comment: String

  public init(game: ExtensiveGame, comment: String = "") {
    self.game = game
    self.comment = comment
  }
}

/// Reads Gambit `.efg` files (extensive games) exactly. Bad input never crashes:
/// the first problem is a `Diagnostic` at `file:line:column`, thrown as a
/// `DiagnosticList`.
public enum EFGReader {
  public static func parse(_ text: String, file: String = "<input>",
                           shouldContinue: () -> Bool = { true }) throws -> EFGFile {
    var lexer = NFGLexer(text, file: file)
    do {
      let tokens = try lexer.tokens(shouldContinue: shouldContinue)
      var parser = EFGParser(tokens: tokens, file: file)
      return try parser.parse()
    } catch let diagnostic as Diagnostic {
      throw DiagnosticList([diagnostic], source: text)
    }
  }

  /// The strategic form of the game in `text`, as the `.nfg` reader gives games:
  /// what `brink solve FILE.efg` and `load FILE.efg` solve. The comment says
  /// where the game came from, since strategies are now plans of actions.
  public static func strategicForm(_ text: String, file: String = "<input>",
                                   shouldContinue: () -> Bool = { true }) throws -> NFGFile {
    let efg = try parse(text, file: file, shouldContinue: shouldContinue)
    let game: StrategicGame
    do {
      game = try efg.game.strategicForm()
    } catch let problem as ExtensiveGame.StrategicFormError {
      throw DiagnosticList([Diagnostic(at: SourceLocation(file: file, line: 1, column: 1), problem.description)],
                           source: text)
    }
    let note = "strategic form of an extensive game: a strategy is one action at each information set, in order"
    return NFGFile(game: game, comment: efg.comment.isEmpty ? note : efg.comment + " (\(note))")
  }
}
