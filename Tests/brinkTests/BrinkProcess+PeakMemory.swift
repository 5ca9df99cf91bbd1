import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension BrinkProcess {
  /// A finished run with the child's own peak memory.
  struct MeasuredRun {
    var status: Int32
    var stderr: String
    /// The child's peak resident set, in KiB (`ru_maxrss` from `wait4`: this child
    /// alone, not the largest of every child the test process has had).
    var peakKiB: Int
  }

  /// Runs `brink arguments` with standard input opened from `stdinPath` (a device
  /// such as `/dev/zero` gives endless input with no writer to stop), standard
  /// output discarded, and returns its status, standard error and peak memory.
  static func measured(_ arguments: [String], stdinPath: String) throws -> MeasuredRun {
    guard let executable else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "brink"]) }
    let errPath = FileManager.default.temporaryDirectory.appendingPathComponent("brink-err-\(UUID().uuidString)").path
    defer { unlink(errPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable.path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv, environ)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    // WIFEXITED / WEXITSTATUS, which Swift does not import: a signal gives 128 + its number.
    let exit = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    return MeasuredRun(status: exit, stderr: stderr, peakKiB: Int(usage.ru_maxrss))
  }
}
