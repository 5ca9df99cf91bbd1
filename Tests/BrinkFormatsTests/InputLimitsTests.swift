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

  /// Issue 16: a 16-move stage passed `check`, then took gigabytes in `solve`.
  @Test func aStageOverFifteenMovesASideIsADiagnostic() throws {
    let anchor = "      tariff: {posture: escalate, effects: {tariff: +100}}\n"
    let extra = (0..<15).map { "      m\($0): {posture: hold}\n" }.joined()
    let names = (0..<15).map { "m\($0)" }.joined(separator: ", ")
    let yaml = validYAML.replacingOccurrences(of: anchor, with: anchor + extra)
      .replacingOccurrences(of: "  crisis:\n    moves: {US: [hold], China: [hold, enforce]}\n    payoffs: {hold: [[0, 0], [-1, 0]]}",
                            with: "  crisis:\n    moves: {US: [hold, \(names)], China: [hold]}\n    payoffs: {hold: [[0, 0]]}")
    let found = diagnostics(yaml)
    #expect(found.contains { $0.contains("error: state 'crisis' gives 'US' too many moves (16; a stage game has at most 15 a side)") },
            "\(found)")
    // Fifteen is fine.
    let fifteen = yaml.replacingOccurrences(of: ", m14]", with: "]")
    #expect(!diagnostics(fifteen).contains { $0.contains("too many moves") })
  }

  @Test func aCalendarEndingTooFarIsADiagnostic() {
    let yaml = validYAML.replacingOccurrences(of: "calendar: {start: 2025-10-13, step: 7, rounds: 4}",
                                              with: "calendar: {start: 2025-10-13, step: 1, end: 9999-12-31}")
    #expect(diagnostics(yaml) == ["t.yaml:13:45: error: the calendar has too many rounds (2912523 to 9999-12-31; the limit is 100000)"])
  }

  /// Issue 16: payoffs of 1e300 passed `check`, then gave `inf` in `replay`.
  @Test func aNumberTooLargeForFloatingPointIsADiagnostic() {
    let yaml = validYAML.replacingOccurrences(of: "hold: [[0, 0], [-2, 1]]", with: "hold: [[1e300, 0], [-2, 1]]")
    #expect(diagnostics(yaml) == ["t.yaml:19:15: error: the number for a cell in row 'hold' of the payoffs of state 'standoff' is too large ('1e300'; the limit is 1e150 in magnitude)"])
    let variable = validYAML.replacingOccurrences(of: "tariff: 57", with: "tariff: -2e150")
    #expect(diagnostics(variable).count == 1)
    let fine = validYAML.replacingOccurrences(of: "hold: [[0, 0], [-2, 1]]", with: "hold: [[1e150, 0], [-2, 1]]")
    #expect(diagnostics(fine) == [])
  }
}
