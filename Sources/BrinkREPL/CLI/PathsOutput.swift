import BrinkCore
import BrinkFormats
import Foundation

/// `brink simulate --paths-out FILE`: runs the simulation by tracing every path
/// (`PathTracer`, which reproduces the simulator's paths exactly) and writes one
/// CSV line per path (`PathsCSV`) while it goes; the report is the tally of the
/// same paths (`SimulationStatistics.add`), so it is the report of `Simulator.run`.
///
/// Steps:
/// 1. Open the temporary file (an unwritable place fails here, exit 1) and write
///    the header.
/// 2. Take the run's (or the shard's) path indices in batches of `workers × piece`;
///    each worker traces one piece into its text and statistics.
/// 3. Append the pieces in index order and merge their statistics; ask
///    `shouldContinue` between batches. Memory holds one batch, never the run.
/// 4. Rename the file into place. After a stop (Ctrl-C, `--timeout`) the file
///    holds exactly the paths the (partial) report counts: the first K of the
///    slice, in order, which the caller says.
enum PathsOutput {
  /// Paths per piece of work (one worker's share of a batch).
  static let piece = 1024

  static func run(
    _ ladder: CompiledLadder, csv: PathsCSV, paths: Int, seed: UInt64, threads: Int, shard: Simulator.Shard?,
    to path: String, shouldContinue: () -> Bool, progress: (Int, Int) -> Void
  ) throws(CLI.Failure) -> SimulationStatistics {
    // 1. The file.
    let writer: AtomicFileWriter
    do {
      writer = try AtomicFileWriter(path: path)
      try writer.write(csv.header + "\n")
    } catch {
      CLI.diagnose("\(path): error: cannot write the file: \(error)")
      throw .failed
    }
    let slice = shard?.range(of: paths) ?? 0..<paths
    let tracer = PathTracer(ladder: ladder, seed: seed)
    let workers = max(1, min(threads, Simulator.maxThreads))
    var statistics = SimulationStatistics(ladder: ladder, seed: seed, pathsRequested: 0)
    var next = slice.lowerBound
    do {
      while next < slice.upperBound && shouldContinue() {
        // 2. One batch, traced in parallel.
        let ranges = (0..<workers).map { w -> Range<Int> in
          let start = min(next + w * piece, slice.upperBound)
          return start..<min(start + piece, slice.upperBound)
        }.filter { !$0.isEmpty }
        let slots = Slots(count: ranges.count)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { w in
          var text = ""
          var part = SimulationStatistics(ladder: tracer.ladder, seed: seed, pathsRequested: 0)
          for i in ranges[w] {
            let traced = tracer.trace(path: i)
            text += csv.line(traced)
            text += "\n"
            part.add(traced)
          }
          part.addRun(ranges[w])
          slots.set(w, (text, part))
        }
        // 3. In index order.
        for (text, part) in slots.values {
          try writer.write(text)
          try! statistics.merge(part)  // same ladder and seed, disjoint ranges: cannot fail
        }
        next = ranges.last!.upperBound
        progress(next - slice.lowerBound, slice.count)
      }
      // 4. Into place.
      try writer.commit()
    } catch {
      CLI.diagnose("\(path): error: cannot write the file: \(error)")
      throw .failed
    }
    statistics.pathsRequested = slice.count
    return statistics
  }

  /// The workers' results of one batch, each written once by its own worker.
  private final class Slots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [(String, SimulationStatistics)?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: (String, SimulationStatistics)) {
      lock.lock()
      slots[i] = value
      lock.unlock()
    }

    var values: [(String, SimulationStatistics)] {
      lock.lock()
      defer { lock.unlock() }
      return slots.map { $0! }
    }
  }
}
