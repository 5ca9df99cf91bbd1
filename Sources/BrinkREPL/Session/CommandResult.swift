/// What running one input line produced. `output` goes to standard output and
/// `error` (already rendered) to standard error; `quit` ends the session.
public struct CommandResult: Sendable, Equatable {
  public var output: String
  public var error: CommandError?
  public var quit: Bool

  public init(output: String = "", error: CommandError? = nil, quit: Bool = false) {
    self.output = output
    self.error = error
    self.quit = quit
  }

  /// Output and the rendered error together, as a transcript shows them.
  public var transcript: String {
    [output, error?.rendered ?? ""].filter { !$0.isEmpty }.joined(separator: "\n")
  }
}
