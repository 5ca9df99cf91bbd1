import ArgumentParser

/// The `brink` command: with no subcommand it opens the REPL on the default scenario.
@main
struct Brink: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brink",
    abstract: "Explore escalation between two powers as a game.",
    version: "0.1.0",
    subcommands: [
      // Each subcommand lives in its own file under Sources/brink/Commands/.
      CheckCommand.self,
    ])

  func run() throws {
    print(Brink.helpMessage())
  }
}
