import BrinkCore
import BrinkFormats

/// One shard's share of a sweep, for `brink sweep --shard k/n` (Docs/scaling.md).
/// Set on the session before the `sweep` command runs; nil in the REPL, where
/// every sweep is whole.
///
/// A sweep located by bisection then computes only block k of its grid steps
/// (`BisectionSweep.steps(shard:of:)`) and leaves what it found in `part`
/// instead of rendering it; `brink merge` renders the parts put together with the
/// same function as the single run (`Session.bisectionText`), so the merged
/// output is the single run's, byte for byte. `sweep lambda` computes block k of
/// its λ values and leaves them in `logit` (`Session.logitText`). Any other sweep
/// is not split: it runs whole, and its text is kept by shard 1.
public struct SweepSlice: Sendable {
  public var index: Int
  public var count: Int
  /// What this shard computed of a sweep located by bisection.
  public var part: SweepShardFile.Bisection?
  /// What this shard computed of a logit path (`sweep lambda`: its block of λ values).
  public var logit: SweepShardFile.Logit?

  public init(index: Int, count: Int) {
    self.index = index
    self.count = count
  }
}

extension Session {
  /// The text of a sweep located by bisection from its evaluated points and the
  /// round game with the future at its ends: the runs of equal signature, and at
  /// FROM and TO every equilibrium (`BisectionReport`). The single run and
  /// `brink merge` of its shards both call this, so their outputs agree. Points
  /// evaluated twice (a grid point two shards share) count once.
  public static func bisectionText(_ part: SweepShardFile.Bisection,
                                   shouldContinue: () -> Bool) throws(CommandError) -> String {
    var seen = Set<Rational>()
    let points = part.points.filter { seen.insert($0.t).inserted }.map { (t: $0.t, signature: $0.signature) }
    var ends = [(Rational, EquilibriumSet, Bimatrix)]()
    for x in [part.from, part.to] {
      guard let game = part.ends.first(where: { $0.t == x })?.game else { continue }
      guard shouldContinue() else { throw CommandError("interrupted; the session is unchanged") }
      ends.append((x, EquilibriumSet(of: game, shouldContinue: shouldContinue), game))
    }
    guard shouldContinue() else { throw CommandError("interrupted; the session is unchanged") }
    var report = BisectionReport(label: part.label, symbol: part.symbol, from: part.from, to: part.to, reason: part.reason,
                                 grid: part.grid, width: part.width, runs: BisectionSweep.runs(of: points), stopped: false)
    report.ends = ends
    return report.text
  }
}
