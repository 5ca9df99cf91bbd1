/// A reason a JSON file read from outside the process is unusable, with the field it
/// is about (a path such as `statistics.occupancy[3][1]`, or nil when it is about the
/// file as a whole), so that the diagnostic is placed by the field itself rather than
/// by a name recovered from the message's wording.
public struct JSONFieldProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public let field: String?
  public let message: String
  public init(_ field: String?, _ message: String) {
    self.field = field
    self.message = message
  }
  public var description: String { message }
}
