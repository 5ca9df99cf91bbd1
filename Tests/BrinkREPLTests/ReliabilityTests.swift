import BrinkCore
import BrinkFormats
import Glibc
import Testing
@testable import BrinkREPL

/// Issue 5 in the REPL: bounded input, size limits with messages, `save` that
/// will not overwrite outside edits, interruption that keeps the session.
@Suite struct ReliabilityTests {
  /// An n×m `.nfg` game with varied integer payoffs (no ties to speak of).
  static func nfg(_ n: Int, _ m: Int) -> String {
    var numbers = [String]()
    for j in 0..<m { for i in 0..<n { numbers += ["\((i * 37 + j * 11) % 53 - 26)", "\((i * 17 + j * 29) % 47 - 23)"] } }
    return "NFG 1 R \"big \(n)x\(m)\" { \"A\" \"B\" } { \(n) \(m) }\n\n" + numbers.joined(separator: " ") + "\n"
  }

  @Test func loadRefusesDevZeroAtOnce() {
    let s = Session()
    let r = s.execute("load /dev/zero")
    #expect(r.error?.message == "cannot load '/dev/zero':\n/dev/zero:1:1: error: cannot read the file: it is a character device, not a regular file")
    #expect(s.name == "chicken")
    #expect(s.execute("load /dev/null.nfg").error != nil)
  }

  /// Issue 16: NUL and escape characters were echoed raw in error messages.
  @Test func controlCharactersInEchoedInputAreEscaped() {
    let s = Session()
    let r = s.execute("load x\u{1B}]0:pwned\u{07}\u{1B}[2J\u{0}y")
    let rendered = r.error?.rendered ?? ""
    #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(rendered.contains("x\\u{1B}]0:pwned\\u{7}\\u{1B}[2J\\0y"), "\(rendered)")
    #expect("a\tb\nc\u{9B}".escapingControlCharacters == "a\tb\nc\\u{9B}")
    let diagnostic = Diagnostic(at: SourceLocation(file: "f\u{1B}.yaml", line: 1, column: 4), "bad '\u{1B}'")
    #expect(diagnostic.rendered(source: "a\u{1B}bc") == "f\\u{1B}.yaml:1:4: error: bad '\\u{1B}'\n  a\\u{1B}bc\n          ^")
  }

  @Test func aLineOverTheLimitIsRefused() {
    let s = Session()
    let r = s.execute("#" + String(repeating: "x", count: Session.maximumLineLength))
    #expect(r.error?.message == "line too long (10001 bytes; the limit is 10000)")
    #expect(s.execute("#" + String(repeating: "x", count: Session.maximumLineLength - 1)).error == nil)
    #expect(s.lines.count == 0)
  }

  @Test func solveRefusesAGameTooLargeToEnumerate() throws {
    let dir = try TemporaryDirectory()
    try writeFile(dir.path + "/big.nfg", Self.nfg(16, 30))
    let s = Session()
    #expect(s.execute("load \(dir.path)/big.nfg").output == "Loaded \(dir.path)/big.nfg: 16x30 game between A and B.")
    #expect(s.execute("solve").error?.message == "the game is too large to enumerate all its equilibria (16x30; the limit is 15 strategies on the smaller side); use Lemke–Howson for one equilibrium: brink solve --method lh FILE")
    #expect(throws: GameSizeLimits.TooLarge.self) {
      _ = try GameAnalysis.compute(try NFGReader.parse(Self.nfg(30, 16)).game, method: .all)
    }
    // Lemke–Howson still answers, and a 15-wide game is not refused.
    #expect(try GameAnalysis.compute(try NFGReader.parse(Self.nfg(30, 30)).game, method: .lh).equilibria?.count == 1)
    #expect(GameSizeLimits.enumerationRefusal(rows: 15, columns: 200) == nil)
  }

  @Test func loadRefusesAGameTooLargeForTheREPL() throws {
    let dir = try TemporaryDirectory()
    try writeFile(dir.path + "/huge.nfg", Self.nfg(201, 2))
    let s = Session()
    #expect(s.execute("load \(dir.path)/huge.nfg").error?.message == "'\(dir.path)/huge.nfg' is a 201x2 game; the REPL explores games of up to 200 strategies a side (use 'brink solve --method lh \(dir.path)/huge.nfg' for larger ones)")
    #expect(s.name == "chicken")
  }

  @Test func anInterruptedSolveKeepsEditsAndUndo() throws {
    let dir = try TemporaryDirectory()
    try writeFile(dir.path + "/g.nfg", Self.nfg(12, 12))
    let s = Session()
    #expect(s.execute("load \(dir.path)/g.nfg").error == nil)
    #expect(s.execute("set payoff 1 1 A 99").error == nil)
    s.shouldContinue = { false }
    #expect(s.execute("solve").error?.message == "interrupted; the session is unchanged")
    s.shouldContinue = { true }
    #expect(s.game.a[0][0] == Rational(99))
    #expect(s.execute("undo").error == nil)
    #expect(s.game.a[0][0] != Rational(99))
  }

  @Test func anInterruptedSweepKeepsTheSession() {
    let s = Session()
    #expect(s.execute("set payoff Yield Yield US 1/2").error == nil)
    s.shouldContinue = { false }
    #expect(s.execute("sweep payoff Escalate Escalate US -20 5").error?.message == "interrupted; the session is unchanged")
    s.shouldContinue = { true }
    #expect(s.execute("sweep payoff Escalate Escalate US -20 5").output.hasPrefix("Sweeping US's payoff"))
    #expect(s.execute("undo").output.hasPrefix("Undid set payoff"))
  }

  @Test func saveRefusesAFileChangedOnDiskSinceLoad() throws {
    let dir = try TemporaryDirectory()
    let path = dir.path + "/s.yaml"
    let s = Session(scenario: ScenarioReader.builtIn())
    #expect(s.execute("save \(path)").error == nil)
    #expect(s.execute("load \(path)").error == nil)
    #expect(s.execute("save \(path)").error == nil)  // unchanged since: fine
    // Someone edits the file in another editor.
    let edited = try readFile(path) + "# edited elsewhere\n"
    try writeFile(path, edited)
    let r = s.execute("save \(path)")
    #expect(r.error?.message == "'\(path)' has changed on disk since it was loaded or last saved; use 'save --force \(path)' to overwrite it")
    #expect(try readFile(path) == edited)
    #expect(s.execute("save --force \(path)").output == "Saved us-china-2025-10 to \(path).")
    #expect(try readFile(path) != edited)
    #expect(s.execute("save \(path)").error == nil)  // the forced save is the new baseline
    #expect(s.execute("save \(path) --force").error == nil)
    #expect(s.execute("save --force").error?.message == "missing argument")
  }

  @Test func saveLeavesNoTemporaryFileBehind() throws {
    let dir = try TemporaryDirectory()
    let s = Session(scenario: ScenarioReader.builtIn())
    #expect(s.execute("save \(dir.path)/a.yaml").error == nil)
    #expect(s.execute("export nfg \(dir.path)/a.nfg").error == nil)
    #expect(s.execute("record \(dir.path)/a.brink").error == nil)
    #expect(s.execute("set seed 5").error == nil)
    #expect(try readFile(dir.path + "/a.brink") == "# brink transcript\nset seed 5\n")
    #expect(DirectoryListing.entries(dir.path)?.sorted() == ["a.brink", "a.nfg", "a.yaml"])
    #expect(s.execute("save /no/such/dir/a.yaml").error?.message == "cannot write '/no/such/dir/a.yaml': No such file or directory")
  }
}
