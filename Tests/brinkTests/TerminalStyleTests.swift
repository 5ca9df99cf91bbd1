import Foundation
import Testing

/// On a terminal `brink solve` draws boxes and colour, unless `NO_COLOR` is set.
/// A pseudo-terminal comes from util-linux's `script`, where it is installed.
@Suite("brink solve on a terminal", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
struct TerminalStyleTests {
  func runOnTerminal(noColor: Bool) throws -> BrinkRun {
    guard let brink = BrinkProcess.executable?.path else { throw CocoaError(.fileNoSuchFile) }
    let pd = BrinkProcess.fixture("prisoners-dilemma.nfg")
    let command = "\(noColor ? "NO_COLOR=1 " : "")'\(brink)' solve --method pure '\(pd)'"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qec", command, "/dev/null"]
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "NO_COLOR")
    env["TERM"] = "xterm-256color"
    process.environment = env
    let out = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
    process.standardInput = Pipe()
    try process.run()
    let data = PipeReading.all(out.fileHandleForReading)
    process.waitUntilExit()
    return BrinkRun(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
  }

  @Test("a terminal gets Unicode boxes and ANSI colour")
  func colour() throws {
    let run = try runOnTerminal(noColor: false)
    #expect(run.status == 0)
    #expect(run.stdout.contains("┌"))
    #expect(run.stdout.contains("\u{1B}[1;32m5*\u{1B}[0m"))
  }

  @Test("NO_COLOR gives plain ASCII even on a terminal")
  func noColor() throws {
    let run = try runOnTerminal(noColor: true)
    #expect(run.status == 0)
    #expect(run.stdout.contains("+--------------+"))
    #expect(!run.stdout.contains("\u{1B}["))
  }
}
