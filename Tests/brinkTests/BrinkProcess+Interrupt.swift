import Foundation

/// Interrupting the built `brink` without racing the clock: the process runs with
/// `BRINK_TEST_HOLD_UNTIL_INTERRUPT` set, so its long operation writes
/// `brink-test: waiting for interrupt` to standard error at its first poll and
/// waits; SIGINT is sent only after that line has been read.
struct InterruptedRun {
  var run: BrinkRun
  /// Seconds from sending SIGINT to the process's end.
  var secondsAfterSignal: Double
}

extension BrinkProcess {
  static let holdLine = "brink-test: waiting for interrupt"

  /// Runs `brink arguments` (standard input from `stdin`, kept open until the end),
  /// waits for the hold line, sends SIGINT and collects what the process wrote.
  /// `hold` picks where it holds (`BRINK_TEST_HOLD_UNTIL_INTERRUPT`: `N` for the first
  /// poll of the N-th polling command, `progress` for the first progress report).
  static func interrupt(_ arguments: [String], stdin: String? = nil, hold: String = "1") throws -> InterruptedRun {
    guard let executable else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "brink"]) }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["BRINK_TEST_HOLD_UNTIL_INTERRUPT"] = hold
    process.environment = env
    // Standard output goes to a file, so a long report cannot fill a pipe while we wait.
    let outPath = try temporaryFile("", name: "stdout.txt")
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    let err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    var stderr = Data()
    while !String(decoding: stderr, as: UTF8.self).contains(holdLine) {
      let chunk = PipeReading.some(err.fileHandleForReading)
      if chunk.isEmpty { break }  // ended without holding: the assertions will say so
      stderr.append(chunk)
    }
    let signalled = Date()
    kill(process.processIdentifier, SIGINT)
    stderr.append(PipeReading.all(err.fileHandleForReading))
    process.waitUntilExit()
    let seconds = Date().timeIntervalSince(signalled)
    try input.fileHandleForWriting.close()
    try out.close()
    let stdout = try String(contentsOfFile: outPath, encoding: .utf8)
    return InterruptedRun(run: BrinkRun(status: process.terminationStatus, stdout: stdout,
                                        stderr: String(decoding: stderr, as: UTF8.self)),
                          secondsAfterSignal: seconds)
  }
}
