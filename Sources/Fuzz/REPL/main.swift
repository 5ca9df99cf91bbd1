// libFuzzer target: REPL command lines evaluated against the default scenario.
// Each input is a few lines, run in a fresh session; nothing may crash, and long
// commands are cut off through the session's cancellation check, the same path
// Ctrl-C takes. The target runs in a scratch folder, so `save`, `export` and `record`
// write there. An input whose first byte is below 0x10 is a structure-aware one: its
// bytes choose up to 8 commands and their arguments from the command table and
// completion (`CommandSequence`); any other input is up to 8 lines of text as typed.
import BrinkFormats
import BrinkREPL
import Foundation
import FuzzSupport

let scenario = ScenarioReader.builtIn()
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("brink-fuzz-repl-\(getpid())")
try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
_ = FileManager.default.changeCurrentDirectoryPath(scratch.path)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size > 0, size <= 4096 else { return 0 }
  let session = Session(scenario: scenario)
  let deadline = Date().addingTimeInterval(0.5)
  session.shouldContinue = { Date() < deadline }
  if data[0] < 0x10 {
    var input = FuzzBytes(data + 1, size - 1)
    for _ in 0..<input.int(in: 1...8) where !input.isExhausted {
      if session.execute(CommandSequence.line(&input, session: session)).quit { break }
    }
  } else {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(8) {
      if session.execute(String(line)).quit { break }
    }
  }
  _ = session.prompt
  return 0
}

runFuzzer(fuzzOne)
