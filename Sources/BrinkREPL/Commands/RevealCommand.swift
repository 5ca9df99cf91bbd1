/// `reveal`: the hidden types of a game played with `play as PLAYER` (issue 14).
extension CommandSpec {
  static let reveal = CommandSpec(
    "reveal",
    abstract: "Show the hidden types of a game played with 'play as PLAYER'.",
    usage: "reveal",
    discussion: "Shows the type nature drew for each side, then each round played so far with its payoffs for those types, and the totals. The game's record marks the types revealed after the rounds played so far; later rounds show their payoffs, and 'undo' does not hide the types again.",
    examples: ["reveal"]
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...0, usage: "reveal")
    return try session.revealTypes()
  }
}
