import ArgumentParser

/// Options for running commands without prompts, shared by `brink` and `brink run`
/// (so `--keep-going` is accepted before or after `run`).
struct BatchOptions: ParsableArguments {
  @Flag(help: "Continue after a failing command (the exit status is still 1).")
  var keepGoing = false

  @OptionGroup var limit: TimeoutOption
}
