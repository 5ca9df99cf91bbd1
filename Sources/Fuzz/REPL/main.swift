// libFuzzer target: REPL command lines evaluated against the default scenario.
// Each input is a few lines, run in a fresh session; nothing may crash, and long
// commands are cut off through the session's cancellation check, the same path
// Ctrl-C takes. The target runs in a scratch folder, so `save`, `export` and `record`
// write there.
import BrinkFormats
import BrinkREPL
import Foundation
import FuzzSupport

let scenario = ScenarioReader.builtIn()
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("brink-fuzz-repl-\(getpid())")
try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
FileManager.default.changeCurrentDirectoryPath(scratch.path)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size <= 4096 else { return 0 }
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let session = Session(scenario: scenario)
  let deadline = Date().addingTimeInterval(0.5)
  session.shouldContinue = { Date() < deadline }
  for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(8) {
    if session.execute(String(line)).quit { break }
  }
  _ = session.prompt
  return 0
}

runFuzzer(fuzzOne)
