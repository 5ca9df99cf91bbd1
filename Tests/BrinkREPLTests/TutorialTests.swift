import BrinkFormats
import Glibc
import Testing
@testable import BrinkREPL

/// Docs/tutorial.md is executed (STYLE habit 13): every ```brink block is a
/// transcript of one session on the default scenario that runs through the whole
/// document. Lines starting `brink> ` are typed; the lines after them, up to the
/// next `brink> ` or the end of the block, must be exactly what the command prints.
/// Re-record deliberately with `BRINK_RECORD_TUTORIAL=1 swift test --filter TutorialTests`.
@Suite struct TutorialTests {
  static let path: String = {
    let file = "\(#filePath)"
    let tests = file[..<file.lastIndex(of: "/")!]
    let root = tests[..<tests.lastIndex(of: "/")!]
    return String(root[..<root.lastIndex(of: "/")!]) + "/Docs/tutorial.md"
  }()

  /// Runs the document and returns it with every block's output replaced by what
  /// the commands print now.
  static func rerun(_ text: String) -> (String, commands: Int) {
    let session = Session(scenario: ScenarioReader.builtIn())
    var out = [String]()
    var inBlock = false
    var commands = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if !inBlock {
        out.append(line)
        if line == "```brink" { inBlock = true }
        continue
      }
      if line == "```" {
        inBlock = false
        out.append(line)
      } else if line.hasPrefix("brink> ") {
        out.append(line)
        commands += 1
        let result = session.execute(String(line.dropFirst("brink> ".count)))
        if !result.transcript.isEmpty { out.append(result.transcript) }
      }
    }
    return (out.joined(separator: "\n"), commands)
  }

  @Test func tutorialExamplesProduceTheirShownOutput() throws {
    let text = try readFile(Self.path)
    let (actual, commands) = Self.rerun(text)
    #expect(commands >= 10)
    if getenv("BRINK_RECORD_TUTORIAL") != nil { try writeFile(Self.path, actual) }
    let expectedLines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
    #expect(actual == text, "Docs/tutorial.md differs from what brink prints, first at line \((firstDifference?.offset ?? min(expectedLines.count, actualLines.count)) + 1)")
  }
}
