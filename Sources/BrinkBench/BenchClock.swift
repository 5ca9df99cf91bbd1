import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// What every timed section measures with: the best of several runs with its
// process CPU time beside the wall clock (the machine may be shared: the wall
// clock then includes time spent waiting for a core, CPU time does not), the load
// average and the peak resident memory.

/// The fastest of `repeats` runs of `work`: its result, wall seconds, CPU seconds.
func best<T>(of repeats: Int, _ work: () -> T) -> (result: T, wall: Double, cpu: Double) {
  var fastest: (result: T, wall: Double, cpu: Double)?
  for _ in 0..<max(repeats, 1) {
    let clock = ContinuousClock()
    var result: T?
    let cpuBefore = cpuSeconds()
    let elapsed = clock.measure { result = work() }
    let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let cpu = cpuSeconds() - cpuBefore
    if fastest == nil || wall < fastest!.wall { fastest = (result!, wall, cpu) }
  }
  return fastest!
}

func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(rusageSelf, &usage)
  return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6
    + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) * 1e-6
}

func loadAverage() -> String {
  var loads = [0.0, 0.0, 0.0]
  let n = getloadavg(&loads, 3)
  return n == 3 ? String(format: "%.2f %.2f %.2f", loads[0], loads[1], loads[2]) : "unknown"
}

#if os(Linux)
  let rusageSelf = RUSAGE_SELF.rawValue
#else
  let rusageSelf = RUSAGE_SELF
#endif

/// Peak resident set size in kilobytes (Linux reports `ru_maxrss` in KiB).
func peakMemoryKilobytes() -> Int {
  var usage = rusage()
  getrusage(rusageSelf, &usage)
  return Int(usage.ru_maxrss)
}
