import BrinkCore
import BrinkFormats
import Foundation

extension CLI {
  /// What `brink sweep` was asked for (its options, checked by the executable).
  public struct SweepOptions {
    public var file: String
    /// What to sweep and its arguments, exactly as the REPL's `sweep` takes them.
    public var arguments: [String]
    public var json: Bool
    public var out: String?
    public var shard: Simulator.Shard?

    public init(file: String, arguments: [String], json: Bool, out: String?, shard: Simulator.Shard?) {
      self.file = file
      self.arguments = arguments
      self.json = json
      self.out = out
      self.shard = shard
    }
  }

  /// The REPL's `sweep` command, whose abstract and usage the executable shows.
  public static let sweepAbstract = CommandSpec.sweep.abstract
  public static let sweepUsage = CommandSpec.sweepUsage
  public static let sweepDiscussion = CommandSpec.sweep.discussion

  /// The sweeps `--shard` splits (by blocks of their grid steps, when they are
  /// located by bisection; by blocks of λ values); the others run whole in shard 1.
  static let splitSweeps: Set<String> = ["discount", "probability", "lambda"]

  /// `brink sweep FILE KIND ARGUMENTS...`: the REPL's `sweep` on the scenario at its
  /// start (the same command, run by a session, so the same text), as text or
  /// JSON (`SweepOutput`). A stop (Ctrl-C, `--timeout`) prints the part finished,
  /// as the REPL does, and ends the command with status 130 or 124.
  ///
  /// With `shard`, writes this shard's part (`SweepShardFile`) for `brink merge`
  /// instead; a stopped shard writes nothing (run it again).
  public static func sweep(_ o: SweepOptions, run: Run) throws(Failure) {
    try checkOutputs([("--out", o.out)], inputs: [o.file])
    let (doc, scenarioText) = try scenario(o.file)
    let kind = o.arguments.first?.lowercased() ?? ""
    if let slice = o.shard, slice.index != 1, !splitSweeps.contains(kind), Session.sweepParameters.contains(kind) {
      // Not split: shard 1 computes it all; this shard has nothing to do.
      let file = SweepShardFile(scenarioFile: doc.file, scenarioText: scenarioText, sweep: o.arguments,
                                shard: [slice.index, slice.count], bisection: nil, text: nil)
      return try SimulationSetup.emit(file.encoded(), to: o.out)
    }
    let session = Session(scenario: doc)
    session.run = run.control
    session.sweepSlice = o.shard.map { SweepSlice(index: $0.index, count: $0.count) }
    let text: String
    do {
      let sweep = { () throws(CommandError) -> String in try CommandSpec.sweep.run(session, o.arguments) }
      text = try NumberDisplay.$chosen.withValue(session.display) { Result(catching: sweep) }.get()
    } catch {
      run.clearProgress()
      guard let stop = run.stop else { throw Failure(status: 1, message: "\(doc.file): " + error.rendered) }
      if o.shard == nil, let partial = error.partial, !partial.isEmpty {
        let output = SweepOutput(scenarioFile: doc.file, sweep: o.arguments, text: partial, complete: false)
        try SimulationSetup.emit(o.json ? output.json : output.text, to: o.out)
        throw run.failure(stop, detail: ": showing the part of the sweep finished")
      }
      throw run.failure(stop, detail: o.shard == nil ? "" : ": no shard file written")
    }
    run.clearProgress()
    if let slice = o.shard {
      let part = session.sweepSlice?.part, logit = session.sweepSlice?.logit
      let file = SweepShardFile(scenarioFile: doc.file, scenarioText: scenarioText, sweep: o.arguments,
                                shard: [slice.index, slice.count], bisection: part, logit: logit,
                                text: part == nil && logit == nil && slice.index == 1 ? text : nil)
      return try SimulationSetup.emit(file.encoded(), to: o.out)
    }
    let output = SweepOutput(scenarioFile: doc.file, sweep: o.arguments, text: text, complete: true)
    try SimulationSetup.emit(o.json ? output.json : output.text, to: o.out)
  }
}
