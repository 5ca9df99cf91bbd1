import BrinkCore
import BrinkFormats
import Foundation

/// The files under Fixtures/ (`.nfg` games, the ladder benchmark scenario), copied
/// into the test bundle.
enum Fixtures {
  static func path(_ name: String) -> String {
    guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
      fatalError("missing fixture \(name)")
    }
    return url.path
  }

  static func text(_ name: String) throws -> String {
    try String(contentsOfFile: path(name), encoding: .utf8)
  }
}

/// Rationals from integers, for compact expectations.
func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

/// The rendered diagnostics of parsing `text`, or nil when it parses.
func diagnostics(_ text: String, file: String = "game.nfg") -> String? {
  do {
    _ = try NFGReader.parse(text, file: file)
    return nil
  } catch let list as DiagnosticList {
    return list.description
  } catch {
    return "unexpected error \(error)"
  }
}
