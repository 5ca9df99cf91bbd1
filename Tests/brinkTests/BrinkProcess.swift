import Foundation

/// Runs the built `brink` executable, as a user would, and captures what it prints.
struct BrinkRun {
  var status: Int32
  var stdout: String
  var stderr: String
}

enum BrinkProcess {
  /// The package root, from this file's path (Tests/brinkTests/BrinkProcess.swift).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `.nfg` fixtures shared with BrinkFormatsTests.
  static func fixture(_ name: String) -> String {
    packageRoot.appendingPathComponent("Tests/BrinkFormatsTests/Fixtures/\(name)").path
  }

  /// The `brink` binary next to the test bundle (SwiftPM puts both in the same
  /// products directory), or in `.build/debug` as a fallback.
  static var executable: URL? { executable(named: "brink") }

  /// The built executable `name` (`brink`, `brink-bench`), found as `executable` is.
  /// An absolute path (`/bin/sh`) is taken as it is.
  static func executable(named name: String) -> URL? {
    if name.hasPrefix("/") { return URL(fileURLWithPath: name) }
    var candidates = [URL]()
    if let first = CommandLine.arguments.first {
      candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent().appendingPathComponent(name))
    }
    candidates.append(Bundle.main.bundleURL.appendingPathComponent(name))
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name))
    candidates.append(packageRoot.appendingPathComponent(".build/debug/\(name)"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// Runs `program` (by default `brink`) with `arguments`.
  static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                  directory: URL? = nil, program: String = "brink") throws -> BrinkRun {
    guard let executable = executable(named: program) else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: program])
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "NO_COLOR")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting, so a large output cannot block the child.
    let outData = PipeReading.all(out.fileHandleForReading)
    let errData = PipeReading.all(err.fileHandleForReading)
    process.waitUntilExit()
    return BrinkRun(status: process.terminationStatus,
                    stdout: String(decoding: outData, as: UTF8.self),
                    stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A temporary file holding `text`, removed by the caller.
  static func temporaryFile(_ text: String, name: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("brink-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }
}
