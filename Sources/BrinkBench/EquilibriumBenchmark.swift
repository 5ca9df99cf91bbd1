import Foundation
import BrinkCore
import BrinkFormats

/// The issue-2 speed benchmark: random integer games n×n (payoffs uniform in
/// -10...10, fixed seed), per size the median time for all extreme equilibria
/// (exact vertex enumeration) and for one Lemke–Howson equilibrium (label 0).
///
/// Options (`BenchOptions`): `--sizes 4,6,8` (default 4,6,8,10,12), `--games N`
/// (default 21), `--seed S` (default 2010). The figures to beat (Gambit on this machine, per
/// game, median): enummixed 19 ms at 8×8 and 381 ms at 10×10 in floating point;
/// lcp 2 ms and 4.6 ms.
func runEquilibriumBenchmark(sizes: [Int], games: Int, seed: UInt64) {
  print("Two-player equilibria: random n×n games, payoffs uniform in -10...10, seed \(seed), \(games) games per size")
  print("Median wall-clock time per game, with the median CPU time of this thread in brackets")
  print("(the CPU figure is steadier when other processes share the machine).")
  print("size    all extreme equilibria      max          equilibria (mean)   Lemke–Howson")
  let clock = ContinuousClock()
  for n in sizes {
    // One stream per size, so a size's games do not depend on the other sizes listed.
    var rng = SplitMix64(seed: seed &* 1_000_003 &+ UInt64(n))
    var enumTimes = [Duration](), lhTimes = [Duration]()
    var enumCPU = [Duration](), lhCPU = [Duration]()
    var totalEquilibria = 0
    for _ in 0..<games {
      let a = (0..<n).map { _ in (0..<n).map { _ in Int.random(in: -10...10, using: &rng) } }
      let b = (0..<n).map { _ in (0..<n).map { _ in Int.random(in: -10...10, using: &rng) } }
      let game = Bimatrix(a: a, b: b)
      var found = [Equilibrium]()
      var cpu = threadCPUTime()
      enumTimes.append(clock.measure { found = VertexEnumeration.extremeEquilibria(of: game) })
      enumCPU.append(threadCPUTime() - cpu)
      totalEquilibria += found.count
      var one: Equilibrium? = nil
      cpu = threadCPUTime()
      lhTimes.append(clock.measure { one = LemkeHowson.solve(game, missingLabel: 0) })
      lhCPU.append(threadCPUTime() - cpu)
      precondition(one.map { found.contains($0) } ?? false, "Lemke–Howson end not among the extreme equilibria")
    }
    let mean = Double(totalEquilibria) / Double(games)
    print(pad("\(n)×\(n)", 8) + pad(ms(median(enumTimes)) + " [" + ms(median(enumCPU)) + "]", 28)
          + pad(ms(enumTimes.max()!), 13) + pad(String(format: "%.1f", mean), 20)
          + ms(median(lhTimes)) + " [" + ms(median(lhCPU)) + "]")
  }
}

/// CPU time consumed by the calling thread so far.
func threadCPUTime() -> Duration {
  var t = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
  return .seconds(t.tv_sec) + .nanoseconds(t.tv_nsec)
}

func median(_ values: [Duration]) -> Duration {
  let s = values.sorted()
  return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func ms(_ d: Duration) -> String {
  let c = d.components
  let millis = Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15
  return millis < 10 ? String(format: "%.3f ms", millis) : String(format: "%.1f ms", millis)
}

func pad(_ s: String, _ width: Int) -> String {
  s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
}

/// Degenerate games (ties everywhere), where a vertex has many bases. With
/// `gamesOut`, each game is also written there as `degenerate-NxN-K.nfg`, for
/// Tests/brinkTests/Gambit/time_enummixed.py. The figure to beat (issue 11: 10×
/// Gambit's floating-point enummixed): on these five 10×10 games pygambit 16.7's
/// enummixed took a median 838 ms and brink 40 ms, the same 277 equilibria
/// (crosscheck.py compares the sets exactly), measured back to back on a loaded machine.
func runDegenerateBenchmark(gamesOut: String?) {
  let clock = ContinuousClock()
  print("Degenerate games: payoffs uniform in 0...2 (seed 7, 5 games a size), and constant games")
  print("(the fingerprint hashes every equilibrium found: a change of method must keep it)")
  for n in [4, 6, 8, 10] {
    var rng = SplitMix64(seed: 7 &+ UInt64(n))
    var times = [Duration]()
    var count = 0
    var fingerprint = Fingerprint()
    for k in 0..<5 {
      let a = (0..<n).map { _ in (0..<n).map { _ in Int.random(in: 0...2, using: &rng) } }
      let b = (0..<n).map { _ in (0..<n).map { _ in Int.random(in: 0...2, using: &rng) } }
      if let gamesOut {
        let text = NFGWriter.write(Bimatrix(a: a, b: b).strategicGame, comment: "brink-bench degenerate \(n)x\(n) game \(k)")
        FileManager.default.createFile(atPath: "\(gamesOut)/degenerate-\(n)x\(n)-\(k).nfg", contents: Data(text.utf8))
      }
      var found = [Equilibrium]()
      times.append(clock.measure { found = VertexEnumeration.extremeEquilibria(of: Bimatrix(a: a, b: b)) })
      count += found.count
      for e in found { fingerprint.add(e.profile.flatMap { $0 }.map(\.description).joined(separator: ",")) }
    }
    print(pad("\(n)×\(n) 0...2", 14) + pad(ms(median(times)), 14) + "max " + pad(ms(times.max()!), 14)
          + pad("equilibria \(count)", 16) + "fingerprint \(fingerprint.hex)")
  }
  for n in [3, 4, 5, 6] {
    let c = [[Int]](repeating: [Int](repeating: 1, count: n), count: n)
    var count = 0
    let t = clock.measure { count = VertexEnumeration.extremeEquilibria(of: Bimatrix(a: c, b: c)).count }
    print(pad("\(n)×\(n) constant", 14) + pad(ms(t), 14) + "equilibria \(count)")
  }
}

/// Lemke–Howson alone on games too large to enumerate (20×20 to 60×60).
func runLargeLemkeHowsonBenchmark() {
  let clock = ContinuousClock()
  print("Lemke–Howson on large random games (payoffs in -10...10, 5 games per size, label 0)")
  for n in [20, 30, 45, 60] {
    var rng = SplitMix64(seed: 1964 &+ UInt64(n))
    var times = [Duration]()
    for _ in 0..<5 {
      let a = (0..<n).map { _ in (0..<n).map { _ in Int.random(in: -10...10, using: &rng) } }
      let b = (0..<n).map { _ in (0..<n).map { _ in Int.random(in: -10...10, using: &rng) } }
      times.append(clock.measure { _ = LemkeHowson.solve(Bimatrix(a: a, b: b)) })
    }
    print(pad("\(n)×\(n)", 8) + "median " + pad(ms(median(times)), 12) + "max " + ms(times.max()!))
  }
}

/// FNV-1a over text, to show that two runs found the same equilibria.
struct Fingerprint {
  var value: UInt64 = 0xcbf2_9ce4_8422_2325
  mutating func add(_ text: String) {
    for byte in text.utf8 + [0] { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
  }
  var hex: String { String(value, radix: 16) }
}
