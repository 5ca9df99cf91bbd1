/// A value read from a file together with where it was written, so later checks
/// (cross-references, sums, reachability) can still point at the offending text.
struct Located<Value> {
  var value: Value
  var location: SourceLocation
  /// The length of the text it came from, for the caret underline.
  var length: Int

  init(_ value: Value, at location: SourceLocation, length: Int = 1) {
    self.value = value
    self.location = location
    self.length = max(1, length)
  }

  func map<T>(_ transform: (Value) -> T) -> Located<T> {
    Located<T>(transform(value), at: location, length: length)
  }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Sendable where Value: Sendable {}
