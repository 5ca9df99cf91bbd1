import BrinkCore
import Foundation

/// Reads Gambit `.nfg` files (strategic games), payoff or outcome version, into
/// exact `StrategicGame`s. See `NFGParser` for the grammar and Docs/nfg.md for
/// examples.
///
/// Bad input never crashes: every problem is a `Diagnostic` naming
/// `file:line:column`, all thrown together as a `DiagnosticList`.
public enum NFGReader {
  /// Parses the text of a `.nfg` file.
  ///
  /// - Parameters:
  ///   - text: the file's contents.
  ///   - file: the name used in diagnostics (a path, or `<stdin>`).
  /// - Throws: `DiagnosticList` when the text is not a valid `.nfg` game.
  ///   - shouldContinue: polled every few thousand numbers (a 1000 × 1000 game has
  ///     two million, each read exactly); when it returns false, `Cancelled` is thrown.
  ///
  /// A Gambit extensive game (text starting `EFG`) is read by `EFGReader` and
  /// given as its strategic form, so every reader of games takes `.efg` files too.
  public static func parse(_ text: String, file: String = "<input>",
                           shouldContinue: () -> Bool = { true }) throws -> NFGFile {
    if text.drop(while: \.isWhitespace).hasPrefix("EFG") {
      return try EFGReader.strategicForm(text, file: file, shouldContinue: shouldContinue)
    }
    var lexer = NFGLexer(text, file: file)
    let tokens: [NFGToken]
    do {
      tokens = try lexer.tokens(shouldContinue: shouldContinue)
    } catch let diagnostic as Diagnostic {
      throw DiagnosticList([diagnostic], source: text)
    }
    var parser = NFGParser(tokens: tokens, file: file)
    do {
      return try parser.parse()
    } catch let diagnostic as Diagnostic {
      throw DiagnosticList(parser.diagnostics + [diagnostic], source: text)
    } catch {
      throw DiagnosticList(parser.diagnostics, source: text)
    }
  }

  /// Reads and parses the file at `path`.
  ///
  /// - Throws: `DiagnosticList` for a parse error, `NFGReadError` when the file
  ///   cannot be read or is not UTF-8 text, or `InputFile.Refusal` when it is not a
  ///   regular file or is too large.
  public static func read(path: String, shouldContinue: () -> Bool = { true }) throws -> NFGFile {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw NFGReadError.unreadable(path: path, reason: "Is a directory")
    }
    try InputFile.check(path)
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw NFGReadError.unreadable(path: path, reason: Self.reason(error))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw NFGReadError.notText(path: path)
    }
    return try parse(text, file: path, shouldContinue: shouldContinue)
  }

  /// Reading was stopped by `shouldContinue` (Ctrl-C, `--timeout`).
  public struct Cancelled: Error, Sendable {}

  static func reason(_ error: Error) -> String {
    let ns = error as NSError
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
      let code = POSIXErrorCode(rawValue: Int32(underlying.code))
    {
      return String(cString: strerror(code.rawValue))
    }
    if ns.domain == NSCocoaErrorDomain {
      switch ns.code {
      case NSFileReadNoSuchFileError: return "No such file or directory"
      case NSFileReadNoPermissionError: return "Permission denied"
      default: break
      }
    }
    return ns.localizedDescription
  }
}

/// A `.nfg` file that could not be read at all (as opposed to one that did not parse).
public enum NFGReadError: Error, Sendable, Hashable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case notText(path: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): return "\(path): error: cannot read the file: \(reason)"
    case .notText(let path): return "\(path): error: the file is not UTF-8 text"
    }
  }
}
