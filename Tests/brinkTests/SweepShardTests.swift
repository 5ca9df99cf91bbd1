import Foundation
import Testing

/// `brink sweep` from the shell, and split over shards (Docs/scaling.md): each
/// shard runs as a separate process that finds its share in the scheduler's
/// variables, and `brink merge` prints exactly the single run's output.
///
/// The scenario is the summit of the REPL's sweep tests
/// (`Tests/BrinkREPLTests/SweepCommandTests.swift`): with p = 1/2, attending pays
/// from δ = 4/5, so `sweep discount 1/10 1` has one break, located by bisection;
/// with two rounds (a failed summit is tried again) `sweep probability` is located
/// by bisection too.
@Suite("brink sweep, --shard and brink merge")
struct SweepShardTests {
  static func summit(again: Bool = false) -> String {
    """
    format: brink-scenario/1
    name: summit
    title: Whether to attend a summit
    sources:
      - {id: made-up, note: A test scenario; every number is invented.}
    players:
      US:
        moves: {attend: {posture: hold}, skip: {posture: hold}}
      China:
        moves: {attend: {posture: hold}, skip: {posture: hold}}
    calendar: {start: 2025-10-13, step: 7, rounds: \(again ? 2 : 1)}
    discount: 1
    states:
      summit:
        moves: {US: [attend, skip], China: [attend, skip]}
        payoffs:
          attend: [[-4, -4], [-4, 0]]
          skip:   [[0, -4], [0, 0]]
        transitions:
          attend/attend: {deal: 1/2, ELSE: 1/2}
          any/any: nodeal
      deal: {terminal: true, value: [10, 10]}
    \(again ? "" : "  collapse: {terminal: true, value: [0, 0]}\n")  nodeal: {terminal: true, value: [0, 0]}
    behaviour:
      US: {model: equilibrium, select: payoff-dominant}
      China: {model: equilibrium, select: payoff-dominant}
    """.replacingOccurrences(of: "ELSE", with: again ? "summit" : "collapse")
  }

  let folder: URL
  let file: String
  let twoRounds: String

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("brink-sweep-shards-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    file = folder.appendingPathComponent("summit.yaml").path
    try Self.summit().write(toFile: file, atomically: true, encoding: .utf8)
    twoRounds = folder.appendingPathComponent("summit-again.yaml").path
    try Self.summit(again: true).write(toFile: twoRounds, atomically: true, encoding: .utf8)
  }

  static let noArray = ["SLURM_ARRAY_TASK_ID": "", "JOB_COMPLETION_INDEX": ""]

  /// Slurm `--array=1-n`: task k of n.
  static func slurm(_ k: Int, of n: Int) -> [String: String] {
    ["SLURM_ARRAY_TASK_ID": "\(k)", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_MAX": "\(n)",
     "SLURM_ARRAY_TASK_COUNT": "\(n)", "JOB_COMPLETION_INDEX": ""]
  }

  /// Runs `brink sweep FILE sweep... --shard shard` once per environment; the shard files.
  func shards(_ file: String, _ sweep: [String], shard: String, _ environments: [[String: String]],
              name: String) throws -> [String] {
    try environments.enumerated().map { i, environment in
      let path = folder.appendingPathComponent("\(name)-\(i).json").path
      let run = try BrinkProcess.run(["sweep", file] + sweep + ["--shard", shard, "--out", path], environment: environment)
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stdout == "")
      return path
    }
  }

  @Test("the REPL's sweep text, from the shell")
  func sameAsTheREPL() throws {
    let cli = try BrinkProcess.run(["sweep", file, "discount", "1/10", "1"], environment: Self.noArray)
    #expect(cli.status == 0, "\(cli.stderr)")
    #expect(cli.stdout.hasPrefix("Sweeping the discount from 1/10 to 1:\n"))
    #expect(cli.stdout.contains("at discount = 1, every equilibrium of the round game with the future: (attend, attend) (4/5 attend + 1/5 skip, 4/5 attend + 1/5 skip) (skip, skip)\n"))
    let repl = try BrinkProcess.run(["-c", "load \(file); sweep discount 1/10 1"])
    #expect(repl.status == 0, "\(repl.stderr)")
    #expect(repl.stdout.hasSuffix(cli.stdout))
    // A negative number is a value, not an option.
    let payoff = try BrinkProcess.run(["sweep", file, "payoff", "attend", "attend", "US", "-20", "5"])
    #expect(payoff.status == 0, "\(payoff.stderr)")
    let replPayoff = try BrinkProcess.run(["-c", "load \(file); sweep payoff attend attend US -20 5"])
    #expect(replPayoff.stdout.hasSuffix(payoff.stdout))
    // The REPL's errors, with its usage.
    let bad = try BrinkProcess.run(["sweep", file, "discount", "1", "1/10"])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("error: FROM must be less than TO\n  usage: sweep discount FROM TO"))
  }

  @Test("Ctrl-C prints the part of the sweep finished and exits 130; a stopped shard writes nothing")
  func aStoppedSweepKeepsThePartFinished() throws {
    // Held at the first progress report: one point of the grid is done.
    let stopped = try BrinkProcess.interrupt(["sweep", file, "discount", "1/10", "1"], hold: "progress")
    #expect(stopped.run.status == 130)
    #expect(stopped.run.stdout.hasPrefix("Sweeping the discount from 1/10 to 1 (interrupted: the points computed so far):\n"))
    #expect(stopped.run.stdout.contains("  discount = 1/10:\n      equilibria here: (skip, skip)\n"))
    #expect(stopped.run.stderr.contains("brink: interrupted: showing the part of the sweep finished"))
    let out = folder.appendingPathComponent("stopped.json").path
    let shard = try BrinkProcess.interrupt(["sweep", file, "discount", "1/10", "1", "--shard", "1/2", "--out", out],
                                           hold: "progress")
    #expect(shard.run.status == 130)
    #expect(shard.run.stderr.contains("brink: interrupted: no shard file written"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test("Slurm and Kubernetes shards of a discount sweep merge into the single run, text and JSON, byte for byte")
  func discountShardsMergeExactly() throws {
    let sweep = ["discount", "1/10", "1"]
    let whole = try BrinkProcess.run(["sweep", file] + sweep, environment: Self.noArray)
    let wholeJSON = try BrinkProcess.run(["sweep", file] + sweep + ["--json"], environment: Self.noArray)
    #expect(whole.status == 0 && wholeJSON.status == 0)
    #expect(wholeJSON.stdout.contains("\"complete\" : true"))

    let slurm = try shards(file, sweep, shard: "auto", (1...3).map { Self.slurm($0, of: 3) }, name: "slurm")
    let merged = try BrinkProcess.run(["merge"] + slurm.reversed())
    #expect(merged.status == 0, "\(merged.stderr)")
    #expect(merged.stderr == "")
    #expect(merged.stdout == whole.stdout)
    let mergedJSON = try BrinkProcess.run(["merge", "--json"] + slurm)
    #expect(mergedJSON.stdout == wholeJSON.stdout)

    // 21 shards: one grid step each, and one with nothing to do.
    let kubernetes = try shards(file, sweep, shard: "auto/21",
                                (0..<21).map { ["JOB_COMPLETION_INDEX": "\($0)", "SLURM_ARRAY_TASK_ID": ""] }, name: "k8s")
    let kubeMerged = try BrinkProcess.run(["merge"] + kubernetes)
    #expect(kubeMerged.status == 0, "\(kubeMerged.stderr)")
    #expect(kubeMerged.stdout == whole.stdout)
  }

  @Test("a probability sweep located by bisection, a logit path split by its values of lambda, and a payoff sweep that is not split, merge exactly")
  func otherSweepsMergeExactly() throws {
    for (file, sweep) in [(twoRounds, ["probability", "attend", "attend", "deal", "0", "1"]),
                          (file, ["lambda", "both", "0", "10"]),
                          (file, ["payoff", "attend", "attend", "US", "-20", "5"])] {
      let whole = try BrinkProcess.run(["sweep", file] + sweep, environment: Self.noArray)
      #expect(whole.status == 0, "\(whole.stderr)")
      let files = try shards(file, sweep, shard: "auto", (1...4).map { Self.slurm($0, of: 4) }, name: sweep[0])
      let merged = try BrinkProcess.run(["merge"] + files)
      #expect(merged.status == 0, "\(merged.stderr)")
      #expect(merged.stdout == whole.stdout)
    }
    #expect(try BrinkProcess.run(["sweep", twoRounds, "probability", "attend", "attend", "deal", "0", "1"]).stdout
      .contains("located by bisection"))
  }

  @Test("a missing shard is named and fails unless --allow-partial; a shard twice and a shard of another sweep are refused")
  func refusals() throws {
    let sweep = ["discount", "1/10", "1"]
    let files = try (1...3).map { k in
      try shards(file, sweep, shard: "\(k)/3", [Self.noArray], name: "part\(k)")[0]
    }
    let missing = try BrinkProcess.run(["merge", files[0], files[2]])
    #expect(missing.status == 1)
    #expect(missing.stdout == "")
    #expect(missing.stderr.contains("error: shard 2 of 3 is missing"))
    let partial = try BrinkProcess.run(["merge", files[0], files[2], "--allow-partial"])
    #expect(partial.status == 0, "\(partial.stderr)")
    #expect(partial.stderr.contains("note: shard 2 of 3 is missing"))
    #expect(partial.stdout.contains("Not computed (shard 2 of 3 is missing): discount from 83/200 to 73/100; a change there is not shown.\n"))

    let twice = try BrinkProcess.run(["merge", files[0], files[1], files[1], files[2]])
    #expect(twice.status == 1)
    #expect(twice.stderr.contains("error: shard 2 of 3 is given 2 times"))

    let other = try shards(file, ["discount", "1/5", "1"], shard: "2/3", [Self.noArray], name: "other")[0]
    let mixed = try BrinkProcess.run(["merge", files[0], other, files[2]])
    #expect(mixed.status == 1)
    #expect(mixed.stderr.contains("this shard belongs to another sweep than"))
    #expect(mixed.stderr.contains("sweep discount 1/5 1, not discount 1/10 1"))
  }

  @Test("a damaged sweep shard is refused with the file, and the line and column of the field it is about")
  func damagedShardsPointAtTheField() throws {
    let lambda = try shards(file, ["lambda", "both", "0", "10"], shard: "1/2", [Self.noArray], name: "damaged-lambda")[0]
    let bisection = try shards(file, ["discount", "1/10", "1"], shard: "1/2", [Self.noArray], name: "damaged-bisection")[0]
    // (file, what to replace, with what, the field's text that the error must point at)
    let cases: [(String, String, String, String)] = [
      (lambda, "\"lambdas\":[", "\"lambdas\":[-1,", "[-1,"),
      (bisection, "\"steps\":[", "\"steps\":[7,", "[7,"),
      (bisection, "\"method\":\"bisection\"", "\"method\":\"sideways\"", "\"sideways\""),
    ]
    for (path, from, to, field) in cases {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      #expect(text.contains(from), "\(from) not in \(path)")
      let damaged = folder.appendingPathComponent("bad-\(UUID().uuidString).json").path
      try text.replacingOccurrences(of: from, with: to).write(toFile: damaged, atomically: true, encoding: .utf8)
      let merged = try BrinkProcess.run(["merge", damaged])
      #expect(merged.status == 1)
      // "FILE:LINE:COLUMN: error: invalid sweep shard: …", the column counted in characters.
      let head = merged.stderr.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
      let place = head.dropFirst(damaged.count + 1).dropLast().split(separator: ":").compactMap { Int($0) }
      #expect(head.hasPrefix(damaged + ":") && place.count == 2, "\(merged.stderr)")
      guard place.count == 2 else { continue }
      let line = String(text.replacingOccurrences(of: from, with: to).split(separator: "\n", omittingEmptySubsequences: false)[place[0] - 1])
      #expect(line.dropFirst(place[1] - 1).hasPrefix(field), "\(merged.stderr)")
      #expect(merged.stderr.contains("error: invalid sweep shard"), "\(merged.stderr)")
    }
  }

}
