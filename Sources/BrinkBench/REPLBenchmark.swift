import BrinkFormats
import BrinkREPL
import Foundation

/// The REPL benchmark (issue 11: "every REPL command on every library scenario
/// answers in under 100 ms, or shows progress and can be stopped keeping its
/// partial result"): each command a user types after `load FILE`, run in-process on
/// a fresh session per command, so that one command's cached solve does not make
/// the next look fast.
///
/// Steps:
/// 1. For each `*.yaml` in `directory`, sorted: read it once (`ScenarioReader`).
/// 2. For each command of `commands`: a new `Session` on the scenario, the command
///    run `repeats` times on new sessions, the fastest kept (`best(of:)`).
/// 3. Print one line per scenario and command: wall and CPU ms, `over 100 ms` when
///    the wall time passes the bound, or the command's error (a command that does
///    not apply to the scenario, e.g. `replay` without a history).
///
/// - Returns: false when a scenario cannot be read.
func runREPLBenchmark(directory: String, repeats: Int = 3) -> Bool {
  guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
    print("repl: error: cannot list \(directory)")
    return false
  }
  print("repl: \(directory), each command on a fresh session after load, best of \(repeats), load average \(loadAverage())")
  var ok = true
  var slow = [String]()
  for name in names.filter({ $0.hasSuffix(".yaml") }).sorted() {
    let file = (directory as NSString).appendingPathComponent(name)
    guard let doc = try? ScenarioReader.read(contentsOf: file) else {
      print("repl: \(name): error: cannot read the scenario")
      ok = false
      continue
    }
    for command in replCommands {
      let run = best(of: repeats) { () -> CommandResult in
        let session = Session(scenario: doc)
        return session.execute(command)
      }
      let flag: String
      if let error = run.result.error {
        flag = "error: \(error.message)"
      } else if run.wall > 0.1 {
        flag = "over 100 ms"
        slow.append("\(name) \(command)")
      } else {
        flag = ""
      }
      print(String(format: "repl: %@ %@ %8.1f ms (%7.1f CPU)  %@", pad(name, 30) as NSString,
                   pad(command, 22) as NSString, run.wall * 1e3, run.cpu * 1e3, flag as NSString))
    }
  }
  print("repl: \(slow.count) over 100 ms\(slow.isEmpty ? "" : ": " + slow.joined(separator: "; "))")
  print("repl: load average \(loadAverage())")
  return ok
}

/// The commands timed, as typed (`Docs/commands.md`): the ones that read the whole
/// scenario, with their default arguments.
let replCommands = [
  "show", "solve", "explain", "classify", "simulate", "replay", "forecast", "sweep discount 1/2 1",
]
