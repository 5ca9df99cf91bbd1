/// Small text helpers for renderers (no Foundation needed).
extension String {
  /// Pads with spaces on the right to `width` characters (never truncates).
  func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  /// Pads with spaces on the left to `width` characters.
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }

  /// Centres in `width` characters.
  func centered(in width: Int) -> String {
    guard count < width else { return self }
    let left = (width - count) / 2
    return String(repeating: " ", count: left) + self + String(repeating: " ", count: width - count - left)
  }
}

extension Array where Element == String {
  /// "a", "a and b", "a, b and c".
  func joinedAsList(conjunction: String = "and") -> String {
    switch count {
    case 0: return ""
    case 1: return self[0]
    default: return dropLast().joined(separator: ", ") + " \(conjunction) " + last!
    }
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
