// libFuzzer target: REPL command lines run in a fresh session. Nothing may crash,
// and long commands are cut off through the session's cancellation check (the path
// Ctrl-C takes) after a budget counted in checks (`WorkBudget`), so an input stops
// at the same place however loaded the machine is. The target runs in a scratch
// folder, emptied before each input, so `save`, `export` and `record` write there
// and no input reads what an earlier one wrote.
//
// Sessions start on small games, so that every command gets past the solve and
// an input takes milliseconds (the default scenario's solve alone took most of a
// 0.5 s budget: 5 inputs a second). An input whose first byte is below 0x10 is a
// structure-aware one; that byte chooses the start and the rest are choices
// (`FuzzBytes`):
//
// | first byte | the session starts on |
// |---|---|
// | 0x00–0x07 | the example scenario of Docs/scenario-format.md (`ExampleScenario`) |
// | 0x08–0x0B | a scenario written by `ScenarioGenerator` from the next bytes (the example if it does not read) |
// | 0x0C–0x0E | a 2×2 or 3×3 game from the next bytes, loaded from a `.nfg` file (`load game.nfg`) |
// | 0x0F      | the default scenario, us-china-2025-10 |
//
// then up to 8 commands made from the command table and completion
// (`CommandSequence`). Any other input is up to 8 lines of text as typed, on the
// example scenario.
//
// `simulate` runs on one thread here (`Session.simulationThreads`): on two, the
// simulator asks its cancellation check every 50 ms of wall clock, so the budget
// of checks let one `simulate 10000000` run to the 2 s backstop; on one it asks
// between chunks of 4,096 paths, and the result is the same for any count.
import BrinkCore
import BrinkFormats
import BrinkREPL
import Foundation
import FuzzSupport

let defaultScenario = ScenarioReader.builtIn()
let example = try! ScenarioReader.read(ExampleScenario.text, file: "example.yaml")
/// The example solved once, as a session solves it on first use: sessions on the
/// example start with it (`Session(scenario:solved:)`) instead of each solving it
/// again, a third of the target's time when they did.
let exampleSolved = try! EscalationSolver.solve(example.scenario)
/// A fresh session on the example, its solve already done.
func exampleSession() -> Session { Session(scenario: example, solved: exampleSolved) }
/// On tmpfs when there is one (`ScratchFolder`): `save`, `export` and `record` write
/// through `OutputFile`, which `fsync`s, so a campaign does not write to the disk.
/// (Processor time did not change measurably: the REPL writes far less often than
/// the merge target, and `save`'s cost is reading the saved text back.)
let scratch = URL(fileURLWithPath: ScratchFolder.make("brink-fuzz-repl", temporary: FileManager.default.temporaryDirectory.path),
                  isDirectory: true)
_ = FileManager.default.changeCurrentDirectoryPath(scratch.path)
/// 128 checks a line: the example scenario solves in 66 (done before the session
/// starts, on the example itself; an edit makes the next command solve again) and
/// simulates 100 paths in 58; a sweep (a solve per point) or a long replay stops part way, through the
/// same path as Ctrl-C. A session on the default scenario gets 16: its checks are
/// about 2 ms apart (its solve takes 197), and with 128 its inputs, one in seven
/// of the corpus, took most of the target's time.
let checksPerLine = 128, checksPerLineOnTheDefault = 16
/// `simulate` asks between chunks of 4,096 paths (on one thread), so 128 checks let
/// one line run 524,288 paths, half the target's time (perf, 7 December 2026); 8
/// run 32,768, more than the default 10,000, so `simulate` alone finishes and a
/// larger count is cut off through the path Ctrl-C takes. Fewer cost coverage: with
/// 1 or 2 the default 10,000 no longer finishes, and the sample corpus reached about
/// 420 edges fewer (the whole report of a finished run; 7 December 2026, fourth pass).
let checksPerSimulateLine = 8
nonisolated(unsafe) let budget = WorkBudget(checks: checksPerLine, seconds: 2)
/// The checks a line gets in this input's session (`checksPerLine`, or
/// `checksPerLineOnTheDefault` on the default scenario).
nonisolated(unsafe) var lineChecks = checksPerLine
let simulateNames = Set(CommandTable.standard.lookup("simulate").map { [$0.name] + $0.aliases } ?? ["simulate"])
/// BRINK_FUZZ_TRACE=1 prints each line run, with its time and the checks it used,
/// to standard error: to see why an input is slow (`fuzz-repl FILE`).
let trace = ProcessInfo.processInfo.environment["BRINK_FUZZ_TRACE"] != nil

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  RepeatCount.input()
  guard let data, size > 0, size <= 4096 else { return 0 }
  emptyScratch()
  lineChecks = checksPerLine
  budget.start()
  if data[0] < 0x10 {
    if alreadyRun(data, size) {
      RepeatCount.repeatSkipped()
      return 0
    }
    var input = FuzzBytes(data + 1, size - 1)
    defer { remember(data, size, used: 1 + input.used) }
    let session = start(data[0], &input)
    session.shouldContinue = budget.shouldContinue
    session.simulationThreads = 1
    for _ in 0..<input.int(in: 1...8) where !input.isExhausted {
      let made = ContinuousClock.now
      let line = CommandSequence.line(&input, session: session)
      if trace { FileHandle.standardError.write(Data("\(ContinuousClock.now - made) to make the line\n".utf8)) }
      if run(line, in: session) { break }
    }
    _ = session.prompt
  } else {
    let session = exampleSession()
    session.shouldContinue = budget.shouldContinue
    session.simulationThreads = 1
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(8) {
      if run(String(line), in: session) { break }
    }
    _ = session.prompt
  }
  return 0
}

/// The generated inputs already run, each by the bytes it read (its first byte and
/// `FuzzBytes.used` more) and whether it read them all (the last key byte, 1):
/// a session is a function of the bytes it reads (the budget counts checks, the
/// scratch folder is emptied), so a later input that begins with the same bytes
/// and is longer than what was read (or, when all were read, is the same input)
/// runs the same session again (`SeenBefore`). libFuzzer makes many: most of its
/// mutations of a generated input change bytes after the last one read.
nonisolated(unsafe) let sessionsRun = SeenBefore<[UInt8]>(limit: 16384)
/// The lengths of the keys in `sessionsRun`, to look each one up.
nonisolated(unsafe) var lengthsRun = Set<Int>()

func key(_ data: UnsafePointer<UInt8>, _ n: Int, whole: Bool) -> [UInt8] {
  Array(UnsafeBufferPointer(start: data, count: n)) + [whole ? 1 : 0]
}

/// Whether the generated input `data` comes down to a session already run.
func alreadyRun(_ data: UnsafePointer<UInt8>, _ size: Int) -> Bool {
  for n in lengthsRun where n <= size {
    if n < size && sessionsRun.contains(key(data, n, whole: false)) { return true }
    if n == size && sessionsRun.contains(key(data, n, whole: true)) { return true }
  }
  return false
}

/// Records the session just run on `data`, which read its first `used` bytes.
func remember(_ data: UnsafePointer<UInt8>, _ size: Int, used: Int) {
  if lengthsRun.count > 4096 { lengthsRun.removeAll() }
  let n = min(used, size)
  _ = sessionsRun.insert(key(data, n, whole: n == size))
  lengthsRun.insert(n)
}

/// Runs one line on a fresh budget; true when it quits the session.
func run(_ line: String, in session: Session) -> Bool {
  let command = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map { $0.lowercased() } ?? ""
  budget.checks = simulateNames.contains(command) ? min(lineChecks, checksPerSimulateLine) : lineChecks
  budget.start()
  let start = ContinuousClock.now
  let quit = session.execute(line).quit
  if trace {
    FileHandle.standardError.write(Data("\(ContinuousClock.now - start) \(budget.used) checks: \(line)\n".utf8))
  }
  return quit
}

/// The session a generated input starts on (the table above).
func start(_ first: UInt8, _ input: inout FuzzBytes) -> Session {
  switch first {
  case 0x08...0x0B:
    var generator = ScenarioGenerator(input)
    let text = generator.yaml()
    input = generator.input
    guard let doc = try? ScenarioReader.read(text, file: "generated.yaml") else { return exampleSession() }
    return Session(scenario: doc)
  case 0x0C...0x0E:
    let session = Session()
    try? gameFile(&input).write(toFile: "game.nfg", atomically: false, encoding: .utf8)
    _ = run("load game.nfg", in: session)
    return session
  case 0x0F:
    lineChecks = checksPerLineOnTheDefault
    return Session(scenario: defaultScenario)
  default:
    return exampleSession()
  }
}

/// A 2×2 or 3×3 game (2×3, 3×2) in Gambit's format, payoffs −3…3, so ties and
/// degenerate games are common, as in the solvers target.
func gameFile(_ input: inout FuzzBytes) -> String {
  let m = input.int(in: 2...3), n = input.int(in: 2...3)
  let rows = ["hold", "raise", "talk"].prefix(m), columns = ["wait", "push", "deal"].prefix(n)
  // Outcomes with the row player's strategy changing fastest, each the two payoffs.
  let payoffs = (0..<(m * n * 2)).map { _ in String(input.int(in: 0...6) - 3) }
  return """
    NFG 1 R "generated" { "US" "China" }
    { { \(rows.map { "\"\($0)\"" }.joined(separator: " ")) } { \(columns.map { "\"\($0)\"" }.joined(separator: " ")) } }

    \(payoffs.joined(separator: " "))

    """
}

/// Removes what earlier inputs wrote.
func emptyScratch() {
  let fm = FileManager.default
  guard let names = try? fm.contentsOfDirectory(atPath: scratch.path), !names.isEmpty else { return }
  for name in names { try? fm.removeItem(atPath: scratch.appendingPathComponent(name).path) }
}

runFuzzer(fuzzOne)
