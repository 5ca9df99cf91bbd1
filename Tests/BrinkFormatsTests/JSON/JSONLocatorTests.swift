import BrinkCore
import Foundation
import Testing

@testable import BrinkFormats

/// `JSONLocator` finds values by path, syntax errors and numbers that no integer
/// field can hold, with their line and column (issue 16: a damaged shard is a
/// file-and-field error, and the field is found where it is).
@Suite struct JSONLocatorTests {
  let text = """
    {"a": {"b": [10, 20, {"c": "x\\"y"}]},
     "é": 1.5, "d": [true, false, null], "e": -3e2}
    """

  @Test func findsValuesByPathWithLineAndColumn() {
    let j = JSONLocator(text)
    func at(_ path: [JSONLocator.Step]) -> String? { j.offset(of: path).map { j.location(of: $0, file: "f").description } }
    #expect(at([]) == "f:1:1")
    #expect(at([.key("a")]) == "f:1:7")
    #expect(at([.key("a"), .key("b"), .index(1)]) == "f:1:18")
    #expect(at([.key("a"), .key("b"), .index(2), .key("c")]) == "f:1:28")
    // Columns count scalars: "é" is two bytes and one column.
    #expect(at([.key("é")]) == "f:2:7")
    #expect(at([.key("d"), .index(2)]) == "f:2:31")
    #expect(at([.key("a"), .key("b"), .index(3)]) == nil)
    #expect(at([.key("zz")]) == nil)
  }

  @Test func pathsReadBackAsWritten() {
    let path: [JSONLocator.Step] = [.key("statistics"), .key("occupancy"), .index(3), .index(0), .key("x")]
    #expect(JSONLocator.describe(path) == "statistics.occupancy[3][0].x")
    #expect(JSONLocator.path(field: "statistics.occupancy[3][0].x") == path)
    #expect(JSONLocator.path(field: "paths") == [.key("paths")])
  }

  @Test func theFirstNumberNoIntegerHolds() {
    let j = JSONLocator(text)
    let p = j.firstProblem()
    #expect(p?.path == [.key("é")])
    #expect(p?.message == "1.5 is not a whole number that fits 64 bits")
    #expect(j.firstProblem(fractionKeys: ["é"]) == nil)  // -3e2 is whole
    for (number, whole) in [("1e3", true), ("1.0", true), ("18446744073709551615", true), ("18446744073709551616", false),
                            ("-9223372036854775808", true), ("-9223372036854775809", false), ("0.000", true),
                            ("1.25e2", true), ("1.255e2", false), ("1e400", false), ("-0", true), ("2e-1", false)] {
      #expect((JSONLocator("[\(number)]").firstProblem() == nil) == whole, "\(number)")
    }
  }

  @Test func syntaxErrorsArePlaced() {
    let cases: [(String, String, String)] = [
      ("{\"a\": [1, 2,\n 3 }", "expected ',' or ']'", "f:2:4"),
      ("{\"a\" 1}", "expected ':' after the key", "f:1:6"),
      ("{\"a\": 01}", "a malformed number", "f:1:7"),
      ("[1] x", "unexpected text after the JSON value", "f:1:5"),
      ("{\"a\": \"open", "a string is not closed", "f:1:7"),
      ("", "the text ends where a value should be", "f:1:1"),
      (String(repeating: "[", count: 300), "nested more than 256 deep", "f:1:257"),
    ]
    for (input, message, at) in cases {
      let j = JSONLocator(input)
      let p = j.firstProblem()
      #expect(p?.message == message, "\(input)")
      #expect(p.map { j.location(of: $0.offset, file: "f").description } == at, "\(input)")
    }
  }

  /// Whatever the bytes, the scan ends without a trap; on text JSONSerialization
  /// accepts, it finds no syntax error.
  @Test func anyBytesScanWithoutTrap() throws {
    var rng = SplitMix64(seed: 16)
    let alphabet = Array("{}[],:\"\\ 0123456789.eE+-tfnrul".utf8)
    for _ in 0..<2_000 {
      let bytes = (0..<Int(rng.next() % 40)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
      let text = String(decoding: bytes, as: UTF8.self)
      let p = JSONLocator(text).firstProblem(fractionKeys: [])
      if (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil {
        #expect(p == nil || p!.message.contains("whole number"), "\(text): \(p!.message)")
      }
    }
  }
}
