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
/// 2. For each file `brink solve` reads in `directory` (`*.yaml`, `*.yml`, and the
///    Gambit games `*.efg`, `*.nfg`), sorted: run `brink check FILE` (scenarios
///    only: `check` reads no games), `brink solve FILE` and `brink solve --json
///    FILE` `repeats` times each, output discarded.
/// 3. Print the best (least) CPU time of each (user + system of the child, from
///    `wait4`: on a shared machine the wall clock includes waiting for a core, and
///    the least CPU time is the one least disturbed by the other processes), the
///    median wall time of the solve, and the ratios `solve/check` and `json/check`
///    of the best CPU times (the target of issue 11: at most 5×).
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
  print("scenarios: \(directory), best CPU of \(repeats) runs each, load average \(loadAverage())")
  var ok = true
  let solvable = [".yaml", ".yml", ".efg", ".nfg"]
  for name in names.filter({ n in solvable.contains { n.hasSuffix($0) } }).sorted() {
    let file = (directory as NSString).appendingPathComponent(name)
    let isScenario = name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    let check = isScenario ? timed(brink, ["check", file], repeats) : nil
    guard !isScenario || check != nil, let solve = timed(brink, ["solve", file], repeats),
      let json = timed(brink, ["solve", "--json", file], repeats)
    else {
      print("scenario solve: \(name): error: brink failed")
      ok = false
      continue
    }
    let checkText = check.map { String(format: "check %6.1f ms CPU", $0.cpu * 1e3) } ?? "check    (a game)"
    let ratios = check.map {
      String(format: "solve/check %5.1f×  json/check %5.1f×", solve.cpu / max($0.cpu, 1e-4), json.cpu / max($0.cpu, 1e-4))
    } ?? ""
    print(String(format: "scenario solve: %@ %8.1f ms CPU (%7.1f wall)   json %8.1f ms CPU   %@   %@",
                 pad(name, 30) as NSString, solve.cpu * 1e3, solve.wall * 1e3, json.cpu * 1e3,
                 checkText as NSString, ratios as NSString))
  }
  print("scenarios: load average \(loadAverage())")
  return ok
}

/// The median wall seconds and the least CPU seconds of `repeats` runs of
/// `executable arguments`; nil if one fails.
private func timed(_ executable: String, _ arguments: [String], _ repeats: Int) -> (wall: Double, cpu: Double)? {
  var walls = [Double](), cpus = [Double]()
  for _ in 0..<max(repeats, 1) {
    guard let run = runOnce(executable, arguments) else { return nil }
    walls.append(run.wall)
    cpus.append(run.cpu)
  }
  return (walls.sorted()[walls.count / 2], cpus.min()!)
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
