// libFuzzer target: the scenario reader and validator, and for files that read, the
// writer, the solver, the compiler and the simulator. An input whose first byte is
// below 0x10 is a structure-aware one: the rest of its bytes drive
// `ScenarioGenerator`, which writes a valid-ish scenario; any other input is read
// as the text of a scenario file as it is.
//
// What must hold: the text reads as a scenario or gives diagnostics, each pointing
// inside the text; a scenario that reads is written back (`ScenarioWriter.yaml`)
// as text that reads again and is written the same way a second time; it solves
// (or stops at its budget of cancellation checks), compiles and
// simulates without trapping.
//
// What an input may cost is bounded so that one takes microseconds to milliseconds
// (issue 16: 573 inputs a CPU-second, a few of them seconds each): exponents of
// 100 to 10,000 are cut to two digits (`SmallExponents`), the solve and the
// simulation run the first `maximumRounds` rounds (as `brink simulate --rounds`
// does), and a written scenario already read back once is not read again, nor a
// scenario already solved solved again, nor a text already run run again.
import BrinkCore
import BrinkFormats
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  RepeatCount.input()
  guard let data, size > 0, size <= 64 * 1024 else { return 0 }
  let text: String
  if data[0] < 0x10 {
    var generator = ScenarioGenerator(FuzzBytes(data + 1, size - 1))
    text = generator.yaml()
  } else {
    text = SmallExponents.text(data, size)
  }
  // A text already run reads, writes and solves as it did (`SeenBefore`).
  guard texts.insert(text) else {
    RepeatCount.repeatSkipped()
    return 0
  }
  let doc: ScenarioDocument
  do {
    doc = try ScenarioReader.read(text, file: "fuzz.yaml")
  } catch {
    checkDiagnostics(error, text)
    return 0
  }
  writeBack(doc)
  solveAndSimulate(doc)
  return 0
}

/// Every diagnostic renders and points at a line of the text.
func checkDiagnostics(_ error: DiagnosticList, _ text: String) {
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

/// The written scenarios already read back, which need no second reading: the
/// check is a function of the written text alone, and many inputs (those that
/// differ in bytes the generator does not read, or in comments and spacing) write
/// the same scenario. Emptied when full, so memory stays bounded (a few MB).
nonisolated(unsafe) var readBack = Set<String>()
let readBackLimit = 4096

/// What the REPL's `save` writes reads back, and is written the same way again.
func writeBack(_ doc: ScenarioDocument) {
  let written = ScenarioWriter.yaml(doc)
  if readBack.contains(written) { return }
  if readBack.count >= readBackLimit { readBack.removeAll(keepingCapacity: true) }
  readBack.insert(written)
  do {
    let again = try ScenarioReader.read(written, file: "written.yaml")
    if ScenarioWriter.yaml(again) != written { fatalError("writing the scenario again changed it:\n\(written)") }
  } catch {
    fatalError("the written scenario does not read: \(error)\n---\n\(written)")
  }
}

/// The budget of `solveAndSimulate`, in cancellation checks (`WorkBudget`) rather
/// than the 0.2 s of wall clock it once was, so an input stops at the same place
/// on a loaded machine; a generated scenario (4 states, 10 rounds at most) solves
/// well within it.
nonisolated(unsafe) let budget = WorkBudget(checks: 256, seconds: 2)

/// The rounds solved and simulated: the example of Docs/scenario-format.md has 6
/// and generated scenarios up to 12. Exact values grow with the rounds (each
/// round's mixed equilibria have the denominators of the next round's values), so
/// a generated scenario of 10 rounds spent seconds in big-integer arithmetic
/// within a single cancellation check; the paths that depend on the horizon (dated
/// events, windows, the last round) are reached in 6 rounds as well, with dates
/// and steps chosen by the generator.
let maximumRounds = 6

/// The scenarios (as cut to `maximumRounds`) already solved and simulated, which
/// need no second run: the solve, the compile and the 16 paths are a function of
/// the scenario alone (the budget counts checks, the seed is fixed), so a second
/// run takes the same path through the same code. Many inputs read as a scenario
/// seen before: libFuzzer's mutations of bytes the generator does not read, or of
/// comments, spacing and key order in a text. Emptied when full, as `readBack` is.
nonisolated(unsafe) let solvedBefore = SeenBefore<EscalationScenario>()
/// The texts already run (generated or as given, after `SmallExponents`).
nonisolated(unsafe) let texts = SeenBefore<String>()

/// `simulate`'s steps on a small budget: solve, compile, 16 paths, the summary.
func solveAndSimulate(_ doc: ScenarioDocument) {
  var doc = doc
  doc.scenario.calendar.rounds = min(doc.scenario.calendar.rounds, maximumRounds)
  guard solvedBefore.insert(doc.scenario) else { return }
  budget.start()
  let shouldContinue = budget.shouldContinue
  do {
    let solved = try EscalationSolver.solve(doc.scenario, needs: .strategies, shouldContinue: shouldContinue)
    let compiled = try solved.compiledScenario()
    let statistics = Simulator.run(compiled.ladder, paths: 16, seed: 1, shouldContinue: shouldContinue)
    if let problem = statistics.inconsistency() { fatalError("the simulator's own statistics are inconsistent: \(problem)") }
    _ = compiled.summary(statistics, scenario: doc.scenario)
  } catch {
    _ = "\(error)"
  }
}

runFuzzer(fuzzOne)
