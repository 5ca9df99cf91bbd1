import ArgumentParser
import BrinkREPL

/// `brink merge SHARD...`: combines the statistics of `brink simulate --shard k/n`
/// runs into the report of the whole run (exactly: every statistic is an integer
/// count or sum, so the merge does not depend on how the paths were split).
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Combine shard files from `brink simulate --shard` into one report.")

  @Argument(help: "Shard files written by `brink simulate --shard k/n`.")
  var shards: [String]

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Flag(help: "Print the report as CSV (table,row,column,value).")
  var csv = false

  @Option(help: "Write to this file instead of standard output.")
  var out: String?

  @Option(help: ArgumentHelp("Also draw the run as an SVG image: state probabilities by round, outcomes with 95% intervals.",
                             valueName: "file"))
  var svg: String?

  @Flag(name: .customLong("allow-partial"),
        help: "Accept missing shards: report the paths found (marked partial) and exit 0.")
  var allowPartial = false

  func validate() throws {
    if shards.isEmpty { throw ValidationError("give at least one shard file") }
    if json && csv { throw ValidationError("give --json or --csv, not both") }
  }

  func run() throws {
    let run = CLI.Run(timeout: nil)
    try wire(run) { () throws(CLI.Failure) in
      try CLI.merge(shards: shards, json: json, csv: csv, out: out, svg: svg, allowPartial: allowPartial, run: run)
    }
  }
}
