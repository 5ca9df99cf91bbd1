// libFuzzer target: the Gambit .nfg reader. Any bytes must either parse or give
// diagnostics that render; a parsed game must survive a write/read round trip.
// Exponents of 100 to 10,000 are cut to two digits first (`SmallExponents`:
// exact powers of ten that large were nearly all of the target's time).
import BrinkCore
import BrinkFormats
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size <= 64 * 1024 else { return 0 }
  let text = SmallExponents.text(data, size)
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
