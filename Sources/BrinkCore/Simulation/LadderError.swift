/// Why a `CompiledLadder` could not be built: every problem found, not only the
/// first, each naming where it is (`states[2] "talks" outcomes[4]: …`).
///
/// A ladder is compiled by code (from a solved scenario), not typed by a user, so
/// these are messages for the programmer of the compile step; the scenario's own
/// validation reports the user's errors with file positions.
public struct LadderError: Error, Sendable, Equatable, CustomStringConvertible {
  public var problems: [String]

  public init(problems: [String]) {
    self.problems = problems
  }

  public var description: String {
    "invalid compiled ladder:\n" + problems.map { "  - " + $0 }.joined(separator: "\n")
  }
}
