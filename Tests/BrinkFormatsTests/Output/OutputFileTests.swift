import Foundation
import Testing

@testable import BrinkFormats

/// The one output rule (`OutputFile`), on special files made in a temporary folder:
/// nothing at the target is replaced by another kind of file, nothing is left
/// behind, and a command never overwrites its own inputs.
@Suite struct OutputFileTests {
  /// A fresh folder, removed by the caller's `defer`.
  static func folder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("brink-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  static func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }
  static func entries(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }
  static func info(_ path: String) -> stat {
    var s = stat()
    _ = lstat(path, &s)
    return s
  }

  @Test func newAndRegularFilesAreReplacedWholeLeavingNothingBehind() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/out.json"
    try OutputFile.write("one\n", to: path)
    try OutputFile.write("two\n", to: path)
    #expect(Self.contents(path) == "two\n")
    #expect(Self.entries(dir) == ["out.json"])
  }

  @Test func aSymbolicLinkIsFollowedAndKept() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "old".write(toFile: dir + "/real.txt", atomically: false, encoding: .utf8)
    #expect(symlink("real.txt", dir + "/link.txt") == 0)
    try OutputFile.write("new", to: dir + "/link.txt")
    #expect(Self.info(dir + "/link.txt").st_mode & S_IFMT == S_IFLNK)
    #expect(Self.contents(dir + "/real.txt") == "new")
    // A link to a file not made yet makes that file.
    #expect(symlink(dir + "/later.txt", dir + "/dangling") == 0)
    try OutputFile.write("made", to: dir + "/dangling")
    #expect(Self.contents(dir + "/later.txt") == "made")
    #expect(Self.entries(dir) == ["dangling", "later.txt", "link.txt", "real.txt"])
  }

  @Test func aSymbolicLinkLoopIsAPlainError() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(symlink("b", dir + "/a") == 0)
    #expect(symlink("a", dir + "/b") == 0)
    #expect(throws: OutputFile.WriteError(path: dir + "/a", reason: String(cString: strerror(ELOOP)))) {
      try OutputFile.write("x", to: dir + "/a")
    }
    #expect(Self.entries(dir) == ["a", "b"])
  }

  @Test func modeAndHardLinksAreKept() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/secret.yaml"
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    #expect(chmod(path, 0o600) == 0)
    #expect(link(path, dir + "/other-name.yaml") == 0)
    let before = Self.info(path)
    try OutputFile.write("new", to: path)
    let after = Self.info(path)
    #expect(after.st_mode & 0o777 == 0o600)
    #expect(after.st_ino == before.st_ino)
    #expect(after.st_nlink == 2)
    #expect(Self.contents(dir + "/other-name.yaml") == "new")
    #expect(Self.entries(dir) == ["other-name.yaml", "secret.yaml"])
    // One link: replaced by a rename, and still mode 600.
    #expect(unlink(dir + "/other-name.yaml") == 0)
    try OutputFile.write("newer", to: path)
    #expect(Self.info(path).st_mode & 0o777 == 0o600)
    #expect(Self.contents(path) == "newer")
  }

  @Test func aDeviceIsWrittenNotReplaced() throws {
    try OutputFile.write("discarded\n", to: "/dev/null")
    #expect(Self.info("/dev/null").st_mode & S_IFMT == S_IFCHR)
  }

  @Test func aFIFOIsStreamedInto() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let fifo = dir + "/pipe"
    #expect(mkfifo(fifo, 0o600) == 0)
    let text = String(repeating: "line of a long report\n", count: 20_000)  // more than a pipe holds
    // The reader runs on its own thread; opening the FIFO for writing waits for it.
    final class Box: @unchecked Sendable { var data = Data() }
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    Thread {
      box.data = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
      done.signal()
    }.start()
    try OutputFile.write(text, to: fifo)
    done.wait()
    #expect(String(decoding: box.data, as: UTF8.self) == text)
    #expect(Self.info(fifo).st_mode & S_IFMT == S_IFIFO)
    #expect(Self.entries(dir) == ["pipe"])
  }

  @Test func aDirectoryOrAnUnwritableFolderFailsCleanly() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(throws: OutputFile.WriteError(path: dir, reason: "it is a directory")) { try OutputFile.write("x", to: dir) }
    #expect(throws: OutputFile.WriteError.self) { try OutputFile.write("x", to: dir + "/no/such/f") }
    #expect(Self.entries(dir) == [])
  }

  @Test func aDiscardedWriterLeavesNothing() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "kept".write(toFile: dir + "/f", atomically: false, encoding: .utf8)
    do {
      let writer = try OutputFile.Writer(path: dir + "/f")
      try writer.write(String(repeating: "x", count: 200_000))
      #expect(Self.entries(dir).count == 2)
    }
    #expect(Self.entries(dir) == ["f"])
    #expect(Self.contents(dir + "/f") == "kept")
  }

  @Test func outputsMayNotBeInputsOrEachOther() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "{}".write(toFile: dir + "/a.json", atomically: false, encoding: .utf8)
    #expect(symlink("a.json", dir + "/alias.json") == 0)
    // An input, by its own name or through a link.
    #expect(throws: OutputFile.WriteError.self) {
      try OutputFile.checkDistinct(outputs: [.init(dir + "/a.json", as: "--out")], inputs: [dir + "/a.json"])
    }
    #expect(throws: OutputFile.WriteError.self) {
      try OutputFile.checkDistinct(outputs: [.init(dir + "/alias.json", as: "--out")], inputs: [dir + "/a.json"])
    }
    // Two outputs naming one new file, one of them by another spelling.
    #expect(throws: OutputFile.WriteError.self) {
      try OutputFile.checkDistinct(outputs: [.init(dir + "/x.csv", as: "--out"), .init(dir + "/./x.csv", as: "--paths-out")],
                                   inputs: [])
    }
    // Distinct files, /dev/null twice, and stdin as an input with stdout as the output are fine.
    try OutputFile.checkDistinct(outputs: [.init(dir + "/x.csv", as: "--out"), .init(dir + "/y.csv", as: "--paths-out")],
                                 inputs: [dir + "/a.json", "-"])
    try OutputFile.checkDistinct(outputs: [.init("/dev/null", as: "--out"), .init("/dev/null", as: "--svg"), .init("-", as: "x")],
                                 inputs: ["-"])
  }
}
