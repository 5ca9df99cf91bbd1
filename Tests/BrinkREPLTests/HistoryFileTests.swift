import Foundation
import Glibc
import Testing

@testable import BrinkREPL

/// The history file is checked before it is read, read in both formats, and
/// appended to under a lock by every session (issue 16: nothing typed is lost).
@Suite struct HistoryFileTests {
  func scratch() -> String {
    var template = Array("/tmp/brink-history-XXXXXX".utf8CString)
    return String(cString: mkdtemp(&template)!)
  }

  @Test func missingAndSmallFilesAreUsable() throws {
    let dir = scratch()
    #expect(HistoryFile.problem(at: dir + "/none") == nil)
    let path = dir + "/hist"
    let f = try #require(fopen(path, "w"))
    fputs("_HiStOrY_V2_\nsolve\n", f)
    fclose(f)
    #expect(HistoryFile.problem(at: path) == nil)
  }

  @Test func specialAndOversizedFilesAreRefused() throws {
    let dir = scratch()
    #expect(mkfifo(dir + "/fifo", 0o600) == 0)
    #expect(HistoryFile.problem(at: dir + "/fifo") == "the history file '\(dir)/fifo' is not a regular file; history is not loaded or saved")
    #expect(HistoryFile.problem(at: dir)?.contains("is not a regular file") == true)
    let big = dir + "/big"
    let fd = open(big, O_WRONLY | O_CREAT, 0o600)
    #expect(ftruncate(fd, 4097) == 0)
    close(fd)
    #expect(HistoryFile.problem(at: big, maximumBytes: 4096)?.contains("is 4097 bytes, over the") == true)
    #expect(HistoryFile.problem(at: big, maximumBytes: 4097) == nil)
  }

  @Test func unreadableFilesAndMissingFoldersAreReported() throws {
    let dir = scratch()
    #expect(HistoryFile.problem(at: dir + "/no/such/folder/hist")?.hasPrefix("cannot save the history in '\(dir)/no/such/folder/hist': No such file or directory") == true)
    guard geteuid() != 0 else { return }  // root reads everything
    let path = dir + "/hist"
    #expect(close(open(path, O_CREAT | O_WRONLY, 0o200)) == 0)
    #expect(HistoryFile.problem(at: path)?.contains("Permission denied") == true)
  }

  @Test func plainAndLibeditFormatsAreRead() throws {
    #expect(HistoryCodec.decode("solve\nset payoff a b US 3\n\n") == ["solve", "set payoff a b US 3"])
    #expect(HistoryCodec.decode("_HiStOrY_V2_\nset\\040payoff\\040a\\\\b\nx\\sy\\^I\\M-C\\M-!\n")
            == ["set payoff a\\b", "x y\t\u{E1}"])
    for entry in ["simple", "with space", "back\\slash", "tab\there", "ünïcode ✓", "\u{1B}[31m"] {
      #expect(HistoryCodec.decode(HistoryCodec.header + "\n" + HistoryCodec.encode(entry, libedit: true) + "\n") == [entry])
    }
  }

  @Test func appendsKeepEveryLineAndTheLink() throws {
    let dir = scratch()
    let real = dir + "/real", link = dir + "/hist"
    #expect(symlink(real, link) == 0)
    // Two stores on one file, as two sessions: neither wipes the other's lines.
    let a = HistoryStore(path: link, limit: 100), b = HistoryStore(path: link, limit: 100)
    #expect(a.load() == [] && b.load() == [])
    for i in 0..<5 {
      #expect(a.append("a \(i)") == nil)
      #expect(b.append("b \(i)") == nil)
    }
    var info = stat()
    #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
    let all = HistoryStore(path: link, limit: 100).load()
    #expect(all == (0..<5).flatMap { ["a \($0)", "b \($0)"] })
    #expect(try directoryEntries(dir) == ["hist", "real"])
    // A plain file is appended to as plain lines, its own lines kept.
    let plain = dir + "/plain"
    let f = try #require(fopen(plain, "w"))
    fputs("load chicken\nsolve\n", f)
    fclose(f)
    let store = HistoryStore(path: plain, limit: 100)
    #expect(store.load() == ["load chicken", "solve"])
    #expect(store.append("show") == nil)
    #expect(HistoryStore(path: plain, limit: 100).load() == ["load chicken", "solve", "show"])
  }

  @Test func theFileIsCompactedToItsLimit() throws {
    let path = scratch() + "/hist"
    let store = HistoryStore(path: path, limit: 3)
    for i in 0..<7 { #expect(store.append("line \(i)") == nil) }
    // Past twice the limit it keeps the last three; below that, every line.
    #expect(HistoryCodec.decode(try String(contentsOfFile: path)) == ["line 4", "line 5", "line 6"])
    #expect(store.load() == ["line 4", "line 5", "line 6"])
  }

  @Test func aFailureIsReportedOnce() {
    let store = HistoryStore(path: scratch() + "/missing/hist", limit: 10)
    #expect(store.append("x")?.contains("No such file or directory") == true)
    #expect(store.append("y") == nil)
  }

  func directoryEntries(_ dir: String) throws -> [String] {
    let d = try #require(opendir(dir))
    defer { closedir(d) }
    var names = [String]()
    while let e = readdir(d) {
      let name = withUnsafeBytes(of: e.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }
}
