import BrinkCore
import BrinkFormats
import Foundation

/// `brink simulate --paths-out FILE`: runs the simulation by tracing every path
/// (`Simulator.trace`, which reproduces the simulator's paths exactly, through the
/// simulator's own chunks and threads) and writes one CSV line per path
/// (`PathsCSV`) while it goes; the report is the tally of the same paths, so it is
/// the report of `Simulator.run`.
///
/// Steps:
/// 1. Open the temporary file (an unwritable place fails here, exit 1) and write
///    the header.
/// 2. Trace: workers turn each chunk of paths into CSV text; the text is appended
///    here in index order. Memory holds a few chunks, never the run.
/// 3. Rename the file into place. After a stop (Ctrl-C, `--timeout`) the file
///    holds exactly the paths the (partial) report counts: the first K of the
///    slice, in order, which the caller says.
enum PathsOutput {
  static func run(
    _ ladder: CompiledLadder, csv: PathsCSV, paths: Int, seed: UInt64, threads: Int, shard: Simulator.Shard?,
    to path: String, shouldContinue: () -> Bool, progress: (Int, Int) -> Void
  ) throws(CLI.Failure) -> SimulationStatistics {
    // 1. The file.
    let writer: OutputFile.Writer
    do {
      writer = try OutputFile.Writer(path: path)
      try writer.write(csv.header + "\n")
    } catch {
      CLI.diagnose("\(path): error: cannot write the file: \(error)")
      throw .failed
    }
    do {
      // 2. The paths, in index order.
      let statistics = try Simulator.trace(
        ladder, paths: paths, seed: seed, threads: max(1, threads), shard: shard,
        shouldContinue: shouldContinue, progress: progress,
        render: { traced in traced.reduce(into: "") { text, path in text += csv.line(path) + "\n" } },
        deliver: { text in try writer.write(text) })
      // 3. Into place.
      try writer.commit()
      return statistics
    } catch {
      CLI.diagnose("\(path): error: cannot write the file: \(error)")
      throw .failed
    }
  }
}
