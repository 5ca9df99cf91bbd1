import BrinkCore
import BrinkFormats
import Foundation

/// A loaded `.efg` that is a two-type signalling game, with its analysis: the
/// REPL's `solve` then lists its perfect Bayesian equilibria after the Nash
/// equilibria of its strategic form.
struct LoadedSignalling: Sendable {
  /// The file and the strategic form loaded from it: the analysis belongs to that
  /// game only, so `set` edits (or `undo` to another game) hide it.
  var source: String
  var game: Bimatrix
  var report: SignallingReport
}

extension Session {
  /// After `load FILE.efg`: reads the tree again (it is small: the strategic form
  /// was just built from it) and keeps its signalling analysis, if it is one.
  func rememberSignalling(path: String, game: Bimatrix) {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8),
      let efg = try? EFGReader.parse(text, file: path),
      let signalling = SignallingGame(efg.game),
      let analysis = try? SignallingEquilibria.enumerate(signalling)
    else { return }
    let report = SignallingReport(file: path, title: efg.game.title, players: efg.game.players, analysis: analysis)
    self.signalling = LoadedSignalling(source: path, game: game, report: report)
  }

  /// The signalling report for `solve`, when the current game is that loaded tree, unedited.
  func signallingText() -> String? {
    guard let signalling, signalling.source == source, document == nil, game == signalling.game else { return nil }
    return signalling.report.render().trimmingCharacters(in: .newlines)
  }
}
