import BrinkCore
import BrinkFormats
import Foundation

extension CLI {
  /// Whether `brink merge` was given sweep shards (`brink sweep --shard`): told by
  /// the first file's `format`; the files are read fully by `mergeSweep`.
  static func areSweepShards(_ shards: [String]) -> Bool {
    guard let first = shards.first, (try? InputFile.check(first)) != nil,
      let text = try? String(contentsOfFile: first, encoding: .utf8)
    else { return false }
    return SweepShardFile.format(of: text) == SweepShardFile.formatName
  }

  /// `brink merge` of sweep shards: checks that they are the shards of one sweep
  /// (brink version, scenario digest, kind and arguments, shard count, method),
  /// that no shard is given twice and none is missing, then prints exactly what
  /// `brink sweep` prints for the whole run (`Session.bisectionText` on the points
  /// put together, or shard 1's text of a sweep that is not split). Nothing is
  /// solved again; only the equilibria of the round games at FROM and TO are
  /// listed, as the single run lists them.
  ///
  /// Missing shards are named, and end the command with status 1 and no output;
  /// with `allowPartial` the sweep is printed from the shards there are, with the
  /// ranges not computed named under it.
  static func mergeSweep(shards paths: [String], json: Bool, csv: Bool, svg: String?, out: String?,
                         allowPartial: Bool, run: Run) throws(Failure) {
    if csv || svg != nil { throw Failure(status: 1, message: "error: \(csv ? "--csv" : "--svg") applies to simulation shards; a sweep is text or --json") }
    var files: [SweepShardFile] = []
    var failed = false
    for path in paths {
      do {
        try InputFile.check(path)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
          diagnose("\(path):1:1: error: cannot read the file")
          failed = true
          continue
        }
        if SweepShardFile.format(of: text) == ShardFile.formatName {
          diagnose("\(path):1:1: error: a simulation shard (brink simulate --shard) cannot be merged with sweep shards (\(paths[0]))")
          failed = true
          continue
        }
        files.append(try SweepShardFile.read(text, file: path))
      } catch let error as InputFile.Refusal {
        diagnose(error.description)
        failed = true
      } catch {
        diagnose("\(error)")
        failed = true
      }
    }
    if failed { throw .failed }
    let first = files[0]
    for (path, f) in zip(paths, files).dropFirst() {
      if let difference = Self.sweepDifference(f, first) {
        throw Failure(status: 1, message: "\(path): error: this shard belongs to another sweep than \(paths[0]) (\(difference))")
      }
    }
    let count = first.shard[1]
    var given = [Int: [String]]()
    for (path, f) in zip(paths, files) { given[f.shard[0], default: []].append(path) }
    let twice = given.keys.sorted().filter { given[$0]!.count > 1 }
    if !twice.isEmpty {
      for k in twice { diagnose("error: shard \(k) of \(count) is given \(given[k]!.count) times (\(given[k]!.joined(separator: ", ")))") }
      throw .failed
    }
    let missing = (1...count).filter { given[$0] == nil }
    if !missing.isEmpty {
      let list = missing.map(String.init).joined(separator: ", ")
      diagnose("\(allowPartial ? "note" : "error"): shard\(missing.count == 1 ? "" : "s") \(list) of \(count) \(missing.count == 1 ? "is" : "are") missing\(allowPartial ? "" : " (--allow-partial prints the sweep from the shards given)")")
      if !allowPartial { throw .failed }
    }
    var text: String
    if let part = first.bisection {
      var whole = part
      whole.points = files.flatMap { $0.bisection!.points }
      whole.ends = files.flatMap { $0.bisection!.ends }
      whole.steps = [0, part.grid]
      do {
        text = try Session.bisectionText(whole, shouldContinue: run.control.shouldContinue)
      } catch {
        run.clearProgress()
        if let stop = run.stop { throw run.failure(stop) }
        throw Failure(status: 1, message: error.rendered)
      }
      run.clearProgress()
      let sweep = BisectionSweep<SolutionSignature>(grid: part.grid, width: part.width)
      for k in missing {
        let steps = sweep.steps(shard: k, of: count)
        guard !steps.isEmpty else { continue }
        let span = part.to - part.from
        let low = part.from + span * Rational(steps.lowerBound, part.grid), high = part.from + span * Rational(steps.upperBound, part.grid)
        text += "\nNot computed (shard \(k) of \(count) is missing): \(part.symbol) from \(low) to \(high); a change there is not shown."
      }
    } else if let part = first.logit {
      var whole = part
      whole.points = files.sorted { $0.shard[0] < $1.shard[0] }.flatMap { $0.logit!.points }
      whole.steps = [0, part.lambdas.count]
      guard SweepShardFile.haveOneShape(whole.points) else {
        throw Failure(status: 1, message: "error: the shards' logit paths are of different stage games")
      }
      do {
        text = try Session.logitText(whole, shouldContinue: run.control.shouldContinue)
      } catch {
        run.clearProgress()
        if let stop = run.stop { throw run.failure(stop) }
        throw Failure(status: 1, message: error.rendered)
      }
      run.clearProgress()
      for k in missing {
        guard let block = Simulator.Shard(index: k, count: count)?.range(of: part.lambdas.count), !block.isEmpty else { continue }
        let values = part.lambdas[block].map(LogitPathText.text)
        text += "\nNot computed (shard \(k) of \(count) is missing): lambda = \(values.joined(separator: ", "))."
      }
    } else {
      guard let whole = files.first(where: { $0.shard[0] == 1 })?.text else {
        throw Failure(status: 1, message: "error: this sweep is not split (shard 1 computes all of it), and shard 1 is missing")
      }
      text = whole
    }
    let output = SweepOutput(scenarioFile: first.scenarioFile, sweep: first.sweep, text: text, complete: missing.isEmpty)
    try SimulationSetup.emit(json ? output.json : output.text, to: out)
  }

  /// What makes `f` a shard of another sweep than `first`, or nil.
  static func sweepDifference(_ f: SweepShardFile, _ first: SweepShardFile) -> String? {
    if f.brink != first.brink { return "written by brink \(f.brink), not \(first.brink)" }
    if f.scenarioDigest != first.scenarioDigest { return "a different scenario text" }
    if f.sweep != first.sweep { return "sweep \(f.sweep.joined(separator: " ")), not \(first.sweep.joined(separator: " "))" }
    if f.shard[1] != first.shard[1] { return "\(f.shard[1]) shards, not \(first.shard[1])" }
    if f.method != first.method { return "split by \(f.method), not \(first.method)" }
    if let a = f.bisection, let b = first.bisection, !a.isSameSweep(as: b) { return "a different range, grid or label" }
    if let a = f.logit, let b = first.logit, a.title != b.title || a.notes != b.notes || a.lambdas != b.lambdas {
      return "a different logit path"
    }
    return nil
  }
}
