/// A JSON value already written as text in `JSONValue`'s layout, kept as its bytes
/// (`JSONValue.text`). A large, regular part of a document (the thousands of nodes
/// of `brink solve --json` for the 2018–19 tariff rounds, issue 11) is written
/// straight to bytes, its repeated parts once, instead of being built as a tree
/// of `JSONValue`s that is then walked and freed.
///
/// The text is written for one indentation; placed at another, each line after
/// the first is shifted by two spaces per level, which is what writing the same
/// value there would give (JSON strings hold no raw line breaks, so every line
/// break is the layout's).
public struct JSONText: Sendable {
  /// UTF-8, the first line unpadded (the writer pads the line a value starts on).
  let bytes: [UInt8]
  /// The indentation `bytes` was written at.
  let indent: Int

  init(_ bytes: JSONBytes, indent: Int) {
    self.bytes = bytes.bytes
    self.indent = indent
  }

  func write(to out: inout JSONBytes, indent: Int) {
    guard indent != self.indent else {
      out.append(bytes)
      return
    }
    // Each line break followed by the shift (deeper), or with up to that many
    // leading spaces dropped (shallower).
    let shift = 2 * (indent - self.indent)
    var skip = 0
    for byte in bytes {
      if skip > 0 {
        skip -= 1
        if byte == UInt8(ascii: " ") { continue }
        skip = 0
      }
      out.append(byte)
      if byte == UInt8(ascii: "\n") {
        if shift > 0 { for _ in 0..<shift { out.append(UInt8(ascii: " ")) } } else { skip = -shift }
      }
    }
  }
}
