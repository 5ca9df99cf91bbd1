/// A diagnostic for a JSON file that failed to decode or to validate, placed at the
/// value it is about (`brink merge` on a damaged shard: issue 16 asks for a file and
/// field error, and the field's line and column are what a user needs to find it).
extension JSONLocator {
  /// Where and what `error` (thrown by `JSONDecoder`) is. `fractionKeys`: the keys
  /// whose numbers may be fractions (anything else must be a whole number).
  public func diagnose(_ error: any Error, file: String, fractionKeys: Set<String>) -> (at: SourceLocation, reason: String) {
    func at(_ path: [Step]) -> SourceLocation { location(of: offset(of: path) ?? 0, file: file) }
    switch error {
    case DecodingError.keyNotFound(let key, let c):
      let parent = Self.path(c.codingPath)
      return (at(parent), "'\(Self.describe(parent + [.key(key.stringValue)]))' is missing")
    case DecodingError.typeMismatch(let type, let c):
      let path = Self.path(c.codingPath)
      return (at(path), "'\(Self.describe(path))' should be \(Self.typeName(type))")
    case DecodingError.valueNotFound(let type, let c):
      let path = Self.path(c.codingPath)
      return (at(path), "'\(Self.describe(path))' is null; it should be \(Self.typeName(type))")
    case DecodingError.dataCorrupted(let c) where !c.codingPath.isEmpty:
      let path = Self.path(c.codingPath)
      return (at(path), "'\(Self.describe(path))' has an invalid value")
    default:
      if let p = firstProblem(fractionKeys: fractionKeys) {
        let field = p.path.isEmpty ? "" : "'\(Self.describe(p.path))': "
        return (location(of: p.offset, file: file), "\(field)\(p.message)")
      }
      return (location(of: 0, file: file), "invalid JSON, or a number too large for its field")
    }
  }

  /// Where `field` (a path such as `statistics.rounds` or `occupancy[0][2]`) is in
  /// the text; the file's start when it is nil or not found there.
  public func location(ofField field: String?, file: String) -> SourceLocation {
    let path = field.map(Self.path(field:)) ?? []
    return location(of: path.isEmpty ? 0 : offset(of: path) ?? 0, file: file)
  }

  static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is Int.Type, is UInt64.Type, is Int64.Type: return "a whole number"
    case is Double.Type: return "a number"
    case is String.Type: return "a string"
    case is Bool.Type: return "true or false"
    default:
      let name = "\(type)"
      if name.hasPrefix("Array<") { return "an array" }
      if name.hasPrefix("Dictionary<") { return "an object" }
      return name
    }
  }
}
