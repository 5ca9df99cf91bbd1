// libFuzzer target: the solvers on small games decoded from the fuzzer's bytes.
// A differential target: every equilibrium that any solver reports must pass the
// exact best-response oracle, and every solver must agree with the all-extreme
// enumeration. Small payoff ranges make ties, and so degenerate games, common.
// The first two bytes give the shape (their low two bits) and the missing labels
// Lemke–Howson starts from (their other bits): one row label, one column label.
import BrinkCore
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size >= 2 else { return 0 }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let m = Int(bytes[0] % 4) + 1, n = Int(bytes[1] % 4) + 1
  var next = 2
  func payoff() -> Rational {
    defer { next += 1 }
    return next < bytes.count ? Rational(Int(bytes[next] % 7) - 3) : .zero
  }
  let a = (0..<m).map { _ in (0..<n).map { _ in payoff() } }
  let b = (0..<m).map { _ in (0..<n).map { _ in payoff() } }
  let labels = [Int(bytes[0] >> 2) % m, m + Int(bytes[1] >> 2) % n]
  SolverDifferential.check(Bimatrix(a: a, b: b), labels: labels)
  return 0
}

runFuzzer(fuzzOne)
