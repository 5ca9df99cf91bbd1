import Glibc
import Testing

@testable import BrinkREPL

/// The history file is checked before libedit reads it and saved through a rename.
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

  @Test func saveReplacesTheFileOnlyWhenTheWriteWorked() throws {
    let dir = scratch()
    let path = dir + "/hist"
    let write: (String, String) -> Bool = { text, to in
      guard let f = fopen(to, "w") else { return false }
      fputs(text, f)
      fclose(f)
      return true
    }
    #expect(HistoryFile.saveAtomically(to: path) { write("one\n", $0) })
    // A save that fails part-way leaves the previous history whole, and no temporary file.
    #expect(!HistoryFile.saveAtomically(to: path) { _ = write("half", $0); return false })
    let f = try #require(fopen(path, "r"))
    var buffer = [CChar](repeating: 0, count: 16)
    _ = fgets(&buffer, 16, f)
    fclose(f)
    #expect(String(cString: buffer) == "one\n")
    let entries = try directoryEntries(dir)
    #expect(entries == ["hist"])
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
