/// A rational number in JSON as its exact text (`"-3/4"`, `"7"`), as `Rational`
/// prints and parses it: a JSON number would lose the digits of a large fraction.
/// Used by the files that carry exact values between processes (the shards of
/// `brink sweep`, Docs/scaling.md).
extension Rational: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = Rational(text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an exact number: '\(text)'")
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
