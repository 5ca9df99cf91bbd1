// libFuzzer target: the scenario reader and validator. Any bytes must either read
// as a scenario or give diagnostics, each pointing inside the text.
import BrinkFormats
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size <= 64 * 1024 else { return 0 }
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  do {
    _ = try ScenarioReader.read(text, file: "fuzz.yaml")
  } catch {
    if error.diagnostics.isEmpty { fatalError("an error without a diagnostic") }
    // Lines as YAML counts them: CR LF, LF and a lone CR each end one.
    var lines = 1
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
      if scalar == "\r" || (scalar == "\n" && previous != "\r") { lines += 1 }
      previous = scalar
    }
    for d in error.diagnostics where d.location.line < 1 || d.location.line > lines + 1 || d.location.column < 1 {
      fatalError("diagnostic outside the text: \(d)")
    }
    _ = error.description
  }
  return 0
}

runFuzzer(fuzzOne)
