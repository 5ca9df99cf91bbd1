import BrinkCore
import BrinkFormats
@testable import BrinkREPL

/// The "Limits" section at the end of Docs/commands.md (issue 5): each bound and
/// the message it gives. The numbers come from the constants themselves where
/// they are visible here; ReliabilityTests and InputLimitsTests check each message.
enum LimitsReference {
  static var lines: [String] {
    let mib = InputFile.maximumBytes / (1024 * 1024)
    let side = GameSizeLimits.maximumEnumerationSide
    return [
      "", "## Limits", "",
      "brink refuses work it cannot finish or input it cannot hold, with a message, instead of hanging",
      "or running out of memory. Each limit and what it says:", "",
      "| limit | where | message |",
      "|---|---|---|",
      "| input files must be regular files | `load`, `run`, `brink solve/check/simulate/replay/run` | `FILE: error: cannot read the file: it is a character device, not a regular file` (or a directory, a named pipe, …) |",
      "| input files at most \(mib) MiB | the same | `FILE: error: the file is too large (N bytes; the limit is \(mib) MiB)` |",
      "| YAML nesting at most 64 levels | scenario files | `FILE:LINE:COLUMN: error: the YAML is nested more than 64 levels deep` |",
      "| at most 1000 states | scenario files | `FILE:LINE:COLUMN: error: too many states (N; the limit is 1000)` |",
      "| at most 100 moves a player | scenario files | `FILE:LINE:COLUMN: error: 'US' has too many moves (N; the limit is 100)` |",
      "| at most \(Limits.maximumMovesPerStage) moves a side in each stage | scenario files (`check`, and every command that reads them) | `FILE:LINE:COLUMN: error: state 'S' gives 'US' too many moves (N; a stage game has at most \(Limits.maximumMovesPerStage) a side)` |",
      "| at most 100000 rounds | scenario files | `the calendar's 'rounds'` must be in 1...100000; a calendar given by `end`: `FILE:LINE:COLUMN: error: the calendar has too many rounds (N to DATE; the limit is 100000)` |",
      "| numbers at most 1e150 in magnitude | scenario files | `FILE:LINE:COLUMN: error: the number for WHAT is too large ('TEXT'; the limit is 1e150 in magnitude)` (exact arithmetic would take it; the floating-point stages would overflow) |",
      "| standard input at most \(mib) MiB | `brink solve -` | `<stdin>: error: the input is too large (more than \(mib) MiB)`, as soon as the limit is passed |",
      "| shard files are checked whole | `brink merge` | `FILE:1:1: error: invalid shard: 'statistics.FIELD' …` (shapes, ranges, sums, the run's options and brink version); a missing shard makes the report partial (`isPartial`, `missingShards`) and exits 1 unless `--allow-partial` |",
      "| sweep shards are checked whole | `brink merge` | `FILE:1:1: error: invalid sweep shard: …`; shards of another sweep (brink version, scenario digest, arguments, shard count) are refused; a missing shard is named and exits 1 with no output unless `--allow-partial`; a shard given twice is refused (Docs/scaling.md) |",
      "| at most 10000000 pure profiles | `.nfg` files | `FILE:LINE:COLUMN: error: the game is too large: more than 10000000 pure profiles` |",
      "| at most \(GameSizeLimits.maximumREPLStrategies) strategies a side | `load` in the REPL | `'FILE' is a RxC game; the REPL explores games of up to \(GameSizeLimits.maximumREPLStrategies) strategies a side (use 'brink solve --method lh FILE' for larger ones)` |",
      "| all equilibria only up to \(side) strategies on the smaller side | `solve`, `brink solve` (`--method all`) | `the game is too large to enumerate all its equilibria (RxC; the limit is \(side) strategies on the smaller side); use Lemke–Howson for one equilibrium: brink solve --method lh FILE` |",
      "| at most 10000000 paths, 1000000000 rounds | `simulate` in the REPL | `PATHS must be a whole number from 1 to 10000000, not 'N'` |",
      "| lines at most \(Session.maximumLineLength) bytes | the REPL and scripts | `line too long (N bytes; the limit is \(Session.maximumLineLength))` |",
      "| files changed on disk are not overwritten | `save` | `'FILE' has changed on disk since it was loaded or last saved; use 'save --force FILE' to overwrite it` |",
      "| `--timeout SECONDS` | `brink run`, `brink -c`, `brink < script`, `brink solve`, `brink simulate`, `brink sweep`, `brink replay`, `brink fit` | `brink: error: timed out after N s` (simulate adds `: reporting the N paths completed of M`); the limit covers the whole command, from reading its files to writing its report; what was done is printed and the exit status is **124** (as GNU `timeout`); other failures exit 1, usage errors 2 |",
      "", "Ctrl-C stops `solve` (the stage game and the whole scenario), `sweep` (between pieces and solves),",
      "`simulate`, `replay` and `explain`, and returns to the prompt with the session, its edits and its",
      "undo history as they were. Outside the REPL, Ctrl-C stops `brink solve` (every method), `brink",
      "simulate` (its solve too), `brink sweep`, `brink replay` and `brink merge` the same way: what was done is printed",
      "(`simulate` reports the paths completed, `sweep` the points finished), `brink: interrupted` goes to standard error, and the exit",
      "status is **130**. In a script (`brink -c`, `brink run`, `brink < script`) it stops the running",
      "command, which prints its partial result, runs no further line, and ends the script with status 130.",
      "Every file brink writes (`save`, `export`, `record`, `brink simulate --out`, `--svg` and",
      "`--paths-out`, `brink merge --out` and `--svg`) is written to a temporary file in the same folder",
      "and renamed over the target, so no file is ever left half-written; the target keeps its mode, owner",
      "and hard links, a symbolic link stays a link (the file it names is written), and a FIFO, a device or",
      "`-` is written directly, never replaced. A command refuses to write over one of its inputs or to give",
      "two outputs the same file (`merge a.json b.json --out a.json`, `--out X --paths-out X`).",
    ]
  }
}
