import Glibc
import Testing
@testable import BrinkREPL

/// Transcript tests: each `Transcripts/NAME.brink` is run as a batch script (with
/// --keep-going) and its standard output and error, interleaved, must equal
/// `Transcripts/NAME.expected` exactly. To re-record deliberately after a change
/// to the output: `BRINK_RECORD_TRANSCRIPTS=1 swift test --filter TranscriptTests`,
/// then read the diff.
@Suite struct TranscriptTests {
  static let directory: String = {
    let file = "\(#filePath)"
    return String(file[..<file.lastIndex(of: "/")!]) + "/Transcripts"
  }()

  static var scripts: [String] {
    (DirectoryListing.entries(directory) ?? []).filter { $0.hasSuffix(".brink") }.sorted()
  }

  /// Runs a script the way `brink run --keep-going` does, collecting both streams.
  static func transcript(of text: String, name: String) -> String {
    var out = ""
    let runner = BatchRunner(session: Session(), sourceName: name, keepGoing: true,
                             write: { out += $0 }, writeError: { out += $0 })
    _ = runner.run(text: text)
    return out
  }

  @Test func thereAreTranscripts() { #expect(Self.scripts.count >= 4) }

  @Test(arguments: scripts)
  func transcriptMatches(_ script: String) throws {
    let text = try readFile(Self.directory + "/" + script)
    let actual = Self.transcript(of: text, name: script)
    let expectedPath = Self.directory + "/" + script.dropLast(".brink".count) + ".expected"
    if getenv("BRINK_RECORD_TRANSCRIPTS") != nil { try writeFile(expectedPath, actual) }
    let expected = try readFile(expectedPath)
    #expect(actual == expected, "\(script): output differs from \(expectedPath)")
  }
}

func readFile(_ path: String) throws -> String {
  guard let f = fopen(path, "r") else { throw CommandError("cannot read \(path)") }
  defer { fclose(f) }
  var bytes = [UInt8]()
  var buffer = [UInt8](repeating: 0, count: 65536)
  while true {
    let n = fread(&buffer, 1, buffer.count, f)
    if n <= 0 { break }
    bytes += buffer[0..<n]
  }
  return String(decoding: bytes, as: UTF8.self)
}

func writeFile(_ path: String, _ text: String) throws {
  guard let f = fopen(path, "w") else { throw CommandError("cannot write \(path)") }
  fputs(text, f)
  fclose(f)
}
