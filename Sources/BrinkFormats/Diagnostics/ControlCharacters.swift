extension String {
  /// The text with its control characters written as escapes (`\0` for NUL,
  /// `\u{1B}` for ESC, and so on), line feeds and tabs kept: every message that
  /// echoes user input passes through this, so a file name or a typed word holding
  /// an escape sequence cannot recolour, clear or retitle the user's terminal, and
  /// a NUL is visible (issue 16). C0 controls, DEL and the C1 range are escaped.
  public var escapingControlCharacters: String {
    guard unicodeScalars.contains(where: Self.isEscaped) else { return self }
    var out = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      guard Self.isEscaped(scalar) else {
        out.append(scalar)
        continue
      }
      let escape = scalar.value == 0 ? "\\0" : "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      out.append(contentsOf: escape.unicodeScalars)
    }
    return String(out)
  }

  private static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
  }
}
