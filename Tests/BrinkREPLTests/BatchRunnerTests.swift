import Testing
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
