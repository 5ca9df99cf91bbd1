import Foundation
import Testing

@testable import BrinkFormats

/// Issue 5's bounds on input: files that are not regular files, files over the
/// size limit, YAML nested too deep, scenarios with too many states or moves.
@Suite struct InputLimitsTests {
  static func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("brink-limits-\(getpid())-\(name)").path
  }

  @Test func aDeviceIsRefusedBeforeAnyByteIsRead() {
    #expect(throws: InputFile.Refusal(path: "/dev/zero", reason: "cannot read the file: it is a character device, not a regular file")) {
      try InputFile.check("/dev/zero")
    }
    #expect(InputFile.Refusal(path: "/dev/zero", reason: "x").description == "/dev/zero: error: x")
  }

  @Test func aScenarioReadFromDevZeroIsADiagnosticNotAHang() {
    do {
      _ = try ScenarioReader.read(contentsOf: "/dev/zero")
      Issue.record("read /dev/zero")
    } catch {
      #expect(error.description == "/dev/zero:1:1: error: cannot read the file: it is a character device, not a regular file")
    }
  }

  @Test func anNFGReadFromANamedPipeIsRefused() throws {
    let path = Self.temporaryPath("pipe.nfg")
    unlink(path)
    #expect(mkfifo(path, 0o600) == 0)
    defer { unlink(path) }
    #expect(throws: InputFile.Refusal(path: path, reason: "cannot read the file: it is a named pipe, not a regular file")) {
      _ = try NFGReader.read(path: path)
    }
  }

  @Test func aFileOverSixteenMebibytesIsRefused() throws {
    let path = Self.temporaryPath("big.yaml")
    // A sparse file: its size is over the limit without writing 16 MiB.
    let fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
    #expect(fd >= 0)
    #expect(ftruncate(fd, off_t(InputFile.maximumBytes + 1)) == 0)
    close(fd)
    defer { unlink(path) }
    do {
      _ = try ScenarioReader.read(contentsOf: path)
      Issue.record("read an oversize file")
    } catch {
      #expect(error.description == "\(path):1:1: error: the file is too large (16777217 bytes; the limit is 16 MiB)")
    }
    #expect(throws: InputFile.Refusal(path: path, reason: "the file is too large (16777217 bytes; the limit is 16 MiB)")) {
      _ = try NFGReader.read(path: path)
    }
    // Exactly at the limit passes the check.
    #expect(truncate(path, off_t(InputFile.maximumBytes)) == 0)
    #expect(throws: Never.self) { try InputFile.check(path) }
  }

  @Test func aMissingFileKeepsItsReadersMessage() {
    #expect(throws: Never.self) { try InputFile.check("/no/such/file.yaml") }
  }

  @Test func flowNestingDeeperThanTheLimitIsADiagnosticAtItsColumn() {
    let yaml = "name: [" + String(repeating: "[", count: 100_000)
    // One block level (the mapping) plus 64 flow levels: the 64th '[' crosses the limit.
    #expect(diagnostics(yaml) == ["t.yaml:1:70: error: the YAML is nested more than 64 levels deep"])
  }

  @Test func blockNestingDeeperThanTheLimitIsADiagnosticAtItsLine() {
    let yaml = (0..<80).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n")
    #expect(diagnostics(yaml) == ["t.yaml:65:129: error: the YAML is nested more than 64 levels deep"])
    let dashes = "name: x\nlist:\n" + String(repeating: "- ", count: 70) + "a"
    #expect(diagnostics(dashes) == ["t.yaml:3:127: error: the YAML is nested more than 64 levels deep"])
  }

  @Test func bracketsInQuotesAndCommentsDoNotCount() {
    let brackets = String(repeating: "[", count: 100)
    #expect(YAMLNesting.check("a: \"\(brackets)\"\nb: '\(brackets)'\n# \(brackets)\nc: x # \(brackets)\n",
                              sink: DiagnosticSink(file: "t.yaml")))
    #expect(diagnostics(validYAML) == [])
  }

  @Test func tooManyStatesIsADiagnostic() throws {
    let extra = (0..<1_000).map { "  t\($0): {terminal: true, value: [0, 0]}" }.joined(separator: "\n")
    let yaml = validYAML + "\n" + extra
    let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("  t996:") }! + 1
    #expect(diagnostics(yaml).contains("t.yaml:\(line):3: error: too many states (1004; the limit is 1000)"))
  }

  @Test func tooManyMovesIsADiagnostic() throws {
    let anchor = "      tariff: {posture: escalate, effects: {tariff: +100}}\n"
    #expect(validYAML.contains(anchor))
    let extra = (0..<100).map { "      m\($0): {posture: hold}\n" }.joined()
    let yaml = validYAML.replacingOccurrences(of: anchor, with: anchor + extra)
    let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("      m98:") }! + 1
    #expect(diagnostics(yaml).contains("t.yaml:\(line):7: error: 'US' has too many moves (102; the limit is 100)"))
  }
}
