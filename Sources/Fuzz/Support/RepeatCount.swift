#if canImport(Glibc)
import Glibc
#endif

/// How many inputs a target was given and how many of them it skipped as repeats
/// (`SeenBefore`), printed to standard output as `brink-fuzz: N inputs, R skipped
/// as repeats` every 65,536 inputs and when the fuzzer ends normally.
///
/// Why: libFuzzer counts a skipped input as an execution, although it ran none of
/// brink's code, so a campaign's execution count alone overstates the work the
/// goal of 10 million executions means (issue 16). `Tests/Fuzz/campaign.sh` reads
/// the last line into its tally, and the totals count executions that ran.
/// A fuzzer stopped by a signal exits without running `atexit` handlers, so its
/// last line can be up to 65,535 inputs old; the fraction skipped is what the
/// campaign applies to the whole count.
public enum RepeatCount {
  nonisolated(unsafe) static var given = 0
  nonisolated(unsafe) static var skipped = 0
  nonisolated(unsafe) static var registered = false

  /// One input given to the target.
  public static func input() {
    if !registered {
      registered = true
      atexit { RepeatCount.report() }
    }
    given &+= 1
    if given & 0xffff == 0 { report() }
  }

  /// The input just given was a repeat, skipped.
  public static func repeatSkipped() { skipped &+= 1 }

  static func report() {
    var line = "brink-fuzz: \(given) inputs, \(skipped) skipped as repeats\n"
    line.withUTF8 { bytes in _ = write(1, bytes.baseAddress, bytes.count) }
  }
}
