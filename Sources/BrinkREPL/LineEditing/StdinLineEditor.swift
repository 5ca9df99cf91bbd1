/// Reads lines from standard input without echo or prompts: used for pipes,
/// `brink < script.brink`, and tests.
public final class StdinLineEditor: LineEditor {
  private let readLine: () -> String?

  /// - Parameter readLine: where lines come from; standard input by default.
  ///   Tests pass a closure over an array.
  public init(readLine: @escaping () -> String? = { Swift.readLine(strippingNewline: true) }) {
    self.readLine = readLine
  }

  /// A line editor over fixed lines, for tests.
  public convenience init(lines: [String]) {
    var rest = lines[...]
    self.init(readLine: { rest.popFirst() })
  }

  public func read(prompt: String) -> LineInput {
    guard var line = readLine() else { return .endOfInput }
    if line.hasSuffix("\r") { line.removeLast() }
    return .line(line)
  }

  public func addHistory(_ line: String) {}
  public func close() {}
  public var isInteractive: Bool { false }
}
