import Glibc
import Testing
@testable import BrinkREPL

/// Docs/commands.md is generated from the command table, the same source as `help`
/// and completion, and this test keeps it in step. Re-record with
/// `BRINK_RECORD_COMMANDS=1 swift test --filter CommandReferenceTests`.
@Suite struct CommandReferenceTests {
  static let path = TutorialTests.path.replacingSuffix("tutorial.md", with: "commands.md")

  static func reference(_ table: CommandTable) -> String {
    var lines = [
      "# REPL commands",
      "",
      "Generated from the command table in `Sources/BrinkREPL/Commands/` (the source of `help` and TAB",
      "completion); `Tests/BrinkREPLTests/CommandReferenceTests.swift` checks it is current.",
      "",
      "Type commands at the `brink` prompt, or run them without prompts: `brink < script.brink`,",
      "`brink run script.brink [--keep-going]`, `brink -c \"load chicken; solve\"`. `;` separates",
      "commands, `#` starts a comment, quotes group words. In a script the first failing command stops",
      "the run with `FILE:LINE:` and exit status 1 unless `--keep-going` is given.",
      "",
      "Keys at the prompt (libedit, emacs style): TAB completes commands, options, player and move",
      "names, state names, files and help topics (a second TAB lists the choices); Up/Down walk the",
      "history, Ctrl-R searches it; it is kept in `$BRINK_HISTORY` or `~/.brink_history`, saved after",
      "every line. Ctrl-C clears the line, or stops a running command and returns to the prompt with",
      "the session intact; Ctrl-D on an empty line (or `quit`) leaves. Output is coloured on a terminal",
      "and plain ASCII when `NO_COLOR` is set or output is not a terminal.",
      "",
      "| command | what it does |",
      "|---|---|",
    ]
    lines += table.specs.map { "| `\($0.name)` | \($0.abstract) |" }
    for spec in table.specs {
      lines += ["", "## \(spec.name)", "", "```", "usage: \(spec.usage)", "```", "", spec.abstract]
      if !spec.discussion.isEmpty { lines += ["", spec.discussion] }
      if !spec.aliases.isEmpty { lines += ["", "Aliases: " + spec.aliases.map { "`\($0)`" }.joined(separator: ", ") + "."] }
      if !spec.examples.isEmpty { lines += ["", "Examples:", "", "```"] + spec.examples + ["```"] }
    }
    lines += LimitsReference.lines
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func commandsMarkdownMatchesTheTable() throws {
    let actual = Self.reference(.standard)
    if getenv("BRINK_RECORD_COMMANDS") != nil { try writeFile(Self.path, actual) }
    #expect(try readFile(Self.path) == actual, "Docs/commands.md is stale; re-record it")
  }
}

extension String {
  func replacingSuffix(_ suffix: String, with other: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) + other : self
  }
}
