import Foundation
import Testing

/// Issue 5 end to end: `--timeout` on the batch commands (exit status 124),
/// input files that are not regular files, games too large to enumerate.
@Suite("reliability (end to end)")
struct ReliabilityCommandTests {
  /// A 14×14 game whose full enumeration takes far longer than a second.
  static func bigGame(_ n: Int) -> String {
    var numbers = [String]()
    for k in 0..<(2 * n * n) { numbers.append(String((k * 7919 + k * k * 31) % 199 - 99)) }
    return "NFG 1 R \"big\" { \"A\" \"B\" } { \(n) \(n) }\n\n" + numbers.joined(separator: " ") + "\n"
  }

  @Test("solve --timeout stops the enumeration, reports it incomplete, exit 124")
  func solveTimeout() throws {
    let path = try BrinkProcess.temporaryFile(Self.bigGame(14), name: "big.nfg")
    let started = Date()
    let run = try BrinkProcess.run(["solve", "--timeout", "1", path])
    #expect(run.status == 124)
    #expect(run.stderr == "brink: error: timed out after 1 s\n")
    #expect(run.stdout.contains("(interrupted: the list is incomplete)"))
    #expect(Date().timeIntervalSince(started) < 30)
  }

  @Test("brink -c and brink run --timeout stop the script, exit 124")
  func batchTimeout() throws {
    let path = try BrinkProcess.temporaryFile(Self.bigGame(14), name: "big.nfg")
    // The deadlines leave the load (milliseconds) ample time on a loaded machine;
    // enumerating the 14x14 game takes minutes, so the solve is always cut.
    let c = try BrinkProcess.run(["-c", "load \(path); solve; show", "--timeout", "3"])
    #expect(c.status == 124)
    #expect(c.stderr == "-c, command 2 (solve): error: interrupted; the session is unchanged\nbrink: error: timed out after 3 s\n")
    let script = try BrinkProcess.temporaryFile("load \(path)\nsolve\nshow\n", name: "s.brink")
    let r = try BrinkProcess.run(["run", script, "--timeout", "2.5", "--keep-going"])
    #expect(r.status == 124)
    #expect(r.stderr == "\(script):2: error: interrupted; the session is unchanged\nbrink: error: timed out after 2.5 s\n")
    // Quick work under a generous timeout is unaffected.
    #expect(try BrinkProcess.run(["-c", "solve", "--timeout", "60"]).status == 0)
  }

  @Test("simulate --timeout reports the paths done, exit 124")
  func simulateTimeout() throws {
    // A scenario that solves in milliseconds (the default one takes ~0.3 s in debug,
    // more on a loaded machine), held at the first progress report (inside the
    // sampling) until the deadline: the deadline never falls in the solve.
    let scenario = BrinkProcess.packageRoot.appendingPathComponent("Scenarios/prisoners-dilemma.yaml").path
    let run = try BrinkProcess.run(["simulate", scenario, "--paths", "1000000000", "--timeout", "1", "--json"],
                                   environment: ["BRINK_TEST_HOLD_UNTIL_INTERRUPT": "progress"])
    #expect(run.status == 124)
    let first = run.stderr.split(separator: "\n").first { $0 != BrinkProcess.holdLine } ?? ""
    #expect(first.hasPrefix("brink: error: timed out after 1 s: reporting the "))
    #expect(first.hasSuffix(" paths completed of 1000000000"))
    #expect(run.stdout.contains("\"pathsRequested\"") || run.stdout.contains("1000000000"))
  }

  @Test("a bad --timeout is a usage error")
  func badTimeout() throws {
    let run = try BrinkProcess.run(["solve", "--timeout", "0", BrinkProcess.fixture("prisoners-dilemma.nfg")])
    #expect(run.status == 2)
    #expect(run.stderr.contains("--timeout must be a positive number of seconds, not '0.0'"))
  }

  /// Issue 16: `cat /dev/zero | brink solve -` grew to the memory cap. The
  /// endless input comes from the shell (`head -c` stops once brink has gone).
  @Test("standard input is refused as soon as it passes the input limit")
  func endlessStandardInput() throws {
    let brink = try #require(BrinkProcess.executable).path
    let run = try BrinkProcess.run(["-c", "cat /dev/zero | '\(brink)' solve -; echo \"status $?\""], program: "/bin/sh")
    #expect(run.stderr == "<stdin>: error: the input is too large (more than 16 MiB)\n")
    #expect(run.stdout == "status 1\n")
  }

  /// The same input straight from the device (no pipe, no writer to stop): brink
  /// stops at the limit, and its peak memory is bounded by the limit, not by the
  /// machine (it grew to the memory cap before). The bound is generous: the 16 MiB
  /// buffer, its growth by doubling, and the runtime of a debug build.
  @Test("standard input from /dev/zero stops at the limit with bounded memory")
  func endlessStandardInputMemory() throws {
    let run = try BrinkProcess.measured(["solve", "-"], stdinPath: "/dev/zero")
    #expect(run.status == 1)
    #expect(run.stderr == "<stdin>: error: the input is too large (more than 16 MiB)\n")
    #expect(run.peakKiB < 256 * 1024, "peak memory \(run.peakKiB / 1024) MiB")
  }

  @Test("control characters in a file name are escaped in the messages")
  func controlCharactersEscaped() throws {
    let check = try BrinkProcess.run(["check", "/no/such/a\u{1B}[31mb\u{7}.yaml"])
    #expect(check.status == 1)
    #expect(check.stderr.hasPrefix("/no/such/a\\u{1B}[31mb\\u{7}.yaml:1:1: error: cannot read the file: no such file\n"), "\(check.stderr)")
    #expect(!check.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 7 })
    let solve = try BrinkProcess.run(["solve", "/no/such/\u{1B}]0:x\u{7}.nfg"])
    #expect(!solve.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 7 })
  }

  @Test("a loop of symbolic links is a plain reason, not a Foundation error code")
  func symbolicLinkLoop() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brink-loop-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let a = folder.appendingPathComponent("a.yaml").path, b = folder.appendingPathComponent("b.yaml").path
    #expect(symlink(b, a) == 0 && symlink(a, b) == 0)
    let check = try BrinkProcess.run(["check", a])
    #expect(check.status == 1)
    #expect(check.stderr.hasPrefix("\(a):1:1: error: cannot read the file: too many levels of symbolic links\n"))
    let out = try BrinkProcess.run(["simulate", "--paths", "5", "--out", a])
    #expect(out.status == 1)
    #expect(out.stderr == "\(a): error: cannot write the file: Too many levels of symbolic links\n")
  }

  @Test("device files are refused by run, solve, check and merge")
  func deviceFiles() throws {
    let run = try BrinkProcess.run(["run", "/dev/zero"])
    #expect(run.status == 1)
    #expect(run.stderr == "/dev/zero: error: cannot read the file: it is a character device, not a regular file\n")
    let solve = try BrinkProcess.run(["solve", "/dev/zero"])
    #expect(solve.status == 1)
    #expect(solve.stderr == "/dev/zero: error: cannot read the file: it is a character device, not a regular file\n")
    let check = try BrinkProcess.run(["check", "/dev/zero"])
    #expect(check.status == 1)
    #expect(check.stderr.contains("/dev/zero:1:1: error: cannot read the file: it is a character device, not a regular file"))
    let merge = try BrinkProcess.run(["merge", "/dev/zero"])
    #expect(merge.status == 1)
    #expect(merge.stderr == "/dev/zero: error: cannot read the file: it is a character device, not a regular file\n")
  }

  @Test("solve refuses to enumerate a 30x30 game and points to Lemke–Howson")
  func tooLarge() throws {
    let path = try BrinkProcess.temporaryFile(Self.bigGame(30), name: "big30.nfg")
    let run = try BrinkProcess.run(["solve", path])
    #expect(run.status == 1)
    #expect(run.stderr == "\(path): error: the game is too large to enumerate all its equilibria (30x30; the limit is 15 strategies on the smaller side); use Lemke–Howson for one equilibrium: brink solve --method lh FILE\n")
    let lh = try BrinkProcess.run(["solve", "--method", "lh", path])
    #expect(lh.status == 0)
  }
}
