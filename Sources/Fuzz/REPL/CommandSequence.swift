import BrinkREPL
import FuzzSupport

/// REPL command lines made from the fuzzer's bytes: the structure-aware half of
/// the REPL target. Random bytes seldom spell a command, let alone its arguments;
/// these lines are built from the command table itself, with each argument taken
/// from what TAB completion offers at that point of the line (`Session.completer`:
/// the loaded scenario's states, players and moves, subcommand keywords, files) or
/// from a vocabulary of numbers and of the words in every command's examples. The
/// lines are made one at a time against the session as it is then, so after a
/// `load` the next line names the new scenario's moves.
enum CommandSequence {
  /// Every word of every command's examples (`help NAME` shows them), once.
  static let words: [String] = {
    var seen = Set<String>()
    return CommandTable.standard.specs.flatMap(\.examples).flatMap { $0.split(separator: " ").map(String.init) }
      .filter { seen.insert($0).inserted }
  }()

  static let numbers = ["0", "1", "2", "-1", "1/3", "0.5", "7", "100", "-20", "1e9", "100000", "-0", "nan",
                        "99999999999999999999", "1/0", "15", "16"]

  /// Files the completer sees in any folder (the target runs in a scratch folder).
  static let files: @Sendable (String) -> [String]? = { _ in ["a.yaml", "b.nfg", "c.csv", "d.json", "e.brink", "f/"] }

  /// One line for `session`.
  static func line(_ input: inout FuzzBytes, session: Session) -> String {
    let specs = CommandTable.standard.specs
    let spec = specs[input.int(in: 0...(specs.count - 1))]
    if !spec.examples.isEmpty && input.int(in: 0...7) == 0 { return input.pick(spec.examples) }
    let completer = session.completer(listDirectory: files)
    var line = spec.aliases.isEmpty || !input.chance(1) ? spec.name : input.pick(spec.aliases)
    for _ in 0..<input.int(in: 0...5) {
      var candidates = completer.complete(line + " ").candidates
      if let partial = candidates.first, partial.hasSuffix("="), input.chance(7) {
        let player = input.pick(candidates)
        candidates = completer.complete(line + " " + player).candidates
        if candidates.isEmpty { candidates = [player] }
      }
      switch input.int(in: 0...7) {
      case 0...4 where !candidates.isEmpty: line += " " + input.pick(candidates)
      case 0...5: line += " " + input.pick(numbers)
      default: line += " " + input.pick(words)
      }
    }
    return line
  }
}
