import Testing
import BrinkCore
@testable import BrinkREPL

@Suite struct BatchRunnerTests {
  func run(_ text: String, keepGoing: Bool = false) -> (status: Int32, out: String, err: String) {
    var out = "", err = ""
    let runner = BatchRunner(session: Session(), sourceName: "s.brink", keepGoing: keepGoing,
                             write: { out += $0 }, writeError: { err += $0 })
    let status = runner.run(text: text)
    return (status, out, err)
  }

  @Test func commentsAndBlankLinesAreSkipped() {
    let r = run("# a comment\n\nsolve # trailing\n")
    #expect(r.status == 0 && r.err == "" && r.out.hasPrefix("Nash equilibria (all extreme equilibria"))
  }

  @Test func firstFailureStopsWithFileAndLine() {
    let r = run("classify\nslove\nsolve\n")
    #expect(r.status == 1)
    #expect(r.err == "s.brink:2: error: unknown command 'slove'\n  did you mean 'solve'?\n  type 'help' for the list of commands\n")
    #expect(!r.out.contains("Nash"))
  }

  @Test func keepGoingRunsEverythingButStillFails() {
    let r = run("slove\nsolve\n", keepGoing: true)
    #expect(r.status == 1 && r.out.contains("Nash"))
  }

  @Test func quitStopsTheRun() {
    let r = run("quit\nsolve\n")
    #expect(r.status == 0 && r.out == "")
  }
}

@Suite struct LineEditorTests {
  @Test func stdinEditorReadsLinesThenEnds() {
    let editor = StdinLineEditor(lines: ["show", "solve\r"])
    #expect(editor.read(prompt: "> ") == .line("show"))
    #expect(editor.read(prompt: "> ") == .line("solve"))
    #expect(editor.read(prompt: "> ") == .endOfInput)
    #expect(!editor.isInteractive)
  }

  @Test func historyFileLocation() {
    #expect(LibEditLineEditor.HistorySettings.standard(environment: ["BRINK_HISTORY": "/x/h", "HOME": "/home/a"]).path == "/x/h")
    #expect(LibEditLineEditor.HistorySettings.standard(environment: ["HOME": "/home/a"]).path == "/home/a/.brink_history")
    #expect(LibEditLineEditor.HistorySettings.standard(environment: [:]).path == nil)
    #expect(LibEditLineEditor.HistorySettings.standard(environment: [:]).limit == 1000)
  }

  @Test func styleFollowsTerminalAndNoColor() {
    #expect(RenderStyle.detect(isTerminal: false, environment: [:]) == .plain)
    #expect(RenderStyle.detect(isTerminal: true, environment: ["NO_COLOR": "1"]) == .plain)
    #expect(RenderStyle.detect(isTerminal: true, environment: ["TERM": "xterm"]) == .terminal)
  }

  @Test func progressBar() {
    #expect(ProgressBar.render(done: 45, total: 100, width: 20) == "[#########...........]  45%")
    #expect(ProgressBar.render(done: 0, total: 0, width: 4) == "[####] 100%")
  }
}

/// The script's deadline (`--timeout`), in process: a deadline already passed
/// runs no line and ends with 124 and the message; a far one changes nothing.
@Suite struct BatchRunnerDeadlineTests {
  @Test func aPassedDeadlineRunsNothingAndEndsWith124() {
    var out = "", err = ""
    let runner = BatchRunner(session: Session(), sourceName: "<test>", deadline: Deadline(seconds: 0),
                             write: { out += $0 }, writeError: { err += $0 })
    #expect(runner.run(text: "solve\nshow\n") == 124)
    #expect(out == "")
    #expect(err == "brink: error: timed out after 0 s\n")
  }

  @Test func aFarDeadlineChangesNothing() {
    var out = "", err = ""
    let runner = BatchRunner(session: Session(), sourceName: "<test>", deadline: Deadline(seconds: 365 * 24 * 3600),
                             write: { out += $0 }, writeError: { err += $0 })
    #expect(runner.run(text: "solve\n") == 0)
    #expect(out.contains("Nash equilibria (all extreme equilibria, by vertex enumeration): 3"))
    #expect(err == "")
  }
}

/// The one progress bar: drawn in place, erased at the end, silent when disabled.
@Suite struct ProgressBarTests {
  @Test func drawsInPlaceAndErases() {
    var written = [String]()
    let bar = ProgressBar(label: "simulating", enabled: true, write: { written.append($0) })
    bar.update(done: 1, total: 4)
    bar.finish()
    bar.finish()  // nothing more to erase
    #expect(written == ["\rsimulating [#######.......................]  25% 1/4", "\r\u{1B}[2K"])
  }

  @Test func disabledDrawsNothing() {
    var written = [String]()
    let bar = ProgressBar(enabled: false, write: { written.append($0) })
    bar.update(done: 1, total: 4)
    bar.finish()
    #expect(written.isEmpty)
  }
}
