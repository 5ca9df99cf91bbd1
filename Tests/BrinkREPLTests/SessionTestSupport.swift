@testable import BrinkREPL

/// Runs lines in a fresh plain session and returns the last result.
func run(_ lines: String..., in session: Session = Session()) -> CommandResult {
  var last = CommandResult()
  for line in lines { last = session.execute(line) }
  return last
}
