import BrinkCore
import BrinkFormats
import Foundation

extension SolveInput {
  /// The signalling report for `path` when it is a Gambit extensive game
  /// (`.efg`, or text starting `EFG`) shaped as a two-type signalling game
  /// (`SignallingGame`); nil otherwise, and for any file that cannot be read or
  /// parsed, which the game reader then reports as before.
  static func signalling(_ path: String, file: String) -> SignallingReport? {
    let text: String
    if path == "-" {
      guard case .success(let input) = standardInput else { return nil }
      text = input
    } else {
      // A strategic game (.nfg) is never one; large ones are not read twice.
      guard URL(fileURLWithPath: path).pathExtension.lowercased() != "nfg",
        (try? InputFile.check(path)) != nil, let data = FileManager.default.contents(atPath: path),
        let contents = String(data: data, encoding: .utf8)
      else { return nil }
      text = contents
    }
    guard text.drop(while: \.isWhitespace).hasPrefix("EFG"),
      let efg = try? EFGReader.parse(text, file: file),
      let game = SignallingGame(efg.game), game.types.count == 2,
      let analysis = try? SignallingEquilibria.enumerate(game)
    else { return nil }
    return SignallingReport(file: file, title: efg.game.title, players: efg.game.players, analysis: analysis)
  }
}
