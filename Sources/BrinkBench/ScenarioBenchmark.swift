import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The scenario benchmark (issue 11): `brink solve FILE` beside `brink check FILE`
/// for every library scenario, run as the user runs them, so that the figures
/// include reading, solving and rendering, and the target "a solve within 5× of
/// its check" is read off one line.
///
/// Steps:
/// 1. Find the `brink` executable next to this one (the same build).
/// 2. For each `*.yaml` in `directory`, sorted: run `brink check FILE` and
///    `brink solve FILE` `repeats` times each, output discarded.
/// 3. Print the median wall time and the median CPU time (user + system of the
///    child, from `wait4`: on a shared machine the wall clock includes waiting for a
///    core) of each, and the ratio of the CPU medians.
///
/// - Returns: false when `brink` is missing or a command fails.
func runScenarioBenchmark(directory: String, repeats: Int = 5) -> Bool {
  let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
  let brink = here.appendingPathComponent("brink").path
  guard FileManager.default.isExecutableFile(atPath: brink) else {
    print("scenarios: error: no brink executable beside brink-bench (\(brink)); build it: swift build -c release")
    return false
  }
  guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
    print("scenarios: error: cannot list \(directory)")
    return false
  }
  print("scenarios: \(directory), median of \(repeats) runs each, load average \(loadAverage())")
  var ok = true
  for name in names.filter({ $0.hasSuffix(".yaml") }).sorted() {
    let file = (directory as NSString).appendingPathComponent(name)
    guard let check = timed(brink, ["check", file], repeats), let solve = timed(brink, ["solve", file], repeats) else {
      print("scenario solve: \(name): error: brink failed")
      ok = false
      continue
    }
    print(String(format: "scenario solve: %@ %8.1f ms CPU (%7.1f wall)   check %6.1f ms CPU (%6.1f wall)   solve/check %5.1f×",
                 pad(name, 30) as NSString, solve.cpu * 1e3, solve.wall * 1e3, check.cpu * 1e3, check.wall * 1e3,
                 solve.cpu / max(check.cpu, 1e-4)))
  }
  print("scenarios: load average \(loadAverage())")
  return ok
}

/// Median wall and CPU seconds of `repeats` runs of `executable arguments`; nil if one fails.
private func timed(_ executable: String, _ arguments: [String], _ repeats: Int) -> (wall: Double, cpu: Double)? {
  var walls = [Double](), cpus = [Double]()
  for _ in 0..<max(repeats, 1) {
    guard let run = runOnce(executable, arguments) else { return nil }
    walls.append(run.wall)
    cpus.append(run.cpu)
  }
  func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }
  return (median(walls), median(cpus))
}

/// One run, output to /dev/null: wall seconds and the child's CPU seconds; nil on failure.
func runOnce(_ executable: String, _ arguments: [String]) -> (wall: Double, cpu: Double)? {
  var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  let argv = ([executable] + arguments).map { strdup($0) } + [nil]
  defer { for p in argv { free(p) } }
  var pid: pid_t = 0
  let clock = ContinuousClock()
  let start = clock.now
  guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
  var status: Int32 = 0
  var usage = rusage()
  guard wait4(pid, &status, 0, &usage) == pid else { return nil }
  let elapsed = start.duration(to: clock.now)
  guard status == 0 else { return nil }
  let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6
    + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) * 1e-6
  return (wall, cpu)
}
