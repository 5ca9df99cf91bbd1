// libFuzzer target: the Gambit .nfg reader. Any bytes must either parse or give
// diagnostics that render; a parsed game must survive a write/read round trip.
import BrinkCore
import BrinkFormats
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size <= 64 * 1024 else { return 0 }
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  do {
    let file = try NFGReader.parse(text, file: "fuzz.nfg")
    let again = try NFGReader.parse(NFGWriter.write(file), file: "round-trip.nfg")
    if again.game != file.game { fatalError("round trip changed the game") }
  } catch let list as DiagnosticList {
    if list.diagnostics.isEmpty { fatalError("an error without a diagnostic") }
    _ = list.description
  } catch {
    fatalError("unexpected error type: \(error)")
  }
  return 0
}

runFuzzer(fuzzOne)
