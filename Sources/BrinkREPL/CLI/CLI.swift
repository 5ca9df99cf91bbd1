import BrinkFormats

/// The standalone commands of the `brink` executable (`solve`, `check`, `simulate`,
/// `replay`, `merge`, and scripts), one façade each (`CLI+Solve.swift`, …). The
/// executable only parses arguments and calls one of these; they read each input
/// once, run the engine under the command's `CLI.Run`, and write the report.
///
/// Errors that end a command are thrown as `Failure` and printed in one place,
/// by the executable's `main`; diagnostics about one of several files are
/// written as they come (the command goes on with the next file).
public enum CLI {
  /// How a command ended other than with status 0: `message` (when there is one)
  /// goes to standard error, and the process exits with `status`.
  public struct Failure: Error, Sendable {
    public var status: Int32
    public var message: String?

    public init(status: Int32, message: String? = nil) {
      self.status = status
      self.message = message
    }

    /// Status 1 (the input could not be used), after its diagnostics were written.
    static let failed = Failure(status: 1)
  }

  /// Writes a report (or any text for standard output).
  static func output(_ text: String, terminator: String = "\n") {
    // A report of megabytes is not copied to append nothing to it.
    Console.write(terminator.isEmpty ? text : text + terminator)
  }

  /// Writes a diagnostic line to standard error (standard output stays clean for
  /// reports and JSON).
  /// Control characters (from file names and other input) are escaped.
  static func diagnose(_ text: String) { Console.writeError(text.escapingControlCharacters + "\n") }
}
